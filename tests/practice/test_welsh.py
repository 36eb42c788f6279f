"""Welsh demo practice (issue #7): some pieces translated, the rest deliberately not.

The demo is seeded once for the class (as `seed_demo` does: the practice,
the Welsh tree, then the Welsh translations). A translated piece reads in
Welsh under /cy/; an untranslated one shows its English text, marked
`lang="en-GB"`, inside Welsh furniture with a notice; both carry hreflang
alternates to each other, and dates are in Welsh on Welsh pages.
"""

from __future__ import annotations

import io
import re

from django.contrib.auth import get_user_model
from django.test import TestCase

from wagtail.models import Locale, Page, Revision
from wagtail_localize.models import StringTranslation, Translation

from home.demo import DemoContext, sync_welsh_tree
from practice import demo
from practice.demo_content import CASE_STUDIES, POSTS
from practice.demo_content.welsh import WELSH_PRACTICE
from practice.models import CaseStudyPage, PracticePage, WhatWorksPage

NOTICE_CY = "Nid yw'r dudalen hon wedi'i chyfieithu i'r Gymraeg eto"
NOTICE_EN = "This page has not been translated into Welsh yet"

TRANSLATED = "bilingual-teaching-and-welsh-immersion-in-the-dyfi-valley"
TRANSLATED_POST = "whole-trust-marking-policy-did-not-cut-workload"
UNTRANSLATED = "six-week-return-plans-from-alternative-provision"


def _h1(html: str) -> str:
    return re.search(r"<h1[^>]*>.*?</h1>", html, re.S).group(0)


def test_the_welsh_data_covers_what_the_issue_asks_for():
    rows = {row["slug"]: row for row in [*CASE_STUDIES, *POSTS]}
    assert len(WELSH_PRACTICE) >= 8
    assert set(WELSH_PRACTICE) <= set(rows)
    case_studies = {row["slug"] for row in CASE_STUDIES}
    assert 0 < len(set(WELSH_PRACTICE) & case_studies) < len(WELSH_PRACTICE)
    for slug, welsh in WELSH_PRACTICE.items():
        english = rows[slug]
        assert welsh["title"] != english["title"]
        if "what_we_did" in english:
            assert len(welsh["what_we_did"]) == len(english["what_we_did"])
        else:
            assert len(welsh["body"]) == len(english["body"])


