"""Facets over every page type, with the library's and directory's parameters."""

from __future__ import annotations

import re

from django.contrib.auth.models import Group

from wagtail.models import Page

import pytest

from directory.models.profiles import MEMBERS_GROUP_NAME
from search.facets import facet_paths
from tests.directory.factories import ExpertProfilePageFactory, directory_section
from tests.practice.factories import (
    CaseStudyPageFactory,
    WhatWorksPageFactory,
    element,
    phase,
    section,
)


def _count(response) -> int:
    return int(re.search(r'data-result-count="(\d+)"', response.content.decode())[1])


def _option_count(response, param: str, value: str) -> int:
    html = response.content.decode()
    match = re.search(
        rf'id="f-{param}-{re.escape(value)}"[^>]*>\s*<label[^>]*>[^<]*'
        r'<span class="count">\((\d+)',
        html,
    )
    assert match, (param, value)
    return int(match[1])


def _types(response) -> list[str]:
    return re.findall(r'data-type="([^"]+)"', response.content.decode())


@pytest.fixture
def mixed(db, trust, other_trust):
    case_study = CaseStudyPageFactory(
        title="Handwriting policy review",
        summary="A trust-wide handwriting policy.",
        parent=section(trust.slug),
        elements=[element("1A")],
        phases=[phase("primary")],
    )
    what_works = WhatWorksPageFactory(
        title="Handwriting interventions that did not work",
        summary="What we learned about handwriting catch-up.",
        parent=section(other_trust.slug),
        elements=[element("3A")],
        phases=[phase("secondary")],
    )
    expert = ExpertProfilePageFactory(
        title="Sam Handwriting-Lead",
        job_title="Handwriting lead",
        bio="<p>Leads handwriting across primary schools.</p>",
        parent=directory_section(trust.slug),
        elements=["3A"],
        phases=["primary"],
        publish=True,
    )
    return {"case_study": case_study, "what_works": what_works, "expert": expert}


def test_paths_cover_every_page_type_with_the_field(db):
    paths = facet_paths()
    assert set(paths["element"]) == {
        "practicepage__elements__slug",
        "expertprofilepage__elements__slug",
    }
    assert "trustpage__region__slug" in paths["region"]
    assert "trustpage__slug" in paths["trust"]


@pytest.mark.django_db
def test_counts_beside_every_option(client, mixed, trust, other_trust):
    response = client.get("/search/", {"q": "handwriting"})
    assert _count(response) == 3
    assert _option_count(response, "type", "case-study") == 1
    assert _option_count(response, "type", "what-works") == 1
    assert _option_count(response, "type", "expert") == 1
    assert _option_count(response, "type", "trust") == 0
    assert _option_count(response, "element", "clarity-of-purpose") == 1
    assert _option_count(response, "element", "approach-to-pedagogy") == 2
    assert _option_count(response, "area", "teaching-and-learning") == 2
    assert _option_count(response, "phase", "primary") == 2
    assert _option_count(response, "trust", trust.slug) == 2
    assert _option_count(response, "trust", other_trust.slug) == 1
    assert _option_count(response, "region", trust.region.slug) >= 2


@pytest.mark.django_db
def test_or_within_a_parameter_and_across_parameters(client, mixed):
    response = client.get("/search/?q=handwriting&type=case-study&type=expert")
    assert sorted(_types(response)) == ["case-study", "expert"]
    response = client.get(
        "/search/",
        {"q": "handwriting", "area": "teaching-and-learning", "phase": "primary"},
    )
    assert _types(response) == ["expert"]


@pytest.mark.django_db
def test_a_facet_counts_with_the_others_applied_but_not_itself(client, mixed):
    response = client.get(
        "/search/", {"q": "handwriting", "element": "approach-to-pedagogy"}
    )
    assert _count(response) == 2
    # Still offers the other element, counted as if it were chosen instead.
    assert _option_count(response, "element", "clarity-of-purpose") == 1
    # Other facets count within the chosen element.
    assert _option_count(response, "type", "case-study") == 0
    assert _option_count(response, "type", "what-works") == 1
    # Choosing an element does not narrow the areas counted for its pages.
    assert _option_count(response, "area", "teaching-and-learning") == 2


