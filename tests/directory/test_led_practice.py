"""Profiles linked to the practice they led: shown both ways, never leaking.

A profile lists the case studies and posts its person led; each of those
lists the profiles of the people who led it, but only the ones the reader
may see (members-only profiles never appear to anonymous readers), in the
page's language, within the pages' query budgets.
"""

from __future__ import annotations

import io
import re

from django.contrib.auth import get_user_model
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from wagtail.models import Locale, Page, PageViewRestriction, Revision
from wagtail_localize.synctree import synchronize_tree

import pytest

from directory import demo as directory_demo
from directory.models import ExpertProfilePage
from directory.models.profiles import members_group
from home.demo import DemoContext
from practice import demo as practice_demo
from practice.models import PracticePage
from tests.directory.factories import ExpertProfilePageFactory
from tests.practice.factories import (
    CaseStudyPageFactory,
    WhatWorksPageFactory,
    element,
    phase,
)
from tests.practice.factories import section as practice_section


def _sync_welsh() -> None:
    synchronize_tree(
        Locale.objects.get(language_code="en-gb"),
        Locale.objects.get(language_code="cy"),
    )


def _welsh(page: Page) -> Page:
    return Page.objects.get(
        translation_key=page.translation_key, locale__language_code="cy"
    ).specific


def _link(profile: ExpertProfilePage, *practice: PracticePage) -> None:
    """Link as an editor does: choose the pages, then publish."""
    profile.led_practice = list(practice)
    profile.save_revision().publish()


def _people(html: str) -> str:
    """The "People involved" entry of a practice page's facts, in either language."""
    match = re.search(
        r"<dt>(?:People involved|Pobl a gymerodd ran)</dt>\s*<dd>(.*?)</dd>", html, re.S
    )
    return match.group(1) if match else ""


@pytest.fixture
def case_study(db):
    return CaseStudyPageFactory(
        title="Coaching that stuck",
        people_involved="Free Text Person",
    )


@pytest.fixture
def leader(section, case_study):
    profile = ExpertProfilePageFactory(
        parent=section,
        title="Lowri Leader",
        job_title="Lead practitioner, reading",
        publish=True,
    )
    _link(profile, case_study)
    return profile


@pytest.fixture
def members_leader(section, case_study):
    profile = ExpertProfilePageFactory(
        parent=section,
        title="Quentin Membersonly",
        job_title="Deputy head",
        visibility="members",
        publish=True,
    )
    _link(profile, case_study)
    return profile


@pytest.mark.django_db
def test_profile_page_lists_the_practice_it_led(client, leader, case_study):
    post = WhatWorksPageFactory(title="A post that did not work")
    draft = CaseStudyPageFactory(title="Unpublished draft study", live=False)
    _link(leader, case_study, post, draft)
    html = client.get(leader.url).content.decode()
    assert "Case studies led" in html
    assert f'href="{case_study.url}"' in html
    assert "Coaching that stuck" in html
    assert "A post that did not work" in html
    assert "Unpublished draft study" not in html


@pytest.mark.django_db
def test_profile_without_links_has_no_section(client, section):
    profile = ExpertProfilePageFactory(parent=section, publish=True)
    assert "Case studies led" not in client.get(profile.url).content.decode()


@pytest.mark.django_db
def test_case_study_links_the_profile_instead_of_free_text(client, leader, case_study):
    people = _people(client.get(case_study.url).content.decode())
    assert f'<a href="{leader.url}">Lowri Leader</a>' in people
    assert "Lead practitioner, reading" in people
    assert "Free Text Person" not in people


@pytest.mark.django_db
def test_free_text_is_the_fallback_without_linked_profiles(client, case_study):
    assert "Free Text Person" in _people(client.get(case_study.url).content.decode())


@pytest.mark.django_db
def test_members_only_leader_is_hidden_from_anonymous_readers(
    member_client, leader, members_leader, case_study
):
    html = Client().get(case_study.url).content.decode()
    anonymous = _people(html)
    assert "Lowri Leader" in anonymous
    assert "Quentin" not in html
    assert members_leader.url not in html

    member = _people(member_client.get(case_study.url).content.decode())
    assert "Lowri Leader" in member
    assert f'<a href="{members_leader.url}">Quentin Membersonly</a>' in member
    assert "Members only" in member


