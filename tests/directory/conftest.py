"""Fixtures for the Directory of Expertise tests."""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission

from wagtail.models import Locale, Page

import pytest

from directory.models.profiles import MEMBERS_GROUP_NAME
from tests.directory.factories import ExpertProfilePageFactory, directory_section


@pytest.fixture
def section(db):
    return directory_section("severn-vale-learning-trust")


@pytest.fixture
def other_section(db):
    return directory_section("moorland-academies-trust")


@pytest.fixture
def make_profile(db):
    return ExpertProfilePageFactory


@pytest.fixture
def welsh_alias(db):
    """Give an English profile its Welsh alias, as the tree sync does."""

    def make(page: Page) -> Page:
        cy = Locale.objects.get(language_code="cy")
        parent = page.get_parent().get_translation(cy)
        return page.create_alias(parent=parent, update_locale=cy).specific

    return make


@pytest.fixture
def member(db):
    user = get_user_model().objects.create_user("member-user", password="pw")
    group, _ = Group.objects.get_or_create(name=MEMBERS_GROUP_NAME)
    user.groups.add(group)
    return user


@pytest.fixture
def member_client(client, member):
    client.force_login(member)
    return client


@pytest.fixture
def moderator(db):
    """A staff user in a group that may export and see support requests."""
    user = get_user_model().objects.create_user(
        "mod-user", password="pw", is_staff=True
    )
    group, _ = Group.objects.get_or_create(name="Test moderators")
    group.permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(codename="export_directory"),
        Permission.objects.get(codename="view_supportrequest"),
        Permission.objects.get(codename="change_supportrequest"),
    )
    user.groups.add(group)
    return user


@pytest.fixture
def editor(db):
    """Staff with admin access but none of the directory's moderator rights."""
    user = get_user_model().objects.create_user(
        "editor-user", password="pw", is_staff=True
    )
    group, _ = Group.objects.get_or_create(name="Test editors")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    user.groups.add(group)
    return user
