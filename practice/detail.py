"""What a case study or post page shows beside its own fields.

Framework terms in the active language, the trust, related practice, the
licence, and what search engines and link previews read (schema.org Article
JSON-LD and OpenGraph), in a fixed number of queries.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.db.models import Count, OuterRef, QuerySet, Subquery
from django.http import HttpRequest
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from wagtail.models import Page

from home.data_cache import cached, data_key

from .models import PracticePage
from .queries import (
    card_queryset,
    decorate,
    default_licence,
    live_practice,
    localized_terms,
    page_relations,
)

RELATED_COUNT = 4


def locale_prefix() -> str:
    """'' in English, '/cy' in Welsh: the prefix of the URL contract."""
    language = get_language() or settings.LANGUAGE_CODE
    return "" if language == settings.LANGUAGE_CODE else f"/{language}"


def content_language(page: PracticePage) -> str:
    """The language the page's text is in (a Welsh alias carries English)."""
    # Pages are served under their own locale's prefix, so the active
    # language is the page's (and reading it costs no query).
    language = get_language() or settings.LANGUAGE_CODE
    if page.alias_of_id or language == settings.LANGUAGE_CODE:
        return "en-GB"
    return language


def detail_context(request: HttpRequest, page: PracticePage) -> dict[str, Any]:
    from directory.models import FrameworkArea, FrameworkElement, Phase, Region

    user = getattr(request, "user", None)
    relations = cached(
        data_key(request, "page-relations", page.pk),
        lambda: page_relations(page, user),
    )
    element_ids = [pk for pk, _a, _b in relations["element"]]
    element_terms = sorted(
        localized_terms(FrameworkElement, element_ids), key=lambda e: e.code
    )
    areas = FrameworkArea.by_key()
    area_terms = {
        key: areas[key]
        for element in element_terms
        if (key := getattr(element, "area_translation_key", None)) in areas
    }
    phase_terms = sorted(
        localized_terms(Phase, [pk for pk, _a, _b in relations["phase"]]),
        key=lambda p: (p.sort_order, p.name),
    )
    region_terms = localized_terms(Region, [page.region_id] if page.region_id else [])
    tags = sorted(
        ({"name": name, "slug": slug} for _pk, name, slug in relations["tag"]),
        key=lambda t: t["name"].lower(),
    )
    schools = sorted(
        ({"name": name, "urn": urn} for _pk, name, urn in relations["school"]),
        key=lambda s: s["name"],
    )
    trust = next(
        ({"title": title, "slug": slug} for _pk, title, slug in relations["trust"]),
        None,
    )

    # The cards (ranked, read and decorated) are the same for every anonymous
    # visitor until something is published, so they are cached whole
    # (home/data_cache.py); uncached, the ranking is a subquery of the card
    # query.
    related = cached(
        data_key(request, "related-cards", page.pk),
        lambda: related_practice(page, element_ids),
    )

    if page.licence:
        licence_name, licence_url = page.licence, page.licence_url
    else:
        licence_name, licence_url = default_licence()
    canonical_url = request.build_absolute_uri(page.get_url(request) or "/")
    image_url = ""
    if page.image_id and page.image is not None:
        rendition = page.image.get_rendition("fill-1200x630")
        image_url = request.build_absolute_uri(rendition.url)

    leaders, has_leaders = led_by(request, relations["leader"])

    prefix = locale_prefix()
    context: dict[str, Any] = {
        "element_terms": element_terms,
        "area_terms": sorted(area_terms.values(), key=lambda a: a.number),
        "phase_terms": phase_terms,
        "region_term": region_terms[0] if region_terms else None,
        "tags": tags,
        "schools": schools,
        "trust": trust,
        "trust_url": f"{prefix}/trusts/{trust['slug']}/" if trust else "",
        "practice_url": f"{prefix}/practice/",
        "related_practice": related,
        "leaders": leaders,
        "has_leaders": has_leaders,
        "licence_name": licence_name,
        "licence_url": licence_url,
        "canonical_url": canonical_url,
        "og_image_url": image_url,
        "og_locale": "cy_GB" if get_language() == "cy" else "en_GB",
    }
    context["json_ld_data"] = article_json_ld(request, page, context)
    return context


