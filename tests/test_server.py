# SPDX-License-Identifier: Apache-2.0
"""The HTTP service, run for real by uvicorn on a loopback port and asked as a one-stop system in another
language would: every answer the library's, every mistake a 4xx JSON error, never a 5xx."""

from __future__ import annotations

import socket
import statistics
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest
import uvicorn

from hanchot.server.app import create_app


@pytest.fixture(scope="module")
def base() -> Iterator[str]:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(), log_level="warning", lifespan="off"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    for _ in range(200):
        if server.started:
            break
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


def test_the_answers_are_the_librarys(base: str) -> None:
    with httpx.Client(base_url=base) as client:
        day = client.get("/v1/day/2026-01-10").json()  # the make-up Saturday of Công văn 12729/VPCP-KGVX
        assert (day["kind"], day["is_working_day"], day["source"]["document"], day["evidence"]) == (
            "makeup_work", True, "Công văn 12729/VPCP-KGVX", "notice_reported")
        assert client.get("/v1/day/10/01/2026").status_code == 404  # a path cannot hold slashes: use ISO
        assert client.get("/v1/day/2024-04-29", params={"profile": "labor_code"}).json()["is_working_day"]
        due = client.get("/v1/due", params={"phrase": "05 ngày làm việc", "start": "11/02/2026 16:20"}).json()
        assert (due["due_date"], due["counted_from"]) == ("2026-02-25", "2026-02-11")  # Tết break skipped
        count = client.get("/v1/count", params={"from": "02/03/2026", "to": "06/03/2026"}).json()
        both = client.get("/v1/count", params={"from": "02/03/2026", "to": "06/03/2026", "both_ends": "true"})
        assert (count["working_days"], both.json()["working_days"]) == (4, 5)
        year = client.get("/v1/calendar/2026").json()
        assert year["year"] == 2026 and len(year["days"]) == 17
        table = client.get("/v1/calendar/2026", params={"format": "csv"})
        assert table.headers["content-type"].startswith("text/csv") and table.text.count("\r\n") == 18
        batch = client.post("/v1/dossiers", params={"as_of": "03/03/2026"}, json=[
            {"ma_ho_so": "HS-1", "ngay_nhan": "11/02/2026 09:15", "thoi_han": "05 ngày làm việc",
             "ngay_tra": "25/02/2026 10:00"},
            {"ma_ho_so": "HS-2", "ngay_nhan": "30/02/2026", "thoi_han": "05 ngày làm việc"}]).json()
        assert [r["trang_thai"] for r in batch["results"]] == ["dung_han", "loi"]
        assert batch["summary"]["rows"] == 2
        health = client.get("/v1/health").json()
        assert health["status"] == "ok" and health["coverage"]["first"] == "2000-01-01"
        spec = client.get("/openapi.json").json()
        assert {"/v1/day/{day}", "/v1/due", "/v1/count", "/v1/calendar/{year}", "/v1/dossiers"} <= set(
            spec["paths"])
        # the document says what the service does: its parameters, and 400 (never 422) for what it refuses
        count = spec["paths"]["/v1/count"]["get"]
        assert {p["name"] for p in count["parameters"]} == {"from", "to", "both_ends", "profile"}
        assert all("422" not in op["responses"] and "400" in op["responses"]
                   for path in spec["paths"].values() for op in path.values())
        assert health["coverage"]["data_reviewed"] == "2026-11-26"
        assert client.head("/v1/health").status_code == 200  # what a load balancer asks
        moment = client.get("/v1/due", params={"phrase": "05 ngày làm việc", "start": "2026-01-05T09:00:00Z"})
        assert moment.json()["start"] == "2026-01-05T16:00:00+07:00"  # a moment says its offset


