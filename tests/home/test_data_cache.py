"""The data cache (home/data_cache.py): counts and rankings kept until a publish."""

from __future__ import annotations

import datetime
import re

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

import pytest

from home.models import PortalSettings
from tests.directory.factories import ExpertProfilePageFactory, directory_section
from tests.practice.factories import CaseStudyPageFactory, element, phase, section


def _count(response) -> int:
    match = re.search(r'data-result-count="(\d+)"', response.content.decode())
    assert match, "no data-result-count on the page"
    return int(match.group(1))


def _sql(client, url: str, **params) -> tuple[object, list[str]]:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, params)
    assert response.status_code == 200
    return response, [q["sql"] for q in queries.captured_queries]


def _unions(sql: list[str]) -> int:
    return sum("UNION ALL" in q for q in sql)


def _profile_id_reads(sql: list[str]) -> int:
    """Reads of the directory's matching profiles for its counts."""
    return sum('AS "_available"' in q for q in sql)


def _card_reads(sql: list[str]) -> int:
    """Reads of a page of the library's cards (newest first)."""
    return sum('"publication_date" DESC' in q for q in sql)


def _case_study(slug: str, code: str = "1A", **extra):
    extra.setdefault("publication_date", datetime.date(2025, 5, 5))
    return CaseStudyPageFactory(
        slug=slug,
        parent=section(),
        elements=[element(code)],
        phases=[phase("primary")],
        **extra,
    )


@pytest.mark.django_db
def test_library_counts_come_from_the_cache_until_a_publish(client, data_cache):
    _case_study("one")
    _case_study("two")
    first, first_sql = _sql(client, "/practice/", element="clarity-of-purpose")
    again, again_sql = _sql(client, "/practice/", element="clarity-of-purpose")
    assert _unions(first_sql) == 1  # the facet index's trust and topic choices
    assert _card_reads(first_sql) == 1
    assert _unions(again_sql) == 0
    assert _card_reads(again_sql) == 0
    assert _count(again) == _count(first) == 2
    assert len(again_sql) < len(first_sql)

    _case_study("three", live=False).save_revision().publish()
    after, after_sql = _sql(client, "/practice/")
    assert _unions(after_sql) == 1
    assert _count(after) == 3


@pytest.mark.django_db
def test_the_library_is_never_cached_for_signed_in_readers(
    client, data_cache, django_user_model
):
    _case_study("one")
    client.force_login(django_user_model.objects.create_user("r", password="x" * 12))
    _sql(client, "/practice/")
    _again, again_sql = _sql(client, "/practice/")
    # The page of cards is read again (counts come from the facet index,
    # which holds only public practice and is the same for everyone).
    assert _card_reads(again_sql) == 1


@pytest.mark.django_db
def test_without_the_setting_every_request_counts(client, settings):
    settings.DATA_CACHE_SECONDS = 0
    _case_study("one")
    _sql(client, "/practice/")
    _again, again_sql = _sql(client, "/practice/")
    assert _card_reads(again_sql) == 1


@pytest.mark.django_db
def test_directory_counts_come_from_the_cache_until_a_publish(client, data_cache):
    today = timezone.localdate()
    for name in ("Ada Maths", "Ben Science"):
        ExpertProfilePageFactory(
            title=name,
            parent=directory_section("severn-vale-learning-trust"),
            last_confirmed=today,
        )
    first, first_sql = _sql(client, "/directory/")
    again, again_sql = _sql(client, "/directory/")
    # The counts read the matching profiles' ids (their values come from the
    # facet index), the cards' terms are one UNION ALL; a repeat reads
    # neither (the cards are cached with their terms).
    assert _profile_id_reads(first_sql) == 1
    assert _unions(first_sql) == 1
    assert _profile_id_reads(again_sql) == 0
    assert _unions(again_sql) == 0
    assert _count(again) == _count(first) == 2

    newcomer = ExpertProfilePageFactory(
        title="Cara Reading",
        parent=directory_section("severn-vale-learning-trust"),
        last_confirmed=today,
        live=False,
    )
    newcomer.save_revision().publish()
    after, after_sql = _sql(client, "/directory/")
    assert _profile_id_reads(after_sql) == 1
    assert _count(after) == 3
    assert "Cara Reading" in after.content.decode()


@pytest.mark.django_db
def test_related_practice_is_ranked_once_per_publish(client, data_cache):
    page = _case_study("subject", code="2B")
    _case_study("neighbour", code="2B")
    ranking = 'FROM "practice_practicepage_elements"'
    PortalSettings.load()  # created on first use, which counts as a change
    first, first_sql = _sql(client, page.url)
    again, again_sql = _sql(client, page.url)
    assert any(ranking in q for q in first_sql)
    # The ranked, decorated cards are cached whole: not even a read by id.
    assert not any(ranking in q for q in again_sql)
    assert not any('FROM "practice_practicepage"' in q for q in again_sql)
    assert "/neighbour/" in first.content.decode()
    assert "/neighbour/" in again.content.decode()

    newcomer = _case_study("newcomer", code="2B", live=False)
    newcomer.save_revision().publish()
    after, _after_sql = _sql(client, page.url)
    assert "/newcomer/" in after.content.decode()


