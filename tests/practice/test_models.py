"""Practice page models: tree rules, derived fields, validation, i18n, API."""

from __future__ import annotations

import datetime

from django.core.exceptions import ValidationError

from wagtail.models import Locale
from wagtail.search import index
from wagtail.test.utils import WagtailPageTestCase
from wagtail_localize.fields import SynchronizedField, TranslatableField

import pytest
from wagtail_factories import ImageFactory

from practice.models import (
    CaseStudyPage,
    PracticeIndexPage,
    PracticePage,
    PracticeType,
    TrustPracticeIndexPage,
    WhatWorksPage,
)
from tests.practice.factories import (
    CaseStudyPageFactory,
    RichTextBlockFactory,
    WhatWorksPageFactory,
    element,
    library,
    phase,
    region,
    section,
)


class TestTreeRules(WagtailPageTestCase):
    def test_library_and_trust_sections_hold_both_kinds(self):
        self.assertAllowedSubpageTypes(
            PracticeIndexPage, {TrustPracticeIndexPage, CaseStudyPage, WhatWorksPage}
        )
        self.assertAllowedSubpageTypes(
            TrustPracticeIndexPage, {CaseStudyPage, WhatWorksPage}
        )

    def test_both_kinds_sit_in_the_library_or_a_trust_section(self):
        for model in (CaseStudyPage, WhatWorksPage):
            self.assertAllowedParentPageTypes(
                model, {PracticeIndexPage, TrustPracticeIndexPage}
            )
            self.assertCanCreateAt(TrustPracticeIndexPage, model)
            self.assertCanCreateAt(PracticeIndexPage, model)

    def test_both_kinds_are_leaves(self):
        self.assertAllowedSubpageTypes(CaseStudyPage, set())
        self.assertAllowedSubpageTypes(WhatWorksPage, set())

    def test_the_shared_base_cannot_be_created(self):
        self.assertFalse(PracticePage.is_creatable)
        self.assertNotIn(PracticePage, PracticeIndexPage.creatable_subpage_models())
        self.assertNotIn(
            PracticePage, TrustPracticeIndexPage.creatable_subpage_models()
        )


@pytest.mark.django_db
def test_trust_region_and_type_are_derived(trust):
    page = CaseStudyPageFactory(parent=section(trust.slug))
    page.refresh_from_db()
    assert page.trust_id == trust.pk
    assert page.region_id == trust.region_id
    assert page.practice_type == PracticeType.CASE_STUDY
    post = WhatWorksPageFactory(parent=section(trust.slug))
    assert post.practice_type == PracticeType.WHAT_WORKS


@pytest.mark.django_db
def test_alliance_pieces_have_no_trust():
    page = CaseStudyPageFactory(parent=library(), region=region("wales"))
    page.refresh_from_db()
    assert page.trust is None
    assert page.region.slug == "wales"


@pytest.mark.django_db
def test_an_explicit_region_is_kept(trust):
    page = CaseStudyPageFactory(parent=section(trust.slug), region=region("london"))
    page.refresh_from_db()
    assert page.region.slug == "london"


@pytest.mark.django_db
def test_moving_a_page_to_another_section_changes_its_trust(trust, other_trust):
    page = CaseStudyPageFactory(parent=section(trust.slug))
    page.move(section(other_trust.slug), pos="last-child")
    page = CaseStudyPage.objects.get(pk=page.pk)
    page.save()  # publishing a revision saves the page in full
    page.refresh_from_db()
    assert page.trust_id == other_trust.pk


@pytest.mark.django_db
def test_an_image_needs_alt_text():
    page = CaseStudyPageFactory.build(image=ImageFactory(), image_alt=" ")
    with pytest.raises(ValidationError) as error:
        page.clean()
    assert "image_alt" in error.value.message_dict


@pytest.mark.django_db
def test_review_cannot_come_before_publication():
    page = WhatWorksPageFactory.build(
        publication_date=datetime.date(2025, 5, 1),
        last_reviewed=datetime.date(2025, 4, 1),
    )
    with pytest.raises(ValidationError) as error:
        page.clean()
    assert "last_reviewed" in error.value.message_dict


