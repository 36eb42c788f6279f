"""The expert profile page: its rules, its fields, visibility and rendering."""

from __future__ import annotations

import datetime as dt
import json
import re

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.test import SimpleTestCase

from wagtail.models import Locale, PageViewRestriction
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import (
    inline_formset,
    nested_form_data,
    rich_text,
)

import pytest

from directory.models import (
    DirectoryIndexPage,
    ExpertDesignation,
    ExpertProfilePage,
    Subject,
    Term,
    TrustDirectoryIndexPage,
)
from directory.models.profiles import MEMBERS_GROUP_NAME, available_q
from tests.directory.factories import ExpertProfilePageFactory, directory_section
from trusts.models import School

# -- terms --------------------------------------------------------------------------


class TermTests(SimpleTestCase):
    def test_terms_follow_the_english_school_year(self):
        assert Term.for_date(dt.date(2025, 9, 10)).code == "2025-autumn"
        assert Term.for_date(dt.date(2025, 12, 31)).code == "2025-autumn"
        assert Term.for_date(dt.date(2026, 1, 5)).code == "2026-spring"
        assert Term.for_date(dt.date(2026, 4, 20)).code == "2026-summer"
        # August looks ahead to the autumn term.
        assert Term.for_date(dt.date(2026, 8, 15)).code == "2026-autumn"

    def test_shifting_crosses_school_years(self):
        summer = Term.for_date(dt.date(2026, 5, 1))
        assert [summer.shift(n).code for n in range(4)] == [
            "2026-summer",
            "2026-autumn",
            "2027-spring",
            "2027-summer",
        ]

    def test_codes_round_trip(self):
        for code in ("2025-autumn", "2026-spring", "2026-summer"):
            assert Term.from_code(code).code == code
        assert Term.from_code("next-term") is None
        assert Term.from_code("2026-winter") is None

    def test_labels_are_readable(self):
        assert Term.from_code("2026-spring").label == "Spring term 2026"

    def test_upcoming_is_this_term_and_the_next_two(self):
        codes = [t.code for t in Term.upcoming(3, dt.date(2026, 2, 1))]
        assert codes == ["2026-spring", "2026-summer", "2026-autumn"]


# -- the tree ----------------------------------------------------------------------


class ExpertProfileTreeTests(WagtailPageTestCase):
    def test_profiles_live_only_in_trust_sections(self):
        self.assertAllowedParentPageTypes(ExpertProfilePage, {TrustDirectoryIndexPage})

    def test_profiles_are_leaves(self):
        self.assertAllowedSubpageTypes(ExpertProfilePage, set())

    def test_sections_hold_profiles(self):
        self.assertAllowedSubpageTypes(TrustDirectoryIndexPage, {ExpertProfilePage})
        self.assertAllowedSubpageTypes(DirectoryIndexPage, {TrustDirectoryIndexPage})

    def test_profile_is_routable_and_renderable_in_both_languages(self):
        profile = ExpertProfilePageFactory(publish=True, subjects=["maths"])
        self.assertPageIsRoutable(profile)
        self.assertPageIsRenderable(profile)
        self.assertPageIsRenderable(profile, route_path="/contact/")
        cy = Locale.objects.get(language_code="cy")
        alias = profile.create_alias(
            parent=profile.get_parent().get_translation(cy), update_locale=cy
        ).specific
        # assertPageIsRoutable does not know the /cy/ prefix: ask the site.
        self.assertPageIsRenderable(alias)
        assert alias.url.startswith("/cy/directory/")
        assert self.client.get(alias.url).status_code == 200
        assert self.client.get(alias.url + "contact/").status_code == 200

    def test_directory_index_is_routable_and_renderable(self):
        for page in DirectoryIndexPage.objects.all():
            if page.locale.language_code == "en-gb":
                self.assertPageIsRoutable(page)
            self.assertPageIsRenderable(page)
            assert self.client.get(page.url).status_code == 200


# -- fields and rules --------------------------------------------------------------


@pytest.mark.django_db
def test_trust_and_region_come_from_the_section(section, trust):
    profile = ExpertProfilePageFactory(parent=section)
    assert profile.trust_id == trust.pk
    assert profile.region_id == trust.region_id


