"""The corpus engine: many analysed articles in one SQLite store, searchable and exportable.

Modules, leaf first:

- `schema`      the store's tables, ordered migrations (`PRAGMA user_version`), a guarded `connect`
- `text_index`  what the FTS5 index sees (match keys + clitic-stripped readings), query and hit mapping
- `dedup`       MinHash/LSH near-duplicate clusters (wire copies; LSH kept in the store), entity check
- `work`        the worker side: raw record -> record JSON, signature, index terms (or a failure)
- `store`       `Store`: writes a document with all its rows in one savepoint; digest; one writer
- `executor`    where analysis runs: in-process, a process pool, or (`dask_engine`) a Dask cluster
- `runner`      the resumable batch: read, skip what is stored, analyse, write in input order
- `search`, `export`, `progress`: what the `marsad search / export / ingest / load` commands use
"""
