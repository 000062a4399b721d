# SPDX-License-Identifier: Apache-2.0
"""Beyond one machine: the engine on a Dask ``distributed`` cluster of worker processes.

Partitions in equal partitions out, and the rows equal those of one ``process_table`` call
in this process; the partitions' summaries add up to the whole one.
"""

from __future__ import annotations

import os
from datetime import date, timedelta

import dask.dataframe as dd
import pandas as pd
import pytest
from distributed import Client, LocalCluster

from hanchot.batch import Summary, process_table

AS_OF = date(2026, 6, 30)


def _summary(frame: pd.DataFrame) -> pd.DataFrame:
    """A partition's summary, as a one-row frame (counted where the partition is)."""
    summary = Summary()
    process_table(frame, as_of=AS_OF, summary=summary)
    return pd.DataFrame({"summary": [summary]})


@pytest.mark.filterwarnings("ignore::DeprecationWarning", "ignore::ResourceWarning", "ignore::UserWarning")
def test_the_engine_on_a_local_cluster_of_processes() -> None:
    n = 20_000
    start = date(2026, 1, 5)
    frame = pd.DataFrame({
        "ma_ho_so": [f"HS-{k}" for k in range(n)],
        "ngay_nhan": [(start + timedelta(days=k % 150)).strftime("%d/%m/%Y") + f" {8 + k % 9:02d}:15"
                      for k in range(n)],
        "thoi_han": ["05 ngày làm việc", "15 ngày", "04 giờ làm việc", "trong quý III"] * (n // 4),
        "ngay_tra": ["" if k % 5 == 0 else (start + timedelta(days=k % 150 + k % 11)).isoformat()
                     for k in range(n)],
    })
    frame.loc[17, "ngay_nhan"] = "30/02/2026"  # one row in error travels too
    parts = dd.from_pandas(frame, npartitions=4)
    whole = Summary()
    expected = process_table(parts.compute(), as_of=AS_OF, summary=whole)  # the frame as Dask holds it
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
            Client(cluster) as client:
        pids = set(client.run(os.getpid).values())
        assert len(pids) == 2 and os.getpid() not in pids  # two worker processes, not this one
        done = parts.map_partitions(process_table, as_of=AS_OF, meta=process_table(frame.iloc[:0]))
        assert done.npartitions == parts.npartitions == 4
        got = done.compute()
        counted = parts.map_partitions(_summary, meta={"summary": object}).compute()
    pd.testing.assert_frame_equal(got, expected)
    total = sum(counted["summary"], Summary())
    assert total.as_dict() == whole.as_dict() and total.by_status["loi"] == 1
