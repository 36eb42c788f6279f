"""Case study and post pages: what they show, their JSON-LD and OpenGraph tags,
routing and rendering in both languages, and the admin create forms."""

from __future__ import annotations

import datetime
import json
import re

from django.contrib.auth import get_user_model
from django.test import override_settings
from django.utils import translation

from wagtail.models import Locale, Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield
from wagtail_localize.synctree import synchronize_tree

import pytest

from home.models import PortalSettings
from practice.models import CaseStudyPage, Verdict, WhatWorksPage
from tests.practice.factories import (
    CaseStudyPageFactory,
    WhatWorksPageFactory,
    document,
    element,
    library,
    phase,
    section,
)
from trusts.models import School

JSON_LD = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.S)


def json_ld(html: str) -> dict:
    scripts = JSON_LD.findall(html)
    assert len(scripts) == 1
    return json.loads(scripts[0])


def meta(html: str, prop: str) -> list[str]:
    return re.findall(rf'<meta property="{re.escape(prop)}" content="([^"]*)"', html)


@pytest.fixture
def case_study(db, trust):
    school = School.objects.filter(trust=trust).order_by("name").first()
    page = CaseStudyPageFactory(
        slug="keep-up-phonics",
        title="Daily keep-up sessions in phonics",
        summary="Same-day catch-up for pupils who missed a sound.",
        elements=[element("3A"), element("4B")],
        phases=[phase("primary"), phase("early-years")],
        tags=["phonics", "reading"],
        people_involved="Peter Charlton",
        publication_date=datetime.date(2024, 11, 5),
        last_reviewed=datetime.date(2025, 6, 30),
        schools=[school],
        body__0__key_figure__value="71% → 84%",
        body__0__key_figure__label="Year 1 phonics screening check pass rate",
        body__1__document__document__document=document("guide.pdf", 4096),
        attachments__0__document__document__document=document("plan.pdf", 2048),
        attachments__0__document__title="Return plan template",
    )
    return page


@pytest.mark.django_db
def test_case_study_page_shows_its_story_and_context(client, case_study, trust):
    response = client.get(case_study.url)
    assert response.status_code == 200
    html = response.content.decode()
    # Breadcrumbs: home, the library, the trust's practice, the page.
    crumbs = html.split('aria-label="Breadcrumb"', 1)[1].split("</nav>", 1)[0]
    assert '<a href="/">Home</a>' in crumbs
    assert '<a href="/practice/">Practice library</a>' in crumbs
    assert f'<a href="/practice/?trust={trust.slug}">{trust.title}</a>' in crumbs
    assert 'aria-current="page"' in crumbs
    # The trust, the dates and the reading time.
    assert f'Shared by <a href="/trusts/{trust.slug}/">{trust.title}</a>' in html
    assert '<time datetime="2024-11-05">5 November 2024</time>' in html
    assert '<time datetime="2025-06-30">30 June 2025</time>' in html
    assert "minute read" in html
    # Framework chips: the area page and the filtered library.
    assert 'href="/framework/teaching-and-learning/"' in html
    assert 'href="/framework/curriculum-and-assessment/"' in html
    assert 'href="/practice/?element=approach-to-pedagogy"' in html
    assert 'href="/practice/?element=intentional-use-of-assessment"' in html
    assert 'href="/practice/?phase=early-years"' in html
    assert 'href="/practice/?tag=phonics"' in html
    # Structured fields and the body.
    for heading in ("Context", "The challenge", "What we did", "Impact and evidence"):
        assert f">{heading}</h2>" in html
    assert "What we would do differently" in html
    assert "71% → 84%" in html
    assert "Peter Charlton" in html
    assert "URN " in html
    # Licence: the site-wide default.
    assert 'rel="license">CC BY-NC-SA 4.0</a>' in html


@pytest.mark.django_db
def test_attachments_show_file_type_and_size(client, case_study):
    html = client.get(case_study.url).content.decode()
    assert "Return plan template" in html
    assert "(PDF, 2.0\xa0KB)" in html
    assert "(PDF, 4.0\xa0KB)" in html  # the body's download block
    assert 'href="/documents/' in html


