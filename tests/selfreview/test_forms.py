"""Reading a review from the query string: never raises, keeps what is valid."""

from __future__ import annotations

from django.http import QueryDict

import pytest

from selfreview.forms import MAX_SCHOOLS, parse_review
from selfreview.models import Rating
from tests.selfreview.conftest import CODES, review

pytestmark = pytest.mark.django_db


def qd(query: str) -> QueryDict:
    return QueryDict(query)


def test_complete_review():
    parsed = parse_review(review(_1a="red", _3b="amber-green"))
    assert parsed.complete
    assert list(parsed.ratings) == CODES
    assert parsed.ratings["1a"] == Rating.RED
    assert parsed.ratings["3b"] == Rating.AMBER_GREEN
    assert not parsed.unknown


def test_codes_slugs_and_numbers_are_accepted():
    query = "&".join(f"{code}=green" for code in CODES[2:])
    parsed = parse_review(qd(f"1A=Amber_Red&understanding-of-needs=1&{query}"))
    assert parsed.complete
    assert parsed.ratings["1a"] == Rating.AMBER_RED
    assert parsed.ratings["1b"] == Rating.RED


def test_missing_ratings_are_listed_and_the_rest_kept():
    parsed = parse_review(qd("1a=red&2b=green"))
    assert not parsed.complete
    assert parsed.ratings == {"1a": Rating.RED, "2b": Rating.GREEN}
    assert set(parsed.missing) == set(CODES) - {"1a", "2b"}
    assert parsed.submitted


def test_nothing_given_is_not_a_submission():
    parsed = parse_review(qd(""))
    assert not parsed.submitted
    assert not parsed.complete


@pytest.mark.parametrize("value", ["purple", "5", "0", "-1", "red;drop", "x" * 5000])
def test_out_of_range_values(value):
    params = review()
    params["3a"] = value
    parsed = parse_review(params)
    assert not parsed.complete
    assert "3a" not in parsed.ratings
    problem = parsed.problem_for("3a")
    assert problem is not None
    assert "3A" in str(problem.message)
    assert value not in str(problem.message)  # junk is never echoed
    assert len(parsed.ratings) == 11


def test_repeated_conflicting_rating_is_a_problem():
    query = "&".join(f"{code}=green" for code in CODES)
    parsed = parse_review(qd(query + "&1a=red"))
    assert not parsed.complete
    assert "more than one" in str(parsed.problem_for("1a").message)
    assert "1a" not in parsed.ratings


def test_repeated_through_an_alias_is_a_problem_too():
    query = "&".join(f"{code}=green" for code in CODES)
    parsed = parse_review(qd(query + "&clarity-of-purpose=red"))
    assert parsed.problem_for("1a") is not None


def test_the_same_value_twice_is_fine():
    query = "&".join(f"{code}=green" for code in CODES)
    parsed = parse_review(qd(query + "&1a=green&1A=GREEN"))
    assert parsed.complete


def test_unknown_keys_are_reported_not_fatal():
    params = review()
    params.update({"utm_source": "newsletter", "x" * 500: "y", "\x00": "z"})
    parsed = parse_review(params)
    assert parsed.complete
    assert "utm_source" in parsed.unknown
    assert all(len(key) <= 40 for key in parsed.unknown)


def test_many_unknown_keys_are_capped():
    parsed = parse_review(qd("&".join(f"junk{n}=1" for n in range(500))))
    assert len(parsed.unknown) == 10
    assert parsed.unknown_more == 490


def test_context():
    params = review(phase="primary", region="south-west", schools="7")
    parsed = parse_review(params)
    assert parsed.complete
    assert parsed.context == {"phase": "primary", "region": "south-west", "schools": 7}
    assert "phase=primary" in parsed.querystring()


@pytest.mark.parametrize(
    "key,value",
    [
        ("phase", "nursery-plus"),
        ("region", "atlantis"),
        ("schools", "0"),
        ("schools", str(MAX_SCHOOLS + 1)),
        ("schools", "9" * 400),
        ("schools", "twelve"),
        ("schools", "-3"),
    ],
)
def test_bad_context(key, value):
    parsed = parse_review(review(**{key: value}))
    assert not parsed.complete
    assert parsed.problem_for(key) is not None
    assert len(parsed.ratings) == 12  # the ratings are all kept


def test_blank_context_is_no_context():
    parsed = parse_review(review(phase="", region="", schools=""))
    assert parsed.complete
    assert parsed.context == {}
