"""Search's migrations: PostgreSQL's full-text index (and nothing on SQLite)."""

from __future__ import annotations

from django.db import connection

import pytest

INDEX = "search_indexentry_title_body_gin"


@pytest.mark.django_db
def test_postgresql_gets_a_gin_index_on_the_searched_expression():
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            sql = "SELECT indexdef FROM pg_indexes WHERE indexname = %s"
            cursor.execute(sql, [INDEX])
            (definition,) = cursor.fetchone()
            assert "USING gin" in definition
            assert "(title || body)" in definition
        else:
            cursor.execute("SELECT name FROM sqlite_master WHERE name = %s", [INDEX])
            assert cursor.fetchone() is None


@pytest.mark.django_db
def test_postgresql_indexes_the_page_id_as_the_search_join_casts_it():
    index = "search_page_id_text"
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            sql = "SELECT indexdef FROM pg_indexes WHERE indexname = %s"
            cursor.execute(sql, [index])
            (definition,) = cursor.fetchone()
            assert "wagtailcore_page" in definition
            assert "(id)::character varying(50)" in definition
        else:
            cursor.execute("SELECT name FROM sqlite_master WHERE name = %s", [index])
            assert cursor.fetchone() is None
