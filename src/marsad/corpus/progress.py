"""A progress bar on stderr for batch runs: articles done, articles/s, ETA when the total is known."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from marsad.corpus.runner import IngestStats


@contextmanager
def progress_reporter(enabled: bool = True, label: str = "ingest",
                      done_word: str = "stored") -> Iterator[Callable[[IngestStats], None] | None]:
    """A callback drawing the progress of a batch run, named `label` (ingest, load); None when disabled."""
    if not enabled:
        yield None
        return
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeRemainingColumn,
    )

    console = Console(stderr=True)
    progress = Progress(
        TextColumn(f"[bold]{label}"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[rate]:.1f} articles/s"),
        TextColumn("ETA"),
        TimeRemainingColumn(),
        TextColumn(f"[green]{{task.fields[stored]}} {done_word}[/] [dim]{{task.fields[skipped]}} skipped[/] "
                   "[red]{task.fields[failed]} failed[/]"),
        console=console,
        transient=False,
    )
    task = progress.add_task(label, total=None, rate=0.0, stored=0, skipped=0, failed=0)

    def update(stats: IngestStats) -> None:
        progress.update(task, completed=stats.done, total=stats.total, rate=stats.rate, stored=stats.stored,
                        skipped=stats.skipped, failed=stats.failed)

    with progress:
        yield update