@pytest.mark.django_db
def test_profile_cannot_be_kept_without_consent(section):
    profile = ExpertProfilePageFactory(parent=section)
    profile.consent_to_list = False
    with pytest.raises(ValidationError) as error:
        profile.full_clean()
    assert "consent_to_list" in error.value.message_dict


@pytest.mark.django_db
def test_school_must_belong_to_the_trust(section, other_trust):
    profile = ExpertProfilePageFactory(parent=section)
    profile.school = School.objects.filter(trust=other_trust).first()
    with pytest.raises(ValidationError) as error:
        profile.full_clean()
    assert "school" in error.value.message_dict


@pytest.mark.django_db
def test_email_may_not_be_pasted_into_the_bio(section):
    profile = ExpertProfilePageFactory(parent=section, email="pat@example.org")
    profile.bio = "<p>Write to pat@example.org</p>"
    with pytest.raises(ValidationError) as error:
        profile.full_clean()
    assert "bio" in error.value.message_dict


@pytest.mark.django_db
def test_designation_year_cannot_be_in_the_future(section):
    profile = ExpertProfilePageFactory(parent=section)
    designation = ExpertDesignation(
        page=profile, title="SLE", awarded_by="A school", year=dt.date.today().year + 1
    )
    with pytest.raises(ValidationError):
        designation.full_clean()


@pytest.mark.django_db
def test_availability_and_staleness(section):
    this_term, next_term, after = Term.upcoming(3)
    now = ExpertProfilePageFactory(parent=section, available_terms=this_term.code)
    later = ExpertProfilePageFactory(parent=section, available_terms=after.code)
    paused = ExpertProfilePageFactory(
        parent=section, available_terms=next_term.code, not_available_now=True
    )
    no_days = ExpertProfilePageFactory(
        parent=section, available_terms=next_term.code, days_per_term=0
    )
    assert now.is_available and now.offers_support
    assert not later.is_available and later.offers_support
    assert not paused.is_available and not paused.offers_support
    assert not no_days.is_available
    matching = set(ExpertProfilePage.objects.filter(available_q()))
    assert now in matching and not {later, paused, no_days} & matching

    old = ExpertProfilePageFactory(
        parent=section, last_confirmed=dt.date.today() - dt.timedelta(days=400)
    )
    assert old.is_stale and not now.is_stale


# -- members-only visibility --------------------------------------------------------


def _our_restrictions(page):
    return PageViewRestriction.objects.filter(
        page=page,
        restriction_type=PageViewRestriction.GROUPS,
        groups__name=MEMBERS_GROUP_NAME,
    )


@pytest.mark.django_db
def test_members_only_profile_is_restricted_with_its_alias(section, welsh_alias):
    profile = ExpertProfilePageFactory(
        parent=section, visibility="members", publish=True
    )
    alias = welsh_alias(profile)
    assert _our_restrictions(profile).count() == 1
    assert _our_restrictions(alias).count() == 1
    assert not ExpertProfilePage.objects.public().filter(pk=profile.pk).exists()
    assert not ExpertProfilePage.objects.public().filter(pk=alias.pk).exists()

    profile.visibility = "public"
    profile.save_revision().publish()
    assert not _our_restrictions(profile).exists()
    assert not _our_restrictions(alias).exists()

    profile.visibility = "members"
    profile.save_revision().publish()
    assert _our_restrictions(profile).count() == 1
    assert _our_restrictions(alias).count() == 1


@pytest.mark.django_db
def test_a_draft_change_of_visibility_waits_for_publishing(section):
    profile = ExpertProfilePageFactory(parent=section, publish=True)
    profile.visibility = "members"
    profile.save_revision()  # a draft: the live profile is still public
    assert not _our_restrictions(profile).exists()
    profile.get_latest_revision().publish()
    assert _our_restrictions(profile).exists()


@pytest.mark.django_db
def test_translation_follows_the_original_visibility(section, cy):
    profile = ExpertProfilePageFactory(
        parent=section, visibility="members", publish=True
    )
    welsh = profile.copy_for_translation(cy, copy_parents=True)
    # Even if the translation's own field says public, the original decides.
    welsh.visibility = "public"
    welsh.save_revision().publish()
    assert _our_restrictions(welsh).exists()


