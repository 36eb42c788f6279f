"""Ranking: weakest elements first, then fit (phase, region, size), then recency;
only available, confirmed experts this visitor may see."""

from __future__ import annotations

import datetime as dt

from django.test import Client
from django.utils import timezone

import pytest

from directory.models import DirectoryIndexPage, FrameworkElement
from practice.models import Verdict
from selfreview.models import Rating
from selfreview.ranking import (
    Fit,
    choose_focus,
    expert_matches,
    match_review,
    practice_matches,
    size_band,
)
from tests.directory.factories import ExpertProfilePageFactory, directory_section
from tests.practice.factories import (
    CaseStudyPageFactory,
    WhatWorksPageFactory,
    element,
    phase,
    region,
    section,
)
from tests.selfreview.conftest import client_for, review

pytestmark = pytest.mark.django_db

OLD = dt.date(2023, 1, 10)
NEW = dt.date(2025, 3, 1)


def results(client: Client, **params: str) -> str:
    response = client.get("/self-review/results/", review(**params))
    assert response.status_code == 200
    assert b"Where to start" in response.content
    return response.content.decode()


def english_directory() -> DirectoryIndexPage:
    return DirectoryIndexPage.objects.get(locale__language_code="en-gb")


def titles(matches) -> list[str]:
    return [m.item.title for m in matches]


# -- which elements ------------------------------------------------------------


def test_focus_is_red_then_amber_red_at_most_four():
    elements = FrameworkElement.localized_list()
    ratings = {e.code.lower(): Rating.GREEN for e in elements}
    ratings.update(
        {"1a": Rating.AMBER_RED, "2a": Rating.RED, "4b": Rating.RED, "5b": Rating.RED}
    )
    ratings.update({"3a": Rating.AMBER_RED, "3b": Rating.AMBER_GREEN})
    focus, stand_ins = choose_focus(ratings, elements)
    assert [e.code for e, _r in focus] == ["2A", "4B", "5B", "1A"]
    assert not stand_ins


def test_amber_green_stands_in_and_all_green_gives_nothing():
    elements = FrameworkElement.localized_list()
    ratings = {e.code.lower(): Rating.GREEN for e in elements}
    assert choose_focus(ratings, elements) == ([], False)
    ratings["3c"] = Rating.AMBER_GREEN
    focus, stand_ins = choose_focus(ratings, elements)
    assert [e.code for e, _r in focus] == ["3C"] and stand_ins


# -- practice ------------------------------------------------------------------


def test_weak_elements_practice_comes_before_a_stronger_ones(client):
    strong = CaseStudyPageFactory(
        title="Strong-element study", elements=[element("2A")]
    )
    amber = CaseStudyPageFactory(title="Amber-red study", elements=[element("1A")])
    weak = CaseStudyPageFactory(title="Red study", elements=[element("4B")])
    html = results(client, _1a="amber-red", _4b="red")
    # 4B (red) is listed before 1A (amber-red) although 1A comes first in the
    # framework; practice for a green element is not offered at all.
    assert html.index(weak.title) < html.index(amber.title)
    assert strong.title not in html
    assert html.index('id="focus-4b"') < html.index('id="focus-1a"')


def test_phase_then_region_then_recency():
    newest = CaseStudyPageFactory(
        title="Newest",
        elements=[element("1A")],
        publication_date=NEW,
        phases=[phase("primary")],
        region=region("london"),
    )
    region_match = CaseStudyPageFactory(
        title="Region match",
        elements=[element("1A")],
        publication_date=OLD,
        phases=[phase("primary")],
        region=region("north-east"),
    )
    phase_match = CaseStudyPageFactory(
        title="Phase match",
        elements=[element("1A")],
        publication_date=OLD - dt.timedelta(days=30),
        phases=[phase("secondary")],
        region=region("london"),
    )
    pk = element("1A").pk
    locale_id = newest.locale_id

    plain = practice_matches(locale_id, [pk], Fit())
    assert titles(plain[pk]["case-studies"]) == [
        "Newest",
        "Region match",
        "Phase match",
    ]

    fit = Fit.from_context(phase="secondary", region="north-east")
    ranked = practice_matches(locale_id, [pk], fit)[pk]["case-studies"]
    assert titles(ranked) == ["Phase match", "Region match", "Newest"]
    assert ranked[0].phase_fit and not ranked[0].region_fit
    assert ranked[1].region_fit and not ranked[1].phase_fit
    assert region_match.pk and phase_match.pk


def test_context_fit_breaks_ties_on_the_results_page(client):
    CaseStudyPageFactory(
        title="Primary study, newer",
        elements=[element("3A")],
        publication_date=NEW,
        phases=[phase("primary")],
    )
    CaseStudyPageFactory(
        title="Special school study, older",
        elements=[element("3A")],
        publication_date=OLD,
        phases=[phase("special")],
    )
    html = results(client, _3a="red")
    assert html.index("Primary study, newer") < html.index(
        "Special school study, older"
    )
    html = results(client, _3a="red", phase="special")
    assert html.index("Special school study, older") < html.index(
        "Primary study, newer"
    )
    assert "your phase" in html


