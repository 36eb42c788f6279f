"""/practice/: every filter alone and combined, counts, unknown values, paging,
text search (including hostile input) and what is left out (drafts, private)."""

from __future__ import annotations

import datetime
import re

from wagtail.models import PageViewRestriction

import pytest

from practice.models import Verdict
from tests.practice.factories import (
    CaseStudyPageFactory,
    WhatWorksPageFactory,
    element,
    library,
    phase,
    region,
    section,
)

RESULT_LINK = re.compile(r'class="result-card">\s*<h3><a href="([^"]+)"')


def results(response) -> list[str]:
    """The slugs of the result cards, in order."""
    assert response.status_code == 200
    return [
        href.rstrip("/").rsplit("/", 1)[-1]
        for href in RESULT_LINK.findall(response.content.decode())
    ]


def result_count(response) -> int:
    match = re.search(r'data-result-count="(\d+)"', response.content.decode())
    assert match, "the results region carries its count"
    return int(match.group(1))


def option_count(response, param: str, value: str) -> int:
    html = response.content.decode()
    match = re.search(
        rf'<label for="f-{param}-{re.escape(value)}">[^<]*<span class="count">\((\d+)',
        html,
    )
    assert match, f"{param}={value} is offered"
    return int(match.group(1))


@pytest.fixture
def pages(db):
    """Five pieces with distinct tagging, plus a draft that never shows."""
    made = {
        "a": CaseStudyPageFactory(
            slug="a",
            parent=section("severn-vale-learning-trust"),
            elements=[element("1A"), element("2B")],
            phases=[phase("primary")],
            tags=["workload"],
            publication_date=datetime.date(2025, 5, 5),
        ),
        "b": CaseStudyPageFactory(
            slug="b",
            parent=section("moorland-academies-trust"),
            elements=[element("3A")],
            phases=[phase("secondary")],
            tags=["coaching"],
            publication_date=datetime.date(2025, 5, 4),
        ),
        "c": WhatWorksPageFactory(
            slug="c",
            parent=section("northern-lights-academy-trust"),
            elements=[element("1B"), element("5A")],
            phases=[phase("special")],
            tags=["workload", "retention"],
            verdict=Verdict.DIDNT,
            publication_date=datetime.date(2025, 5, 3),
        ),
        "d": WhatWorksPageFactory(
            slug="d",
            parent=section("thames-gateway-academies"),
            elements=[element("4A")],
            phases=[phase("post-16")],
            tags=["recruitment"],
            verdict=Verdict.WORKED,
            publication_date=datetime.date(2025, 5, 2),
        ),
        "e": CaseStudyPageFactory(
            slug="e",
            parent=library(),
            region=region("wales"),
            elements=[element("3C")],
            phases=[phase("early-years")],
            tags=["oracy"],
            publication_date=datetime.date(2025, 5, 1),
        ),
    }
    CaseStudyPageFactory(slug="draft", live=False, elements=[element("1A")])
    return made


@pytest.mark.django_db
def test_everything_newest_first(client, pages):
    response = client.get("/practice/")
    assert results(response) == ["a", "b", "c", "d", "e"]
    assert result_count(response) == 5
    assert "5 pieces of practice found" in response.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("area=vision-culture-and-ethos", ["a", "c"]),
        ("element=approach-to-pedagogy", ["b"]),
        ("phase=special", ["c"]),
        ("region=south-west", ["a", "b"]),
        ("region=wales", ["e"]),
        ("trust=northern-lights-academy-trust", ["c"]),
        ("type=case-study", ["a", "b", "e"]),
        ("type=what-works", ["c", "d"]),
        ("tag=workload", ["a", "c"]),
    ],
)
def test_each_filter_alone(client, pages, query, expected):
    response = client.get(f"/practice/?{query}")
    assert results(response) == expected
    assert result_count(response) == len(expected)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("query", "expected"),
    [
        (
            "element=approach-to-pedagogy&element=curriculum-structure-and-alignment",
            ["b", "d"],
        ),
        ("phase=primary&phase=special&phase=early-years", ["a", "c", "e"]),
        ("trust=severn-vale-learning-trust&trust=thames-gateway-academies", ["a", "d"]),
        ("type=case-study&type=what-works", ["a", "b", "c", "d", "e"]),
        ("tag=coaching&tag=oracy", ["b", "e"]),
        ("area=teaching-and-learning&area=curriculum-and-assessment", ["b", "d", "e"]),
        ("region=london&region=north-east", ["c", "d"]),
    ],
)
def test_repeated_values_of_one_parameter_are_ored(client, pages, query, expected):
    assert results(client.get(f"/practice/?{query}")) == expected


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("type=case-study&region=south-west", ["a", "b"]),
        ("type=what-works&tag=workload", ["c"]),
        ("area=vision-culture-and-ethos&phase=primary", ["a"]),
        ("area=vision-culture-and-ethos&type=case-study&tag=retention", []),
        (
            "element=clarity-of-purpose&element=understanding-of-needs"
            "&phase=special&phase=primary&type=what-works",
            ["c"],
        ),
        (
            "area=vision-culture-and-ethos&element=clarity-of-purpose&phase=primary"
            "&region=south-west&trust=severn-vale-learning-trust&type=case-study"
            "&tag=workload",
            ["a"],
        ),
    ],
)
def test_different_parameters_are_anded(client, pages, query, expected):
    response = client.get(f"/practice/?{query}")
    assert results(response) == expected
    assert result_count(response) == len(expected)


