"""The demo directory: enough variety to exercise every filter, and re-runnable."""

from __future__ import annotations

import io

from django.contrib.auth.models import Group

import pytest

from directory import demo
from directory.models import ExpertProfilePage, ExpertRole
from directory.models.profiles import MEMBERS_GROUP_NAME
from home.demo import DemoContext


def _english():
    return ExpertProfilePage.objects.filter(
        locale__language_code="en-gb", alias_of__isnull=True
    )


@pytest.mark.django_db
def test_seed_covers_the_directory_and_is_idempotent():
    demo.seed(DemoContext(stdout=io.StringIO()))
    profiles = list(_english().prefetch_related("subjects", "phases", "elements"))
    assert len(profiles) == 48
    assert {p.role for p in profiles} == set(ExpertRole.values)
    assert len({p.region_id for p in profiles}) >= 6
    assert len({e.code for p in profiles for e in p.elements.all()}) == 12
    assert len({ph.slug for p in profiles for ph in p.phases.all()}) == 7
    assert any(not p.is_available for p in profiles)
    assert any(p.is_stale for p in profiles)
    assert any(p.is_members_only for p in profiles)
    assert all(p.email.endswith("@example.org") for p in profiles)
    assert all(p.consent_to_list and p.live for p in profiles)
    assert Group.objects.filter(
        name=MEMBERS_GROUP_NAME, user__username="member"
    ).exists()

    out = io.StringIO()
    demo.seed(DemoContext(stdout=out))
    assert _english().count() == 48
    assert "Created" not in out.getvalue()


@pytest.mark.django_db
def test_scale_adds_numbered_copies_deterministically():
    demo.seed(DemoContext(stdout=io.StringIO(), scale=2))
    assert _english().count() == 96
    copy = _english().get(slug="amara-okafor-2")
    assert copy.title == "Amara Okafor 2"
    assert copy.email == "amara.okafor.2@example.org"
    assert copy.live


def test_profiles_scale_at_about_a_third_of_practice():
    # `--scale 180` is the benchmark volume: 10,080 practice pages, 3,024 profiles.
    assert demo.profile_scale(1) == 1
    assert demo.profile_scale(2) == 2
    assert demo.profile_scale(180) * len(demo.PROFILES) == 3024