@pytest.mark.django_db
@pytest.mark.parametrize("prefix", ["", "/cy"])
def test_a_hidden_leader_is_not_named_through_the_free_text(
    member_client, members_leader, case_study, prefix
):
    _sync_welsh()
    anonymous = Client()
    html = anonymous.get(prefix + case_study.url).content.decode()
    assert "Quentin" not in html
    # The free text may name the hidden person: with a linked profile it is
    # not the fallback, even when the reader cannot see that profile.
    assert "Free Text Person" not in html
    assert "People involved" not in html and "Pobl a gymerodd ran" not in html
    welsh_members = member_client.get(prefix + case_study.url).content.decode()
    assert "Quentin Membersonly" in welsh_members


@pytest.mark.django_db
def test_welsh_pages_link_each_other_under_cy(client, leader, case_study):
    _sync_welsh()
    welsh_study, welsh_profile = _welsh(case_study), _welsh(leader)
    assert welsh_study.url.startswith("/cy/") and welsh_profile.url.startswith("/cy/")

    profile_html = client.get(welsh_profile.url).content.decode()
    assert f'href="{welsh_study.url}"' in profile_html
    # An untranslated piece carries English text inside Welsh furniture.
    assert f'<a href="{welsh_study.url}" lang="en-GB">Coaching that stuck</a>' in (
        profile_html
    )

    people = _people(client.get(welsh_study.url).content.decode())
    assert f'<a href="{welsh_profile.url}">Lowri Leader</a>' in people


@pytest.mark.django_db
def test_welsh_profile_lists_the_welsh_translation(client, cy, leader, case_study):
    _sync_welsh()
    translation = _welsh(case_study)
    translation.alias_of = None
    translation.title = "Hyfforddi a lynodd"
    translation.save()
    translation.save_revision().publish()
    html = client.get(_welsh(leader).url).content.decode()
    assert f'<a href="{translation.url}">Hyfforddi a lynodd</a>' in html
    assert "Coaching that stuck" not in html


