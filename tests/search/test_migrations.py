"""Search's migrations: PostgreSQL's indexes and storage for full-text search.

None of it applies on SQLite."""

from __future__ import annotations

from importlib import import_module
from types import SimpleNamespace

from django.db import connection

import pytest

storage_migration = import_module("search.migrations.0006_postgres_index_entry_storage")

INDEXES = {
    # The expression the database backend matches on.
    "search_indexentry_title_body_gin": ("USING gin", "(title || body)"),
    # The cast its join from pages to index entries makes.
    "search_page_id_text": ("wagtailcore_page", "(id)::character varying(50)"),
    # Live pages by language, covering what the visibility filter reads.
    "search_page_live_locale": (
        "wagtailcore_page",
        "(locale_id, id) INCLUDE (content_type_id, path) WHERE live",
    ),
}


@pytest.mark.django_db
@pytest.mark.parametrize("index", INDEXES)
def test_postgresql_gets_the_index_and_sqlite_does_not(index: str):
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            sql = "SELECT indexdef FROM pg_indexes WHERE indexname = %s"
            cursor.execute(sql, [index])
            (definition,) = cursor.fetchone()
            for fragment in INDEXES[index]:
                assert fragment in definition
        else:
            cursor.execute("SELECT name FROM sqlite_master WHERE name = %s", [index])
            assert cursor.fetchone() is None


@pytest.mark.django_db
def test_postgresql_keeps_the_vectors_in_the_row_and_scans_without_workers():
    if connection.vendor != "postgresql":
        # Other databases are left alone: the migration runs no statement.
        executed: list[str] = []
        editor = SimpleNamespace(connection=connection, execute=executed.append)
        storage_migration.keep_inline(None, editor)
        storage_migration.restore(None, editor)
        assert executed == []
        return
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT attname, attstorage FROM pg_attribute "
            "WHERE attrelid = 'wagtailsearch_indexentry'::regclass "
            "AND attname IN ('title', 'body', 'autocomplete', 'body_text')"
        )
        storage = dict(cursor.fetchall())
        cursor.execute(
            "SELECT reloptions FROM pg_class WHERE relname = 'wagtailsearch_indexentry'"
        )
        (options,) = cursor.fetchone()
    # 'm' (main): in the row; 'x' (extended): compressed or moved out of line.
    assert storage == {"title": "m", "body": "m", "autocomplete": "m", "body_text": "x"}
    assert "parallel_workers=0" in options
