"""Practice on other apps' pages (home, framework areas, trusts), and SEO tags.

Each tag costs a fixed number of queries whatever the number of items, and
reuses one "live, public practice in this language" queryset per request
(building it reads the view restrictions once).
"""

from __future__ import annotations

import json
from collections import defaultdict
from typing import Any

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.db.models import Count, F, Window
from django.db.models.functions import RowNumber
from django.http import HttpRequest
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe

from home.data_cache import cached, data_key
from practice.models import PracticePage
from practice.queries import card_queryset, decorate, live_practice

register = template.Library()

_JSON_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


def _practice(context, page) -> Any:
    """Live, public practice in the page's language, built once per request."""
    request: HttpRequest | None = context.get("request")
    cache = getattr(request, "_practice_querysets", None) if request else None
    if cache is None:
        cache = {}
        if request is not None:
            request._practice_querysets = cache
    locale_id = page.locale_id
    if locale_id not in cache:
        cache[locale_id] = live_practice(locale_id)
    return cache[locale_id]


@register.simple_tag(takes_context=True)
def home_practice(context, page, featured: int = 3, latest: int = 6) -> dict[str, list]:
    """Featured practice (newest first) and the latest, without repeats.

    With the data cache on, the decorated cards are cached until the next
    publish (home/data_cache.py): no query at all.
    """

    def compute() -> dict[str, list]:
        queryset = card_queryset(_practice(context, page)).prefetch_related(None)
        ordering = ("-publication_date", "-pk")
        chosen = list(queryset.filter(featured=True).order_by(*ordering)[:featured])
        newest = list(
            queryset.exclude(pk__in=[p.pk for p in chosen]).order_by(*ordering)[:latest]
        )
        decorate(chosen + newest)
        return {"featured": chosen, "latest": newest}

    key = data_key(
        context.get("request"), "home-cards", page.locale_id, featured, latest
    )
    return cached(key, compute)


@register.simple_tag(takes_context=True)
def practice_by_element(
    context, page, elements, per_element: int = 3
) -> dict[str, dict]:
    """The latest practice for each element, in one query (a window function).

    Returns {element slug: {"items": [...], "total": n}}.
    """
    slugs = [e.slug for e in elements]
    through = PracticePage.elements.through
    window = {"partition_by": F("frameworkelement_id")}
    rows = (
        through.objects.filter(
            frameworkelement__slug__in=slugs,
            practicepage__in=_practice(context, page).values("pk"),
        )
        .annotate(
            rank=Window(
                RowNumber(),
                order_by=[
                    F("practicepage__publication_date").desc(),
                    F("practicepage_id").desc(),
                ],
                **window,
            ),
            total=Window(Count("pk"), **window),
        )
        .filter(rank__lte=per_element)
        .select_related(
            "frameworkelement",
            "practicepage",
            "practicepage__trust",
        )
        .order_by("frameworkelement_id", "rank")
    )
    found: dict[str, dict[str, Any]] = defaultdict(lambda: {"items": [], "total": 0})
    pages = []
    for row in rows:
        entry = found[row.frameworkelement.slug]
        entry["items"].append(row.practicepage)
        entry["total"] = row.total
        pages.append(row.practicepage)
    decorate(pages)
    return {slug: found[slug] for slug in slugs}


@register.filter
def lookup(mapping: dict | None, key: str) -> Any:
    """mapping[key] in a template, or None."""
    return (mapping or {}).get(key)


@register.simple_tag(takes_context=True)
def trust_practice(context, trust, limit: int = 10) -> dict[str, Any]:
    """What a trust has shared, newest first, and how much in all (one query)."""
    queryset = _practice(context, trust).filter(trust__slug=trust.slug)
    items = list(
        card_queryset(queryset)
        .prefetch_related(None)
        .annotate(total=Window(Count("pk")))
        .order_by("-publication_date", "-pk")[:limit]
    )
    decorate(items)
    return {"items": items, "total": items[0].total if items else 0}


@register.simple_tag
def json_ld(data: dict[str, Any]) -> SafeString:
    """A <script type="application/ld+json"> that no string can break out of."""
    payload = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False)
    payload = payload.translate(_JSON_SCRIPT_ESCAPES)
    return format_html(
        '<script type="application/ld+json">{}</script>',
        mark_safe(payload),  # noqa: S308 - escaped above
    )