BAD = [  # (method, path, params, body, status, code)
    ("GET", "/v1/day/2026-02-30", None, None, 400, "cell_not_a_date"),
    # an option the address does not take is refused, never ignored: it would change the answer asked for
    ("GET", "/v1/due", {"phrase": "trước ngày 04/05/2026", "start": "2026-01-01",
                        "before": "previous_day_rolled_forward"}, None, 400, "unknown_option"),
    ("GET", "/v1/day/2026-11-24", {"strict": "true"}, None, 400, "unknown_option"),
    ("GET", "/v1/day/1999-01-01", None, None, 400, "date_out_of_coverage"),
    ("GET", "/v1/day/2026-01-10T09:00", None, None, 400, "datetime_not_date"),
    ("GET", "/v1/day/2026-01-10", {"profile": "bank"}, None, 400, "not_one_of"),
    ("GET", "/v1/due", {"phrase": "xin chào", "start": "06/03/2026"}, None, 400, "phrase_unreadable"),
    ("GET", "/v1/due", {"phrase": "05 ngày làm việc"}, None, 400, "server_missing_parameter"),
    ("GET", "/v1/due", {"phrase": "05 ngày làm việc", "start": "06/03/26"}, None, 400, "cell_not_a_date"),
    ("GET", "/v1/due", {"phrase": "x" * 5000, "start": "06/03/2026"}, None, 400, "phrase_too_long"),
    ("GET", "/v1/due", {"phrase": "100 năm", "start": "06/03/2026"}, None, 400,
     "deadline_out_of_coverage"),
    ("GET", "/v1/count", {"from": "02/03/2026"}, None, 400, "server_missing_parameter"),
    ("GET", "/v1/count", {"from": "02/03/2026", "to": "06/03/2026", "both_ends": "maybe"}, None, 400,
     "not_true_or_false"),
    ("GET", "/v1/calendar/abc", None, None, 400, "usage_not_a_year"),
    ("GET", "/v1/calendar/1999", None, None, 400, "year_out_of_coverage"),
    ("GET", "/v1/calendar/2026", {"format": "xml"}, None, 400, "not_one_of"),
    ("POST", "/v1/dossiers", None, b"not json", 400, "server_body"),
    ("POST", "/v1/dossiers", None, b'{"ma_ho_so": "x"}', 400, "server_body"),
    ("POST", "/v1/dossiers", None, b"[1, 2]", 400, "server_body"),
    ("POST", "/v1/dossiers", None, b"\xff\xfe", 400, "server_body"),
    ("POST", "/v1/dossiers", {"as_of": "hôm nay"}, b"[]", 400, "cell_not_a_date"),
    ("GET", "/v1/nowhere", None, None, 404, "not_found"),
    ("DELETE", "/v1/day/2026-01-10", None, None, 405, "method_not_allowed"),
]


@pytest.mark.parametrize("case", BAD, ids=[f"{m} {p} {c}" for m, p, _, _, _, c in BAD])
def test_every_mistake_is_a_4xx_json_error(base: str, case: tuple[str, str, dict[str, str] | None,
                                                                  bytes | None, int, str]) -> None:
    method, path, params, body, status, code = case
    response = httpx.request(method, base + path, params=params, content=body)
    assert response.status_code == status, response.text
    error = response.json()["error"]
    assert error["code"] == code and error["message"]


def test_english_on_request(base: str) -> None:
    params = {"phrase": "05 ngày làm việc", "start": "30/02/2026"}
    vi = httpx.get(base + "/v1/due", params=params).json()["error"]["message"]
    en = httpx.get(base + "/v1/due", params=params, headers={"Accept-Language": "en-US,en;q=0.9"}).json()
    assert "không có ngày 30/2/2026" in vi and "month 2 of 2026 has only 28 days" in en["error"]["message"]


def test_thousands_of_requests_from_concurrent_clients(base: str) -> None:
    """3,000 requests from 8 clients at once, every address: no error, and the 99th percentile printed
    (docs/server.md reports it; bench/bench_server.py measures it alone)."""
    paths = ["/v1/day/2026-02-16", "/v1/due?phrase=05%20ng%C3%A0y%20l%C3%A0m%20vi%E1%BB%87c&start=2026-02-11",
             "/v1/count?from=2026-01-01&to=2026-12-31", "/v1/calendar/2026", "/v1/day/2026-02-30"]

    def ask(i: int) -> tuple[int, float]:
        began = time.perf_counter()
        response = client.get(paths[i % len(paths)])
        return response.status_code, time.perf_counter() - began

    with httpx.Client(base_url=base, limits=httpx.Limits(max_connections=8)) as client, \
            ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(ask, range(3000)))
    statuses = [status for status, _ in results]
    assert statuses.count(200) == 2400 and statuses.count(400) == 600  # the fifth path is a bad date
    times = sorted(seconds for _, seconds in results)
    p99 = times[int(0.99 * len(times))]
    median = statistics.median(times)
    print(f"3,000 requests, 8 clients: median {median * 1000:.1f} ms, p99 {p99 * 1000:.1f} ms")
    assert p99 < 2.0


def test_hanchot_serve_from_the_command_line() -> None:
    """`hanchot serve --port P` answers on the loopback port until Ctrl-C; a bad port is refused."""
    import signal  # noqa: PLC0415
    import subprocess  # noqa: PLC0415
    import sys  # noqa: PLC0415
    from pathlib import Path  # noqa: PLC0415

    hanchot = str(Path(sys.executable).parent / "hanchot")
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    command = [hanchot, "serve", "--port", str(port)]
    with subprocess.Popen(command, stderr=subprocess.PIPE, text=True) as process:
        answer = None
        for _ in range(100):
            try:
                answer = httpx.get(f"http://127.0.0.1:{port}/v1/day/2026-02-16").json()
                break
            except httpx.TransportError:
                time.sleep(0.1)
        process.send_signal(signal.SIGINT)
        _, err = process.communicate(timeout=30)
    assert answer is not None and answer["is_working_day"] is False  # 29 Tết Bính Ngọ
    assert f"Dịch vụ hanchot đang chạy tại http://127.0.0.1:{port}" in err and "Traceback" not in err
    bad = subprocess.run([hanchot, "serve", "--port", "99999"], capture_output=True, text=True, check=False)
    assert bad.returncode == 2 and "--port không nhận '99999'" in bad.stderr
