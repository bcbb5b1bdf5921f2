"""Bytes to text for Arabic news files: UTF-8 (with or without BOM), UTF-16, Windows-1256.

Old Arabic sites and desktop tools still write Windows-1256 ("cp1256"); Windows tools write
UTF-16 with a BOM; some exports drop the BOM. UTF-8 is tried strictly first, because valid
UTF-8 is almost never an accident; then the legacy encodings are judged by how much Arabic
they produce. Mis-decoded UTF-8 read as cp1256 also yields Arabic letters ("ط§ظ„"), so a file
that is *nearly* valid UTF-8 (a few corrupt bytes) is kept as UTF-8 with the bad bytes replaced.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field

# How many bytes are inspected to detect UTF-16 and binary content.
SNIFF_BYTES = 1 << 16
# A nearly-valid UTF-8 file: at most this share of characters may be undecodable.
UTF8_MAX_BAD_SHARE = 0.005
# A legacy decoding is accepted as Arabic when this share of its letters are Arabic.
ARABIC_MIN_SHARE = 0.5
# Text may contain at most this share of control characters (other than tab, newline, ...).
CONTROL_MAX_SHARE = 0.01

STRAY_NUL_MAX_SHARE = 0.001  # NUL bytes per byte of a file still read as text (a few in a long file)
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_ARABIC = re.compile(r"[\u0621-\u064a\u0671-\u06d3]")
_LETTER = re.compile(r"[^\W\d_]")


class DecodeError(ValueError):
    """The bytes are not text we can read (empty, binary)."""


@dataclass(slots=True)
class Decoded:
    text: str
    encoding: str
    warnings: list[str] = field(default_factory=list)


def _controls(text: str) -> float:
    return len(_CONTROL.findall(text[:SNIFF_BYTES])) / max(1, min(len(text), SNIFF_BYTES))


def _arabic_share(text: str) -> float:
    sample = text[:SNIFF_BYTES]
    letters = len(_LETTER.findall(sample))
    return len(_ARABIC.findall(sample)) / letters if letters else 0.0


def _utf16_order(data: bytes) -> str | None:
    """'utf-16-le' / 'utf-16-be' when the NUL bytes sit on one parity (ASCII in UTF-16)."""
    sample = data[:SNIFF_BYTES]
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    if odd > 4 * max(even, 1):
        return "utf-16-le"
    if even > 4 * max(odd, 1):
        return "utf-16-be"
    return None


def decode_bytes(data: bytes, declared: str | None = None) -> Decoded:
    """Decode file content; raises DecodeError("empty file" / "binary file ...").

    `declared` is an encoding named by the container (an HTTP header), tried after the BOMs.
    """
    if not data.strip():
        raise DecodeError("empty file")
    if data.startswith(codecs.BOM_UTF8):
        text = data[3:].decode("utf-8", errors="replace")
        return _checked(Decoded(text, "utf-8-sig"))
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _checked(Decoded(data.decode("utf-16", errors="replace"), "utf-16"))
    if b"\x00" in data[:SNIFF_BYTES]:
        order = _utf16_order(data)
        if order is None:
            return _with_stray_nuls(data)
        try:
            text = data[: len(data) - len(data) % 2].decode(order)
        except UnicodeDecodeError as exc:
            raise DecodeError(f"binary file (NUL bytes, invalid {order})") from exc
        return _checked(Decoded(text, order))
    if declared:
        try:
            return _checked(Decoded(data.decode(declared), declared.lower()))
        except (LookupError, UnicodeDecodeError):
            pass
    try:
        return _checked(Decoded(data.decode("utf-8"), "utf-8"))
    except UnicodeDecodeError:
        pass
    loose = data.decode("utf-8", errors="replace")
    bad = loose.count("\ufffd")
    if bad / max(1, len(loose)) <= UTF8_MAX_BAD_SHARE:
        return _checked(Decoded(loose, "utf-8", [f"{bad} undecodable byte sequence(s) replaced"]))
    legacy = data.decode("cp1256", errors="replace")
    if _arabic_share(legacy) >= ARABIC_MIN_SHARE:
        return _checked(Decoded(legacy, "cp1256", ["decoded as Windows-1256 (cp1256)"]))
    latin = data.decode("cp1252", errors="replace")
    return _checked(Decoded(latin, "cp1252", ["not UTF-8 and not Arabic: decoded as cp1252"]))


def _with_stray_nuls(data: bytes) -> Decoded:
    """Text with a few stray NUL bytes (a damaged copy, a bad export) is text: the NULs are
    dropped with a warning. Many NULs that are not UTF-16 mean a binary file."""
    nuls = data.count(b"\x00")
    if nuls / len(data) > STRAY_NUL_MAX_SHARE:
        raise DecodeError("binary file (NUL bytes, not UTF-16 text)")
    decoded = decode_bytes(data.replace(b"\x00", b""))
    decoded.warnings.append(f"{nuls} NUL byte(s) removed")
    return decoded


def _checked(decoded: Decoded) -> Decoded:
    if _controls(decoded.text) > CONTROL_MAX_SHARE:
        raise DecodeError(f"binary file (control characters after decoding as {decoded.encoding})")
    if decoded.text.startswith("\ufeff"):
        decoded.text = decoded.text[1:]
    if not decoded.text.strip():
        raise DecodeError("empty file")
    return decoded
