# SPDX-License-Identifier: Apache-2.0
"""The HTTP service for one-stop systems that are not Python (``hanchot serve``; the ``server`` extra).

Every answer is the library's, serialised as the CLI's ``--json`` serialises it
(:mod:`hanchot.serial`). Every parameter is read by hanchot itself, so that whatever a
client sends, a mistake is a 4xx JSON error with hanchot's code and its message in
Vietnamese (``Accept-Language: en`` for English), never a 5xx.

>>> sorted({route.path for route in create_app().routes if route.path.startswith("/v1")})
['/v1/calendar/{year}', '/v1/count', '/v1/day/{day}', '/v1/dossiers', '/v1/due', '/v1/health']
"""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping
from datetime import datetime
from functools import partial
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.utils import get_openapi
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException

from hanchot import serial
from hanchot.batch import Summary, process_records
from hanchot.calendars import Calendar, as_calendar
from hanchot.deadline import due
from hanchot.errors import ErrorCode, HanchotError, InvalidInputError
from hanchot.messages import Lang, fail
from hanchot.moments import parse_when

__all__ = ["create_app"]

_PROFILES = ("civil_service", "labor_code")
_MAX_DOSSIERS = 10_000  # a request's list at most: larger files go through hanchot hoso


def _known_parameters(request: Request) -> None:
    """Refuse a query parameter the address does not take: an option ignored in silence (``before=``,
    ``strict=``) would give a client another answer than the one it asked for."""
    route = request.scope.get("route")
    taken = {param.alias for param in getattr(getattr(route, "dependant", None), "query_params", [])}
    unknown = sorted(set(request.query_params) - taken)
    if unknown:
        raise fail(InvalidInputError, ErrorCode.UNKNOWN_OPTION, field="query", value=tuple(unknown),
                   allowed=", ".join(sorted(taken)) or "—")


def _openapi(app: FastAPI) -> dict[str, Any]:
    """The OpenAPI document as the service answers: a refused request is a 400 with hanchot's error."""
    if app.openapi_schema is None:
        document = get_openapi(title=app.title, version=app.version, description=app.description,
                               routes=app.routes)
        error = {"type": "object", "properties": {"error": {"type": "object", "properties": {
            "code": {"type": "string"}, "field": {"type": ["string", "null"]},
            "message": {"type": "string"}}}}}
        for operations in document.get("paths", {}).values():
            for operation in operations.values():
                operation["responses"].pop("422", None)
                operation["responses"]["400"] = {
                    "description": "Refused: hanchot's error code, the field, and the message (Vietnamese, "
                                   "or English with Accept-Language: en)",
                    "content": {"application/json": {"schema": error}}}
        document.get("components", {}).get("schemas", {}).pop("HTTPValidationError", None)
        document.get("components", {}).get("schemas", {}).pop("ValidationError", None)
        app.openapi_schema = document
    return app.openapi_schema


