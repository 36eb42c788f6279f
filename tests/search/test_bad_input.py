"""Bad input never gives a server error, and query logging stores it safely.

Run on SQLite and on PostgreSQL (DATABASE_URL=...): Wagtail 8.0.1's database
backend raises on `"` under SQLite FTS5 and on NUL under PostgreSQL.
"""

from __future__ import annotations

from wagtail.contrib.search_promotions.models import Query
from wagtail.search.utils import normalise_query_string

import pytest

from search.utils import normalise_query

BAD_QUERIES = [
    '"',
    '""handwriting"',
    "\x00",
    "handwriting\x00writing",
    "x" * 5000,
    "phonics " * 700,
    "' OR 1=1 --",
    "'; DROP TABLE wagtailcore_page; --",
    "AND OR NOT (",
    "AND",
    "OR",
    "NOT",
    "-",
    "+",
    "*",
    "(",
    ")",
    "NEAR(phonics reading)",
    "phonics*",
    "title:phonics",
    "^",
    "~",
    "&|!",
    "🙂",
    "👩🏽‍🏫 phonics 📚",
    "שלום עולם",
    "مرحبا بالعالم",
    "\u202eevil\u202c",
    "%",
    "_",
    "\\",
    "\ufffd",
    "a\u0301",
]
ENDPOINTS = [
    "/search/",
    "/search/suggest/",
    "/cy/search/",
    "/cy/search/suggest/",
    # The library and the directory search too (issue: no 500 anywhere).
    "/practice/",
    "/directory/",
]


@pytest.mark.django_db
@pytest.mark.parametrize("query", BAD_QUERIES)
def test_no_server_error(client, hw_pages, query):
    for endpoint in ENDPOINTS:
        response = client.get(endpoint, {"q": query})
        assert response.status_code == 200, (endpoint, query)
        # Filters and paging alongside odd text must not break either.
        response = client.get(
            endpoint, {"q": query, "type": query, "area": "x", "page": query}
        )
        assert response.status_code == 200, (endpoint, query)


@pytest.mark.django_db
@pytest.mark.parametrize("query", BAD_QUERIES)
def test_query_log_stores_them_safely(client, query):
    client.get("/search/", {"q": query})
    clean = normalise_query(query)
    if clean:
        stored = Query.objects.get(query_string=normalise_query_string(clean.text))
        assert stored.hits == 1
        assert "\x00" not in stored.query_string
    else:
        assert not Query.objects.exists()
