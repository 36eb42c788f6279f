"""One search over all public content in the active language, and its autocomplete."""

from __future__ import annotations

import logging
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from django.core.cache import cache
from django.core.paginator import Paginator
from django.db import transaction
from django.db.models import Model, prefetch_related_objects
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.template.response import TemplateResponse
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext as _

from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Locale, Page
from wagtail.search.utils import normalise_query_string

from home.data_cache import cache_seconds, cached, data_key, read, selected_filters
from home.filters import querystring_without

from .facets import (
    apply_search_facets,
    excluded_content_types,
    option_counts,
    pages_with_ids,
    search_facets,
    type_label,
)
from .models import ZeroResultQuery
from .spelling import suggest as suggest_spelling
from .spelling import vocabulary
from .utils import (
    CleanQuery,
    SearchOutcome,
    active_locale,
    normalise_query,
    run_search,
)
from .visibility import visible_pages

logger = logging.getLogger(__name__)

PAGE_SIZE = 20
SUGGEST_LIMIT = 8
FEW_RESULTS = 3
CHIP_LIMIT = 4


def _searchable_pages(request: HttpRequest, locale: Locale):
    """Live pages of the active language this visitor may see, minus structure."""
    return (
        visible_pages(request)
        .filter(locale=locale)
        .exclude(content_type_id__in=excluded_content_types())
    )


def _as_search_queryset(pages):
    """The visible pages as the search backend gets them: filtered directly.

    Every filter here is on one of Page's FilterFields (live, locale, content
    type, path, id), so a database backend adds them to its own query; an
    `id IN (visible pages)` wrapper made PostgreSQL hash every visible page
    for each search (measured at 13,000 pages: 53 ms down to 38 ms for a
    search, its count and first page). run_search wraps it itself if a
    backend rejects a filter.
    """
    return pages


def _page_number(request: HttpRequest) -> int:
    try:
        return max(1, int(request.GET.get("page", "1")))
    except ValueError:
        return 1


def _log_query(clean: CleanQuery) -> None:
    """Count the search for editors (search promotions' query log)."""
    try:
        with transaction.atomic():
            Query.get(clean.text).add_hit()
    except Exception:  # logging a search must never break it
        logger.warning("Could not log search %r", clean.text, exc_info=True)


def record_zero_results(clean: CleanQuery, language_code: str) -> None:
    """Remember a search that found nothing, for the content-gaps report."""
    from django.db.models import F
    from django.utils import timezone

    query_string = normalise_query_string(clean.text)
    now = timezone.now()
    try:
        with transaction.atomic():
            updated = ZeroResultQuery.objects.filter(
                query_string=query_string, language_code=language_code
            ).update(count=F("count") + 1, last_seen=now)
            if not updated:
                ZeroResultQuery.objects.create(
                    query_string=query_string,
                    language_code=language_code,
                    count=1,
                    last_seen=now,
                )
    except Exception:  # a race or an odd string must not break the search
        logger.warning(
            "Could not record zero-result search %r", clean.text, exc_info=True
        )


def _promotions(clean: CleanQuery, request: HttpRequest, locale: Locale) -> list[dict]:
    """Editors' picks for this query, in the active language, visible ones only."""
    picks = list(
        SearchPromotion.objects.filter(
            query__query_string=normalise_query_string(clean.text)
        ).select_related("page")
    )
    if not picks:
        return []
    translation_keys = {p.page.translation_key for p in picks if p.page_id}
    localized = {
        page.translation_key: page
        for page in _searchable_pages(request, locale).filter(
            translation_key__in=translation_keys
        )
    }
    promoted = []
    for pick in picks:
        if pick.page_id:
            page = localized.get(pick.page.translation_key)
            if page is None:
                continue
            promoted.append(
                {
                    "title": page.title,
                    "url": page.get_url(request),
                    "description": pick.description or page.search_description,
                }
            )
        elif pick.external_link_url:
            promoted.append(
                {
                    "title": pick.external_link_text or pick.external_link_url,
                    "url": pick.external_link_url,
                    "description": pick.description,
                }
            )
    return promoted


@dataclass(frozen=True)
class CardPage:
    """What a result card shows of its page (for `content_lang`)."""

    title: str
    alias_of_id: int | None


