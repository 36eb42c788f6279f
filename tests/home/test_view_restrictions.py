"""BasePage.get_view_restrictions: Wagtail's answer, in fewer queries."""

from __future__ import annotations

import io

from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.models import Page, PageViewRestriction

import pytest

from home.demo import DemoContext, sync_welsh_tree
from tests.directory.factories import ExpertProfilePageFactory
from tests.practice.factories import CaseStudyPageFactory, section


@pytest.fixture
def restricted_tree(db):
    CaseStudyPageFactory(parent=section())
    ExpertProfilePageFactory(visibility="members", publish=True)
    PageViewRestriction.objects.create(
        page=section(), restriction_type=PageViewRestriction.LOGIN
    )
    sync_welsh_tree(DemoContext(stdout=io.StringIO()))


@pytest.mark.django_db
def test_same_restrictions_as_wagtail_for_every_page(restricted_tree):
    pages = [p.specific for p in Page.objects.filter(depth__gt=1)]
    aliases = [p for p in pages if p.alias_of_id]
    assert aliases, "the Welsh tree should hold aliases"
    restricted = 0
    for page in pages:
        ours = set(page.get_view_restrictions().values_list("pk", flat=True))
        wagtails = set(Page.get_view_restrictions(page).values_list("pk", flat=True))
        assert ours == wagtails, page.url_path
        restricted += bool(ours)
    assert restricted >= 4  # the section, its case study, both in Welsh too


@pytest.mark.django_db
def test_a_welsh_alias_costs_fewer_queries(restricted_tree):
    page = (
        Page.objects.filter(alias_of__isnull=False, locale__language_code="cy")
        .order_by("-depth")
        .first()
        .specific
    )
    with CaptureQueriesContext(connection) as ours:
        list(page.get_view_restrictions())
    page = type(page).objects.get(pk=page.pk)
    with CaptureQueriesContext(connection) as wagtails:
        list(Page.get_view_restrictions(page))
    assert len(ours) < len(wagtails)