def create_app(base: Calendar | None = None) -> FastAPI:
    """The service's application (an ASGI app: run it with uvicorn, or ``hanchot serve``).

    >>> create_app().title
    'hanchot'
    """
    from importlib.metadata import version  # noqa: PLC0415

    app = FastAPI(title="hanchot", version=version("hanchot"), dependencies=[Depends(_known_parameters)],
                  description="Working days and deadlines for Vietnam's public administration.")
    first = as_calendar(base)  # None: the civil service's; anything else but a calendar is refused
    calendars = {name: first.replace(profile=name) for name in _PROFILES}
    app.openapi = partial(_openapi, app)  # type: ignore[method-assign]  # FastAPI's documented override

    def cal(profile: str | None) -> Calendar:
        if profile is None:
            return calendars["civil_service"]
        if profile not in calendars:
            raise fail(InvalidInputError, ErrorCode.NOT_ONE_OF, field="profile", value=profile,
                       allowed=_PROFILES)
        return calendars[profile]

    @app.exception_handler(HanchotError)
    async def refused(request: Request, error: HanchotError) -> JSONResponse:
        return JSONResponse({"error": serial.error_json(error, _lang(request))}, status_code=400)

    @app.exception_handler(RequestValidationError)
    async def unreadable(request: Request, error: RequestValidationError) -> JSONResponse:
        problem = fail(InvalidInputError, ErrorCode.SERVER_BODY, field="body", value=str(error.errors()[:1]),
                       limit=_MAX_DOSSIERS, example='{"ma_ho_so": "HS-1"}')
        return JSONResponse({"error": serial.error_json(problem, _lang(request))}, status_code=400)

    @app.exception_handler(HTTPException)
    async def elsewhere(request: Request, error: HTTPException) -> JSONResponse:
        code = ErrorCode.NOT_FOUND if error.status_code == 404 else ErrorCode.METHOD_NOT_ALLOWED
        problem = fail(InvalidInputError, code, field="path", value=request.url.path, method=request.method)
        return JSONResponse({"error": serial.error_json(problem, _lang(request))},
                            status_code=error.status_code)

    @app.head("/v1/health", include_in_schema=False)  # what load balancers ask: the status alone
    def alive() -> Response:
        return Response(status_code=200)

    @app.get("/v1/health")
    def health() -> dict[str, Any]:
        coverage = calendars["civil_service"].coverage
        return {"status": "ok", "version": app.version, "coverage": {
            "first": coverage.first.isoformat(), "last": coverage.last.isoformat(),
            "official_years": sorted(coverage.official_years),
            "data_reviewed": coverage.reviewed.isoformat()}}

    @app.get("/v1/day/{day}")
    def day(day: str, profile: str | None = None) -> dict[str, Any]:
        return cal(profile).day(_day(day, "day")).as_json()

    @app.get("/v1/due")
    def due_date(request: Request, phrase: str | None = None, start: str | None = None,
                 profile: str | None = None) -> dict[str, Any]:
        if phrase is None or start is None:
            raise fail(InvalidInputError, ErrorCode.SERVER_MISSING_PARAMETER, field="phrase" if phrase is None
                       else "start", value=None, example="/v1/due?phrase=05 ngày làm việc&start=2026-03-06")
        return due(phrase, parse_when(start, "start"), calendar=cal(profile)).as_json(_lang(request))

    @app.get("/v1/count")
    def count(start: Annotated[str | None, Query(alias="from")] = None, to: str | None = None,
              both_ends: str | None = None, profile: str | None = None) -> dict[str, Any]:
        a, b = _day(start, "from"), _day(to, "to")
        both = _flag(both_ends, "both_ends")
        c = cal(profile)
        n = c.working_days_between(a, b, both_ends=both)
        return serial.count_json(a, b, n, c.days_off_between(min(a, b), max(a, b)), both)

    @app.get("/v1/calendar/{year}", response_model=None)
    def year(year: str, format: str = "json", profile: str | None = None) -> dict[str, Any] | Response:
        if not year.isdigit():
            raise fail(InvalidInputError, ErrorCode.USAGE_NOT_A_YEAR, field="year", value=year, example=2026)
        days = cal(profile).holidays(int(year))
        if format == "csv":
            out = io.StringIO()
            writer = csv.writer(out, lineterminator="\r\n")
            writer.writerow(["date", "kind", "is_working_day", "name_vi", "name_en", "source", "provisional",
                             "evidence"])
            for d in days:
                writer.writerow([d.date.isoformat(), d.kind.value, d.is_working_day, d.name_vi, d.name_en,
                                 d.source.cite() if d.source else "", d.provisional, d.evidence.value])
            return Response(out.getvalue(), media_type="text/csv; charset=utf-8")
        if format != "json":
            raise fail(InvalidInputError, ErrorCode.NOT_ONE_OF, field="format", value=format,
                       allowed="json, csv")
        return serial.year_json(int(year), days)

    @app.post("/v1/dossiers")
    async def dossiers(request: Request, as_of: str | None = None,
                       profile: str | None = None) -> dict[str, Any]:
        records = await _records(request)
        when = parse_when(as_of, "as_of") if as_of is not None else None
        summary = Summary()
        results = list(process_records(records, as_of=when, calendar=cal(profile), summary=summary,
                                       lang=_lang(request).value))
        return {"results": results, "summary": summary.as_dict()}

    return app


def _lang(request: Request) -> Lang:
    """Vietnamese, unless the client's first language is English."""
    header = request.headers.get("accept-language", "").strip().lower()
    return Lang.EN if header.startswith("en") else Lang.VI


def _day(text: str | None, name: str) -> Any:
    if text is None:
        raise fail(InvalidInputError, ErrorCode.SERVER_MISSING_PARAMETER, field=name, value=None,
                   example=f"{name}=2026-03-06")
    value = parse_when(text, name)
    if isinstance(value, datetime):  # a moment where a day is asked
        raise fail(InvalidInputError, ErrorCode.DATETIME_NOT_DATE, field=name, value=value, day=value.date())
    return value


def _flag(text: str | None, name: str) -> bool:
    if text is None or text.lower() in ("false", "0", "no"):
        return False
    if text.lower() in ("true", "1", "yes"):
        return True
    raise fail(InvalidInputError, ErrorCode.NOT_TRUE_OR_FALSE, field=name, value=text)


async def _records(request: Request) -> list[Mapping[str, object]]:
    """The body: a JSON list of dossier records (objects of text), as the batch reads them."""
    try:
        body = await request.json()
    except ValueError:
        body = None
    if not isinstance(body, list) or not all(isinstance(r, dict) for r in body) or len(body) > _MAX_DOSSIERS:
        shown = (await request.body())[:80].decode("utf-8", "replace")
        raise fail(InvalidInputError, ErrorCode.SERVER_BODY, field="body", value=shown, limit=_MAX_DOSSIERS,
                   example='{"ma_ho_so": "HS-1", "ngay_nhan": "2026-03-06", "thoi_han": "05 ngày làm việc"}')
    return body