@pytest.mark.django_db
def test_each_option_shows_what_it_would_give(client, pages):
    response = client.get("/practice/?type=what-works")
    # The type facet ignores its own selection, the others apply it.
    assert option_count(response, "type", "case-study") == 3
    assert option_count(response, "type", "what-works") == 2
    assert option_count(response, "tag", "workload") == 1
    assert option_count(response, "area", "vision-culture-and-ethos") == 1
    assert option_count(response, "phase", "primary") == 0
    assert option_count(response, "trust", "thames-gateway-academies") == 1


@pytest.mark.django_db
def test_unknown_values_give_nothing_and_say_so(client, pages):
    response = client.get("/practice/?element=no-such-element")
    assert results(response) == []
    assert result_count(response) == 0
    html = response.content.decode()
    assert "were not recognised" in html
    assert "<code>element=no-such-element</code>" in html
    assert "No practice found" in html


@pytest.mark.django_db
@pytest.mark.parametrize(
    "query",
    [
        "area=atlantis",
        "phase=sixth-form",
        "region=mars",
        "trust=no-such-trust",
        "type=blog",
        "tag=no-such-tag",
        "element=%3Cscript%3E",
    ],
)
def test_every_facet_reports_unknown_values(client, pages, query):
    response = client.get(f"/practice/?{query}")
    assert result_count(response) == 0
    assert "were not recognised" in response.content.decode()


@pytest.mark.django_db
def test_an_unknown_value_ored_with_a_known_one_still_finds_the_known(client, pages):
    response = client.get("/practice/?element=nope&element=approach-to-pedagogy")
    assert results(response) == ["b"]
    assert "<code>element=nope</code>" in response.content.decode()


@pytest.mark.django_db
def test_unrelated_parameters_are_ignored(client, pages):
    assert result_count(client.get("/practice/?colour=blue&utm_source=x")) == 5


@pytest.mark.django_db
def test_total_in_words_singular(client, pages):
    response = client.get("/practice/?tag=oracy")
    assert "1 piece of practice found" in response.content.decode()


@pytest.fixture
def many(db):
    """25 posts sharing a tag, one day apart, plus one without it."""
    made = [
        WhatWorksPageFactory(
            slug=f"p{n:02d}",
            tags=["paging"],
            publication_date=datetime.date(2025, 3, n),
            elements=[element("1A"), element("2A"), element("3A")],
        )
        for n in range(1, 26)
    ]
    WhatWorksPageFactory(slug="other", publication_date=datetime.date(2025, 4, 1))
    return made


@pytest.mark.django_db
def test_paging_keeps_the_filters(client, many):
    first = client.get("/practice/?tag=paging")
    assert result_count(first) == 25
    assert results(first) == [f"p{n:02d}" for n in range(25, 5, -1)]
    html = first.content.decode()
    assert 'href="?tag=paging&amp;page=2" rel="next"' in html
    assert "Page 1 of 2" in html
    assert "Showing 1 to 20 of 25" in html
    second = client.get("/practice/?tag=paging&page=2")
    assert results(second) == [f"p{n:02d}" for n in range(5, 0, -1)]
    assert 'href="?tag=paging&amp;page=1" rel="prev"' in second.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("page", "first"),
    [
        ("abc", "p25"),
        ("", "p25"),
        ("999", "p05"),
        ("0", "p05"),
        ("-1", "p05"),
        ("2.5", "p25"),
        ("1e9", "p25"),
    ],
)
def test_odd_page_numbers_give_a_sensible_page(client, many, page, first):
    response = client.get(f"/practice/?tag=paging&page={page}")
    assert results(response)[0] == first


