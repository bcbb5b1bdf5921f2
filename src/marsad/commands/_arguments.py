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


EXIT_STATUS = """exit status:
  0    every record was analysed or was already stored (or no more failed than --max-failures)
  1    records failed (more than --max-failures); each is named on stderr (ingest and load also
       keep them in the store: `marsad stats --failures` lists them)
  2    bad arguments, or an input or store that cannot be used at all
  130  interrupted (Ctrl-C); what was committed is kept, a rerun continues"""


def add_max_failures(p: argparse.ArgumentParser) -> None:
    p.add_argument("--max-failures", type=count(0, 10**12), default=0, metavar="N",
                   help="exit with status 0 when at most N records failed (default 0: any failure gives 1); "
                   "failures are reported and kept either way")


def failure_status(stats, max_failures: int, command: str,
                   where: str = "`marsad stats --failures` lists them") -> int:
    """1 when more records failed than allowed, else 0; says which on stderr when records failed."""
    import sys

    if not stats.failed:
        return 0
    over = stats.failed > max_failures
    print(f"marsad {command}: {stats.failed} record(s) failed"
          + (f", more than --max-failures {max_failures}" if over else f", within --max-failures {max_failures}")
          + f"; {where}", file=sys.stderr)
    return 1 if over else 0


def add_verbosity(p: argparse.ArgumentParser) -> None:
    group = p.add_mutually_exclusive_group()
    group.add_argument("-q", "--quiet", action="store_true",
                       help="no progress bar, no summary, failed records not named one by one (only the "
                       "final count; the store keeps them)")
    group.add_argument("-v", "--verbose", action="store_true",
                       help="name every failed record on stderr (default: the first 10)")


def named_failures(args: argparse.Namespace) -> int:
    return 0 if args.quiet else 10**12 if args.verbose else 10
