"""Browser harness: a real server on a seeded SQLite file, driven by Chromium.

Why not pytest-django's live_server: its transactional flush would wipe the
site shell that the other tests' session database relies on, and a server in
a thread shares this process's event-loop state with Playwright. Instead each
pytest process (each xdist worker) starts `manage.py runserver` in a
subprocess, on its own free port and its own copy of a database that is
migrated and seeded once per run.

Needs Debian's Chromium at /usr/bin/chromium and axe-core in
tests/browser/node_modules (`npm ci` in tests/browser): without them the tests
skip on a laptop and fail under CI, so a missing install step cannot pass as
green.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from .axe import AXE_JS

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = Path(os.environ.get("PORTAL_CHROMIUM", "/usr/bin/chromium"))

# Quiet, reproducible Chromium: no background traffic, no first-run UI. The
# sandbox needs user namespaces that containers (and root) do not give it.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
    "--no-first-run",
]

SERVER_START_TIMEOUT = 60.0  # seconds for runserver to answer
SEED_TIMEOUT = 300.0  # seconds for migrate + seed_demo


# This process's server log, so a failing test can show what the server said.
_server_log: Path | None = None


def _missing(what: str, fix: str) -> None:
    message = f"{what} is missing: {fix}"
    if os.environ.get("CI"):
        pytest.fail(message, pytrace=False)
    pytest.skip(message)


def _server_env(database: Path) -> dict[str, str]:
    env = dict(os.environ)
    # Test settings: DEBUG off (real 404 page), locmem cache, immediate tasks.
    env["DJANGO_SETTINGS_MODULE"] = "portal.settings.test"
    env["DATABASE_URL"] = f"sqlite:///{database}"
    env["PYTHONUNBUFFERED"] = "1"
    # The harness tests the default stack, whatever the developer's shell says.
    for name in (
        "ELASTICSEARCH_URL",
        "REDIS_URL",
        "DJANGO_ALLOW_ASYNC_UNSAFE",
        "REQUIRE_STAFF_2FA",
    ):
        env.pop(name, None)
    return env


def _manage(args: list[str], env: dict[str, str], log: Path, timeout: float) -> None:
    with log.open("ab") as out:
        result = subprocess.run(  # noqa: S603 (fixed argv, no shell)
            [sys.executable, "manage.py", *args],
            cwd=ROOT,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
            timeout=timeout,
            check=False,
        )
    if result.returncode != 0:
        tail = log.read_text(errors="replace")[-4000:]
        pytest.fail(f"manage.py {' '.join(args)} failed:\n{tail}", pytrace=False)


def _seed_key() -> str:
    """A digest of everything that decides what migrate + seed_demo produce."""
    digest = hashlib.sha256()
    inputs = [ROOT / "manage.py", *sorted(ROOT.glob("requirements*.txt"))]
    for package in sorted(ROOT.glob("*/__init__.py")):
        if package.parent.name != "tests":
            inputs += sorted(
                p
                for p in package.parent.rglob("*")
                if p.is_file() and "__pycache__" not in p.parts
            )
    for path in inputs:
        digest.update(str(path.relative_to(ROOT)).encode() + b"\0")
        with contextlib.suppress(FileNotFoundError):  # deleted mid-walk
            digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()[:16]


def _seeded_database(run_dir: Path, copy: Path) -> None:
    """Copy a migrated, seeded database to `copy`: seeded at most once a run.

    xdist workers wait for the first one to finish seeding.

    Locally the result is kept in the temp dir, keyed by a digest of the code
    that shapes it, so a re-run with no app or migration changes skips the
    seeding (about 30 s). CI, or PORTAL_BROWSER_FRESH_SEED=1, always seeds
    from scratch, which also proves migrate + seed_demo work on a fresh
    database.
    """
    if os.environ.get("CI") or os.environ.get("PORTAL_BROWSER_FRESH_SEED"):
        cache_dir, name = run_dir, "browser-seeded"
    else:
        cache_dir = Path(tempfile.gettempdir()) / "portal-browser-seed"
        name = _seed_key()
    cache_dir.mkdir(exist_ok=True)
    seeded = cache_dir / f"{name}.sqlite3"
    # A failure is remembered for this run only, so the other worker fails
    # fast instead of seeding again, and the next run tries afresh.
    failed = run_dir / "browser-seed.failed"
    with (cache_dir / "seed.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            if failed.exists():
                pytest.fail(failed.read_text(), pytrace=False)
            if not seeded.exists():
                building = cache_dir / f"{name}.{os.getpid()}.tmp"
                building.unlink(missing_ok=True)
                env = _server_env(building)
                log = run_dir / "browser-seed.log"
                try:
                    _manage(["migrate", "--noinput", "-v0"], env, log, SEED_TIMEOUT)
                    _manage(["seed_demo"], env, log, SEED_TIMEOUT)
                except BaseException as exc:
                    failed.write_text(str(exc))
                    raise
                # Only a finished database ever carries the final name.
                building.replace(seeded)
                _prune(cache_dir, keep=seeded)
            seeded.touch()  # most recently used, for _prune
            shutil.copyfile(seeded, copy)
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def _prune(cache_dir: Path, keep: Path, max_kept: int = 3) -> None:
    """Drop all but the most recently used seeded databases."""
    kept = sorted(
        cache_dir.glob("*.sqlite3"), key=lambda p: p.stat().st_mtime, reverse=True
    )
    for old in kept[max_kept:]:
        if old != keep:
            old.unlink(missing_ok=True)


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait_until_up(url: str, process: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + SERVER_START_TIMEOUT
    while time.monotonic() < deadline:
        if process.poll() is not None:
            tail = log.read_text(errors="replace")[-4000:]
            pytest.fail(f"runserver exited ({process.returncode}):\n{tail}", False)
        try:
            with urllib.request.urlopen(url, timeout=2):  # noqa: S310 (loopback)
                return
        except urllib.error.HTTPError:
            return  # it answers; the page itself is the tests' business
        except OSError:
            time.sleep(0.2)
    pytest.fail(f"runserver did not answer at {url} in {SERVER_START_TIMEOUT}s", False)


@pytest.fixture(scope="session")
def portal_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Base URL of a seeded portal served by runserver, one per pytest process."""
    worker = os.environ.get("PYTEST_XDIST_WORKER")
    own_dir = tmp_path_factory.mktemp("browser-server")
    # Under xdist each worker's basetemp sits inside the run's shared one.
    shared_dir = tmp_path_factory.getbasetemp()
    if worker:
        shared_dir = shared_dir.parent
    database = own_dir / "portal.sqlite3"
    _seeded_database(shared_dir, database)

    env = _server_env(database)
    log = own_dir / "runserver.log"
    global _server_log
    _server_log = log
    port = _free_port()
    with log.open("ab") as out:
        process = subprocess.Popen(  # noqa: S603 (fixed argv, no shell)
            [
                sys.executable,
                "manage.py",
                "runserver",
                f"127.0.0.1:{port}",
                "--noreload",
                # DEBUG is off in test settings; serve static/ straight from
                # the finders so no collectstatic is needed.
                "--insecure",
                "--skip-checks",
            ],
            cwd=ROOT,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    base_url = f"http://127.0.0.1:{port}"
    try:
        _wait_until_up(base_url + "/", process, log)
        yield base_url
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # Every test here needs Chromium: mark it even if a new module forgets
    # its pytestmark, so `-m "not browser"` always leaves them all out.
    here = Path(__file__).parent
    for item in items:
        if item.path.is_relative_to(here):
            item.add_marker(pytest.mark.browser)


_LOG_OFFSET = pytest.StashKey[int]()
MAX_LOG_SHOWN = 8000  # characters of server log shown with a failure


@pytest.fixture(autouse=True)
def _server_log_offset(request: pytest.FixtureRequest) -> None:
    request.node.stash[_LOG_OFFSET] = _server_log.stat().st_size if _server_log else 0


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Any:
    """Show what the server logged during a failed test (tracebacks of 500s)."""
    report = yield
    if report.when == "call" and report.failed and _server_log is not None:
        with _server_log.open("rb") as log:
            log.seek(item.stash.get(_LOG_OFFSET, 0))
            text = log.read().decode(errors="replace")[-MAX_LOG_SHOWN:]
        if text.strip():
            report.sections.append(("runserver log", text))
    return report


# pytest-playwright hooks: its `page`, `context` and `new_context` fixtures
# pick these up, so tests use relative URLs (page.goto("/framework/")).


@pytest.fixture(scope="session")
def base_url(pytestconfig: pytest.Config, request: pytest.FixtureRequest) -> str:
    # `--base-url http://127.0.0.1:8000` tests a portal that is already
    # running (`make run`, `make serve`) instead of starting one.
    given = pytestconfig.getoption("--base-url", default=None)
    if given:
        return given.rstrip("/")
    return request.getfixturevalue("portal_server")


@pytest.fixture(scope="session")
def browser_type_launch_args(
    browser_type_launch_args: dict[str, Any],
) -> dict[str, Any]:
    if not CHROMIUM.exists():
        _missing(str(CHROMIUM), "apt-get install -y chromium (or `make browser-deps`)")
    # Playwright's own browser download does not work here: use Debian's.
    # launch() gives every browser a fresh temporary profile (user-data dir)
    # and deletes it on close, so no state leaks between runs.
    return {
        **browser_type_launch_args,
        "executable_path": str(CHROMIUM),
        "args": CHROMIUM_ARGS,
    }


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args: dict[str, Any]) -> dict[str, Any]:
    # The page's CSP stays enforced here, so a script our templates add
    # without a nonce would break these tests as it breaks real visitors.
    # Only the axe context bypasses it (see axe_page).
    return {
        **browser_context_args,
        "locale": "en-GB",
        "viewport": {"width": 1280, "height": 800},
    }


