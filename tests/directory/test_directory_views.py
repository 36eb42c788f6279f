"""/directory/: every filter, availability, staleness, search, paging, budgets."""

from __future__ import annotations

import datetime as dt
import re

from django.utils import timezone

import pytest

from directory.models import Term
from tests.directory.factories import ExpertProfilePageFactory, directory_section

URL = "/directory/"


def _count(response) -> int:
    match = re.search(rb'data-result-count="(\d+)"', response.content)
    assert match, response.content[:500]
    return int(match.group(1))


def _names(response) -> set[str]:
    return set(
        re.findall(r'<h3><a href="[^"]+">([^<]+)</a></h3>', response.content.decode())
    )


def _option_count(response, param: str, value: str) -> int:
    pattern = (
        rf'for="f-{param}-{re.escape(value)}">[^<]*<span class="count">\((\d+)'
    ).encode()
    match = re.search(pattern, response.content)
    assert match, f"no option {param}={value}"
    return int(match.group(1))


@pytest.fixture
def people(db):
    """Six profiles that differ in every filtered field."""
    this_term, next_term, after = Term.upcoming(3)
    today = timezone.localdate()
    make = ExpertProfilePageFactory
    return {
        "ada": make(
            title="Ada Maths",
            parent=directory_section("severn-vale-learning-trust"),
            role="sle",
            subjects=["maths"],
            phases=["primary"],
            elements=["3A"],
            available_terms=this_term.code,
        ),
        "ben": make(
            title="Ben English",
            parent=directory_section("moorland-academies-trust"),
            role="nle",
            subjects=["english"],
            phases=["secondary"],
            elements=["1A"],
            not_available_now=True,
            days_per_term=0,
            available_terms="",
        ),
        "cara": make(
            title="Cara Science",
            parent=directory_section("three-rivers-education-trust"),
            role="peer-reviewer",
            subjects=["maths", "science"],
            phases=["secondary"],
            elements=["5A"],
            available_terms=next_term.code,
        ),
        "dev": make(
            title="Dev Stale",
            parent=directory_section("severn-vale-learning-trust"),
            subjects=["maths"],
            last_confirmed=today - dt.timedelta(days=400),
        ),
        "eve": make(
            title="Eve Members",
            parent=directory_section("severn-vale-learning-trust"),
            role="trust-lead",
            subjects=["maths"],
            visibility="members",
        ),
        "fon": make(
            title="Fôn Cymraeg",
            parent=directory_section("dyfi-valley-learning-partnership"),
            role="improvement-champion",
            subjects=["welsh"],
            available_terms=after.code,
        ),
    }


@pytest.mark.django_db
def test_default_list_leaves_out_stale_and_members_only(client, people):
    response = client.get(URL)
    assert response.status_code == 200
    assert _count(response) == 4
    assert _names(response) == {
        "Ada Maths",
        "Ben English",
        "Cara Science",
        "Fôn Cymraeg",
    }
    assert b"4 experts found" in response.content


@pytest.mark.django_db
def test_include_stale_shows_them_marked(client, people):
    response = client.get(URL, {"include_stale": "1"})
    assert _count(response) == 5
    assert "Dev Stale" in _names(response)
    assert b"May be out of date" in response.content


@pytest.mark.django_db
def test_members_see_members_only_profiles(member_client, people):
    response = member_client.get(URL)
    assert _count(response) == 5
    assert "Eve Members" in _names(response)
    assert b"Members only" in response.content


@pytest.mark.django_db
def test_superusers_see_members_only_profiles(client, people, django_user_model):
    client.force_login(
        django_user_model.objects.create_superuser("root2", password="x")
    )
    assert "Eve Members" in _names(client.get(URL))


@pytest.mark.django_db
def test_signed_in_non_members_do_not(client, people, django_user_model):
    client.force_login(django_user_model.objects.create_user("outsider", password="x"))
    assert "Eve Members" not in _names(client.get(URL))


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("subject=maths", {"Ada Maths", "Cara Science"}),
        ("subject=maths&subject=english", {"Ada Maths", "Ben English", "Cara Science"}),
        ("subject=maths&phase=primary", {"Ada Maths"}),
        ("phase=secondary", {"Ben English", "Cara Science"}),
        ("area=teaching-and-learning", {"Ada Maths"}),
        (
            "area=vision-culture-and-ethos&area=teaching-and-learning",
            {"Ada Maths", "Ben English"},
        ),
        ("element=approach-to-pedagogy", {"Ada Maths"}),
        ("element=knowing-schools-quantitatively", {"Cara Science"}),
        ("region=west-midlands", {"Cara Science"}),
        ("region=wales", {"Fôn Cymraeg"}),
        ("region=south-west", {"Ada Maths", "Ben English"}),
        ("role=sle", {"Ada Maths"}),
        ("role=nle&role=peer-reviewer", {"Ben English", "Cara Science"}),
        ("trust=moorland-academies-trust", {"Ben English"}),
        (
            "trust=severn-vale-learning-trust&include_stale=1",
            {"Ada Maths", "Dev Stale"},
        ),
        ("available=1", {"Ada Maths", "Cara Science"}),
        ("available=1&subject=maths&role=peer-reviewer", {"Cara Science"}),
    ],
)
def test_filters(client, people, query, expected):
    response = client.get(f"{URL}?{query}")
    assert response.status_code == 200
    assert _names(response) == expected
    assert _count(response) == len(expected)


