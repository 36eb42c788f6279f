"""Query budgets: lists and detail pages cost the same whatever they show.

A list of 20 (each item with several elements, phases and tags) stays within
15 queries and a detail page within 20, in both languages; the pages of other
apps that show practice keep their own budget of 12.
"""

from __future__ import annotations

from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest

from tests.practice.factories import (
    CaseStudyPageFactory,
    WhatWorksPageFactory,
    document,
    element,
    phase,
    section,
)

TRUSTS = [
    "severn-vale-learning-trust",
    "moorland-academies-trust",
    "northern-lights-academy-trust",
]


@pytest.fixture
def busy_library(db, sync_welsh):
    """24 pieces over three trusts, each with three elements, phases and tags."""
    pages = []
    for n in range(24):
        factory = CaseStudyPageFactory if n % 3 else WhatWorksPageFactory
        pages.append(
            factory(
                parent=section(TRUSTS[n % 3]),
                elements=[element("1A"), element("2B"), element(f"{n % 5 + 1}A")],
                phases=[phase("primary"), phase("secondary"), phase("special")],
                tags=["workload", "coaching", f"topic {n}"],
            )
        )
    detail = CaseStudyPageFactory(
        parent=section(TRUSTS[0]),
        elements=[element("1A"), element("3C"), element("5B")],
        phases=[phase("primary"), phase("post-16")],
        tags=["workload", "retention", "reading"],
        body__0__paragraph__value="Narrative.",
        body__1__document__document__document=document("guide.pdf"),
        body__2__key_figure__value="12%",
        attachments__0__document__document__document=document("plan.pdf"),
        attachments__1__document__document__document=document("data.xlsx"),
    )
    sync_welsh()
    return {"pages": pages, "detail": detail}


def _count_items(response) -> int:
    return response.content.decode().count('class="result-card"')


@pytest.mark.django_db
@pytest.mark.parametrize("prefix", ["", "/cy"])
@pytest.mark.parametrize(
    "query",
    [
        "",
        "?tag=workload",
        "?area=vision-culture-and-ethos&phase=primary&phase=special&type=case-study",
        "?element=clarity-of-purpose&trust=severn-vale-learning-trust&"
        "trust=moorland-academies-trust&region=south-west&region=north-east",
        "?page=2",
    ],
)
def test_a_list_of_twenty_costs_at_most_15_queries(
    client, busy_library, prefix, query, django_assert_max_num_queries
):
    url = f"{prefix}/practice/{query}"
    client.get(url)  # warm the per-process caches (site root paths, vocabularies)
    with django_assert_max_num_queries(15):
        response = client.get(url)
    assert response.status_code == 200
    assert _count_items(response) >= 4


@pytest.mark.django_db
def test_a_full_first_page_is_within_budget(
    client, busy_library, django_assert_max_num_queries
):
    client.get("/practice/")
    with django_assert_max_num_queries(15):
        response = client.get("/practice/")
    assert _count_items(response) == 20


@pytest.mark.django_db
def test_text_search_is_within_budget(
    client, busy_library, django_assert_max_num_queries
):
    client.get("/practice/?q=workload")
    with django_assert_max_num_queries(15):
        response = client.get("/practice/?q=workload&phase=primary")
    assert response.status_code == 200


@pytest.mark.django_db
@pytest.mark.parametrize("prefix", ["", "/cy"])
def test_a_detail_page_costs_at_most_20_queries(
    client, busy_library, prefix, django_assert_max_num_queries
):
    url = prefix + busy_library["detail"].url
    client.get(url)
    with django_assert_max_num_queries(20):
        response = client.get(url)
    assert response.status_code == 200
    assert response.content.decode().count('class="download"') == 3


@pytest.mark.django_db
@pytest.mark.parametrize("prefix", ["", "/cy"])
def test_a_post_page_costs_at_most_20_queries(
    client, busy_library, prefix, django_assert_max_num_queries
):
    url = prefix + busy_library["pages"][0].url
    client.get(url)
    with django_assert_max_num_queries(20):
        assert client.get(url).status_code == 200


@pytest.mark.django_db
@pytest.mark.parametrize(
    "url",
    [
        "/",
        "/cy/",
        "/framework/vision-culture-and-ethos/",
        "/cy/framework/people-and-partners/",
    ],
)
def test_pages_showing_practice_keep_their_budget(
    client, busy_library, url, django_assert_max_num_queries
):
    client.get(url)
    with django_assert_max_num_queries(12):
        assert client.get(url).status_code == 200


@pytest.mark.django_db
@pytest.mark.parametrize("prefix", ["", "/cy"])
def test_what_a_trust_shared_costs_one_query(client, busy_library, prefix):
    """Ten items or none, the trust page's list of practice is one query."""
    sharing = f"{prefix}/trusts/severn-vale-learning-trust/"
    silent = f"{prefix}/trusts/peninsula-partnership-trust/"
    costs = []
    for url in (sharing, silent):
        client.get(url)
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        costs.append(len(queries))
    assert costs[0] == costs[1]