@pytest.mark.django_db
def test_licence_can_be_overridden_and_the_default_changed(client, case_study):
    settings = PortalSettings.load()
    settings.default_licence = "CC BY 4.0"
    settings.default_licence_url = "https://creativecommons.org/licenses/by/4.0/"
    settings.save()
    html = client.get(case_study.url).content.decode()
    assert 'rel="license">CC BY 4.0</a>' in html
    case_study.licence = "All rights reserved"
    case_study.licence_url = ""
    case_study.save()
    html = client.get(case_study.url).content.decode()
    assert "<dd>All rights reserved</dd>" in html


@pytest.mark.django_db
def test_related_practice_shares_elements(client, case_study):
    closest = WhatWorksPageFactory(
        slug="closest", elements=[element("3A"), element("4B")]
    )
    near = CaseStudyPageFactory(slug="near", elements=[element("4B")])
    CaseStudyPageFactory(slug="unrelated", elements=[element("1A")])
    html = client.get(case_study.url).content.decode()
    related = html.split('id="related-heading"', 1)[1]
    assert closest.url in related and near.url in related
    assert related.index(closest.url) < related.index(near.url)
    assert "/unrelated/" not in related


@pytest.mark.django_db
def test_json_ld_is_a_schema_org_article(client, case_study, trust):
    data = json_ld(client.get(case_study.url).content.decode())
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "Article"
    assert data["headline"] == "Daily keep-up sessions in phonics"
    assert data["datePublished"] == "2024-11-05"
    assert data["dateModified"] == "2025-06-30"
    assert data["inLanguage"] == "en-GB"
    assert data["url"] == f"http://testserver{case_study.url}"
    assert data["author"] == {
        "@type": "Organization",
        "name": trust.title,
        "url": f"http://testserver/trusts/{trust.slug}/",
    }
    assert [term["termCode"] for term in data["about"]] == ["3A", "4B"]
    assert data["keywords"] == "phonics, reading"
    assert data["license"].startswith("https://creativecommons.org/")
    assert "Peter Charlton" not in json.dumps(data)


@pytest.mark.django_db
def test_json_ld_cannot_be_broken_out_of(client):
    page = CaseStudyPageFactory(
        title="</script><script>alert(1)</script>",
        summary="Ampersands & <angles> and 'quotes'",
    )
    html = client.get(page.url).content.decode()
    data = json_ld(html)
    assert data["headline"] == "</script><script>alert(1)</script>"
    assert data["description"] == "Ampersands & <angles> and 'quotes'"
    assert "<script>alert(1)" not in html


@pytest.mark.django_db
def test_opengraph_tags(client, case_study):
    html = client.get(case_study.url).content.decode()
    assert meta(html, "og:type") == ["article"]
    assert meta(html, "og:title") == ["Daily keep-up sessions in phonics"]
    assert meta(html, "og:url") == [f"http://testserver{case_study.url}"]
    assert meta(html, "og:locale") == ["en_GB"]
    assert meta(html, "article:published_time") == ["2024-11-05"]
    assert meta(html, "article:tag") == ["phonics", "reading"]
    assert f'<link rel="canonical" href="http://testserver{case_study.url}">' in html


@pytest.mark.django_db
def test_welsh_alias_renders_with_welsh_furniture(client, case_study, sync_welsh):
    sync_welsh()
    response = client.get(f"/cy{case_study.url}")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="cy">' in html
    assert 'lang="en-GB">Daily keep-up sessions in phonics</h1>' in html
    assert 'href="/cy/framework/teaching-and-learning/"' in html
    assert 'href="/cy/practice/?element=approach-to-pedagogy"' in html
    data = json_ld(html)
    assert data["inLanguage"] == "en-GB"  # an alias carries the English text
    assert data["url"] == f"http://testserver/cy{case_study.url}"
    assert meta(html, "og:locale") == ["cy_GB"]


