"""Fixtures for the browser tests (test_browser_*.py): Debian's chromium driven by Playwright,
and a live server over the web fixture store. Nothing here is used by the other tests.

Playwright never downloads a browser here: it launches the chromium binary the system provides
(`apt-get install chromium fonts-noto-core`; `.ci/run` installs them when missing). Without the
binary the browser tests fail loudly rather than skip, so CI cannot pass without running them.
"""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from pathlib import Path

import pytest

CHROMIUM_CANDIDATES = ("/usr/lib/chromium/chromium", "/usr/lib/chromium-browser/chromium-browser")
ARTEFACTS = Path(__file__).resolve().parent.parent / "test-artefacts"


def chromium_binary() -> str:
    """The real chromium binary (the /usr/bin/chromium wrapper script confuses Playwright)."""
    for path in (os.environ.get("MARSAD_CHROMIUM"), *CHROMIUM_CANDIDATES):
        if path and Path(path).exists():
            return path
    found = shutil.which("chromium")
    if found:
        return found
    raise RuntimeError("no chromium found: apt-get install -y chromium fonts-noto-core (or set MARSAD_CHROMIUM)")


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    args = ["--no-sandbox"] if os.geteuid() == 0 else []
    return {**browser_type_launch_args, "executable_path": chromium_binary(), "args": args}


@pytest.fixture(scope="session")
def artefacts() -> Path:
    """Where the browser tests save their screenshots (test-artefacts/, ignored by git)."""
    ARTEFACTS.mkdir(exist_ok=True)
    return ARTEFACTS


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def web_store(tmp_path_factory) -> Path:
    from web_fixtures import build_web_store

    return build_web_store(tmp_path_factory.mktemp("web-live"))


@pytest.fixture(scope="session")
def live_server(web_store):
    """The workspace over the fixture store, served by uvicorn in a thread: its base URL."""
    uvicorn = pytest.importorskip("uvicorn")
    from marsad.web.app import create_app

    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(web_store), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the test server did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)
