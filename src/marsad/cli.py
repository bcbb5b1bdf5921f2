"""The `marsad` command: sub-commands are modules of `marsad.commands`, discovered at start."""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys

from marsad import __version__, commands
from marsad.extras import MissingExtra

# the order sub-commands are listed in --help; modules not named here follow alphabetically
ORDER = ["analyze", "ingest", "search", "serve", "stats", "export", "check", "migrate", "load", "train", "eval"]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="marsad", description="Arabic news into structured, evidence-linked data."
    )
    parser.add_argument("--version", action="version", version=f"marsad {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    # modules named _x are helpers shared by the commands, not commands
    names = sorted(m.name for m in pkgutil.iter_modules(commands.__path__) if not m.name.startswith("_"))
    names.sort(key=lambda n: (ORDER.index(n) if n in ORDER else len(ORDER), n))
    for name in names:
        importlib.import_module(f"marsad.commands.{name}").register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        return int(args.func(args) or 0)
    except MissingExtra as exc:
        print(f"marsad {args.command}: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("marsad: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # `marsad analyze ... | head`: the reader went away; not an error of ours
        sys.stderr.close()
        return 0


if __name__ == "__main__":
    sys.exit(main())
