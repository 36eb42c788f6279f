"""Fixtures for the self-review tests: people, and a helper for full reviews."""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.test import Client

from wagtail.models import Locale
from wagtail_localize.synctree import synchronize_tree

import pytest

from directory.models.profiles import MEMBERS_GROUP_NAME

CODES = ["1a", "1b", "1c", "2a", "2b", "3a", "3b", "3c", "4a", "4b", "5a", "5b"]


def review(default: str = "green", **ratings: str) -> dict[str, str]:
    """Query parameters for a complete review: every element `default`,
    except those given (`review(_3a="red")` or `review(**{"3a": "red"})`)."""
    params = dict.fromkeys(CODES, default)
    params.update({key.lstrip("_"): value for key, value in ratings.items()})
    return params


@pytest.fixture
def members_group(db) -> Group:
    group, _created = Group.objects.get_or_create(name=MEMBERS_GROUP_NAME)
    return group


def _user(username: str, **extra):
    return get_user_model().objects.create_user(username, password="pw", **extra)


@pytest.fixture
def member(members_group):
    user = _user("review-member")
    user.groups.add(members_group)
    return user


@pytest.fixture
def other_member(members_group):
    user = _user("review-colleague")
    user.groups.add(members_group)
    return user


@pytest.fixture
def moderator(members_group):
    """An alliance moderator: staff, in Moderators, with every permission on
    saved reviews a group could be given (none of them lets them see one)."""
    user = _user("review-moderator", is_staff=True)
    group, _created = Group.objects.get_or_create(name="Moderators")
    group.permissions.add(
        Permission.objects.get(codename="access_admin"),
        *Permission.objects.filter(content_type__app_label="selfreview"),
    )
    user.groups.add(group, members_group)
    return user


@pytest.fixture
def superuser(db):
    return get_user_model().objects.create_superuser(
        "review-admin", "admin@example.org", "pw"
    )


def client_for(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def sync_welsh(db):
    """Give every English page a Welsh alias (as seed_demo and the admin do)."""

    def sync() -> None:
        synchronize_tree(
            Locale.objects.get(language_code="en-gb"),
            Locale.objects.get(language_code="cy"),
        )

    return sync