@pytest.mark.django_db
def test_cards_carry_trust_and_framework_chips(client, mixed, trust):
    html = client.get("/search/", {"q": "handwriting policy"}).content.decode()
    card = html.split('data-type="case-study"')[1].split('class="result-card')[0]
    assert f'href="/search/?trust={trust.slug}"' in card
    assert trust.title in card
    assert 'href="/search/?element=clarity-of-purpose"' in card
    assert "1A" in card
    assert "A trust-wide handwriting policy." in card


@pytest.mark.django_db
def test_members_only_profiles_only_for_members(client, mixed, django_user_model):
    expert = mixed["expert"]
    expert.visibility = "members"
    expert.save_revision().publish()
    response = client.get("/search/", {"q": "handwriting"})
    assert "expert" not in _types(response)
    assert _option_count(response, "type", "expert") == 0
    suggestions = client.get("/search/suggest/", {"q": "handwr"}).json()["results"]
    assert expert.title not in [s["title"] for s in suggestions]

    member = django_user_model.objects.create_user("member", password="x")
    member.groups.add(Group.objects.get_or_create(name=MEMBERS_GROUP_NAME)[0])
    client.force_login(member)
    response = client.get("/search/", {"q": "handwriting"})
    assert "expert" in _types(response)
    suggestions = client.get("/search/suggest/", {"q": "handwr"}).json()["results"]
    assert expert.title in [s["title"] for s in suggestions]


@pytest.mark.django_db
def test_query_budget_with_every_type(client, trust, django_assert_max_num_queries):
    for i in range(22):
        CaseStudyPageFactory(
            title=f"Handwriting case {i}",
            summary="Handwriting.",
            parent=section(trust.slug),
            elements=[element("1A"), element("3A")],
        )
    for i in range(4):
        ExpertProfilePageFactory(
            title=f"Handwriting expert {i}",
            parent=directory_section(trust.slug),
            elements=["3A"],
            publish=True,
        )
    client.get("/search/", {"q": "handwriting"})
    with django_assert_max_num_queries(25):
        response = client.get("/search/", {"q": "handwriting"})
    assert _count(response) == 26
    with django_assert_max_num_queries(25):
        client.get(
            "/search/", {"q": "handwriting", "type": "expert", "phase": "primary"}
        )


@pytest.mark.django_db
@pytest.mark.parametrize(
    "selected",
    [
        {},
        {"element": ["approach-to-pedagogy"]},
        {"type": ["expert"], "phase": ["primary"]},
    ],
)
def test_the_facet_index_counts_as_querying_the_matches_does(mixed, selected):
    from django.http import QueryDict

    from search.facets import apply_search_facets, option_counts, search_facets

    home = mixed["case_study"].get_site().root_page
    pages = Page.objects.live().filter(locale_id=home.locale_id)
    matches = [p.pk for p in mixed.values()] + [home.pk]
    params = QueryDict(mutable=True)
    for param, values in selected.items():
        params.setlist(param, values)
    facets = search_facets(home.locale_id)
    queried = apply_search_facets(pages, params, facets, count_within=matches)
    indexed = apply_search_facets(
        pages, params, facets, count_within=matches, locale_id=home.locale_id
    )
    assert option_counts(indexed) == option_counts(queried)
    assert option_counts(indexed)  # something was counted


@pytest.mark.django_db
def test_the_facet_index_follows_a_publish(client, settings, mixed):
    settings.DATA_CACHE_SECONDS = 0
    response = client.get("/search/", {"q": "handwriting"})
    assert _option_count(response, "phase", "secondary") == 1
    what_works = mixed["what_works"]
    what_works.phases.set([phase("primary")])
    what_works.save_revision().publish()
    response = client.get("/search/", {"q": "handwriting"})
    assert _option_count(response, "phase", "secondary") == 0
    assert _option_count(response, "phase", "primary") == 3