@pytest.mark.django_db
@pytest.mark.parametrize(
    "query",
    [
        "subject=astrology",
        "available=yes",
        "region=atlantis&subject=maths",
        "role=wizard",
    ],
)
def test_unknown_values_give_nothing_and_say_so(client, people, query):
    response = client.get(f"{URL}?{query}")
    assert response.status_code == 200
    assert _count(response) == 0
    assert b"were not recognised" in response.content
    assert b"No experts match these filters." in response.content


@pytest.mark.django_db
def test_counts_beside_each_value(client, people):
    response = client.get(URL)
    assert _option_count(response, "subject", "maths") == 2
    assert _option_count(response, "subject", "english") == 1
    assert _option_count(response, "role", "sle") == 1
    assert _option_count(response, "region", "south-west") == 2
    assert _option_count(response, "available", "1") == 2
    assert _option_count(response, "area", "teaching-and-learning") == 1
    # Counts apply the other filters but not the facet's own.
    filtered = client.get(URL, {"phase": "primary", "subject": "english"})
    assert _option_count(filtered, "subject", "maths") == 1
    assert _option_count(filtered, "phase", "secondary") == 1
    assert _option_count(filtered, "available", "1") == 0


@pytest.mark.django_db
def test_text_search(client, people):
    response = client.get(URL, {"q": "Cara"})
    assert _names(response) == {"Cara Science"}
    assert "Cara Science" in _names(client.get(URL, {"q": "cara", "subject": "maths"}))
    assert _count(client.get(URL, {"q": "Cara", "subject": "english"})) == 0


@pytest.mark.django_db
@pytest.mark.parametrize(
    "q",
    [
        '"',
        "\x00",
        "a\x00b",
        "x" * 5000,
        "' OR 1=1 --",
        "AND OR NOT (",
        "🙂 maths",
        "مرحبا بالعالم",
        "*",
        "(((",
        "maths)",
        "NEAR(",
    ],
)
def test_odd_search_input_never_errors(client, people, q):
    response = client.get(URL, {"q": q})
    assert response.status_code == 200
    _count(response)


@pytest.mark.django_db
def test_long_search_is_cut_and_says_so(client, people):
    response = client.get(URL, {"q": "maths " * 100})
    assert response.status_code == 200
    assert b"only its first 200 characters were used" in response.content


@pytest.mark.django_db
def test_paging_keeps_filters(client, section):
    for n in range(23):
        ExpertProfilePageFactory(
            parent=section, title=f"Pat Paged {n:02d}", subjects=["music"]
        )
    first = client.get(URL, {"subject": "music"})
    assert _count(first) == 23
    assert len(_names(first)) == 20
    assert b'href="?subject=music&amp;page=2"' in first.content
    second = client.get(URL, {"subject": "music", "page": "2"})
    assert len(_names(second)) == 3
    for bad in ("abc", "999", "-1", "0", "1e9"):
        assert client.get(URL, {"subject": "music", "page": bad}).status_code == 200


@pytest.mark.django_db
def test_welsh_list_shows_the_aliases(client, people, welsh_alias):
    for page in people.values():
        welsh_alias(page)
    response = client.get("/cy" + URL)
    assert response.status_code == 200
    assert _count(response) == 4
    assert b'href="/cy/directory/severn-vale-learning-trust/' in response.content
    assert _names(client.get("/cy" + URL, {"subject": "maths"})) == {
        "Ada Maths",
        "Cara Science",
    }


# -- query budgets ---------------------------------------------------------------------


@pytest.fixture
def twenty_rich_profiles(section, welsh_alias):
    pages = [
        ExpertProfilePageFactory(
            parent=section,
            title=f"Budget Person {n:02d}",
            subjects=["maths", "english", "science"],
            phases=["primary", "secondary"],
            elements=["1A", "3A", "4B"],
            designations=[("SLE", "A teaching school", 2015)],
        )
        for n in range(22)
    ]
    for page in pages:
        welsh_alias(page)
    return pages


@pytest.mark.django_db
@pytest.mark.parametrize(
    "url",
    [
        URL,
        URL
        + "?subject=maths&subject=english&phase=primary&element=approach-to-pedagogy",
        URL + "?q=budget",
        URL + "?available=1&include_stale=1&region=south-west&role=lead-practitioner",
        "/cy" + URL,
        "/cy" + URL + "?subject=maths",
    ],
)
def test_list_of_twenty_within_budget(
    client, twenty_rich_profiles, url, django_assert_max_num_queries
):
    client.get(url)  # warm per-process caches (site root paths, vocabularies)
    with django_assert_max_num_queries(15):
        response = client.get(url)
    assert response.status_code == 200
    assert len(_names(response)) == 20


@pytest.mark.django_db
def test_member_list_within_budget(
    member_client, twenty_rich_profiles, django_assert_max_num_queries
):
    member_client.get(URL)
    with django_assert_max_num_queries(15):
        assert member_client.get(URL).status_code == 200


@pytest.mark.django_db
@pytest.mark.parametrize("prefix", ["", "/cy"])
@pytest.mark.parametrize("tail", ["", "contact/"])
def test_profile_page_within_budget(
    client, twenty_rich_profiles, prefix, tail, django_assert_max_num_queries
):
    url = prefix + twenty_rich_profiles[0].url + tail
    client.get(url)
    with django_assert_max_num_queries(15):
        response = client.get(url)
    assert response.status_code == 200
