"""Faults the portal must survive: Redis down, the task worker down, the
database connections dropped (as by a restart), and the backup drill."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
import uuid
from io import StringIO
from pathlib import Path
from unittest import mock

from django.core.management import call_command
from django.test import override_settings

from wagtail.models import Page

import pytest

from home import cache_breaker
from home.models import HomePage, StandardPage
from portal.settings.base import redis_caches

ROOT = Path(__file__).resolve().parents[2]
PG_ADMIN_URL = "postgres://postgres@127.0.0.1:5432/postgres"

# As production configures it (short timeouts, the circuit breaker), with
# nothing listening; a Redis that never answers: tests/home/test_hung_redis.py.
DEAD_REDIS = redis_caches("redis://127.0.0.1:1/0")


# -- Redis down -----------------------------------------------------------------


@pytest.fixture(autouse=True)
def _breaker_closed():
    cache_breaker.reset()
    yield
    cache_breaker.reset()


@pytest.mark.django_db
@override_settings(CACHES=DEAD_REDIS, PAGE_CACHE_SECONDS=300)
@pytest.mark.parametrize("url", ["/", "/framework/", "/cy/trusts/", "/about/"])
def test_pages_are_served_when_redis_is_down(client, url):
    response = client.get(url)
    assert response.status_code == 200
    assert response.get("X-Page-Cache") == "miss"


@pytest.mark.django_db
@override_settings(
    CACHES=DEAD_REDIS,
    AXES_ENABLED=True,
    AXES_FAILURE_LIMIT=2,
    AUTHENTICATION_BACKENDS=[
        "axes.backends.AxesStandaloneBackend",
        "django.contrib.auth.backends.ModelBackend",
    ],
)
def test_logins_stay_protected_when_redis_is_down(client, django_user_model):
    django_user_model.objects.create_user("mod", password="right-password-123")
    for _ in range(2):
        client.post("/accounts/login/", {"username": "mod", "password": "wrong"})
    response = client.post(
        "/accounts/login/", {"username": "mod", "password": "right-password-123"}
    )
    assert response.status_code == 429


# -- Task worker down --------------------------------------------------------------


@pytest.mark.django_db
@override_settings(TASKS={"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}})
def test_publishing_works_with_no_worker_and_the_index_catches_up(
    django_capture_on_commit_callbacks,
):
    home = HomePage.objects.get(locale__language_code="en-gb")
    with django_capture_on_commit_callbacks(execute=True):
        page = StandardPage(title="Zanzibar exchange visit", slug="zanzibar")
        home.add_child(instance=page)
        page.save_revision().publish()
    assert Page.objects.live().filter(pk=page.pk).exists()
    # No worker has run: the search index does not know the page yet.
    assert page.pk not in [p.pk for p in Page.objects.live().search("Zanzibar")]

    # The worker recycles connections between tasks, which would end this
    # test's transaction (on PostgreSQL); in production that is what we want.
    with mock.patch(
        "django_tasks_db.management.commands.db_worker.close_old_connections"
    ):
        call_command("db_worker", "--batch", "--no-startup-delay", stdout=StringIO())
    assert page.pk in [p.pk for p in Page.objects.live().search("Zanzibar")]


# -- Database connections dropped, and the backup drill (PostgreSQL) ---------------


def _postgres_available() -> bool:
    try:
        with socket.create_connection(("127.0.0.1", 5432), timeout=1):
            return shutil.which("pg_dump") is not None
    except OSError:
        return False


needs_postgres = pytest.mark.skipif(
    not _postgres_available(), reason="needs a PostgreSQL server on 127.0.0.1:5432"
)


def _psql(sql: str) -> None:
    subprocess.run(  # noqa: S603
        ["psql", PG_ADMIN_URL, "-v", "ON_ERROR_STOP=1", "-qc", sql],  # noqa: S607
        check=True,
        capture_output=True,
    )


def _terminate_connections(database: str) -> None:
    """Drop every connection to `database`, as a server restart would."""
    _psql(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "  # noqa: S608
        f"WHERE datname = '{database}' AND pid <> pg_backend_pid()"
    )


@pytest.fixture(scope="module")
def scratch_database():
    """A throwaway PostgreSQL database migrated and seeded in a subprocess."""
    name = f"portal_fault_{uuid.uuid4().hex[:8]}"
    _psql(f'CREATE DATABASE "{name}"')
    url = f"postgres://postgres@127.0.0.1:5432/{name}"
    env = dict(
        os.environ,
        DATABASE_URL=url,
        DJANGO_SETTINGS_MODULE="portal.settings.test",
        TASKS_BACKEND="django_tasks.backends.immediate.ImmediateBackend",
    )
    try:
        for args in (["migrate", "--noinput", "-v0"], ["seed_demo"]):
            subprocess.run(  # noqa: S603
                [sys.executable, "manage.py", *args],
                cwd=ROOT,
                env=env,
                check=True,
                capture_output=True,
            )
        yield name, url, env
    finally:
        _terminate_connections(name)
        _psql(f'DROP DATABASE IF EXISTS "{name}"')


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(url: str) -> int:
    with urllib.request.urlopen(url, timeout=10) as response:  # noqa: S310
        return response.status


@needs_postgres
def test_first_request_after_the_database_drops_connections_succeeds(
    scratch_database,
):
    name, _url, env = scratch_database
    port = _free_port()
    # Persistent connections with health checks, as in production (base.py).
    env = dict(env, DB_CONN_MAX_AGE="600")
    server = subprocess.Popen(  # noqa: S603
        [
            str(Path(sys.executable).with_name("gunicorn")),
            "portal.wsgi:application",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            "1",
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env=env,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                assert _get(base + "/framework/") == 200
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.3)
        # What a server restart does to every open connection.
        _terminate_connections(name)
        assert _get(base + "/framework/") == 200
        assert _get(base + "/trusts/") == 200
    finally:
        server.terminate()
        server.wait(timeout=20)


@needs_postgres
def test_backup_drill_dump_restore_reindex_search(scratch_database, tmp_path):
    name, url, env = scratch_database
    dump = tmp_path / "portal.dump"
    subprocess.run(  # noqa: S603
        ["pg_dump", "--format=custom", f"--file={dump}", url],  # noqa: S607
        check=True,
        capture_output=True,
    )
    restored = f"{name}_restored"
    _psql(f'CREATE DATABASE "{restored}"')
    restored_url = f"postgres://postgres@127.0.0.1:5432/{restored}"
    try:
        subprocess.run(  # noqa: S603
            ["pg_restore", "--no-owner", f"--dbname={restored_url}", str(dump)],  # noqa: S607
            check=True,
            capture_output=True,
        )
        restored_env = dict(env, DATABASE_URL=restored_url)
        for args in (
            ["update_index"],
            [
                "shell",
                "-c",
                "from wagtail.models import Page; "
                "print(Page.objects.live().search('Severn Vale').count())",
            ],
        ):
            result = subprocess.run(  # noqa: S603
                [sys.executable, "manage.py", *args],
                cwd=ROOT,
                env=restored_env,
                check=True,
                capture_output=True,
                text=True,
            )
        assert int(result.stdout.strip().splitlines()[-1]) >= 1
    finally:
        _terminate_connections(restored)
        _psql(f'DROP DATABASE IF EXISTS "{restored}"')