def _decorate(pages: list[Page], request: HttpRequest) -> list[dict[str, Any]]:
    """Result cards: the specific page, its type, summary, trust and framework chips.

    A bounded number of queries: one per page type on the page of results for
    the specific objects, and one per type for each of trust and elements.
    """
    from directory.models import FrameworkElement

    if not pages:
        return []
    specific = {
        p.pk: p for p in Page.objects.filter(pk__in=[p.pk for p in pages]).specific()
    }
    by_class: dict[type[Model], list[Page]] = defaultdict(list)
    for page in specific.values():
        by_class[type(page)].append(page)
    for model, objs in by_class.items():
        names = {f.name for f in model._meta.get_fields()}
        lookups = [name for name in ("trust", "elements", "region") if name in names]
        if lookups:
            prefetch_related_objects(objs, *lookups)

    elements_by_key = FrameworkElement.by_key()
    cards = []
    for page in pages:
        obj = specific.get(page.pk, page)
        type_value, type_name = type_label(page.content_type_id)
        summary = (
            getattr(obj, "summary", "")
            or obj.search_description
            or getattr(obj, "intro", "")
            or ""
        )
        trust = getattr(obj, "trust", None)
        if trust is not None:
            # Only what the card shows: cards are cached (and pickled).
            trust = {"slug": trust.slug, "title": trust.title}
        elements = []
        if hasattr(obj, "elements"):
            elements = [
                elements_by_key.get(e.translation_key, e) for e in obj.elements.all()
            ][:CHIP_LIMIT]
        cards.append(
            {
                "page": CardPage(obj.title, obj.alias_of_id),
                "url": obj.get_url(request),
                "type": type_value,
                "type_label": type_name,
                "summary": str(summary),
                "trust": trust,
                "elements": elements,
            }
        )
    return cards


def _results_cache_key(
    request: HttpRequest, locale: Locale, clean: CleanQuery, facets
) -> str | None:
    """Where this anonymous search's results are cached (home/data_cache.py).

    The results (ordered ids, totals, facet counts) are the same for every
    page number, so one entry serves them all.
    """
    selected = selected_filters(request, [f.param for f in facets])
    return data_key(request, "search", locale.pk, clean.text, selected)


def _pages_in_order(ids: list[int]) -> list[Page]:
    by_id = Page.objects.in_bulk(ids)
    return [by_id[pk] for pk in ids if pk in by_id]


def _without_filters_url(request: HttpRequest, facets) -> str:
    kept = querystring_without(request.GET, drop=[f.param for f in facets] + ["page"])
    return f"{request.path}?{kept}" if kept else request.path


