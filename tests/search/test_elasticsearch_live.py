"""A real Elasticsearch 9 cluster: these run only when ELASTICSEARCH_URL is set.

    ELASTICSEARCH_URL=http://127.0.0.1:9200 .venv/bin/python -m pytest \
        tests/search/test_elasticsearch_live.py -p no:xdist

With ELASTICSEARCH_URL set, portal/settings/base.py makes `elasticsearch9` the
default backend (and keeps `database` for the fall-back). Each test rebuilds
the index from the test database first, so the cluster's earlier contents do
not matter; the index names use ELASTICSEARCH_INDEX (default `portal`), so
point it at a throwaway prefix on a shared cluster.
"""

from __future__ import annotations

import os

from django.core.management import call_command

from wagtail.models import Page
from wagtail.search.backends import get_search_backend

import pytest

from search.utils import run_search
from tests.search.factories import make_standard_page

pytestmark = [
    pytest.mark.elasticsearch_live,
    pytest.mark.skipif(
        not os.environ.get("ELASTICSEARCH_URL"),
        reason="needs a live Elasticsearch at ELASTICSEARCH_URL",
    ),
]


@pytest.fixture
def indexed(home_page):
    """A few pages, then the whole index rebuilt so the cluster holds this database."""
    pages = {
        "titled": make_standard_page(home_page, title="Handwriting", intro="Cursive."),
        "body": make_standard_page(
            home_page,
            title="Writing across the school",
            body_text="Daily handwriting practice for every year group.",
        ),
        "sle": make_standard_page(
            home_page,
            title="Coaching early reading",
            intro="A specialist leader of education coached our phonics leads.",
        ),
    }
    call_command("update_index", backend_name="default", verbosity=0)
    get_search_backend("default").refresh_indexes()
    return pages


def _live_pages():
    return Page.objects.live().filter(locale__language_code="en-gb")


@pytest.mark.django_db
def test_the_cluster_answers(indexed):
    outcome = run_search(_live_pages(), "handwriting")
    assert not outcome.degraded
    assert outcome.backend == "default"
    assert outcome.queryset is None  # results came from Elasticsearch
    ids = [p.pk for p in outcome[0:10]]
    assert ids[0] == indexed["titled"].pk
    assert indexed["body"].pk in ids


@pytest.mark.django_db
def test_synonyms_work_on_the_cluster(indexed):
    short = [p.pk for p in run_search(_live_pages(), "SLE phonics")[0:20]]
    long = [
        p.pk
        for p in run_search(_live_pages(), "specialist leader of education phonics")[
            0:20
        ]
    ]
    assert indexed["sle"].pk in short
    assert set(short) == set(long)


@pytest.mark.django_db
def test_autocomplete_and_the_pages(client, indexed):
    data = client.get("/search/suggest/", {"q": "handw"}).json()
    assert "degraded" not in data
    assert data["results"][0]["title"] == "Handwriting"
    response = client.get("/search/", {"q": "handwriting", "type": "page"})
    assert response.status_code == 200
    assert "results may be incomplete" not in response.content.decode()
