"""The form and the results pages: both languages, bad input, query budget."""

from __future__ import annotations

import re
from urllib.parse import urlencode

import pytest

from tests.directory.factories import ExpertProfilePageFactory
from tests.practice.factories import (
    CaseStudyPageFactory,
    WhatWorksPageFactory,
    element,
    phase,
)
from tests.selfreview.conftest import CODES, client_for, review

pytestmark = pytest.mark.django_db


def checked(html: str, code: str, rating: str) -> bool:
    pattern = rf'<input type="radio" name="{code}" value="{rating}" id="[^"]+" checked>'
    return re.search(pattern, html) is not None


@pytest.mark.parametrize("prefix,lang", [("", "en-GB"), ("/cy", "cy")])
def test_form_in_both_languages(client, prefix, lang):
    response = client.get(f"{prefix}/self-review/")
    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{lang}">' in html
    assert html.count('<fieldset class="rating-fieldset') == 12
    assert html.count("<legend") == 13  # 12 elements and the context
    for code in CODES:
        assert html.count(f'type="radio" name="{code}"') == 4
    assert f'action="{prefix}/self-review/results/"' in html
    assert 'method="get"' in html
    assert "error-summary" not in html
    assert 'name="phase"' in html and 'name="region"' in html
    assert 'name="schools"' in html


def test_welsh_form_shows_the_welsh_framework(client):
    from directory.models import FrameworkElement

    welsh = FrameworkElement.objects.filter(locale__language_code="cy").first()
    html = client.get("/cy/self-review/").content.decode()
    if welsh is not None:
        assert welsh.name in html


def test_form_keeps_answers_given_in_the_address(client):
    html = client.get("/self-review/", {"1a": "red", "3b": "green"}).content.decode()
    assert checked(html, "1a", "red") and checked(html, "3b", "green")
    assert "error-summary" not in html  # changing answers is not an error


@pytest.mark.parametrize("prefix", ["", "/cy"])
def test_complete_review_shows_results(client, prefix):
    CaseStudyPageFactory(title="Pedagogy study", elements=[element("3A")])
    response = client.get(f"{prefix}/self-review/results/", review(_3a="red"))
    assert response.status_code == 200
    html = response.content.decode()
    assert '<svg xmlns="http://www.w3.org/2000/svg"' in html
    assert 'role="img"' in html
    assert '<table class="ratings-table">' in html
    assert html.count('<tr class="rating-row') == 12
    assert f'href="{prefix}/practice/?element=approach-to-pedagogy"' in html
    assert (
        f'href="{prefix}/directory/?element=approach-to-pedagogy&amp;available=1"'
        in html
    )
    assert f'href="{prefix}/self-review/?' in html  # change your ratings
    if not prefix:
        assert "Pedagogy study" in html


def test_welsh_results_link_to_welsh_pages(client, sync_welsh):
    study = CaseStudyPageFactory(title="Astudiaeth", elements=[element("3A")])
    expert = ExpertProfilePageFactory(title="Elen Arbenigol", elements=["3A"])
    sync_welsh()
    html = client.get("/cy/self-review/results/", review(_3a="red")).content.decode()
    assert '<html lang="cy">' in html
    assert f'href="/cy{study.url}"' in html
    assert f'href="/cy{expert.url}"' in html
    assert f'href="{study.url}"' not in html


@pytest.mark.parametrize(
    "query",
    [
        "",  # nothing at all
        "1a=red",  # missing ratings
        urlencode(review(_3a="purple")),  # out of range
        urlencode(review(_3a="9")),
        urlencode(review()) + "&1a=red",  # repeated, conflicting
        urlencode(review(_5b="x" * 20000)),  # a huge value
        urlencode(review(schools="1" * 500)),
        urlencode(review(phase="../../etc/passwd")),
        "1a=%00red&2a=%C3%28&%FF=%FE",  # broken encodings
        "junk=1&" + "&".join(f"k{n}=v" for n in range(300)),  # junk keys only
    ],
)
def test_bad_input_gives_the_form_back(client, query):
    response = client.get(f"/self-review/results/?{query}")
    assert response.status_code == 200
    html = response.content.decode()
    assert 'class="self-review-form"' in html
    assert "Where to start" not in html
    assert "<title>Error:" in html or "Rate each of the 12 elements" in html