def search(request: HttpRequest) -> HttpResponse:
    clean = normalise_query(request.GET.get("q", ""))
    locale = active_locale()
    pages = _searchable_pages(request, locale)
    facets = search_facets(locale.pk)
    page_number = _page_number(request)

    outcome: SearchOutcome | None = None
    filters = None
    results_source: Any = None
    unfiltered_total = 0
    cache_key = _results_cache_key(request, locale, clean, facets) if clean else None
    hit = read(cache_key) if cache_key else None
    # The facet checkboxes are rendered once per cached set of counts.
    facets_key = f"{cache_key}:facets" if hit is not None else None
    ids_cached = hit is not None
    if hit is not None:
        filters = apply_search_facets(pages, request.GET, facets, counts=hit["counts"])
        unfiltered_total = hit["unfiltered_total"]
        results_source = hit["ids"]
    elif clean:
        # Every match ranked in one query: the facet counts, the filtered
        # results and the cached entry all come from these ids.
        outcome = run_search(_as_search_queryset(pages), clean, rank_all=True)
        unfiltered_total = outcome.total
        ranked = outcome.ranked_ids()
        matches = ranked
        if matches is None:
            matches = outcome.matching_ids()
            if not isinstance(matches, list):
                # Fetch the matches once rather than re-run the text search
                # in every part of the facet counts.
                matches = list(matches.values_list("pk", flat=True))
        filters = apply_search_facets(
            pages, request.GET, facets, count_within=matches, locale_id=locale.pk
        )
        if ranked is not None:
            results_source = ranked
            if filters.active:
                wanted = set(
                    filters.queryset.filter(pk__in=pages_with_ids(ranked))
                    .order_by()
                    .values_list("pk", flat=True)
                )
                results_source = [pk for pk in ranked if pk in wanted]
        elif not filters.active:
            results_source = outcome
        elif outcome.queryset is not None:
            narrowed = outcome.queryset.filter(
                pk__in=filters.queryset.order_by().values("pk")
            )
            results_source = SearchOutcome(
                query=clean,
                results=narrowed,
                total=narrowed.count(),
                queryset=narrowed,
                degraded=outcome.degraded,
                strategy=outcome.strategy,
                backend=outcome.backend,
            )
        else:
            results_source = run_search(_as_search_queryset(filters.queryset), clean)
        degraded = outcome.degraded or getattr(results_source, "degraded", False)
        if cache_key and not degraded:
            ids = (
                results_source
                if isinstance(results_source, list)
                else results_source.ranked_ids()
            )
            if ids is not None:
                results_source = ids
                ids_cached = True
                facets_key = f"{cache_key}:facets"
                cache.set(
                    cache_key,
                    {
                        "ids": ids,
                        "unfiltered_total": unfiltered_total,
                        "counts": option_counts(filters),
                    },
                    cache_seconds(),
                )
    else:
        filters = apply_search_facets(pages, request.GET, facets)
        if filters.active:
            browse = filters.queryset.order_by("-first_published_at", "-pk")
            results_source = SearchOutcome(
                query=clean,
                results=browse,
                total=browse.count(),
                queryset=browse,
                strategy="empty",
            )

    page_obj = None
    cards: list[dict[str, Any]] = []
    cards_key = None
    total = 0
    if results_source is not None:
        paginator = Paginator(results_source, PAGE_SIZE)
        page_obj = paginator.get_page(page_number)
        if isinstance(results_source, list):  # ranked or cached ids
            ids = list(page_obj.object_list)
            if ids_cached:
                # ...and each page of cards is cached with them.
                cards_key = f"{cache_key}:cards-{page_obj.number}:{request.get_host()}"
                cards = cached(
                    cards_key, lambda: _decorate(_pages_in_order(ids), request)
                )
            else:
                cards = _decorate(_pages_in_order(ids), request)
        else:
            cards = _decorate(list(page_obj.object_list), request)
        total = paginator.count

    promoted: list[dict] = []
    did_you_mean = None
    if clean:
        if page_number == 1:
            _log_query(clean)
            promoted = _promotions(clean, request, locale)
        if total < FEW_RESULTS:
            did_you_mean = suggest_spelling(clean.words, vocabulary(locale))
        if unfiltered_total == 0 and page_number == 1:
            record_zero_results(clean, locale.language_code)

    context = {
        "search_query": clean.text,
        "query_trimmed": clean.trimmed,
        "outcome": outcome,
        "degraded": bool(outcome and outcome.degraded),
        "filters": filters,
        "page_obj": page_obj,
        "cards": cards,
        "total": total,
        "unfiltered_total": unfiltered_total,
        "promoted": promoted,
        "did_you_mean": did_you_mean,
        "querystring": querystring_without(request.GET),
        "remove_filters_url": _without_filters_url(request, facets),
        "facets_key": facets_key,
        # The result list, rendered once per cached page of cards.
        "cards_key": cards_key,
        "has_query": bool(clean),
    }
    response = TemplateResponse(request, "search/search.html", context)
    # Each search is logged, so a shared page cache must not answer it.
    patch_cache_control(response, private=True, no_cache=True)
    return response


def suggest(request: HttpRequest) -> JsonResponse:
    """Autocomplete: titles, URLs and types for the first characters typed."""
    clean = normalise_query(request.GET.get("q", ""))
    results: list[dict[str, str]] = []
    degraded = False
    if clean:
        locale = active_locale()
        pages = _searchable_pages(request, locale)
        outcome = run_search(_as_search_queryset(pages), clean, autocomplete=True)
        degraded = outcome.degraded
        for page in outcome[:SUGGEST_LIMIT]:
            _value, type_name = type_label(page.content_type_id)
            results.append(
                {
                    "title": page.title,
                    "url": page.get_url(request) or "",
                    "type": type_name,
                }
            )
    payload: dict[str, Any] = {"query": clean.text, "results": results}
    if degraded:
        payload["degraded"] = True
        payload["notice"] = _(
            "Search is running in a reduced mode; results may be incomplete."
        )
    response = JsonResponse(payload)
    if degraded:
        patch_cache_control(response, no_cache=True, private=True)
    return response