def test_similar_size_of_trust_breaks_ties():
    big = CaseStudyPageFactory(  # Severn Vale: 14 schools
        title="Big trust", elements=[element("5A")], publication_date=NEW
    )
    CaseStudyPageFactory(  # Dyfi Valley: 5 schools
        title="Small trust",
        elements=[element("5A")],
        publication_date=OLD,
        parent=section("dyfi-valley-learning-partnership"),
    )
    pk = element("5A").pk
    assert size_band(3) == (1, 5) and size_band(None) is None
    ranked = practice_matches(big.locale_id, [pk], Fit.from_context(schools=3))
    assert titles(ranked[pk]["case-studies"]) == ["Small trust", "Big trust"]
    ranked = practice_matches(big.locale_id, [pk], Fit.from_context(schools=14))
    assert titles(ranked[pk]["case-studies"]) == ["Big trust", "Small trust"]


def test_honest_posts_only_and_three_per_list():
    for n in range(5):
        CaseStudyPageFactory(title=f"Study {n}", elements=[element("2B")])
    WhatWorksPageFactory(
        title="It worked", verdict=Verdict.WORKED, elements=[element("2B")]
    )
    WhatWorksPageFactory(
        title="Partly", verdict=Verdict.PARTLY, elements=[element("2B")]
    )
    didnt = WhatWorksPageFactory(
        title="Did not", verdict=Verdict.DIDNT, elements=[element("2B")]
    )
    pk = element("2B").pk
    found = practice_matches(didnt.locale_id, [pk], Fit())[pk]
    assert len(found["case-studies"]) == 3
    assert sorted(titles(found["didnt-work"])) == ["Did not", "Partly"]
    assert all(m.item.verdict_display for m in found["didnt-work"])


def test_drafts_and_restricted_practice_are_not_offered(client):
    draft = CaseStudyPageFactory(title="A draft study", elements=[element("1C")])
    draft.unpublish()
    html = results(client, _1c="red")
    assert "A draft study" not in html


# -- experts -------------------------------------------------------------------


def test_stale_and_unavailable_experts_are_left_out(client):
    today = timezone.localdate()
    ExpertProfilePageFactory(title="Ava Available", elements=["1B"])
    ExpertProfilePageFactory(
        title="Stan Stale",
        elements=["1B"],
        last_confirmed=today - dt.timedelta(days=400),
    )
    ExpertProfilePageFactory(
        title="Nora Notnow", elements=["1B"], not_available_now=True
    )
    ExpertProfilePageFactory(title="Zed Zerodays", elements=["1B"], days_per_term=0)
    ExpertProfilePageFactory(title="Tom Noterms", elements=["1B"], available_terms="")
    html = results(client, _1b="red")
    assert "Ava Available" in html
    for name in ("Stan Stale", "Nora Notnow", "Zed Zerodays", "Tom Noterms"):
        assert name not in html


def test_members_only_experts_only_for_members(client, member, django_user_model):
    ExpertProfilePageFactory(title="Pat Public", elements=["2A"], publish=True)
    ExpertProfilePageFactory(
        title="Mo Membersonly", elements=["2A"], visibility="members", publish=True
    )
    anonymous = results(client, _2a="red")
    assert "Pat Public" in anonymous and "Mo Membersonly" not in anonymous

    outsider = django_user_model.objects.create_user("outsider", password="pw")
    assert "Mo Membersonly" not in results(client_for(outsider), _2a="red")

    member_html = results(client_for(member), _2a="red")
    assert "Pat Public" in member_html and "Mo Membersonly" in member_html


def test_experts_ranked_by_phase_region_then_availability():
    pk = element("4A").pk
    ExpertProfilePageFactory(title="A Plain", elements=["4A"], days_per_term=10)
    ExpertProfilePageFactory(title="B Phase", elements=["4A"], phases=["secondary"])
    ExpertProfilePageFactory(  # Moorland is in the South West too: set a region
        title="C Region",
        elements=["4A"],
        parent=directory_section("northern-lights-academy-trust"),
    )
    directory = english_directory()
    plain = expert_matches(directory, None, [pk], Fit())[pk]
    assert titles(plain)[0] == "A Plain"  # the most days on offer
    fit = Fit.from_context(phase="secondary", region="north-east")
    ranked = expert_matches(directory, None, [pk], fit)[pk]
    assert titles(ranked) == ["B Phase", "C Region", "A Plain"]
    assert ranked[0].phase_fit and ranked[1].region_fit
    assert all(m.item.element_terms for m in ranked)


def test_match_review_groups_lists_by_element():
    CaseStudyPageFactory(title="On 1A", elements=[element("1A"), element("3C")])
    ExpertProfilePageFactory(title="Expert on 3C", elements=["3C"])
    ratings = {e.code.lower(): Rating.GREEN for e in FrameworkElement.localized_list()}
    ratings.update({"1a": Rating.RED, "3c": Rating.AMBER_RED})
    directory = english_directory()
    focus, _stand_ins = match_review(
        ratings, Fit(), directory.locale_id, directory, None
    )
    assert [f.param for f in focus] == ["1a", "3c"]
    assert titles(focus[0].case_studies) == ["On 1A"]
    assert titles(focus[1].case_studies) == ["On 1A"]  # tagged with both
    assert titles(focus[1].experts) == ["Expert on 3C"]
    assert focus[0].experts == []
