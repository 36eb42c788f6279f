"""The demo practice: coverage the issue asks for, idempotence, and --scale."""

from __future__ import annotations

import io

from wagtail.models import Page

import pytest

from home.demo import DemoContext, sync_welsh_tree
from practice import demo
from practice.demo_content import CASE_STUDIES, POSTS
from practice.models import CaseStudyPage, PracticePage, Verdict, WhatWorksPage


def _seed(scale: int = 1) -> DemoContext:
    ctx = DemoContext(stdout=io.StringIO(), scale=scale)
    demo.seed(ctx)
    return ctx


def test_the_data_covers_what_the_issue_asks_for():
    assert len(CASE_STUDIES) >= 30
    assert len(POSTS) >= 20
    assert sum(post["verdict"] == "didnt" for post in POSTS) >= 5
    rows = [*CASE_STUDIES, *POSTS]
    assert len({row["slug"] for row in rows}) == len(rows)
    assert {code for row in rows for code in row["elements"]} == {
        f"{area}{letter}"
        for area, letters in ((1, "ABC"), (2, "AB"), (3, "ABC"), (4, "AB"), (5, "AB"))
        for letter in letters
    }
    assert all(row["tags"] for row in rows)


@pytest.mark.django_db
def test_seeded_practice_spreads_over_the_framework(client):
    _seed()
    en = PracticePage.objects.filter(locale__language_code="en-gb")
    assert CaseStudyPage.objects.filter(locale__language_code="en-gb").count() >= 30
    assert WhatWorksPage.objects.filter(locale__language_code="en-gb").count() >= 20
    assert (
        WhatWorksPage.objects.filter(
            locale__language_code="en-gb", verdict=Verdict.DIDNT
        ).count()
        >= 5
    )
    assert en.values("elements__code").distinct().count() == 12
    assert en.values("phases__slug").distinct().count() == 7
    assert en.values("region").distinct().count() >= 6
    assert en.values("trust").distinct().count() >= 6
    assert en.filter(tags__isnull=False).distinct().count() == en.count()
    assert en.filter(featured=True).count() >= 3
    assert not en.filter(live=False).exists()
    # Published the editor's way: every real page has a revision.
    assert not en.filter(live_revision__isnull=True).exists()
    page = CaseStudyPage.objects.get(
        slug="six-week-return-plans-from-alternative-provision"
    )
    assert page.body[0].block_type == "key_figure"
    assert page.schools.count() == 2
    assert page.people_involved  # names, not slugs
    assert "-" not in page.people_involved
    response = client.get(page.url)
    assert response.status_code == 200


@pytest.mark.django_db
def test_seeding_twice_changes_nothing():
    _seed()
    before = sorted(Page.objects.values_list("url_path", "locale_id"))
    _seed()
    assert sorted(Page.objects.values_list("url_path", "locale_id")) == before


@pytest.mark.django_db
def test_scale_adds_deterministic_cohorts_with_welsh_aliases(client):
    _seed(scale=3)
    rows = len(CASE_STUDIES) + len(POSTS)
    en = PracticePage.objects.filter(locale__language_code="en-gb")
    cy = PracticePage.objects.filter(locale__language_code="cy")
    assert en.count() == rows * 3
    assert cy.count() == rows * 2  # the synthetic ones; the real get theirs next
    synthetic = CaseStudyPage.objects.get(
        slug="six-week-return-plans-from-alternative-provision-cohort-3",
        locale__language_code="en-gb",
    )
    assert synthetic.title.endswith("(cohort 3)")
    assert synthetic.trust.slug == "northern-lights-academy-trust"
    assert synthetic.region_id == synthetic.trust.region_id
    assert synthetic.elements.count() >= 2
    assert synthetic.tags.count() >= 1
    assert client.get(synthetic.url).status_code == 200
    welsh = CaseStudyPage.objects.get(
        translation_key=synthetic.translation_key, locale__language_code="cy"
    )
    assert welsh.alias_of_id == synthetic.pk
    assert client.get(welsh.url).status_code == 200
    # The tree is consistent: treebeard agrees with what was bulk inserted.
    assert Page.find_problems() == ([], [], [], [], [])
    # The search index has them.
    response = client.get(
        "/practice/",
        {"q": "six-week return plans moving back from alternative provision"},
    )
    assert b'data-result-count="3"' in response.content, response.content[-3000:]
    # Seeding again adds nothing; the Welsh sync then covers the real pages.
    _seed(scale=3)
    assert en.count() == rows * 3
    sync_welsh_tree(DemoContext(stdout=io.StringIO()))
    assert cy.count() == rows * 3
