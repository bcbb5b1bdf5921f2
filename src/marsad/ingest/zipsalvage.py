"""The members of a zip archive whose directory is lost: a download or copy cut short.

A zip's central directory is at its end, so an archive cut anywhere has none, and `zipfile`
refuses it whole although every member before the cut is intact. Each member also starts with
a local header giving its name, method and sizes: walking those headers from the start finds
the members again. A member cut by the end of the file gives what decompresses of it (a JSON
Lines member keeps its whole lines) and is reported, as is a damaged one (after what decompresses before the damage); a member whose sizes are not in its local
header (written by a streaming writer), encrypted or ZIP64 ends the walk, reported too.
"""

from __future__ import annotations

import struct
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import BinaryIO

from marsad.ingest.gunzip import salvage

LOCAL_HEADER = struct.Struct("<4sHHHHHIIIHH")
LOCAL_SIGNATURE = b"PK\x03\x04"
DESCRIPTOR_SIGNATURE = b"PK\x07\x08"
STORED, DEFLATED = 0, 8
ENCRYPTED, HAS_DESCRIPTOR, UTF8_NAME = 0x1, 0x8, 0x800


@dataclass(slots=True)
class LocalMember:
    """A member found by its local header: its bytes (all, or what precedes the damage or the
    cut) and, when it is not whole, why."""

    name: str
    data: bytes
    problem: str | None = None


def local_members(fh: BinaryIO, max_bytes: int) -> Iterator[LocalMember]:
    """Members from the local headers of the zip stream `fh`, in order, until the first
    position that does not start a member (the directory, or the end of what is there)."""
    position = 0
    while True:
        fh.seek(position)
        header = fh.read(LOCAL_HEADER.size)
        if len(header) < LOCAL_HEADER.size or not header.startswith(LOCAL_SIGNATURE):
            return
        _, _, flags, method, _, _, crc, size, _, name_len, extra_len = LOCAL_HEADER.unpack(header)
        raw_name = fh.read(name_len)
        name = raw_name.decode("utf-8" if flags & UTF8_NAME else "cp437", errors="replace")
        fh.seek(extra_len, 1)
        if flags & ENCRYPTED:
            yield LocalMember(name, b"", "encrypted member: not read")
        elif size == 0xFFFFFFFF or (flags & HAS_DESCRIPTOR and size == 0):
            yield LocalMember(name, b"", "member sizes are only in the lost directory: it and the members "
                              "after it cannot be found")
            return
        elif size > max_bytes:
            yield LocalMember(name, b"", f"member of {size / 1e6:.0f} MB is over the size limit")
        elif method not in (STORED, DEFLATED):
            yield LocalMember(name, b"", f"compression method {method} is not read")
        else:
            data = fh.read(size)
            member = _unpack(name, data, method, crc, max_bytes)
            if len(data) < size:
                member.problem = (f"member cut short: {size - len(data):,} of its {size:,} bytes are missing"
                                  + ("; what precedes the cut was read" if member.data else ""))
                yield member
                return
            yield member
        position = _after(fh, position, header, size, flags)


def _after(fh: BinaryIO, start: int, header: bytes, size: int, flags: int) -> int:
    """Where the next local header starts: after the data and its descriptor, if any."""
    _, _, _, _, _, _, _, _, _, name_len, extra_len = LOCAL_HEADER.unpack(header)
    end = start + LOCAL_HEADER.size + name_len + extra_len + size
    if flags & HAS_DESCRIPTOR:
        fh.seek(end)
        end += 16 if fh.read(4) == DESCRIPTOR_SIGNATURE else 12
    return end


def _unpack(name: str, data: bytes, method: int, crc: int, max_bytes: int) -> LocalMember:
    if method == STORED:
        content = data
    else:
        inflater = zlib.decompressobj(-zlib.MAX_WBITS)
        try:
            content = inflater.decompress(data, max_bytes + 1)
        except zlib.error as exc:
            return LocalMember(name, salvage(zlib.decompressobj(-zlib.MAX_WBITS), data),
                               f"damaged member data: {exc}")
        if not inflater.eof:  # damaged or cut short: only what decompressed so far
            return LocalMember(name, content, "damaged member data: it ends before its end-of-data marker")
    if zlib.crc32(content) != crc:
        return LocalMember(name, b"", "damaged member data: CRC-32 does not match")
    return LocalMember(name, content)