class WelshDemoPracticeTests(TestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        cls.ctx = DemoContext(stdout=io.StringIO())
        demo.seed(cls.ctx)
        sync_welsh_tree(cls.ctx)
        demo.seed_welsh(cls.ctx)
        cls.cy = Locale.objects.get(language_code="cy")

    def english(self, slug: str) -> PracticePage:
        return PracticePage.objects.get(slug=slug, locale__language_code="en-gb")

    def welsh(self, slug: str) -> PracticePage:
        return PracticePage.objects.get(
            translation_key=self.english(slug).translation_key,
            locale__language_code="cy",
        ).specific

    def test_at_least_eight_pieces_of_both_kinds_are_translated(self):
        translated = PracticePage.objects.filter(locale=self.cy, alias_of__isnull=True)
        assert translated.count() == len(WELSH_PRACTICE) >= 8
        assert CaseStudyPage.objects.filter(
            locale=self.cy, alias_of__isnull=True
        ).exists()
        assert WhatWorksPage.objects.filter(
            locale=self.cy, alias_of__isnull=True
        ).exists()
        # The others are deliberately left as aliases of the English.
        assert PracticePage.objects.filter(
            locale=self.cy, alias_of__isnull=False
        ).count() == PracticePage.objects.filter(
            locale__language_code="en-gb"
        ).count() - len(WELSH_PRACTICE)
        assert all(page.live for page in translated)
        assert not any(page.has_unpublished_changes for page in translated)

    def test_a_translated_case_study_reads_in_welsh(self):
        page = self.welsh(TRANSLATED)
        assert page.url.startswith("/cy/practice/")
        html = self.client.get(page.url).content.decode()
        assert '<html lang="cy">' in html
        h1 = _h1(html)
        assert "Dwy iaith, un ystafell ddosbarth" in h1
        assert 'lang="en-GB"' not in h1
        assert NOTICE_CY not in html and NOTICE_EN not in html
        # The structured text, the body blocks and the Welsh interface.
        assert "trawsieithu wedi'i gynllunio" in html
        assert "17 o 19" in html
        assert "Roedd hi&#x27;n dawel am fis." in html
        assert "Beth fydden ni'n ei wneud yn wahanol" in html
        assert "Two languages, one classroom" not in html

    def test_a_translated_post_reads_in_welsh(self):
        page = self.welsh(TRANSLATED_POST)
        html = self.client.get(page.url).content.decode()
        assert "Ychwanegodd ein polisi marcio" in _h1(html)
        assert "gwers ymateb" in html
        assert NOTICE_CY not in html

    def test_an_untranslated_piece_is_english_in_welsh_furniture(self):
        page = self.welsh(UNTRANSLATED)
        assert page.alias_of_id
        html = self.client.get(page.url).content.decode()
        assert '<html lang="cy">' in html
        assert NOTICE_CY in html
        h1 = _h1(html)
        assert 'lang="en-GB"' in h1
        assert "Six-week return plans" in h1
        assert 'class="prose practice-main" lang="en-GB"' in html

    def test_hreflang_alternates_point_to_both_languages(self):
        english, welsh = self.english(TRANSLATED), self.welsh(TRANSLATED)
        for url in (english.url, welsh.url):
            html = self.client.get(url).content.decode()
            assert (
                f'<link rel="alternate" hreflang="en-GB" '
                f'href="http://testserver{english.url}">'
            ) in html
            assert (
                f'<link rel="alternate" hreflang="cy" '
                f'href="http://testserver{welsh.url}">'
            ) in html
            assert (
                f'<link rel="alternate" hreflang="x-default" '
                f'href="http://testserver{english.url}">'
            ) in html

    def test_the_welsh_library_lists_welsh_titles(self):
        html = self.client.get("/cy/practice/?trust=dyfi-valley-learning-partnership")
        html = html.content.decode()
        assert "Dwy iaith, un ystafell ddosbarth" in html
        assert "Two languages, one classroom" not in html
        # An untranslated piece is listed in English, marked as such.
        other = self.client.get(
            "/cy/practice/?trust=northern-lights-academy-trust"
        ).content.decode()
        assert re.search(r'lang="en-GB">Six-week return plans', other)

    def test_dates_are_in_welsh_on_welsh_pages(self):
        # Published 14 May 2025, last reviewed 1 December 2025.
        welsh = self.client.get(self.welsh(TRANSLATED).url).content.decode()
        assert "14 Mai 2025" in welsh
        assert "1 Rhagfyr 2025" in welsh
        english = self.client.get(self.english(TRANSLATED).url).content.decode()
        assert "14 May 2025" in english
        # An untranslated page is still Welsh furniture: its dates too.
        untranslated = self.client.get(self.welsh(UNTRANSLATED).url)
        assert "12 Mawrth 2025" in untranslated.content.decode()

    def test_the_translation_stays_editable_in_wagtail_localize(self):
        english, welsh = self.english(TRANSLATED), self.welsh(TRANSLATED)
        translation = Translation.objects.get(
            source__object_id=english.translation_key, target_locale=self.cy
        )
        assert translation.enabled
        strings = StringTranslation.objects.filter(
            context__object_id=english.translation_key, locale=self.cy
        )
        assert strings.filter(data__startswith="Dwy iaith").exists()
        # Every string of the English page has its Welsh translation.
        total, done = translation.get_progress()
        assert total > 10 and done == total
        admin = get_user_model().objects.create_superuser("welsh-admin", "", "pw")
        self.client.force_login(admin)
        response = self.client.get(f"/admin/pages/{welsh.pk}/edit/")
        assert response.status_code == 200
        # wagtail-localize's translation editor, not Wagtail's page form.
        assert 'class="js-translation-editor"' in response.content.decode()

    def test_reseeding_changes_nothing(self):
        revisions = Revision.objects.count()
        pages = Page.objects.count()
        out = io.StringIO()
        demo.seed_welsh(DemoContext(stdout=out))
        assert Revision.objects.count() == revisions
        assert Page.objects.count() == pages
        assert "Translated" not in out.getvalue()

    def test_welsh_search_finds_welsh_text(self):
        response = self.client.get("/cy/search/", {"q": "trawsieithu"})
        assert response.status_code == 200
        assert self.welsh(TRANSLATED).url in response.content.decode()