@pytest.mark.django_db
def test_home_page_practice_lists_come_from_the_cache(client, data_cache, settings):
    _case_study("older", publication_date=datetime.date(2024, 1, 1))
    PortalSettings.load()
    settings.DATA_CACHE_SECONDS = 0
    client.get("/")
    _uncached, uncached_sql = _sql(client, "/")
    settings.DATA_CACHE_SECONDS = 60
    client.get("/")
    again, again_sql = _sql(client, "/")

    # Featured and latest: two ranked queries, or none (the cards are cached).
    def practice_reads(sql: list[str]) -> int:
        return sum('FROM "practice_practicepage"' in q for q in sql)

    assert practice_reads(uncached_sql) == 2
    assert practice_reads(again_sql) == 0
    assert len(again_sql) < len(uncached_sql)
    assert "/older/" in again.content.decode()

    _case_study("newest", live=False).save_revision().publish()
    after, _after_sql = _sql(client, "/")
    assert "/newest/" in after.content.decode()


def _card_links(response) -> list[str]:
    return re.findall(r'<h3[^>]*><a href="([^"]+)"', response.content.decode())


@pytest.mark.django_db
def test_each_page_of_the_library_has_its_own_cached_cards(client, data_cache):
    for day in range(1, 24):
        _case_study(f"piece-{day}", publication_date=datetime.date(2025, 1, day))
    PortalSettings.load()
    first = _card_links(client.get("/practice/"))
    second_response, second_sql = _sql(client, "/practice/", page="2")
    second = _card_links(second_response)
    assert len(first) == 20 and len(second) == 3
    assert set(first).isdisjoint(second)
    again, again_sql = _sql(client, "/practice/", page="2")
    assert _card_links(again) == second
    # No ordered, filtered query on a repeat: the three cards are cached.
    newest_first = 'ORDER BY "practice_practicepage"."publication_date" DESC'
    assert any(newest_first in q for q in second_sql)
    assert not any('FROM "practice_practicepage"' in q for q in again_sql)


def _facet_count(response, param: str, value: str) -> int:
    match = re.search(
        rf'for="f-{param}-{value}">[^<]*<span class="count">\((\d+)',
        response.content.decode(),
    )
    assert match, f"no {param}={value} option"
    return int(match.group(1))


@pytest.mark.django_db
def test_facet_checkboxes_are_rendered_once_per_set_of_counts(client, data_cache):
    _case_study("one")
    PortalSettings.load()
    assert _facet_count(client.get("/practice/"), "element", "clarity-of-purpose") == 1
    _case_study("two", live=False).save_revision().publish()
    after = client.get("/practice/")
    assert _facet_count(after, "element", "clarity-of-purpose") == 2
    assert "checked" not in after.content.decode().split('id="results"')[0]
    ticked = client.get("/practice/", {"element": "clarity-of-purpose"})
    assert re.search(r'value="clarity-of-purpose"[^>]*checked', ticked.content.decode())


@pytest.mark.django_db
def test_directory_facet_checkboxes_follow_their_counts(client, data_cache):
    today = timezone.localdate()
    section = directory_section("severn-vale-learning-trust")
    ExpertProfilePageFactory(title="Ada Maths", parent=section, last_confirmed=today)
    first = client.get("/directory/")
    trust = "severn-vale-learning-trust"
    assert _facet_count(first, "trust", trust) == 1
    newcomer = ExpertProfilePageFactory(
        title="Ben Science", parent=section, last_confirmed=today, live=False
    )
    newcomer.save_revision().publish()
    assert _facet_count(client.get("/directory/"), "trust", trust) == 2


@pytest.mark.django_db
def test_an_entry_that_cannot_be_unpickled_is_computed_again(
    client, data_cache, monkeypatch
):
    # After a deploy changes a model, an entry pickled by the old release may
    # not load: the page is built afresh instead of failing.
    import pickle

    from django.core.cache import cache

    page = _case_study("subject")
    PortalSettings.load()
    assert client.get(page.url).status_code == 200
    original = cache.get

    def broken(key, *args, **kwargs):
        if str(key).startswith("data:"):
            raise pickle.UnpicklingError("model changed since this was stored")
        return original(key, *args, **kwargs)

    monkeypatch.setattr(cache, "get", broken)
    for url in (page.url, "/practice/", "/directory/", "/", "/search/?q=peer"):
        assert client.get(url).status_code == 200, url
