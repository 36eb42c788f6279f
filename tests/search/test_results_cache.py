"""The anonymous search results cache: used, shared across pages, invalidated."""

from __future__ import annotations

import re

from django.db import DatabaseError, connection
from django.test.utils import CaptureQueriesContext

import pytest

from tests.search.factories import make_standard_page


def _count(response) -> int:
    match = re.search(r'data-result-count="(\d+)"', response.content.decode())
    assert match, "no data-result-count on the page"
    return int(match.group(1))


def _titles(response) -> list[str]:
    return re.findall(
        r'<h3[^>]*><a href="[^"]*">([^<]*)</a></h3>', response.content.decode()
    )


def _facet_counts(response) -> list[str]:
    return re.findall(r'<span class="count">\((\d+)<', response.content.decode())


def _text_searches(queries) -> int:
    return sum("@@" in q["sql"] or " MATCH " in q["sql"] for q in queries)


@pytest.fixture
def orchard_pages(home_page):
    return [
        make_standard_page(home_page, title=f"Orchard project {i:02d}", intro="Apples.")
        for i in range(23)
    ]


@pytest.mark.django_db
def test_a_repeated_search_is_answered_from_the_cache(
    client, data_cache, orchard_pages
):
    first = client.get("/search/", {"q": "orchard"})
    with CaptureQueriesContext(connection) as repeat:
        second = client.get("/search/", {"q": "orchard"})
    assert _count(second) == _count(first) == 23
    assert _titles(second) == _titles(first)
    # The facet counts come back too, not only the list.
    assert 'name="type"' in second.content.decode()
    assert first.content.decode().count("(23)") == second.content.decode().count("(23)")
    assert _text_searches(repeat.captured_queries) == 0
    # Later pages come from the same cached list.
    with CaptureQueriesContext(connection) as paged:
        page_two = client.get("/search/", {"q": "orchard", "page": "2"})
    assert len(_titles(page_two)) == 3
    assert set(_titles(page_two)).isdisjoint(_titles(first))
    assert _text_searches(paged.captured_queries) == 0


@pytest.mark.django_db
def test_publishing_invalidates_cached_results(
    client, data_cache, home_page, orchard_pages
):
    assert _count(client.get("/search/", {"q": "orchard"})) == 23
    make_standard_page(home_page, title="Orchard harvest", intro="Pears.")
    assert _count(client.get("/search/", {"q": "orchard"})) == 24
    orchard_pages[0].unpublish()
    assert _count(client.get("/search/", {"q": "orchard"})) == 23


@pytest.mark.django_db
def test_filters_are_part_of_the_key(client, data_cache, orchard_pages):
    assert _count(client.get("/search/", {"q": "orchard"})) == 23
    filtered = client.get("/search/", {"q": "orchard", "type": "expert"})
    assert "data-result-count" not in filtered.content.decode() or (
        _count(filtered) == 0
    )


@pytest.mark.django_db
def test_signed_in_searches_are_not_cached(
    client, data_cache, orchard_pages, django_user_model
):
    user = django_user_model.objects.create_user("reader", password="x" * 12)
    client.force_login(user)
    client.get("/search/", {"q": "orchard"})
    with CaptureQueriesContext(connection) as repeat:
        client.get("/search/", {"q": "orchard"})
    assert _text_searches(repeat.captured_queries) > 0


@pytest.mark.django_db
def test_without_the_setting_nothing_is_cached(client, settings, orchard_pages):
    settings.DATA_CACHE_SECONDS = 0
    client.get("/search/", {"q": "orchard"})
    with CaptureQueriesContext(connection) as repeat:
        client.get("/search/", {"q": "orchard"})
    assert _text_searches(repeat.captured_queries) > 0


class _Broken:
    def values_list(self, *args, **kwargs):
        raise DatabaseError("the search went away")


@pytest.mark.django_db
def test_results_that_cannot_all_be_listed_are_not_cached():
    from search.utils import CleanQuery, SearchOutcome

    broken = SearchOutcome(CleanQuery("x"), [], 3, queryset=_Broken())
    assert broken.ranked_ids() is None
    # A search service hands back at most MAX_MATCHING_IDS of a larger total.
    capped = SearchOutcome(CleanQuery("x"), [], 5, queryset=None)
    capped.slice = lambda start, stop: []  # type: ignore[method-assign]
    assert capped.ranked_ids() is None


def _page_reads(queries) -> int:
    return sum('FROM "wagtailcore_page"' in q["sql"] for q in queries)


@pytest.mark.django_db
def test_each_page_of_cards_is_cached_with_the_results(
    client, data_cache, home_page, orchard_pages
):
    first = client.get("/search/", {"q": "orchard"})
    with CaptureQueriesContext(connection) as repeat:
        second = client.get("/search/", {"q": "orchard"})
    assert _titles(second) == _titles(first)
    # Nor the cards' pages, trusts or framework chips are read again.
    assert _page_reads(repeat.captured_queries) == 0
    orchard_pages[0].title = "Orchard project renamed"
    orchard_pages[0].save_revision().publish()
    # Its rank may move it to the second page: read both.
    titles = [
        title
        for page in ("1", "2")
        for title in _titles(client.get("/search/", {"q": "orchard", "page": page}))
    ]
    assert "Orchard project renamed" in titles
    assert "Orchard project 00" not in titles


@pytest.mark.django_db
def test_facet_checkboxes_follow_their_counts(
    client, data_cache, home_page, orchard_pages
):
    assert _facet_counts(client.get("/search/", {"q": "orchard"})).count("23") >= 1
    make_standard_page(home_page, title="Orchard harvest", intro="Pears.")
    after = client.get("/search/", {"q": "orchard"})
    assert "24" in _facet_counts(after)
    assert "23" not in _facet_counts(after)
    # A selected filter is a different fragment: its box is ticked.
    ticked = client.get("/search/", {"q": "orchard", "type": "page"})
    assert re.search(r'value="page"[^>]*checked', ticked.content.decode())
    assert not re.search(r'value="page"[^>]*checked', after.content.decode())


@pytest.mark.django_db
@pytest.mark.parametrize("filters", [{}, {"type": "page"}])
def test_an_uncached_search_runs_the_text_search_once(
    client, settings, orchard_pages, filters
):
    # Ranked once, every match: the facet counts, the filtered results and
    # their pages all come from those ids, not from the search run again.
    settings.DATA_CACHE_SECONDS = 0
    unfiltered = client.get("/search/", {"q": "orchard"})
    with CaptureQueriesContext(connection) as searching:
        response = client.get("/search/", {"q": "orchard", **filters})
    assert _text_searches(searching.captured_queries) == 1
    assert _count(response) == 23
    assert _titles(response) == _titles(unfiltered)
    with CaptureQueriesContext(connection) as paged:
        page_two = client.get("/search/", {"q": "orchard", "page": "2", **filters})
    assert _text_searches(paged.captured_queries) == 1
    assert len(_titles(page_two)) == 3
    assert set(_titles(page_two)).isdisjoint(_titles(response))


@pytest.mark.django_db
def test_a_filter_that_excludes_every_match_finds_nothing(
    client, settings, orchard_pages
):
    settings.DATA_CACHE_SECONDS = 0
    response = client.get("/search/", {"q": "orchard", "type": "expert"})
    assert _titles(response) == []
    assert "Orchard project" not in response.content.decode()