@pytest.mark.django_db
def test_drafts_and_private_pages_are_left_out(client, pages):
    PageViewRestriction.objects.create(
        page=pages["b"], restriction_type=PageViewRestriction.LOGIN
    )
    PageViewRestriction.objects.create(
        page=section("thames-gateway-academies"),
        restriction_type=PageViewRestriction.LOGIN,
    )
    response = client.get("/practice/")
    assert results(response) == ["a", "c", "e"]
    assert option_count(response, "trust", "moorland-academies-trust") == 0


@pytest.mark.django_db
def test_text_search(client, pages):
    CaseStudyPageFactory(
        slug="phonics", title="Daily keep-up sessions in phonics", tags=["reading"]
    )
    response = client.get("/practice/?q=phonics")
    assert results(response) == ["phonics"]
    assert 'value="phonics"' in response.content.decode()
    assert results(client.get("/practice/?q=phonics&type=what-works")) == []
    assert results(client.get("/practice/?q=phonics&type=case-study")) == ["phonics"]


@pytest.mark.django_db
def test_text_search_counts_the_options_within_the_search(client, pages):
    CaseStudyPageFactory(slug="phonics", title="Keep-up phonics", tags=["workload"])
    response = client.get("/practice/?q=phonics")
    assert option_count(response, "tag", "workload") == 1


@pytest.mark.django_db
@pytest.mark.parametrize(
    "q",
    [
        '"',
        '"unbalanced',
        "\x00",
        "a\x00b",
        "x" * 5000,
        "' OR 1=1 --",
        "AND OR NOT (",
        "NOT",
        "*",
        "(((",
        "phon*",
        "title:phonics",
        "😀🎉",
        "שלום עולם",
        "مرحبا",
        "Ysgol Gymraeg",
        "%",
        "_",
        "\\",
        "'; DROP TABLE wagtailcore_page; --",
    ],
)
def test_hostile_text_never_breaks_the_list(client, pages, q):
    response = client.get("/practice/", {"q": q})
    assert response.status_code == 200
    assert result_count(response) >= 0
    # The list still filters and pages with it.
    response = client.get("/practice/", {"q": q, "type": "case-study", "page": "2"})
    assert response.status_code == 200


@pytest.mark.django_db
def test_punctuation_only_falls_back_and_says_so(client, pages):
    response = client.get("/practice/", {"q": '"'})
    assert "could not read" in response.content.decode()


@pytest.mark.django_db
def test_welsh_list_shows_welsh_pages(client, pages, sync_welsh):
    sync_welsh()
    response = client.get("/cy/practice/?type=what-works")
    assert response.status_code == 200
    assert RESULT_LINK.findall(response.content.decode()) == [
        "/cy/practice/northern-lights-academy-trust/c/",
        "/cy/practice/thames-gateway-academies/d/",
    ]
    assert '<html lang="cy">' in response.content.decode()


@pytest.mark.django_db
def test_a_trust_section_redirects_to_the_filtered_library(client):
    response = client.get("/practice/severn-vale-learning-trust/")
    assert response.status_code == 302
    assert response["Location"] == "/practice/?trust=severn-vale-learning-trust"


@pytest.mark.django_db
def test_the_form_works_without_javascript(client, pages):
    html = client.get("/practice/").content.decode()
    assert '<form class="filters" method="get" action="/practice/"' in html
    for param in ("area", "element", "type", "phase", "region", "trust", "tag"):
        assert f'name="{param}"' in html
    assert '<label for="practice-q">' in html
    assert '<button type="submit">Apply filters</button>' in html


@pytest.mark.django_db
def test_an_area_count_is_what_ticking_it_gives_with_an_element_chosen(client, pages):
    # Page "a" has 1A and 2B: with 1A chosen, 2B's area still counts it.
    # (Counting through the chosen element's own join said 0 here.)
    chosen, other = element("1A"), element("2B")
    assert chosen.area_id != other.area_id
    response = client.get("/practice/", {"element": chosen.slug})
    ticked = client.get("/practice/", {"element": chosen.slug, "area": other.area.slug})
    assert option_count(response, "area", other.area.slug) == result_count(ticked)
    assert result_count(ticked) >= 1
