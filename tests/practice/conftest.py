"""Fixtures for the practice library's tests."""

from __future__ import annotations

from wagtail.models import Locale, Page
from wagtail_localize.synctree import synchronize_tree

import pytest


@pytest.fixture
def sync_welsh(db):
    """Give every English page a Welsh alias (as seed_demo and the admin do)."""

    def sync() -> None:
        synchronize_tree(
            Locale.objects.get(language_code="en-gb"),
            Locale.objects.get(language_code="cy"),
        )

    return sync


@pytest.fixture
def welsh(db):
    """The Welsh alias of an English page."""

    def get(page: Page) -> Page:
        return Page.objects.get(
            translation_key=page.translation_key, locale__language_code="cy"
        ).specific

    return get