# -- admin ------------------------------------------------------------------------


@pytest.mark.django_db
def test_admin_create_form(client, section, trust):
    admin = get_user_model().objects.create_superuser("boss", password="pw")
    client.force_login(admin)
    url = f"/admin/pages/add/directory/expertprofilepage/{section.pk}/"

    form_page = client.get(url)
    assert form_page.status_code == 200
    # The school picker offers only this trust's schools.
    own = School.objects.filter(trust=trust).first()
    other = School.objects.exclude(trust=trust).first()
    assert f'value="{own.pk}"'.encode() in form_page.content
    assert f'value="{other.pk}"'.encode() not in form_page.content

    this_term = Term.current()
    maths = Subject.objects.get(slug="maths", locale__language_code="en-gb")
    data = nested_form_data(
        {
            "title": "Rhiannon Example",
            "slug": "rhiannon-example",
            "role": "peer-reviewer",
            "job_title": "Deputy head",
            "school": own.pk,
            "region": "",
            "photo": "",
            "photo_alt": "",
            "designations": inline_formset(
                [
                    {
                        "title": "Peer reviewer",
                        "awarded_by": "Challenge Partners",
                        "year": 2020,
                    }
                ]
            ),
            "not_available_now": "",
            "days_per_term": 3,
            "bio": rich_text("<p>Peer reviews in primary schools.</p>"),
            "email": "rhiannon@example.org",
            "consent_to_list": "on",
            "visibility": "members",
            "last_confirmed": dt.date.today().isoformat(),
            "action-publish": "action-publish",
        }
    )
    # Multi-value fields after flattening (nested_form_data numbers lists).
    data["subjects"] = [maths.pk]
    data["available_terms"] = [this_term.code]
    response = client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    profile = ExpertProfilePage.objects.get(
        slug="rhiannon-example", locale__language_code="en-gb"
    )
    assert profile.live
    assert profile.trust == trust
    assert profile.available_terms == this_term.code
    assert list(profile.subjects.all()) == [maths]
    assert profile.designations.get().awarded_by == "Challenge Partners"
    assert _our_restrictions(profile).exists()
    # Wagtail-localize gave it a Welsh alias, restricted the same way.
    alias = ExpertProfilePage.objects.get(alias_of=profile)
    assert alias.locale.language_code == "cy"
    assert _our_restrictions(alias).exists()


@pytest.mark.django_db
def test_admin_form_requires_consent(client, section):
    admin = get_user_model().objects.create_superuser("boss2", password="pw")
    client.force_login(admin)
    url = f"/admin/pages/add/directory/expertprofilepage/{section.pk}/"
    data = nested_form_data(
        {
            "title": "No Consent",
            "slug": "no-consent",
            "role": "sle",
            "job_title": "Teacher",
            "designations": inline_formset([]),
            "days_per_term": 0,
            "bio": rich_text("<p>Hello.</p>"),
            "email": "nc@example.org",
            "visibility": "public",
            "last_confirmed": dt.date.today().isoformat(),
        }
    )
    response = client.post(url, data)
    assert response.status_code == 200
    assert not ExpertProfilePage.objects.filter(slug="no-consent").exists()


# -- what the page shows ----------------------------------------------------------


@pytest.mark.django_db
def test_profile_page_shows_designations_as_history(client, section):
    profile = ExpertProfilePageFactory(
        parent=section,
        role="sle",
        designations=[
            ("Specialist Leader of Education (SLE)", "Kings Teaching School", 2016)
        ],
        subjects=["maths"],
        elements=["3A"],
        email="private.person@example.org",
    )
    response = client.get(profile.url)
    content = response.content.decode()
    assert (
        "Awarded Specialist Leader of Education (SLE) by Kings Teaching School in 2016"
        in content
    )
    assert "closed the national Specialist Leader of Education" in content
    assert "private.person@example.org" not in content
    assert "Request support from" in content
    assert f'href="{profile.url}contact/"' in content