@pytest.mark.django_db
def test_reading_time_counts_the_words_a_reader_reads():
    short = WhatWorksPageFactory(summary="Short.", lesson="Brief.")
    assert short.reading_minutes == 1
    paragraph = " ".join(["word"] * 450)
    long = CaseStudyPageFactory(
        context=paragraph,
        body__0__paragraph__value=paragraph,
        body__1__quote__text=paragraph,
    )
    # 1,350 words and the rest of the page's text, at 200 words a minute.
    assert 7 <= long.reading_minutes <= 9


def test_text_is_translated_and_taxonomy_synchronised():
    def kinds(model):
        return {
            f.field_name: type(f)
            for f in model.translatable_fields
            if isinstance(f, SynchronizedField | TranslatableField)
        }

    fields = kinds(CaseStudyPage)
    for name in ("title", "summary", "context", "challenge", "body", "impact"):
        assert fields[name] is TranslatableField, name
    for name in (
        "slug",
        "trust",
        "elements",
        "phases",
        "region",
        "tagged_items",
        "publication_date",
        "last_reviewed",
        "image",
        "schools",
    ):
        assert fields[name] is SynchronizedField, name
    post = kinds(WhatWorksPage)
    assert post["verdict"] is SynchronizedField
    assert post["lesson"] is TranslatableField


def test_search_fields_boost_text_and_filter_the_taxonomy():
    fields = CaseStudyPage.search_fields
    boosts = {f.field_name: f.boost for f in fields if isinstance(f, index.SearchField)}
    assert boosts["title"] > 1 and boosts["summary"] > 1
    assert any(
        isinstance(f, index.AutocompleteField) and f.field_name == "title"
        for f in fields
    )
    filters = {f.field_name for f in fields if isinstance(f, index.FilterField)}
    assert {"locale", "trust", "region", "practice_type"} <= filters
    related = {f.field_name for f in fields if isinstance(f, index.RelatedFields)}
    assert {"elements", "phases", "tags"} <= related


@pytest.mark.django_db
def test_welsh_translation_keeps_the_taxonomy(cy):
    page = CaseStudyPageFactory(
        elements=[element("2B"), element("3C")],
        phases=[phase("secondary")],
        tags=["coaching", "retention"],
    )
    translation = page.copy_for_translation(cy)
    assert translation.locale == cy
    assert {e.code for e in translation.elements.all()} == {"2B", "3C"}
    assert {p.slug for p in translation.phases.all()} == {"secondary"}
    assert {t.name for t in translation.tags.all()} == {"coaching", "retention"}
    assert translation.trust_id == page.trust_id
    assert translation.publication_date == page.publication_date


@pytest.mark.django_db
def test_public_api_shows_the_taxonomy_and_nothing_personal(client):
    CaseStudyPageFactory(
        people_involved="Jane Example, Sam Sample",
        elements=[element("4A")],
        tags=["curriculum"],
    )
    response = client.get(
        "/api/v2/pages/", {"type": "practice.CaseStudyPage", "fields": "*"}
    )
    assert response.status_code == 200
    item = response.json()["items"][0]
    assert item["element_codes"] == ["4A"]
    assert item["tag_names"] == ["curriculum"]
    assert item["trust_slug"] == "severn-vale-learning-trust"
    assert item["practice_type"] == "case-study"
    assert "Jane Example" not in response.content.decode()
    assert "people_involved" not in item
    assert "schools" not in item


@pytest.mark.django_db
def test_body_blocks_render_with_their_templates(client):
    page = CaseStudyPageFactory(
        body__0__key_figure__value="58% → 22%",
        body__0__key_figure__label="pupils referred again",
        body__1__differently__text=RichTextBlockFactory(value="Start smaller."),
        body__2__heading__text="In more detail",
    )
    html = client.get(page.url).content.decode()
    assert '<span class="key-figure__value">58% → 22%</span>' in html
    assert 'class="callout callout--differently"' in html
    assert "<h2>In more detail</h2>" in html


@pytest.mark.django_db
def test_locale_default_is_english_for_factory_pages():
    page = CaseStudyPageFactory()
    assert page.locale == Locale.get_default()
