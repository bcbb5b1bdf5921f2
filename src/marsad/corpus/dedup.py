"""Near-duplicates and stories: MinHash over word 5-gram shingles of match-key text, LSH lookup.

Wire copies (one agency story republished by several outlets, lightly edited) share most of
their 5-word sequences. Each stored document's signature (`minhash`) and LSH band keys (`lsh`)
are kept in the store, so memory stays flat and a resumed run starts at once. A new document joins the
cluster of the stored documents it matches (merging clusters when it bridges two); every
duplicate is kept and linked, never dropped. A cluster's canonical member is the earliest
published, then the longest, then the first stored.
"""

from __future__ import annotations

import functools
import hashlib
import json
import operator
import sqlite3
from collections.abc import Iterable
from typing import Any, NamedTuple

import numpy as np

from marsad.arabic.normalize import match_key
from marsad.arabic.tokens import iter_tokens
from marsad.corpus.name_keys import NameKey, decode, make_key, same_entity

SHINGLE = 5  # words per shingle
NUM_PERM = 128
THRESHOLD = 0.5  # estimated Jaccard similarity of shingle sets to call two texts copies
MIN_SHINGLES = 8  # shorter texts are too generic to cluster reliably
BANDS, ROWS = 25, 5  # LSH banding of the NUM_PERM hash values (see band_keys)
SEED = 1  # fixed: signatures from any process or machine are comparable
SCHEME = "affine32"  # datasketch's 32-bit hashing: signatures are uint32 arrays
_DIGEST = operator.methodcaller("digest")


def shingles(text: str | None = None, *, words: list[str] | None = None) -> set[str]:
    """Word 5-grams of match keys, of `text` or of an already tokenised word-key list."""
    if words is None:
        words = [t.key for t in iter_tokens(text or "") if t.kind != "punct"]
    if len(words) < SHINGLE:
        return set()
    return set(map(" ".join, zip(*(words[i:] for i in range(SHINGLE)), strict=False)))


def signature(text: str | None = None, *, words: list[str] | None = None) -> bytes | None:
    """The MinHash signature of `text` (or of its word keys) as uint32 bytes; None if too short to cluster.

    The values are datasketch's (`MinHash(NUM_PERM, SEED, scheme=SCHEME).update_batch`, a test
    checks it), computed in a few numpy operations: datasketch hashes and permutes one shingle
    at a time in Python, which cost most of the time of a document's signature.
    """
    if words is None:
        words = [t.key for t in iter_tokens(text or "") if t.kind != "punct"]
    # the shingles as UTF-8 bytes, joined from words encoded once (not each shingle encoded: a
    # word is in five of them); the same set as `shingles` gives, encoded
    encoded = list(map(str.encode, words))
    sh = set(map(b" ".join, zip(*(encoded[i:] for i in range(SHINGLE)), strict=False))) \
        if len(encoded) >= SHINGLE else set()
    if len(sh) < MIN_SHINGLES:
        return None
    digests = b"".join(map(_DIGEST, map(hashlib.sha1, sh)))  # no Python loop per shingle
    hv = np.frombuffer(digests, dtype="<u4")[::5]  # datasketch's sha1_hash32: a digest's first 4 bytes
    a, b = _permutations()
    values = np.multiply.outer(_fmix32(hv), a)  # uint32 arithmetic wraps as datasketch's does
    values += b
    return values.min(axis=0).tobytes()


