"""Welsh demo profiles (issue #7): some translated, the rest deliberately not.

Seeded once for the class as `seed_demo` does (practice, profiles, the Welsh
tree, then the Welsh translations). A translated profile reads in Welsh
under /cy/; an untranslated one shows its English text marked
`lang="en-GB"` inside Welsh furniture with a notice. Members-only stays
members-only in Welsh, and a Welsh profile lists the Welsh titles of the
practice its person led.
"""

from __future__ import annotations

import io
import re

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import Client, TestCase
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import override

from wagtail.models import Locale, Revision

from directory import demo as directory_demo
from directory.demo_content.profiles import PROFILES
from directory.demo_content.welsh import WELSH_PROFILES
from directory.models import ExpertProfilePage
from directory.models.profiles import MEMBERS_GROUP_NAME
from home.demo import DemoContext, sync_welsh_tree
from practice import demo as practice_demo

NOTICE_CY = "Nid yw'r dudalen hon wedi'i chyfieithu i'r Gymraeg eto"

TRANSLATED = "sian-pritchard"
MEMBERS_ONLY = "priya-nair"
UNTRANSLATED = "liam-robson"


def _lead(html: str) -> str:
    """The job title line under the name."""
    return re.search(r'<p class="lead"[^>]*>.*?</p>', html, re.S).group(0)


def test_the_welsh_data_covers_what_the_issue_asks_for():
    rows = {row["slug"]: row for row in PROFILES}
    assert len(WELSH_PROFILES) >= 8
    assert set(WELSH_PROFILES) <= set(rows)
    assert any(rows[slug]["visibility"] == "members" for slug in WELSH_PROFILES)
    for slug, welsh in WELSH_PROFILES.items():
        assert welsh["job_title"] != rows[slug]["job_title"] or (
            welsh["job_title"] == "Pennaeth"
        )
        assert welsh["bio"] != rows[slug]["bio"]


class WelshDemoProfileTests(TestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        ctx = DemoContext(stdout=io.StringIO())
        practice_demo.seed(ctx)
        directory_demo.seed(ctx)
        sync_welsh_tree(ctx)
        practice_demo.seed_welsh(ctx)
        directory_demo.seed_welsh(ctx)
        cls.cy = Locale.objects.get(language_code="cy")
        cls.member = get_user_model().objects.create_user("welsh-member", "", "pw")
        cls.member.groups.add(Group.objects.get(name=MEMBERS_GROUP_NAME))

    def english(self, slug: str) -> ExpertProfilePage:
        return ExpertProfilePage.objects.get(slug=slug, locale__language_code="en-gb")

    def welsh(self, slug: str) -> ExpertProfilePage:
        return ExpertProfilePage.objects.get(
            translation_key=self.english(slug).translation_key,
            locale__language_code="cy",
        )

    def test_at_least_eight_profiles_are_translated(self):
        translated = ExpertProfilePage.objects.filter(
            locale=self.cy, alias_of__isnull=True
        )
        assert translated.count() == len(WELSH_PROFILES) >= 8
        assert all(p.live and not p.has_unpublished_changes for p in translated)
        # The rest are deliberately left as aliases of the English.
        assert ExpertProfilePage.objects.filter(
            locale=self.cy, alias_of__isnull=False
        ).count() == len(PROFILES) - len(WELSH_PROFILES)

    def test_a_translated_profile_reads_in_welsh(self):
        page = self.welsh(TRANSLATED)
        assert page.url.startswith("/cy/directory/")
        html = self.client.get(page.url).content.decode()
        assert '<html lang="cy">' in html
        lead = _lead(html)
        assert "Ymarferydd arweiniol, y Gymraeg" in lead
        assert 'lang="en-GB"' not in lead
        assert "Mae Sian yn addysgu Cymraeg" in html
        assert "teaches Welsh at Ysgol" not in html
        assert NOTICE_CY not in html
        # Synchronised fields stay the English profile's: the name, the trust.
        assert "<h1>Sian Pritchard</h1>" in html

    def test_an_untranslated_profile_is_english_in_welsh_furniture(self):
        page = self.welsh(UNTRANSLATED)
        assert page.alias_of_id
        html = self.client.get(page.url).content.decode()
        assert '<html lang="cy">' in html
        assert NOTICE_CY in html
        lead = _lead(html)
        assert 'lang="en-GB"' in lead
        assert self.english(UNTRANSLATED).job_title in lead
        assert re.search(r'<div class="prose" lang="en-GB">', html)

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

    def test_the_welsh_directory_lists_welsh_job_titles(self):
        html = self.client.get(
            "/cy/directory/?trust=dyfi-valley-learning-partnership"
        ).content.decode()
        assert "Ymarferydd arweiniol, y Gymraeg" in html
        assert "Lead practitioner, Welsh language" not in html

    def test_members_only_stays_members_only_in_welsh(self):
        page = self.welsh(MEMBERS_ONLY)
        assert page.alias_of_id is None
        anonymous = Client().get(page.url)
        assert anonymous.status_code == 302
        assert "login" in anonymous["Location"]
        self.client.force_login(self.member)
        html = self.client.get(page.url).content.decode()
        assert "Dirprwy bennaeth" in html
        listing = Client().get("/cy/directory/?q=Priya").content.decode()
        assert "Priya Nair" not in listing

    def test_dates_are_in_welsh_on_welsh_pages(self):
        page = self.english(TRANSLATED)
        with override("cy"):
            welsh_date = date_format(page.last_confirmed, "j F Y")
        with override("en-gb"):
            english_date = date_format(page.last_confirmed, "j F Y")
        months = [
            "Ionawr",
            "Chwefror",
            "Mawrth",
            "Ebrill",
            "Mai",
            "Mehefin",
            "Gorffennaf",
            "Awst",
            "Medi",
            "Hydref",
            "Tachwedd",
            "Rhagfyr",
        ]
        assert welsh_date.split()[1] in months
        assert (
            welsh_date in self.client.get(self.welsh(TRANSLATED).url).content.decode()
        )
        assert english_date in self.client.get(page.url).content.decode()
        assert page.last_confirmed < timezone.localdate()

    def test_a_welsh_profile_lists_the_welsh_practice_it_led(self):
        html = self.client.get(self.welsh(TRANSLATED).url).content.decode()
        assert "Astudiaethau achos a arweiniwyd" in html
        # Translated practice in Welsh, untranslated practice in English.
        assert "Dwy iaith, un ystafell ddosbarth" in html
        assert "Darllen Cymraeg ar y cyd ar draws ein clwstwr" in html
        assert "Two languages, one classroom" not in html
        # And the Welsh practice page links back to the Welsh profile.
        study = self.client.get(
            "/cy/practice/dyfi-valley-learning-partnership/"
            "bilingual-teaching-and-welsh-immersion-in-the-dyfi-valley/"
        ).content.decode()
        assert f'<a href="{self.welsh(TRANSLATED).url}">Sian Pritchard</a>' in study
        assert "Ymarferydd arweiniol, y Gymraeg" in study

    def test_reseeding_changes_nothing(self):
        revisions = Revision.objects.count()
        out = io.StringIO()
        directory_demo.seed_welsh(DemoContext(stdout=out))
        directory_demo.seed(DemoContext(stdout=out))
        assert Revision.objects.count() == revisions
        assert "Translated" not in out.getvalue()
        assert "Linked" not in out.getvalue()
