"""Page tree rules, routing and rendering for every page type, in both locales."""

from django.test import override_settings
from django.utils import translation

from wagtail.models import Locale, Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from directory.models import (
    DirectoryIndexPage,
    ExpertProfilePage,
    FrameworkIndexPage,
    TrustDirectoryIndexPage,
)
from home.models import HomePage, StandardPage
from practice.models import (
    CaseStudyPage,
    PracticeIndexPage,
    TrustPracticeIndexPage,
    WhatWorksPage,
)
from trusts.models import TrustIndexPage, TrustPage

PAGE_TYPES = [
    HomePage,
    StandardPage,
    PracticeIndexPage,
    DirectoryIndexPage,
    FrameworkIndexPage,
    TrustIndexPage,
    TrustPage,
]


class TestTreeRules(WagtailPageTestCase):
    def test_home_page(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})
        self.assertAllowedSubpageTypes(
            HomePage,
            {
                StandardPage,
                PracticeIndexPage,
                DirectoryIndexPage,
                FrameworkIndexPage,
                TrustIndexPage,
            },
        )

    def test_sections_sit_below_their_index(self):
        self.assertAllowedParentPageTypes(PracticeIndexPage, {HomePage})
        # Alliance-authored practice may sit directly under the library.
        self.assertAllowedSubpageTypes(
            PracticeIndexPage, {TrustPracticeIndexPage, CaseStudyPage, WhatWorksPage}
        )
        self.assertAllowedSubpageTypes(
            TrustPracticeIndexPage, {CaseStudyPage, WhatWorksPage}
        )
        self.assertAllowedParentPageTypes(TrustPracticeIndexPage, {PracticeIndexPage})
        self.assertAllowedParentPageTypes(DirectoryIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(DirectoryIndexPage, {TrustDirectoryIndexPage})
        self.assertAllowedParentPageTypes(TrustDirectoryIndexPage, {DirectoryIndexPage})
        self.assertAllowedSubpageTypes(TrustDirectoryIndexPage, {ExpertProfilePage})

    def test_trusts(self):
        self.assertAllowedParentPageTypes(TrustIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(TrustIndexPage, {TrustPage})
        self.assertAllowedSubpageTypes(TrustPage, set())

    def test_leaves(self):
        self.assertAllowedSubpageTypes(FrameworkIndexPage, set())
        self.assertAllowedParentPageTypes(StandardPage, {HomePage, StandardPage})

    def test_singletons_cannot_be_added_twice(self):
        home = HomePage.objects.get(locale__language_code="en-gb")
        for model in (
            PracticeIndexPage,
            DirectoryIndexPage,
            FrameworkIndexPage,
            TrustIndexPage,
        ):
            self.assertFalse(model.can_create_at(home), model)
        self.assertFalse(HomePage.can_create_at(Page.get_first_root_node()))


class TestEveryPageTypeInBothLocales(WagtailPageTestCase):
    def test_routable_and_renderable(self):
        for locale in Locale.objects.all():
            for model in PAGE_TYPES:
                page = model.objects.filter(locale=locale).live().first()
                self.assertIsNotNone(page, f"{model.__name__} in {locale}")
                with (
                    self.subTest(model=model.__name__, locale=locale.language_code),
                    translation.override(locale.language_code),
                ):
                    if locale.language_code == "en-gb":
                        self.assertPageIsRoutable(page)
                    else:
                        # Wagtail's helper routes the whole path, /cy/ prefix
                        # included, from the root; i18n_patterns strips it first.
                        response = self.client.get(page.url)
                        self.assertEqual(response.status_code, 200)
                        self.assertEqual(response.context["page"].pk, page.pk)
                    self.assertPageIsRenderable(page)

    def test_trust_sections_redirect_to_the_filtered_list(self):
        for model, index_path in (
            (TrustPracticeIndexPage, "/practice/"),
            (TrustDirectoryIndexPage, "/directory/"),
        ):
            section = model.objects.filter(locale__language_code="en-gb").first()
            response = self.client.get(section.url)
            self.assertRedirects(
                response,
                f"{index_path}?trust={section.slug}",
                fetch_redirect_response=False,
            )


class TestWelshUrls(WagtailPageTestCase):
    def test_welsh_home_has_welsh_lang_and_url(self):
        response = self.client.get("/cy/")
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, '<html lang="cy">')
        self.assertContains(response, "Gweledigaeth, diwylliant ac ethos")

    def test_english_home_is_unprefixed(self):
        response = self.client.get("/")
        self.assertContains(response, '<html lang="en-GB">')
        self.assertContains(response, 'hreflang="cy" href="http://testserver/cy/"')
        self.assertContains(response, 'hreflang="x-default" href="http://testserver/"')

    def test_untranslated_page_shows_english_with_a_notice(self):
        response = self.client.get("/cy/about/")
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "About the portal")
        self.assertContains(response, 'lang="en-GB"')
        self.assertContains(response, "Gymraeg eto")  # the Welsh notice

    def test_switcher_links_to_the_same_page(self):
        response = self.client.get("/framework/teaching-and-learning/")
        self.assertContains(response, 'href="/cy/framework/teaching-and-learning/"')


class TestAdminCreateForms(WagtailPageTestCase):
    def setUp(self):
        from django.contrib.auth import get_user_model

        self.user = get_user_model().objects.create_superuser(
            "root", "r@example.org", "pw"
        )
        self.client.force_login(self.user)
        self.home = HomePage.objects.get(locale__language_code="en-gb")

    @override_settings(WAGTAILADMIN_BASE_URL="http://testserver")
    def test_standard_page_can_be_created(self):
        self.assertCanCreate(
            self.home,
            StandardPage,
            nested_form_data(
                {
                    "title": "Governance handbook",
                    "slug": "governance-handbook",
                    "intro": "How the alliance is run.",
                    "body": streamfield(
                        [
                            ("heading", {"text": "Board", "level": "h2"}),
                            ("paragraph", rich_text("<p>Five trustees.</p>")),
                        ]
                    ),
                }
            ),
        )
        page = StandardPage.objects.get(
            slug="governance-handbook", locale__language_code="en-gb"
        )
        self.assertEqual(page.body[0].value["text"], "Board")
        # wagtail-localize keeps the Welsh tree in step with an alias.
        alias = StandardPage.objects.get(
            slug="governance-handbook", locale__language_code="cy"
        )
        self.assertEqual(alias.alias_of_id, page.pk)
