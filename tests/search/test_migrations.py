"""Search's migrations: PostgreSQL's indexes for full-text search (none on SQLite)."""

from __future__ import annotations

from django.db import connection

import pytest

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