def related_practice(page: PracticePage, element_ids: list[int]) -> list[PracticePage]:
    """Cards for the practice sharing most elements with `page`, in one query."""
    links = PracticePage.elements.through.objects
    shared = (
        links.filter(
            practicepage_id=OuterRef("pk"), frameworkelement_id__in=element_ids
        )
        .values("practicepage_id")
        .annotate(shared=Count("frameworkelement_id", distinct=True))
        .values("shared")
    )
    related = list(
        card_queryset(
            PracticePage.objects.filter(pk__in=nearest_practice(page, element_ids))
        )
        .annotate(shared=Subquery(shared))
        .order_by("-shared", "-publication_date", "-pk")
    )
    decorate(related)
    return related


def nearest_practice(page: PracticePage, element_ids: list[int]) -> QuerySet:
    """Live practice with the most elements in common with `page`, newest first.

    Ranked on the narrow link table, so only the chosen few are read in full
    (grouping every wide row that shares an element spilled to disk at
    10,000 pages: 65 ms).
    """
    links = PracticePage.elements.through.objects
    return (
        links.filter(
            frameworkelement_id__in=element_ids,
            practicepage_id__in=live_practice(page.locale_id)
            .exclude(pk=page.pk)
            .values("pk"),
        )
        .values("practicepage_id")
        .annotate(shared=Count("frameworkelement_id", distinct=True))
        .order_by("-shared", "-practicepage__publication_date", "-practicepage_id")
        .values_list("practicepage_id", flat=True)[:RELATED_COUNT]
    )


@dataclass
class Leader:
    """A person who led the practice, as its page lists them (no query needed)."""

    title: str
    job_title: str
    url: str
    alias_of_id: int | None  # for `content_lang`: an alias shows English text
    is_members_only: bool


def led_by(request: HttpRequest, rows: list[tuple]) -> tuple[list[Leader], bool]:
    """The people who led this practice whose profiles this visitor may see.

    `rows` are page_relations' "leader" rows, read in the same query as the
    page's terms. Also says whether any live profile is linked at all, seen
    or not: the free-text `people_involved` is only a fallback for practice
    with no linked profile, so that it never names a hidden members-only
    leader.
    """
    leaders = [
        Leader(
            title=title,
            job_title=job_title,
            # Wagtail works the URL out from the url_path alone (no query).
            url=Page(url_path=url_path).get_url(request) or "",
            alias_of_id=pk if "a" in flags else None,
            is_members_only="m" in flags,
        )
        for pk, title, job_title, url_path, flags in rows
        if "h" not in flags
    ]
    return sorted(leaders, key=lambda leader: leader.title), bool(rows)


def article_json_ld(
    request: HttpRequest, page: PracticePage, context: dict[str, Any]
) -> dict[str, Any]:
    """schema.org Article for a case study or post (nothing personal in it)."""
    trust = context["trust"]
    publisher = {
        "@type": "Organization",
        "name": _("Shared Practice"),
        "url": request.build_absolute_uri(f"{locale_prefix()}/"),
    }
    author = (
        {
            "@type": "Organization",
            "name": trust["title"],
            "url": request.build_absolute_uri(context["trust_url"]),
        }
        if trust
        else publisher
    )
    modified = page.last_reviewed or (
        page.last_published_at.date() if page.last_published_at else None
    )
    modified = max(modified, page.publication_date) if modified else None
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "Article",
        "headline": page.title[:110],
        "description": page.summary,
        "url": context["canonical_url"],
        "mainEntityOfPage": context["canonical_url"],
        "inLanguage": content_language(page),
        "datePublished": page.publication_date.isoformat(),
        "dateModified": (modified or page.publication_date).isoformat(),
        "articleSection": page.practice_type_label,
        "author": author,
        "publisher": publisher,
        "isAccessibleForFree": True,
        "timeRequired": f"PT{page.reading_minutes}M",
        "about": [
            {
                "@type": "DefinedTerm",
                "termCode": element.code,
                "name": element.name,
                "inDefinedTermSet": _("South West MAT Improvement Capacity Framework"),
            }
            for element in context["element_terms"]
        ],
        "keywords": ", ".join(tag["name"] for tag in context["tags"]),
        "license": context["licence_url"] or context["licence_name"],
    }
    if context["og_image_url"]:
        data["image"] = context["og_image_url"]
    return data
