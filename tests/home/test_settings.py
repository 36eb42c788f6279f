"""Settings are read from the environment, safely."""

import importlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _load_base(monkeypatch, **env):
    for key in (
        "ELASTICSEARCH_URL",
        "ELASTICSEARCH_INDEX",
        "REDIS_URL",
        "DATABASE_URL",
    ):
        monkeypatch.delenv(key, raising=False)
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    import portal.settings.base as base

    return importlib.reload(base)


def test_database_search_by_default(monkeypatch):
    base = _load_base(monkeypatch)
    assert base.WAGTAILSEARCH_BACKENDS["default"]["BACKEND"] == (
        "wagtail.search.backends.database"
    )


def test_elasticsearch_when_url_set(monkeypatch):
    base = _load_base(
        monkeypatch, ELASTICSEARCH_URL="http://127.0.0.1:9", ELASTICSEARCH_INDEX="mat"
    )
    backend = base.WAGTAILSEARCH_BACKENDS["default"]
    assert backend["BACKEND"] == "wagtail.search.backends.elasticsearch9"
    assert backend["URLS"] == ["http://127.0.0.1:9"]
    assert backend["INDEX_PREFIX"] == "mat_"
    # The database backend stays configured for the fall-back.
    assert base.WAGTAILSEARCH_BACKENDS["database"]["BACKEND"] == (
        "wagtail.search.backends.database"
    )


def test_base_is_safe_alone(monkeypatch):
    monkeypatch.delenv("SECRET_KEY", raising=False)
    base = _load_base(monkeypatch)
    assert base.DEBUG is False
    assert base.SECRET_KEY == ""


def test_database_url_and_redis(monkeypatch):
    base = _load_base(
        monkeypatch,
        DATABASE_URL="postgres://postgres@127.0.0.1:5432/portal",
        REDIS_URL="redis://127.0.0.1:6379/1",
    )
    assert base.DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql"
    assert base.DATABASES["default"]["NAME"] == "portal"
    assert base.CACHES["default"]["BACKEND"] == "django_redis.cache.RedisCache"


def _run_production(extra_env):
    env = {
        k: v for k, v in os.environ.items() if k not in ("SECRET_KEY", "ALLOWED_HOSTS")
    }
    env.update(extra_env, DJANGO_SETTINGS_MODULE="portal.settings.production")
    return subprocess.run(  # noqa: S603
        [sys.executable, "-c", "import django; django.setup()"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


@pytest.mark.parametrize("missing", ["SECRET_KEY", "ALLOWED_HOSTS"])
def test_production_refuses_to_start_without_required_values(missing):
    env = {"SECRET_KEY": "x" * 60, "ALLOWED_HOSTS": "portal.example.org"}
    env.pop(missing)
    result = _run_production(env)
    assert result.returncode != 0
    assert missing in result.stderr


def test_production_starts_with_required_values():
    result = _run_production(
        {"SECRET_KEY": "x" * 60, "ALLOWED_HOSTS": "portal.example.org"}
    )
    assert result.returncode == 0, result.stderr