@functools.cache
def _permutations() -> tuple[np.ndarray, np.ndarray]:
    """The affine permutations (a, b) of datasketch's MinHash with NUM_PERM, SEED and SCHEME.

    Drawn as datasketch draws them (numpy's RandomState seeded with SEED: an odd multiplier, then
    an offset), so stored signatures stay comparable without installing datasketch and scipy.
    """
    gen = np.random.RandomState(SEED)
    a = gen.randint(0, 1 << 31, NUM_PERM, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = gen.randint(0, 1 << 32, NUM_PERM, dtype=np.uint32)
    return a, b


def _fmix32(h: np.ndarray) -> np.ndarray:
    """MurmurHash3's 32-bit finalizer, which datasketch applies to every hash before permuting."""
    h = h.astype(np.uint32)
    h ^= h >> np.uint32(16)
    h *= np.uint32(0x85EBCA6B)
    h ^= h >> np.uint32(13)
    h *= np.uint32(0xC2B2AE35)
    h ^= h >> np.uint32(16)
    return h


ENTITY_TYPES = ("PER", "LOC", "ORG")


def entity_key(kb: str | None, etype: str, name: str) -> str:
    """One key per real-world entity: its kb id when linked, else TYPE:match-key of its name."""
    return kb if kb else f"{etype}:{match_key(name)}"


def entity_profile(entities: Iterable[Any], body_start: int) -> str:
    """JSON [main entities, all entities] of a document, for the template check in `conflicts`.

    Main entities are those named in the title or mentioned at least twice. Each entity is kept
    as its `name_keys.NameKey` (type, KB id, spelling-proof name words), so that how a layer
    spelled a name ("عبدالله بن حمد الغرير" / "عبدالله الغرير") does not decide whether two copies
    conflict. `entities` are `Entity` objects or their JSON records.
    """
    main: set[str] = set()
    every: set[str] = set()
    for e in entities:
        get = e.get if isinstance(e, dict) else lambda k, e=e: getattr(e, k)
        if get("type") not in ENTITY_TYPES:
            continue
        key = _profile_key(get("kb"), get("type"), get("name"))
        every.add(key)
        mentions = get("mentions") or []
        starts = [m["start"] if isinstance(m, dict) else m.start for m in mentions]
        if len(starts) >= 2 or any(st < body_start for st in starts):
            main.add(key)
    return json.dumps([sorted(main), sorted(every)], ensure_ascii=False) if every else ""


@functools.lru_cache(maxsize=65536)
def _profile_key(kb: str | None, etype: str, name: str) -> str:
    """An entity's entry in a profile, once per entity name: names recur from article to article."""
    return make_key(kb, etype, name).encode()


class _Profile(NamedTuple):
    main: tuple[NameKey, ...]
    every: tuple[NameKey, ...]
    kbs: frozenset[str]  # of `every`: most matches are found here or in `names` without comparing names
    names: frozenset[tuple[str, ...]]


@functools.lru_cache(maxsize=8192)
def _profile(text: str) -> _Profile:
    main, every = json.loads(text)
    keys = tuple(map(decode, every))
    return _Profile(tuple(map(decode, main)), keys, frozenset(k.kb for k in keys if k.kb),
                    frozenset(k.words for k in keys if not k.kb and k.words))


def _unmatched(main: tuple[NameKey, ...], other: _Profile) -> list[NameKey]:
    """The main entities of one document that are none of the other's entities."""
    return [m for m in main
            if m.kb not in other.kbs and m.words not in other.names
            and not any(same_entity(m, e) for e in other.every)]


def _swapped(a: NameKey, b: NameKey) -> bool:
    """Whether a template could have put `b` where `a` was: a person for a person, a place or body
    for a place or body (the two are often typed either way). Unknown types (older stores) may."""
    return not a.type or not b.type or (a.type == "PER") == (b.type == "PER")


def conflicts(a: str | None, b: str | None) -> bool:
    """True when each document has a main entity the other never mentions, of a kind a template swaps.

    Templated texts ("the King congratulates the President of Niger / of Jamaica on ...") share
    almost all their shingles but are different stories: the template swaps one person, or one
    place or body, for another. A wire copy, even edited, keeps the main entities of its
    original, though perhaps spelled otherwise: entities are compared by KB id when both are
    linked, else by name key (`name_keys.same_entity`); an edit that drops a person on one side
    while a layer finds a new body on the other is no swap. Without entity layers (empty
    profiles) nothing conflicts. Profiles of older stores (plain keys) are read too.
    """
    if not a or not b:
        return False
    pa, pb = _profile(a), _profile(b)
    only_a = _unmatched(pa.main, pb)
    if not only_a:
        return False
    only_b = _unmatched(pb.main, pa)
    return any(_swapped(x, y) for x in only_a for y in only_b)


def similarity(a: bytes, b: bytes) -> float:
    return float(np.mean(np.frombuffer(a, dtype=np.uint32) == np.frombuffer(b, dtype=np.uint32)))


def band_keys(sig: bytes) -> list[tuple[int, int]]:
    """(band, key) pairs of a signature: each band's ROWS hash values hashed to a signed int64.

    Two documents sharing any band key are candidates; with BANDS x ROWS = 25 x 5 (datasketch's
    choice for a 0.5 threshold and 128 permutations) pairs around the threshold are rarely missed.
    """
    out = []
    for band in range(BANDS):
        chunk = sig[band * ROWS * 4 : (band + 1) * ROWS * 4]
        out.append((band, int.from_bytes(hashlib.blake2b(chunk, digest_size=8).digest(), "little", signed=True)))
    return out


# the documents sharing any of a signature's BANDS band keys, one primary-key lookup per band
_CANDIDATES = (f"WITH v(band, key) AS (VALUES {', '.join(['(?, ?)'] * BANDS)}) "
               "SELECT DISTINCT l.doc FROM v CROSS JOIN lsh l ON l.band = v.band AND l.key = v.key")


class ClusterIndex:
    """LSH over stored signatures, kept in the store itself (table `lsh`), and cluster assignment.

    Being rows of the store, the index is written in the same transaction as its document (a
    rolled-back batch leaves nothing behind), costs no memory however large the corpus, and
    needs no rebuilding when a run resumes.
    """

    def __init__(self, conn: sqlite3.Connection, threshold: float = THRESHOLD) -> None:
        self.conn = conn
        self.threshold = threshold
        if conn.execute("SELECT 1 FROM lsh LIMIT 1").fetchone() is None:
            self._backfill()

    def _backfill(self) -> None:
        """Index the signatures of a store written before the index was kept in the store."""
        rows = self.conn.execute("SELECT doc, sig FROM minhash ORDER BY doc").fetchall()
        self.conn.executemany(
            "INSERT OR IGNORE INTO lsh(band, key, doc) VALUES (?, ?, ?)",
            [(band, key, doc) for doc, sig in rows for band, key in band_keys(sig)],
        )

    def candidates(self, keys: list[tuple[int, int]]) -> list[int]:
        """Stored documents sharing one of a signature's band keys (`band_keys`), found in one
        statement: a third of the time of one statement per band."""
        return sorted(r[0] for r in self.conn.execute(_CANDIDATES, [x for pair in keys for x in pair]))

    def assign(self, rowid: int, sig: bytes | None, ents: str = "",
               keys: list[tuple[int, int]] | None = None) -> bool:
        """Put stored document `rowid` into a cluster; True when it joined an existing one.

        The document row must exist with cluster_id = rowid; everything is written in the
        caller's transaction. `keys`: the signature's `band_keys`, when made already (by the
        worker that analysed the document).
        """
        conn = self.conn
        if sig is None:
            conn.execute("INSERT OR REPLACE INTO clusters(id, canonical, size) VALUES (?, ?, 1)", (rowid, rowid))
            return False
        if keys is None:
            keys = band_keys(sig)
        matches = []
        for cand in self.candidates(keys):
            row = conn.execute("SELECT sig, ents FROM minhash WHERE doc = ?", (cand,)).fetchone()
            if cand != rowid and row and similarity(sig, row[0]) >= self.threshold and not conflicts(ents, row[1]):
                matches.append(cand)
        conn.execute("INSERT OR REPLACE INTO minhash(doc, sig, ents) VALUES (?, ?, ?)", (rowid, sig, ents or None))
        conn.executemany("INSERT OR IGNORE INTO lsh(band, key, doc) VALUES (?, ?, ?)",
                         [(band, key, rowid) for band, key in keys])
        if not matches:
            conn.execute("INSERT OR REPLACE INTO clusters(id, canonical, size) VALUES (?, ?, 1)", (rowid, rowid))
            return False
        marks = ",".join("?" * len(matches))
        clusters = sorted(
            r[0] for r in conn.execute(f"SELECT DISTINCT cluster_id FROM documents WHERE rowid IN ({marks})", matches)
        )
        target = clusters[0]
        for other in clusters[1:]:
            conn.execute("UPDATE documents SET cluster_id = ? WHERE cluster_id = ?", (target, other))
            conn.execute("DELETE FROM clusters WHERE id = ?", (other,))
        conn.execute("UPDATE documents SET cluster_id = ? WHERE rowid = ?", (target, rowid))
        conn.execute("DELETE FROM clusters WHERE id = ?", (rowid,))
        canonical = conn.execute(
            "SELECT rowid FROM documents WHERE cluster_id = ? "
            "ORDER BY published IS NULL, published, length(text) DESC, rowid LIMIT 1",
            (target,),
        ).fetchone()[0]
        size = conn.execute("SELECT count(*) FROM documents WHERE cluster_id = ?", (target,)).fetchone()[0]
        conn.execute("INSERT OR REPLACE INTO clusters(id, canonical, size) VALUES (?, ?, ?)", (target, canonical, size))
        return True

