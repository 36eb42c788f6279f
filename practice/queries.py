"""Query helpers shared by the library, the detail pages, the feeds and the tags.

The budgets (a list of 20 in at most 15 queries, a detail page in at most 20,
whatever the number of elements, phases and tags) are met by three habits:

* vocabulary terms come from the cached look-ups in directory.models.taxonomy,
  never from a join or a prefetch, and are shown in the active language;
* "public" is a subquery on page view restrictions, so it adds no query of
  its own (Wagtail's `.public()` reads every restriction first);
* small related rows of one page are read in one UNION ALL query.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from django.conf import settings
from django.core.cache import cache
from django.db import models
from django.db.models import Case, Exists, F, OuterRef, Q, QuerySet, Value, When
from django.db.models.functions import Concat, Substr
from django.utils import translation

from wagtail.models import Page, PageViewRestriction

from .models import CaseStudyPage, PracticePage, PracticePageTag, Verdict

LICENCE_CACHE_KEY = "practice:default-licence"


def public_only(queryset: QuerySet) -> QuerySet:
    """Pages with no view restriction on themselves or any ancestor.

    Two cheap tests rather than one expensive one: the page's own restriction
    by id (a hashed subquery), and its ancestors' among the few restricted
    pages that have children. Comparing every page's path with every
    restriction (thousands of members-only profiles) took 8 s for /practice/
    at 10,000 practice pages.
    """
    restrictions = PageViewRestriction.objects.all()
    restricted_ancestor = restrictions.filter(
        page__numchild__gt=0,
        page__path=Substr(OuterRef("path"), 1, F("page__depth") * Page.steplen),
    )
    return queryset.exclude(pk__in=restrictions.values("page_id")).filter(
        ~Exists(restricted_ancestor)
    )


def restriction_failed(user: Any) -> Exists:
    """True for pages behind a restriction (theirs or an ancestor's) `user` fails.

    `public_only` for a particular visitor: members pass the members-only
    restriction, so they see what anonymous readers must not. A correlated
    EXISTS, so filtering or annotating with it adds no query of its own.
    """
    from directory.models.profiles import failing_restrictions

    return Exists(
        failing_restrictions(user).filter(
            page__path=Substr(OuterRef("path"), 1, F("page__depth") * Page.steplen)
        )
    )


def live_practice(locale_id: int) -> QuerySet[PracticePage]:
    """Published, public practice in one language (Welsh pages are aliases)."""
    return public_only(PracticePage.objects.live().filter(locale_id=locale_id))


def default_language_terms(model) -> dict[int, Any]:
    """Default-language vocabulary rows (the ones pages link to) by pk, cached."""
    with translation.override(settings.LANGUAGE_CODE):
        return {term.pk: term for term in model.localized_list()}


def localized_terms(model, pks: Iterable[int]) -> list[Any]:
    """The active-language terms for default-language pks, from the cache."""
    by_pk = default_language_terms(model)
    by_key = model.by_key()
    terms = []
    for pk in pks:
        term = by_pk.get(pk)
        if term is not None:
            terms.append(by_key.get(term.translation_key, term))
    return terms


def card_queryset(queryset: QuerySet) -> QuerySet:
    """What a practice card shows, in one query (`decorate` adds the chips).

    The trust's title is a column, not a joined TrustPage: building twenty
    trust pages took longer than the query (4 ms of a library page's 12).
    """
    return queryset.annotate(
        verdict_value=F("whatworkspage__verdict"), trust_title=F("trust__title")
    )


def decorate(items: Iterable[PracticePage], elements: bool = False) -> None:
    """Attach active-language terms and the verdict label.

    With `elements`, the framework chips too, in one query of ids (the terms
    themselves come from the cache); otherwise only from prefetched elements.
    """
    from directory.models import FrameworkElement, Region

    items = list(items)
    if not items:
        return
    elements_by_key = FrameworkElement.by_key()
    element_ids: dict[int, list[int]] = defaultdict(list)
    if elements:
        links = PracticePage.elements.through.objects.filter(
            practicepage_id__in=[item.pk for item in items]
        )
        for page_id, element_id in links.values_list(
            "practicepage_id", "frameworkelement_id"
        ):
            element_ids[page_id].append(element_id)
    regions = default_language_terms(Region)
    regions_by_key = Region.by_key()
    for item in items:
        if elements:
            item.element_terms = sorted(
                localized_terms(FrameworkElement, element_ids[item.pk]),
                key=lambda e: e.code,
            )
        elif "elements" in getattr(item, "_prefetched_objects_cache", {}):
            item.element_terms = sorted(
                (
                    elements_by_key.get(e.translation_key, e)
                    for e in item.elements.all()
                ),
                key=lambda e: e.code,
            )
        region = regions.get(item.region_id)
        item.region_term = (
            regions_by_key.get(region.translation_key, region) if region else None
        )
        verdict = getattr(item, "verdict_value", None)
        item.verdict_display = Verdict(verdict).label if verdict else ""
        if not hasattr(item, "trust_title"):  # read with its trust instead
            trust = item._state.fields_cache.get("trust")
            item.trust_title = trust.title if trust is not None else ""


def page_relations(page: PracticePage, user: Any = None) -> dict[str, list[tuple]]:
    """A page's elements, phases, tags, schools, trust and leaders in ONE query.

    Returns {kind: [(id, text, text), ...]}: ids only for the vocabularies
    (their terms come from the cache), names and slugs for tags, names and
    URNs for schools, title and slug for the trust. "leader" rows are the
    live expert profiles (in the page's language) of the people who led
    it, as (id, name, job title, url_path, flags): flags hold "h" if `user`
    may not see the profile, "a" for an alias (English text under /cy/) and
    "m" for members-only.
    """
    from directory.models import ExpertProfilePage
    from trusts.models import TrustPage

    text = models.CharField()
    blank = Value("", output_field=text)

    def part(queryset: QuerySet, kind: str, id_field: str, a: Any, b: Any, *more):
        # Every part of a UNION has the same columns: only leaders use c and d.
        c, d = more or (blank, blank)
        return (
            queryset.order_by()
            .annotate(
                _kind=Value(kind, output_field=text),
                _a=a,
                _b=b,
                _c=c,
                _d=d,
            )
            .values_list(id_field, "_kind", "_a", "_b", "_c", "_d")
        )

    def flag(condition: Any, letter: str) -> Case:
        return Case(
            When(condition, then=Value(letter)), default=blank, output_field=text
        )

    parts = [
        part(
            PracticePage.elements.through.objects.filter(practicepage_id=page.pk),
            "element",
            "frameworkelement_id",
            blank,
            blank,
        ),
        part(
            PracticePage.phases.through.objects.filter(practicepage_id=page.pk),
            "phase",
            "phase_id",
            blank,
            blank,
        ),
        part(
            PracticePageTag.objects.filter(content_object_id=page.pk),
            "tag",
            "tag_id",
            F("tag__name"),
            F("tag__slug"),
        ),
        # Profiles link to default-language practice; the translation key
        # finds those links from a page in any language.
        part(
            ExpertProfilePage.objects.live().filter(
                locale_id=page.locale_id,
                translation_key__in=ExpertProfilePage.objects.filter(
                    led_practice__translation_key=page.translation_key
                ).values("translation_key"),
            ),
            "leader",
            "page_ptr_id",
            F("title"),
            F("job_title"),
            F("url_path"),
            Concat(
                flag(restriction_failed(user), "h"),
                flag(Q(alias_of__isnull=False), "a"),
                flag(Q(visibility="members"), "m"),
                output_field=text,
            ),
        ),
    ]
    if isinstance(page, CaseStudyPage):
        parts.append(
            part(
                CaseStudyPage.schools.through.objects.filter(casestudypage_id=page.pk),
                "school",
                "school_id",
                F("school__name"),
                F("school__urn"),
            )
        )
    if page.trust_id:
        parts.append(
            part(
                TrustPage.objects.filter(pk=page.trust_id),
                "trust",
                "page_ptr_id",
                F("title"),
                F("slug"),
            )
        )
    found: dict[str, list[tuple]] = {
        "element": [],
        "phase": [],
        "tag": [],
        "school": [],
        "trust": [],
        "leader": [],
    }
    for pk, kind, a, b, c, d in parts[0].union(*parts[1:], all=True):
        found[kind].append((pk, a, b, c, d) if kind == "leader" else (pk, a, b))
    return found


def default_licence() -> tuple[str, str]:
    """The site-wide licence (name, URL), cached until an editor changes it."""
    cached = cache.get(LICENCE_CACHE_KEY)
    if cached is None:
        from home.models import PortalSettings

        portal = PortalSettings.load()
        cached = (portal.default_licence, portal.default_licence_url)
        cache.set(LICENCE_CACHE_KEY, cached, 60 * 60)
    return cached


def forget_default_licence(**kwargs) -> None:
    cache.delete(LICENCE_CACHE_KEY)