def test_bad_input_keeps_the_valid_ratings_and_explains(client):
    params = review(_1a="red", _2a="amber-green", _3a="purple")
    del params["4b"]
    html = client.get("/self-review/results/", params).content.decode()
    assert "There is a problem" in html
    assert checked(html, "1a", "red") and checked(html, "2a", "amber-green")
    assert not any(checked(html, "3a", r) for r in ("red", "green", "purple"))
    assert "The rating for 3A Approach to pedagogy was not recognised" in html
    assert "Choose a rating for 4B" in html
    # Each message links to the first radio of its element.
    assert 'href="#rate-3a-red"' in html and 'href="#rate-4b-red"' in html
    assert 'id="rate-3a-red"' in html


def test_repeated_rating_message(client):
    query = urlencode(review()) + "&2b=red"
    html = client.get(f"/self-review/results/?{query}").content.decode()
    assert (
        "2B Recruiting, developing and retaining talent was given more than one" in html
    )


def test_unknown_keys_are_ignored_with_a_notice(client):
    params = review(_1a="red", utm_source="newsletter", fbclid="abc")
    html = client.get("/self-review/results/", params).content.decode()
    assert "Where to start" in html  # still the results
    assert "were not recognised, so they were ignored" in html
    assert "<code>utm_source</code>" in html


def test_bad_context_gives_the_form_back(client):
    html = client.get(
        "/self-review/results/", review(schools="0", region="atlantis")
    ).content.decode()
    assert "Enter the number of schools as a whole number" in html
    assert "That region was not recognised" in html
    assert 'href="#review-schools"' in html
    assert all(checked(html, code, "green") for code in CODES)


def test_context_is_shown_and_kept(client):
    params = review(_1a="red", phase="primary", region="south-west", schools="4")
    html = client.get("/self-review/results/", params).content.decode()
    assert "phase Primary" in html and "4 schools" in html
    assert "phase=primary" in html and "schools=4" in html


def test_post_and_other_methods_are_not_allowed(client):
    assert client.post("/self-review/results/", review()).status_code == 405
    assert client.post("/self-review/").status_code == 405


def test_anonymous_results_offer_sign_in_not_a_form(client):
    html = client.get("/self-review/results/", review(_1a="red")).content.decode()
    assert 'action="/self-review/save/"' not in html
    assert "csrfmiddlewaretoken" not in html  # so the page may be cached
    assert "/accounts/login/?next=%2Fself-review%2Fresults%2F%3F" in html


@pytest.fixture
def full_library(db):
    """Plenty to match: every weak element has more than fits on the page."""
    for code in ("1A", "2A", "3A", "4A", "5A", "5B"):
        for n in range(4):
            CaseStudyPageFactory(
                elements=[element(code), element("1B")], phases=[phase("primary")]
            )
            WhatWorksPageFactory(elements=[element(code)])
            ExpertProfilePageFactory(
                elements=[code, "1B"], phases=["primary"], subjects=["maths"]
            )
            ExpertProfilePageFactory(
                elements=[code], visibility="members", publish=n == 0
            )


@pytest.mark.parametrize("weak", [1, 4, 6])
def test_query_budget(client, full_library, django_assert_max_num_queries, weak):
    """Whatever the number of weak elements: at most 20 queries, cold caches."""
    codes = ["1a", "2a", "3a", "4a", "5a", "5b"][:weak]
    params = review(
        **dict.fromkeys(codes, "red"),
        phase="primary",
        region="south-west",
        schools="9",
    )
    with django_assert_max_num_queries(20):
        response = client.get("/self-review/results/", params)
    assert response.status_code == 200
    assert response.content.count(b'class="focus focus--') == min(weak, 4)


def test_query_budget_for_a_member_in_welsh(
    full_library, member, sync_welsh, django_assert_max_num_queries
):
    sync_welsh()
    client = client_for(member)
    params = review(_1a="red", _2a="red", _3a="amber-red", _4a="amber-red")
    with django_assert_max_num_queries(20):
        response = client.get("/cy/self-review/results/", params)
    assert response.status_code == 200
    assert b'action="/cy/self-review/save/"' in response.content


def test_form_query_budget(client, django_assert_max_num_queries):
    with django_assert_max_num_queries(8):
        assert client.get("/self-review/").status_code == 200