@pytest.mark.django_db
def test_json_ld_describes_a_person_without_contact_details(client, section):
    profile = ExpertProfilePageFactory(parent=section, subjects=["maths"])
    content = client.get(profile.url).content.decode()
    script = re.search(
        r'<script type="application/ld\+json">(.*?)</script>', content, re.S
    ).group(1)
    data = json.loads(script)
    assert data["@type"] == "Person"
    assert data["name"] == profile.title
    assert "Maths" in data["knowsAbout"]
    for key in ("email", "telephone", "contactPoint", "address"):
        assert key not in data
    assert "@" not in json.dumps(data).replace("@context", "").replace("@type", "")


@pytest.mark.django_db
def test_stale_profile_says_it_may_be_out_of_date(client, section):
    profile = ExpertProfilePageFactory(
        parent=section, last_confirmed=dt.date.today() - dt.timedelta(days=500)
    )
    assert b"May be out of date" in client.get(profile.url).content


@pytest.mark.django_db
def test_api_serves_profile_fields_but_never_the_email(client, section):
    profile = ExpertProfilePageFactory(
        parent=section, subjects=["maths"], email="api.hidden@example.org"
    )
    listing = client.get(
        "/api/v2/pages/", {"type": "directory.ExpertProfilePage", "fields": "*"}
    )
    assert listing.status_code == 200
    assert b"api.hidden@example.org" not in listing.content
    item = next(i for i in listing.json()["items"] if i["id"] == profile.pk)
    assert item["subject_slugs"] == ["maths"]
    assert "email" not in item
    detail = client.get(f"/api/v2/pages/{profile.pk}/")
    assert detail.status_code == 200
    assert b"api.hidden@example.org" not in detail.content
    # Filtering by email must not work as an oracle either.
    probe = client.get(
        "/api/v2/pages/",
        {"type": "directory.ExpertProfilePage", "email": "api.hidden@example.org"},
    )
    assert probe.status_code == 400


@pytest.mark.django_db
def test_section_redirects_to_the_filtered_directory(client, section):
    response = client.get(section.url)
    assert response.status_code == 302
    assert response["Location"].endswith(f"?trust={section.slug}")


@pytest.mark.django_db
def test_default_language_directory_exists():
    assert directory_section().trust.locale.language_code == "en-gb"


@pytest.mark.django_db
def test_admin_edit_form_and_preview(client, section):
    admin = get_user_model().objects.create_superuser("boss3", password="pw")
    client.force_login(admin)
    this_term = Term.current()
    profile = ExpertProfilePageFactory(
        parent=section, available_terms=this_term.code, subjects=["maths"], publish=True
    )
    edit = client.get(f"/admin/pages/{profile.pk}/edit/")
    assert edit.status_code == 200
    content = edit.content.decode()
    assert re.search(rf'value="{this_term.code}"[^>]*checked', content)

    # The preview shows unsaved choices, not what is in the database.
    maths, music = (
        Subject.objects.get(slug=s, locale__language_code="en-gb")
        for s in ("maths", "music")
    )
    data = nested_form_data(
        {
            "title": profile.title,
            "slug": profile.slug,
            "role": profile.role,
            "job_title": "Previewed job title",
            "designations": inline_formset([]),
            "days_per_term": 2,
            "bio": rich_text("<p>Preview bio.</p>"),
            "email": profile.email,
            "consent_to_list": "on",
            "visibility": "public",
            "last_confirmed": dt.date.today().isoformat(),
        }
    )
    data["subjects"] = [music.pk]
    preview_url = f"/admin/pages/{profile.pk}/edit/preview/"
    assert client.post(preview_url, data).json()["is_valid"]
    preview = client.get(preview_url, {"mode": ""})
    assert preview.status_code == 200
    assert b"Previewed job title" in preview.content
    assert b"Music" in preview.content
    assert (
        maths.name.encode()
        not in preview.content.split(b"<main")[1].split(b"</main>")[0]
    )
    assert profile.email.encode() not in preview.content


@pytest.mark.django_db
def test_moving_a_profile_to_another_trust_updates_the_trust(
    section, other_section, trust
):
    school = School.objects.filter(trust=trust).first()
    profile = ExpertProfilePageFactory(parent=section, school=school, publish=True)
    profile.move(other_section, pos="last-child")
    profile = ExpertProfilePage.objects.get(pk=profile.pk)
    profile.save_revision().publish()
    profile.refresh_from_db()
    assert profile.trust == other_section.trust
    assert profile.school is None
