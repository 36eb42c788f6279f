"""The moderators' CSV export: complete, with emails, and never public."""

from __future__ import annotations

import csv
import io

from django.test import Client

import pytest

from tests.directory.factories import ExpertProfilePageFactory

EXPORT_URL = "/admin/directory/export.csv"


def _rows(response) -> list[dict[str, str]]:
    text = b"".join(response.streaming_content).decode()
    return list(csv.DictReader(io.StringIO(text)))


@pytest.fixture
def profiles(section):
    return [
        ExpertProfilePageFactory(
            parent=section,
            title="Export One",
            email="one@example.org",
            subjects=["maths"],
        ),
        ExpertProfilePageFactory(
            parent=section,
            title='=HYPERLINK("http://evil")',
            email="two@example.org",
            visibility="members",
        ),
    ]


@pytest.mark.django_db
def test_moderators_can_export_every_profile_with_its_email(
    client, moderator, profiles
):
    client.force_login(moderator)
    response = client.get(EXPORT_URL)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert "attachment" in response["Content-Disposition"]
    rows = _rows(response)
    by_email = {row["email"]: row for row in rows}
    assert set(by_email) == {"one@example.org", "two@example.org"}
    assert by_email["one@example.org"]["subjects"] == "maths"
    assert by_email["two@example.org"]["visibility"] == "members"
    # A cell that a spreadsheet would run as a formula is defused.
    assert by_email["two@example.org"]["name"].startswith("'=")


@pytest.mark.django_db
def test_anonymous_visitors_are_refused(profiles):
    response = Client().get(EXPORT_URL)
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


@pytest.mark.django_db
def test_staff_without_the_permission_are_refused(client, editor, profiles):
    client.force_login(editor)
    response = client.get(EXPORT_URL)
    assert response.status_code in (302, 403)
    assert not response.get("Content-Type", "").startswith("text/csv")


@pytest.mark.django_db
def test_signed_in_members_are_refused(member_client, profiles):
    response = member_client.get(EXPORT_URL)
    assert response.status_code in (302, 403)
    assert not response.get("Content-Type", "").startswith("text/csv")


@pytest.mark.django_db
def test_menu_item_only_for_those_allowed(client, moderator, editor):
    client.force_login(moderator)
    assert EXPORT_URL.encode() in client.get("/admin/").content
    client.force_login(editor)
    assert EXPORT_URL.encode() not in client.get("/admin/").content
