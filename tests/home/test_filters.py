"""The shared facet engine, exercised on trusts (a simple, seeded model)."""

from django.http import QueryDict

import pytest

from directory.models import Region
from home.filters import Facet, apply_facets, querystring_without, selected_values
from trusts.models import TrustPage


def _region_facet():
    return Facet(
        param="region",
        label="Region",
        lookup="region__slug",
        choices=lambda: [(r.slug, r.name) for r in Region.localized_list()],
    )


def _trusts():
    return TrustPage.objects.filter(locale__language_code="en-gb")


@pytest.mark.django_db
def test_repeated_values_are_ored():
    result = apply_facets(
        _trusts(), QueryDict("region=london&region=wales"), [_region_facet()]
    )
    assert {t.slug for t in result.queryset} == {
        "thames-gateway-academies",
        "dyfi-valley-learning-partnership",
    }


@pytest.mark.django_db
def test_counts_beside_each_option():
    result = apply_facets(_trusts(), QueryDict(""), [_region_facet()])
    counts = {o.value: o.count for o in result.facet("region").options}
    assert counts["south-west"] == 3
    assert counts["london"] == 1


@pytest.mark.django_db
def test_unknown_value_matches_nothing_and_is_reported():
    result = apply_facets(_trusts(), QueryDict("region=atlantis"), [_region_facet()])
    assert result.queryset.count() == 0
    assert result.unknown == [("region", "atlantis")]


def test_values_are_cleaned_and_capped():
    params = QueryDict("a=x&a=x&a=%00y&a=&" + "&".join(f"a={i}" for i in range(50)))
    values = selected_values(params, "a")
    assert values[:2] == ["x", "y"]
    assert len(values) <= 20


def test_querystring_without_page():
    assert querystring_without(QueryDict("a=1&a=2&page=3")) == "a=1&a=2"
