"""/search/suggest/: autocomplete JSON for the header combobox."""

from __future__ import annotations

import pytest

from tests.search.factories import make_standard_page


@pytest.mark.django_db
def test_titles_urls_and_types_for_the_first_characters(client, hw_pages, trust):
    data = client.get("/search/suggest/", {"q": "handw"}).json()
    assert data["query"] == "handw"
    assert data["results"][0] == {
        "title": "Handwriting",
        "url": hw_pages["titled"].url,
        "type": "Page",
    }
    data = client.get("/search/suggest/", {"q": trust.title[:6]}).json()
    assert {
        "title": trust.title,
        "url": f"/trusts/{trust.slug}/",
        "type": "Member trust",
    } in data["results"]


@pytest.mark.django_db
def test_at_most_eight(client, home_page):
    for i in range(12):
        make_standard_page(home_page, title=f"Attendance strategy {i}")
    assert len(client.get("/search/suggest/", {"q": "atten"}).json()["results"]) == 8


@pytest.mark.django_db
def test_empty_and_missing_queries(client):
    assert client.get("/search/suggest/").json() == {"query": "", "results": []}
    assert client.get("/search/suggest/", {"q": "  \x00 "}).json() == {
        "query": "",
        "results": [],
    }


@pytest.mark.django_db
def test_welsh_suggestions_link_to_welsh_pages(client, trust):
    data = client.get("/cy/search/suggest/", {"q": trust.title[:6]}).json()
    assert any(r["url"] == f"/cy/trusts/{trust.slug}/" for r in data["results"])
    assert all(r["url"].startswith("/cy/") for r in data["results"])


@pytest.mark.django_db
def test_queries_are_bounded(client, home_page, django_assert_max_num_queries):
    for i in range(10):
        make_standard_page(home_page, title=f"Attendance strategy {i}")
    client.get("/search/suggest/", {"q": "atten"})
    with django_assert_max_num_queries(12):
        client.get("/search/suggest/", {"q": "atten"})
