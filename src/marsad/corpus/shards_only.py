"""The stand-in for a store when a Dask run only writes its Parquet shards.

`marsad ingest --engine dask --out DIR` without `--db` is a cluster job whose output is the shard
folder (loaded later, maybe elsewhere, by `marsad load DIR --db PATH`): nothing is written beside
it. The runner still needs something to count into; this is it. Records are never skipped here
(there is no store to know them): a rerun reuses the finished shards instead.
"""

from __future__ import annotations

from marsad.corpus.work import Analysed


class ShardsOnly:
    def __init__(self) -> None:
        self.documents = 0
        self.failures = 0

    def begin(self) -> None:
        pass

    def commit(self) -> None:
        pass

    def close(self) -> None:
        pass

    def seen(self, raw_hash: str) -> bool:
        return False

    def add(self, res: Analysed) -> str:
        self.documents += 1
        return "stored"

    def add_failure(self, origin: str, error: str, raw_hash: str | None = None) -> bool:
        self.failures += 1
        return False

    def clear_resolved_failures(self) -> int:
        return 0

    def stats(self) -> dict[str, int]:
        return {"documents": self.documents, "failures": self.failures}