@pytest.mark.django_db
def test_what_works_page_gives_the_verdict_and_lesson(client):
    page = WhatWorksPageFactory(
        verdict=Verdict.DIDNT,
        lesson="A common policy only saves time if it removes tasks.",
        body__0__paragraph__value="Staff reported spending longer on feedback.",
    )
    html = client.get(page.url).content.decode()
    assert "Verdict: Didn&#x27;t work" in html
    assert "A common policy only saves time if it removes tasks." in html
    assert "Staff reported spending longer on feedback." in html
    assert '<span class="badge badge--didnt">' in html
    assert json_ld(html)["articleSection"] == "What works / what didn't"


@pytest.mark.django_db
def test_alliance_pieces_are_shared_by_the_alliance(client):
    page = CaseStudyPageFactory(parent=library())
    html = client.get(page.url).content.decode()
    assert "Shared by the alliance" in html
    assert json_ld(html)["author"]["name"] == "Shared Practice"


@pytest.mark.django_db
def test_drafts_are_not_served(client):
    page = CaseStudyPageFactory(live=False)
    assert client.get(page.url).status_code == 404


class TestRoutableAndRenderable(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.case_study = CaseStudyPageFactory(
            body__0__key_figure__value="12", body__1__quote__text="Quote"
        )
        cls.post = WhatWorksPageFactory(parent=library())
        synchronize_tree(
            Locale.objects.get(language_code="en-gb"),
            Locale.objects.get(language_code="cy"),
        )

    def check(self, page, route: str = "/") -> None:
        """Routable and renderable, in the page's own language.

        Wagtail's routing helper walks the whole path from the site root, the
        /cy/ prefix included, which i18n_patterns strips first; so Welsh
        pages are routed through the client instead.
        """
        language = page.locale.language_code
        with translation.override(language):
            if language == "en-gb":
                self.assertPageIsRoutable(page, route)
            else:
                url = page.url + ("" if route == "/" else route)
                response = self.client.get(url)
                self.assertEqual(response.status_code, 200, url)
            self.assertPageIsRenderable(page, route)

    def test_both_kinds_in_both_languages(self):
        for original in (self.case_study, self.post):
            pages = Page.objects.filter(translation_key=original.translation_key)
            self.assertEqual(pages.count(), 2)
            for page in pages.specific():
                with self.subTest(page=page.url):
                    self.check(page)

    def test_library_routes_in_both_languages(self):
        from practice.models import PracticeIndexPage

        for index in PracticeIndexPage.objects.all():
            for route in ("/", "feed/", "feed/teaching-and-learning/"):
                with self.subTest(index=index.url, route=route):
                    self.check(index, route)
            with translation.override(index.locale.language_code):
                self.assertPageIsRenderable(
                    index, query_data={"q": '"', "element": "nope", "page": "x"}
                )


@override_settings(WAGTAILADMIN_BASE_URL="http://testserver")
class TestAdminCreateForms(WagtailPageTestCase):
    def setUp(self):
        self.user = get_user_model().objects.create_superuser(
            "practice-admin", "practice@example.org", "pw"
        )
        self.client.force_login(self.user)
        self.section = section("severn-vale-learning-trust")

    def form_data(self, fields: dict, **choices) -> dict:
        """Admin form data. Multiple choices are repeated keys, not nested ones."""
        data = nested_form_data(
            {
                "region": "",
                "tags": "coaching, retention",
                "publication_date": "2025-10-02",
                "last_reviewed": "",
                "licence": "",
                "licence_url": "",
                "people_involved": "Tom Hadley",
                "image": "",
                "image_alt": "",
                **fields,
            }
        )
        data["elements"] = [element("2B").pk, element("3C").pk]
        data["phases"] = [phase("secondary").pk]
        data.update(choices)
        return data

    def test_case_study_can_be_created(self):
        school = School.objects.filter(trust=self.section.trust).first()
        self.assertCanCreate(
            self.section,
            CaseStudyPage,
            self.form_data(
                {
                    "title": "Fortnightly coaching for new teachers",
                    "slug": "fortnightly-coaching",
                    "summary": "Short, frequent coaching cycles.",
                    "context": "Four schools, fourteen new teachers.",
                    "challenge": "Too many left in their second year.",
                    "what_was_done": rich_text("<p>Nine coaches, fortnightly.</p>"),
                    "body": streamfield(
                        [
                            ("key_figure", {"value": "14 of 14", "label": "stayed"}),
                            ("quote", {"text": "It helped.", "attribution": "ECT"}),
                            (
                                "differently",
                                {"text": rich_text("<p>Protect coach time.</p>")},
                            ),
                        ]
                    ),
                    "impact": "Everyone stayed.",
                    "differently": "Start earlier.",
                    "cost_and_time": "An hour a week per coach.",
                    "attachments": streamfield([]),
                },
                schools=[school.pk],
            ),
        )
        page = CaseStudyPage.objects.get(
            slug="fortnightly-coaching", locale__language_code="en-gb"
        )
        self.assertTrue(page.live)
        self.assertEqual(page.trust_id, self.section.trust_id)
        self.assertEqual(page.region_id, self.section.trust.region_id)
        self.assertEqual(page.practice_type, "case-study")
        self.assertEqual({e.code for e in page.elements.all()}, {"2B", "3C"})
        self.assertEqual({t.name for t in page.tags.all()}, {"coaching", "retention"})
        self.assertEqual(page.body[0].value["value"], "14 of 14")
        self.assertEqual(list(page.schools.all()), [school])
        # wagtail-localize gives it a Welsh alias straight away.
        alias = CaseStudyPage.objects.get(
            slug="fortnightly-coaching", locale__language_code="cy"
        )
        self.assertEqual(alias.alias_of_id, page.pk)
        self.assertEqual(self.client.get(f"/cy{page.url}").status_code, 200)

    def test_what_works_post_can_be_created(self):
        self.assertCanCreate(
            self.section,
            WhatWorksPage,
            self.form_data(
                {
                    "title": "The knowledge organisers nobody used",
                    "slug": "knowledge-organisers",
                    "summary": "We printed 140 of them.",
                    "verdict": "didnt",
                    "lesson": "Plan the routine before the document.",
                    "body": streamfield(
                        [("paragraph", rich_text("<p>Only 11 could find it.</p>"))]
                    ),
                }
            ),
        )
        page = WhatWorksPage.objects.get(
            slug="knowledge-organisers", locale__language_code="en-gb"
        )
        self.assertEqual(page.verdict, "didnt")
        self.assertEqual(page.practice_type, "what-works")
        self.assertEqual(page.trust_id, self.section.trust_id)
        self.assertEqual(self.client.get(page.url).status_code, 200)

    def test_the_form_insists_on_elements_and_alt_text(self):
        from wagtail_factories import ImageFactory

        data = self.form_data(
            {
                "title": "Missing things",
                "slug": "missing-things",
                "summary": "No elements, an image without alt text.",
                "verdict": "partly",
                "lesson": "Check the form.",
                "body": streamfield([]),
                "image": ImageFactory().pk,
            },
            elements=[],
        )
        response = self.client.post(
            f"/admin/pages/add/practice/whatworkspage/{self.section.pk}/", data
        )
        self.assertEqual(response.status_code, 200)
        form = response.context["form"]
        self.assertIn("elements", form.errors)
        self.assertIn("image_alt", form.errors)
        self.assertFalse(WhatWorksPage.objects.filter(slug="missing-things").exists())

    def test_schools_on_offer_are_the_trusts_own(self):
        response = self.client.get(
            f"/admin/pages/add/practice/casestudypage/{self.section.pk}/"
        )
        self.assertEqual(response.status_code, 200)
        offered = set(response.context["form"].fields["schools"].queryset)
        self.assertTrue(offered)
        self.assertEqual({s.trust_id for s in offered}, {self.section.trust_id})
