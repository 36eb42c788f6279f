"""Shared fixtures.

The site shell (home pages in both languages, the section index pages and the
member trusts with their sections) is built once per test database by the
same seeders `seed_demo` uses, then every test runs inside a transaction that
rolls back. Content a test needs beyond that comes from the factories.
"""

from __future__ import annotations

import io

from django.core.cache import cache
from django.utils import translation

from wagtail.models import Locale

import pytest


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    from home import demo as home_demo
    from trusts import demo as trusts_demo

    with django_db_blocker.unblock():
        ctx = home_demo.DemoContext(stdout=io.StringIO())
        home_demo.seed_site(ctx)
        trusts_demo.seed(ctx)
        home_demo.sync_welsh_tree(ctx)


@pytest.fixture
def data_cache(settings):
    """The data cache (home/data_cache.py) on, as it is with Redis."""
    settings.DATA_CACHE_SECONDS = 60
    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def _isolated_cache_and_language():
    cache.clear()
    yield
    cache.clear()
    translation.activate("en-gb")


@pytest.fixture
def en(db) -> Locale:
    return Locale.objects.get(language_code="en-gb")


@pytest.fixture
def cy(db) -> Locale:
    return Locale.objects.get(language_code="cy")


@pytest.fixture
def home_page(db):
    from home.models import HomePage

    return HomePage.objects.get(locale__language_code="en-gb")


@pytest.fixture
def trust(db):
    """A demo member trust (English), with its sections in place."""
    from trusts.models import TrustPage

    return TrustPage.objects.get(
        slug="severn-vale-learning-trust", locale__language_code="en-gb"
    )


@pytest.fixture
def other_trust(db):
    from trusts.models import TrustPage

    return TrustPage.objects.get(
        slug="moorland-academies-trust", locale__language_code="en-gb"
    )


# People: trust A is `trust`, trust B `other_trust`. Files that need other
# people (or other names) define their own fixtures, which take precedence.
@pytest.fixture
def editor_a(trust):
    from tests.trusts.factories import trust_user
    from trusts.models import TrustAccount

    return trust_user("a-editor", trust, TrustAccount.Role.EDITOR)


@pytest.fixture
def editor_b(other_trust):
    from tests.trusts.factories import trust_user
    from trusts.models import TrustAccount

    return trust_user("b-editor", other_trust, TrustAccount.Role.EDITOR)


@pytest.fixture
def teacher(trust):
    from tests.trusts.factories import trust_user
    from trusts.models import TrustAccount

    return trust_user("a-teacher", trust, TrustAccount.Role.MEMBER)


@pytest.fixture
def moderator(db):
    from tests.trusts.factories import alliance_moderator

    return alliance_moderator()
