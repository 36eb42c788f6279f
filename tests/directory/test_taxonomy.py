from django.utils import translation

import pytest

from directory.models import FrameworkArea, FrameworkElement, Phase, Region, Subject

EXPECTED_CODES = [
    "1A",
    "1B",
    "1C",
    "2A",
    "2B",
    "3A",
    "3B",
    "3C",
    "4A",
    "4B",
    "5A",
    "5B",
]


@pytest.mark.django_db
class TestSeededFramework:
    def test_five_areas_and_twelve_elements_in_english(self, en):
        areas = FrameworkArea.objects.filter(locale=en).order_by("number")
        assert [a.number for a in areas] == [1, 2, 3, 4, 5]
        assert areas[0].name == "Vision, culture and ethos"
        assert areas[4].name == "Quality assurance and accountability"
        elements = FrameworkElement.objects.filter(locale=en).order_by("code")
        assert [e.code for e in elements] == EXPECTED_CODES

    def test_each_element_belongs_to_the_area_its_code_names(self, en):
        for element in FrameworkElement.objects.filter(locale=en).select_related(
            "area"
        ):
            assert element.code[0] == str(element.area.number)

    def test_elements_have_guidance(self, en):
        for element in FrameworkElement.objects.filter(locale=en):
            assert element.description
            assert len(element.guiding_question_list) >= 2
            assert element.weak_capacity and element.strong_capacity

    def test_slugs_are_stable(self, en):
        assert FrameworkElement.objects.get(locale=en, code="3C").slug == (
            "evidence-based-professional-learning"
        )
        assert FrameworkArea.objects.get(locale=en, number=5).slug == (
            "quality-assurance-and-accountability"
        )

    def test_vocabularies_seeded(self, en):
        assert Phase.objects.filter(locale=en).count() == 7
        regions = set(Region.objects.filter(locale=en).values_list("slug", flat=True))
        assert len(regions) == 10 and "wales" in regions and "london" in regions
        assert Subject.objects.filter(locale=en, slug="maths").exists()

    def test_every_term_has_a_welsh_translation(self, en, cy):
        for model in (FrameworkArea, FrameworkElement, Phase, Region, Subject):
            assert model.objects.filter(locale=cy).count() == (
                model.objects.filter(locale=en).count()
            )
        welsh = Region.objects.get(slug="wales", locale=cy)
        assert welsh.name == "Cymru"


@pytest.mark.django_db
class TestLocalizedLookups:
    def test_lists_follow_the_active_language(self):
        with translation.override("en-gb"):
            assert FrameworkArea.localized_list()[0].name == "Vision, culture and ethos"
        with translation.override("cy"):
            area = FrameworkArea.localized_list()[0]
            assert area.locale.language_code == "cy"
            assert [e.code for e in area.element_list] == ["1A", "1B", "1C"]

    def test_falls_back_to_english_when_untranslated(self, cy):
        Phase.objects.filter(locale=cy, slug="primary").delete()
        with translation.override("cy"):
            primary = Phase.by_slug()["primary"]
        assert primary.name == "Primary"

    def test_editing_a_term_refreshes_the_cache(self, en):
        FrameworkArea.localized_list()
        area = FrameworkArea.objects.get(locale=en, number=1)
        area.name = "Vision and values"
        area.save()
        assert FrameworkArea.localized_list()[0].name == "Vision and values"

    def test_cached_lookups_cost_no_queries(self, django_assert_num_queries):
        FrameworkArea.localized_list()
        FrameworkElement.by_slug()
        with django_assert_num_queries(0):
            FrameworkArea.localized_list()
            FrameworkElement.by_slug()
