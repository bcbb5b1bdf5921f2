"""gzip decompression that keeps everything before damaged data.

`gzip.GzipFile` decompresses large pieces at a time, and zlib discards a piece's output when it
meets an error in it: a flipped byte in a `.jsonl.gz` then loses the good lines decompressed
just before it too. `SalvagingGunzip` hands out every byte that decompresses before the damage
(the failing piece is fed again a byte at a time, from a copy of the decompressor's state), and
only then raises, so a JSON Lines reader keeps every intact record and names the line where the
file broke. Concatenated members are read one after the other, like `gzip`'s reader does.
"""

from __future__ import annotations

import io
import zlib
from typing import BinaryIO

GZIP = 16 + zlib.MAX_WBITS
PIECE_BYTES = 64 * 1024


class SalvagingGunzip(io.RawIOBase):
    """A raw, readable stream of the decompressed bytes of the gzip stream `compressed`."""

    def __init__(self, compressed: BinaryIO) -> None:
        self._compressed = compressed
        self._inflater = zlib.decompressobj(GZIP)
        self._member_bytes = 0  # bytes fed to the current member's inflater
        self._out = bytearray()
        self._error: Exception | None = None
        self._ended = False

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:  # type: ignore[override]
        while not self._out and not self._ended:
            self._fill()
        if not self._out:
            if self._error is not None:  # raised once, after everything good was read
                error, self._error = self._error, None
                raise error
            return 0
        n = min(len(buffer), len(self._out))
        buffer[:n] = self._out[:n]
        del self._out[:n]
        return n

    def _fill(self) -> None:
        data = self._compressed.read(PIECE_BYTES)
        if not data:
            self._ended = True
            if self._member_bytes and not self._inflater.eof:
                self._error = EOFError("compressed file ended before the end-of-stream marker was reached")
            return
        while data:
            before = self._inflater.copy()
            try:
                self._out += self._inflater.decompress(data)
            except zlib.error as exc:
                self._out += salvage(before, data)
                self._error, self._ended = exc, True
                return
            self._member_bytes += len(data)
            if not self._inflater.eof:
                return
            data = self._inflater.unused_data  # the next member, if any, starts here
            self._inflater = zlib.decompressobj(GZIP)
            self._member_bytes = 0


def salvage(inflater, data: bytes) -> bytes:
    """What `inflater` outputs from `data` before the byte it fails on."""
    out = bytearray()
    for i in range(len(data)):
        try:
            out += inflater.decompress(data[i : i + 1])
        except zlib.error:
            break
    return bytes(out)


def open_gunzip(compressed: BinaryIO) -> io.BufferedReader:
    """A buffered reader (readline, peek) over the decompressed bytes of `compressed`."""
    return io.BufferedReader(SalvagingGunzip(compressed))