@pytest.fixture(scope="session")
def playwright(playwright: Any) -> Iterator[Any]:
    # Playwright's sync API leaves its asyncio loop registered as running on
    # this thread until the session ends, and Django refuses ORM calls while
    # a loop runs (SynchronousOnlyOperation). pytest-django orders database
    # tests before these, so today no database test follows a browser test in
    # a worker; this keeps it so under another order (-p randomly, --dist
    # loadgroup). Nothing here is really async: tell Django so while
    # Playwright is up, and restore the setting afterwards.
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    try:
        yield playwright
    finally:
        if previous is None:
            os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
        else:
            os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


class ScriptProblems:
    """Console errors and uncaught exceptions a page reports while a test runs.

    With the page's CSP enforced, a script or style our templates add without
    the nonce shows up here as a "Refused to ..." console error.
    """

    def __init__(self, page: Any) -> None:
        self.problems: list[str] = []
        self.documents: set[str] = set()
        page.on("response", self._on_response)
        page.on("console", self._on_console)
        page.on("pageerror", lambda error: self.problems.append(f"uncaught {error}"))

    def _on_response(self, response: Any) -> None:
        if response.request.is_navigation_request():
            self.documents.add(response.url)

    def _on_console(self, message: Any) -> None:
        if message.type != "error":
            return
        # A page that is meant to answer 404 logs its own status: not a fault.
        url = message.location.get("url", "")
        # Chromium asks for /favicon.ico by itself; the markup did not.
        if urlsplit(url).path == "/favicon.ico":
            return
        if message.text.startswith("Failed to load resource") and url in self.documents:
            return
        self.problems.append(f"{message.text} ({url})")

    def check(self) -> None:
        if self.problems:
            pytest.fail("The page reported errors:\n" + "\n".join(self.problems), False)


@pytest.fixture
def page(page: Any) -> Iterator[Any]:
    """pytest-playwright's page (CSP enforced), failing on any script error."""
    watcher = ScriptProblems(page)
    yield page
    watcher.check()


@pytest.fixture
def axe_page(new_context: Any) -> Iterator[Any]:
    """A page whose context ignores CSP, so axe-core can be injected.

    Public pages send `script-src 'self' 'nonce-…'`; add_script_tag inserts
    an inline <script> without that nonce, which the browser would refuse.
    bypass_csp lets the test's own script in and changes nothing else the
    accessibility rules look at.
    """
    if not AXE_JS.exists():
        _missing(str(AXE_JS), "run `npm ci` in tests/browser")
    page = new_context(bypass_csp=True).new_page()
    watcher = ScriptProblems(page)
    yield page
    watcher.check()


@pytest.fixture
def no_js_page(new_context: Any) -> Iterator[Any]:
    """A page with JavaScript off: everything public must work without it."""
    page = new_context(java_script_enabled=False).new_page()
    watcher = ScriptProblems(page)
    yield page
    watcher.check()