@pytest.mark.django_db
def test_members_only_practice_is_not_listed_for_anonymous_readers(
    member_client, leader, case_study
):
    restriction = PageViewRestriction.objects.create(
        page=case_study, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.set([members_group()])
    assert "Coaching that stuck" not in Client().get(leader.url).content.decode()
    assert "Coaching that stuck" in member_client.get(leader.url).content.decode()


@pytest.fixture
def busy(section):
    """Eight pieces; one led by eight people (three members-only), one by two.

    One public profile led all eight pieces, another only one of them.
    """
    pieces = [
        (CaseStudyPageFactory if n % 2 else WhatWorksPageFactory)(
            parent=practice_section(),
            elements=[element("1A"), element("3C")],
            phases=[phase("primary"), phase("secondary")],
            tags=["workload", f"topic {n}"],
        )
        for n in range(8)
    ]
    crowded, quiet = pieces[1], pieces[3]
    people = []
    for n in range(8):
        profile = ExpertProfilePageFactory(
            parent=section,
            subjects=["maths"],
            phases=["primary"],
            elements=["1A"],
            designations=[("Lead practitioner", "A trust", 2020)],
            visibility="members" if n % 3 == 0 else "public",
            publish=True,
        )
        if n == 1:
            _link(profile, *pieces)
        elif n == 2:
            _link(profile, crowded, quiet)
        else:
            _link(profile, crowded)
        people.append(profile)
    _sync_welsh()
    return {
        "crowded": crowded,
        "quiet": quiet,
        "prolific": people[1],
        "single": people[4],
    }


def _count(client, url: str) -> tuple[int, str]:
    client.get(url)  # warm the per-process caches (site root paths, terms)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries), response.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize("prefix", ["", "/cy"])
def test_practice_page_stays_within_budget(
    client, busy, prefix, django_assert_max_num_queries
):
    url = prefix + busy["crowded"].url
    client.get(url)
    with django_assert_max_num_queries(20):
        response = client.get(url)
    assert _people(response.content.decode()).count("<li>") == 5


@pytest.mark.django_db
@pytest.mark.parametrize("prefix", ["", "/cy"])
def test_profile_page_stays_within_budget(
    client, busy, prefix, django_assert_max_num_queries
):
    url = prefix + busy["prolific"].url
    client.get(url)
    with django_assert_max_num_queries(15):
        response = client.get(url)
    html = response.content.decode()
    assert html.count("<li><a href=") >= 8


@pytest.mark.django_db
@pytest.mark.parametrize("prefix", ["", "/cy"])
def test_for_members_the_cost_does_not_grow_with_the_links(member_client, busy, prefix):
    """Signed-in pages cost a few queries more (session, user, the user bar's
    permission checks) but the same whether eight people or two are linked."""
    crowded, html = _count(member_client, prefix + busy["crowded"].url)
    assert _people(html).count("<li>") == 8
    quiet, html = _count(member_client, prefix + busy["quiet"].url)
    assert _people(html).count("<li>") == 2
    assert crowded == quiet
    prolific, html = _count(member_client, prefix + busy["prolific"].url)
    single, _html = _count(member_client, prefix + busy["single"].url)
    assert prolific == single


@pytest.mark.django_db
def test_demo_links_profiles_to_the_practice_they_led(client):
    ctx = DemoContext(stdout=io.StringIO())
    practice_demo.seed(ctx)
    directory_demo.seed(ctx)
    en = ExpertProfilePage.objects.filter(locale__language_code="en-gb")
    amara = en.get(slug="amara-okafor")
    assert set(amara.led_practice.values_list("slug", flat=True)) == {
        "one-phonics-programme-across-three-severn-vale-primaries"
    }
    gareth = en.get(slug="gareth-lewis")
    assert set(gareth.led_practice.values_list("slug", flat=True)) == {
        "peer-review-between-two-trust-chief-executives",
        "whole-trust-marking-policy-did-not-cut-workload",
    }
    # The links are in the published revision, so the editor's form keeps them.
    latest = gareth.get_latest_revision_as_object()
    assert {p.slug for p in latest.led_practice.all()} == {
        "peer-review-between-two-trust-chief-executives",
        "whole-trust-marking-policy-did-not-cut-workload",
    }
    linked = en.filter(led_practice__isnull=False).distinct().count()
    assert linked >= 40

    # The members-only chief executive's co-reviewer is hidden from the public.
    study = PracticePage.objects.get(
        slug="peer-review-between-two-trust-chief-executives",
        locale__language_code="en-gb",
    )
    people = _people(client.get(study.url).content.decode())
    assert "Gareth Lewis" in people and "Priya Nair" not in people

    links = ExpertProfilePage.led_practice.through.objects.count()
    revisions = Revision.objects.count()
    out = io.StringIO()
    directory_demo.seed(DemoContext(stdout=out))
    assert ExpertProfilePage.led_practice.through.objects.count() == links
    assert Revision.objects.count() == revisions
    assert "Linked" not in out.getvalue()


@pytest.mark.django_db
def test_demo_links_profiles_seeded_before_the_links_existed():
    ctx = DemoContext(stdout=io.StringIO())
    directory_demo.seed(ctx)  # no practice yet: nothing to link
    amara = ExpertProfilePage.objects.get(
        slug="amara-okafor", locale__language_code="en-gb"
    )
    assert not amara.led_practice.exists()
    practice_demo.seed(ctx)
    out = io.StringIO()
    directory_demo.seed(DemoContext(stdout=out))
    assert "Linked" in out.getvalue()
    assert amara.led_practice.filter(
        slug="one-phonics-programme-across-three-severn-vale-primaries"
    ).exists()


@pytest.mark.django_db
def test_editors_choose_from_english_practice(client, leader, case_study):
    _sync_welsh()
    admin = get_user_model().objects.create_superuser("boss", password="pw")
    client.force_login(admin)
    html = client.get(f"/admin/pages/{leader.pk}/edit/").content.decode()
    field = re.search(r'<select name="led_practice".*?</select>', html, re.S).group(0)
    assert re.search(rf'<option value="{case_study.pk}"[^>]*selected', field)
    # Welsh pages are translations of these: they are never linked directly.
    assert f'value="{_welsh(case_study).pk}"' not in field
