"""Argument types shared by the sub-commands: a bad value is an argparse error (exit status 2)
naming the option, never a silent empty result or a traceback further down."""

from __future__ import annotations

import argparse
import datetime as dt
import re

DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def iso_day(value: str) -> str:
    """A calendar day written YYYY-MM-DD that exists (2015-13-45 does not)."""
    if not DAY.fullmatch(value):
        raise argparse.ArgumentTypeError(f"{value!r} is not a date written YYYY-MM-DD")
    try:
        dt.date.fromisoformat(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"{value!r} is not a calendar day ({exc})") from None
    return value


def count(low: int = 1, high: int = 1_000_000):
    """An integer between `low` and `high` (a limit of 1e20 is an error, not an overflow)."""

    def parse(value: str) -> int:
        try:
            n = int(value)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{value!r} is not a whole number") from None
        if not low <= n <= high:
            raise argparse.ArgumentTypeError(f"{n} is out of range ({low} to {high:,})")
        return n

    parse.__name__ = "number"  # argparse names the type in its messages
    return parse
