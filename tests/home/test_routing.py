"""Anonymous routes from the data cache (home/routing.py), and what still runs."""

from __future__ import annotations

import datetime
import re

from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from wagtail.models import PageViewRestriction

import pytest

from home.models import PortalSettings, StandardPage
from tests.directory.factories import ExpertProfilePageFactory, directory_section
from tests.practice.factories import CaseStudyPageFactory, element, library, section


def _case_study(slug: str = "peer-review"):
    return CaseStudyPageFactory(
        slug=slug,
        parent=section(),
        elements=[element("1A")],
        publication_date=datetime.date(2025, 5, 5),
    )


def _get(client, url: str):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    return response, [q["sql"] for q in queries.captured_queries]


def _without_nonces(response) -> str:
    return re.sub(r'nonce="[^"]*"', "", response.content.decode())


def _site_lookups(sql: list[str]) -> int:
    return sum('FROM "wagtailcore_site"' in q for q in sql)


@pytest.mark.django_db
def test_second_visit_is_routed_from_the_cache(client, data_cache):
    page = _case_study()
    PortalSettings.load()  # created on first use, which moves the version on
    first, first_sql = _get(client, page.url)
    again, again_sql = _get(client, page.url)
    assert first.status_code == again.status_code == 200
    assert _without_nonces(again) == _without_nonces(first)
    assert _site_lookups(first_sql) == 1
    # The site, the locale and the tree walk are skipped: one read of the page.
    assert _site_lookups(again_sql) == 0
    assert len(again_sql) <= len(first_sql) - 5


@pytest.mark.django_db
def test_off_without_the_data_cache(client, settings):
    settings.DATA_CACHE_SECONDS = 0
    page = _case_study()
    client.get(page.url)
    _response, sql = _get(client, page.url)
    assert _site_lookups(sql) == 1


@pytest.mark.django_db
def test_signed_in_visitors_walk_the_tree(client, data_cache, django_user_model):
    page = _case_study()
    client.get(page.url)
    client.force_login(django_user_model.objects.create_user("reader", password="x"))
    response, sql = _get(client, page.url)
    assert response.status_code == 200
    assert _site_lookups(sql) == 1


@pytest.mark.django_db
def test_unpublished_page_is_gone_at_once(client, data_cache):
    page = _case_study()
    assert client.get(page.url).status_code == 200
    page.unpublish()
    assert client.get(page.url).status_code == 404


@pytest.mark.django_db
def test_a_cached_page_that_expires_is_a_404(client, data_cache):
    # Scheduled expiry unpublishes through Wagtail, which moves the version on.
    page = _case_study()
    PortalSettings.load()
    assert client.get(page.url).status_code == 200
    type(page).objects.filter(pk=page.pk).update(
        expire_at=timezone.now() - datetime.timedelta(minutes=1)
    )
    call_command("publish_scheduled")
    assert client.get(page.url).status_code == 404


@pytest.mark.django_db
def test_a_repeat_visit_to_a_plain_page_reads_nothing(client, data_cache):
    # The page, its (lack of) view restrictions and its breadcrumbs are cached.
    page = StandardPage.objects.get(slug="about", locale__language_code="en-gb")
    PortalSettings.load()
    first, first_sql = _get(client, page.url)
    again, again_sql = _get(client, page.url)
    assert first.status_code == again.status_code == 200
    assert first_sql
    assert again_sql == []
    assert _without_nonces(again) == _without_nonces(first)
    assert f'aria-current="page">{page.title}<' in again.content.decode()
    assert 'class="breadcrumbs' in again.content.decode()


@pytest.mark.django_db
def test_a_restricted_page_is_checked_on_every_cached_visit(client, data_cache):
    page = _case_study()
    PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.LOGIN
    )
    PortalSettings.load()
    for _visit in range(3):
        response, sql = _get(client, page.url)
        assert response.status_code == 302
        assert "login" in response["Location"]
    assert any('FROM "wagtailcore_pageviewrestriction"' in q for q in sql)


@pytest.mark.django_db
def test_moved_page_answers_at_its_new_address(client, data_cache):
    page = _case_study()
    old_url = page.url
    assert client.get(old_url).status_code == 200
    page.move(library(), pos="last-child")
    page.refresh_from_db()
    assert page.url != old_url
    assert client.get(page.url).status_code == 200
    # Not the cached page: the 404 that Wagtail's automatic redirect answers.
    old = client.get(old_url)
    assert old.status_code == 301
    assert old["Location"] == page.url


@pytest.mark.django_db
def test_privacy_still_checked_on_a_cached_route(client, data_cache):
    page = _case_study()
    assert client.get(page.url).status_code == 200
    PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.LOGIN
    )
    response = client.get(page.url)
    assert response.status_code == 302
    assert "login" in response["Location"]


@pytest.mark.django_db
def test_sub_routes_of_routable_pages_are_cached_too(client, data_cache):
    _case_study()
    profile = ExpertProfilePageFactory(parent=directory_section(), slug="ada-jones")
    for url in ("/practice/feed/", profile.url, f"{profile.url}contact/"):
        first = client.get(url)
        again, sql = _get(client, url)
        assert first.status_code == again.status_code == 200, url
        assert _site_lookups(sql) == 0, url
    # A routable page's sub-route is not mistaken for its index.
    assert b"<rss" in client.get("/practice/feed/").content[:200]


@pytest.mark.django_db
def test_welsh_and_english_routes_are_kept_apart(client, data_cache):
    english = client.get("/practice/")
    welsh = client.get("/cy/practice/")
    again = client.get("/practice/")
    assert english.status_code == welsh.status_code == again.status_code == 200
    assert 'lang="cy"' in welsh.content.decode()
    assert 'lang="en-GB"' in again.content.decode()[:200]


@pytest.mark.django_db
def test_wagtail_utility_urls_still_answer(client):
    # The page view is re-declared after Wagtail's own URLs, not in front.
    assert client.get("/_util/login/").status_code == 200
