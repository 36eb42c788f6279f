"""A query budget for every public page type, in both languages.

The list pages' budgets are also checked against long lists in each app's
tests (tests/practice/test_queries.py, tests/directory/...); this module makes
sure no page type is left without one: it fails when a new page model is added
without a page to measure here.
"""

from __future__ import annotations

from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.models import Page, get_page_models

import pytest

from home.models import PortalSettings
from tests.directory.factories import ExpertProfilePageFactory
from tests.practice.factories import CaseStudyPageFactory, WhatWorksPageFactory

BUDGET = 20
# Sections only redirect to the filtered list; measured through that redirect.
REDIRECTING = {"trustpracticeindexpage", "trustdirectoryindexpage"}


@pytest.fixture
def one_of_each(db):
    CaseStudyPageFactory()
    WhatWorksPageFactory()
    ExpertProfilePageFactory()
    import io

    from home.demo import DemoContext, sync_welsh_tree

    sync_welsh_tree(DemoContext(stdout=io.StringIO()))


def _public_models() -> list[type[Page]]:
    return [m for m in get_page_models() if m is not Page and not m._meta.abstract]


def _first_public(model: type[Page], language: str) -> Page:
    page = (
        model.objects.live()
        .public()
        .filter(locale__language_code=language)
        .order_by("path")
        .first()
    )
    assert page is not None, f"no live {model.__name__} in {language} to measure"
    return page


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["en-gb", "cy"])
def test_every_public_page_type_renders_within_budget(
    client, one_of_each, language, django_assert_max_num_queries
):
    measured = []
    for model in _public_models():
        page = _first_public(model, language)
        url = page.url
        client.get(url, follow=True)  # warm per-process caches
        with django_assert_max_num_queries(BUDGET):
            response = client.get(url)
        if model._meta.model_name in REDIRECTING:
            assert response.status_code == 302, url
            with django_assert_max_num_queries(BUDGET):
                response = client.get(response["Location"])
        assert response.status_code == 200, url
        measured.append(model._meta.model_name)
    assert "casestudypage" in measured and "expertprofilepage" in measured


CACHED_BUDGET = 2


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["en-gb", "cy"])
def test_with_the_data_cache_warm_every_page_type_is_cheaper(
    client, one_of_each, language, data_cache
):
    # What an anonymous visitor costs once routes, counts, relations and
    # cards are cached (home/data_cache.py, home/routing.py).
    PortalSettings.load()  # created on first use, which moves the version on
    costs = {}
    for model in _public_models():
        page = _first_public(model, language)
        url = page.url
        client.get(url, follow=True)
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        # Sections answer with a redirect to the filtered list: that is measured.
        expected = 302 if model._meta.model_name in REDIRECTING else 200
        assert response.status_code == expected, url
        costs[model._meta.model_name] = len(queries)
    over = {name: n for name, n in costs.items() if n > CACHED_BUDGET}
    assert not over, f"over {CACHED_BUDGET} queries with the data cache: {costs}"
    # The page, its freedom from view restrictions, its relations and cards
    # are all cached: nothing to read for the pages people land on.
    for name in ("homepage", "casestudypage", "whatworkspage", "expertprofilepage"):
        assert costs[name] == 0, str(costs)
