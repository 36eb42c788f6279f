"""The practice library at /practice/: filters, counts, search and paging.

The list is one query over PracticePage (both kinds share its table), filtered
by the shared facet engine in home/filters.py. Two things are done here rather
than there, each for a measured reason:

* the options of all seven facets are counted by set intersection in the
  language's facet index (`library_index`, home/facet_index.py: value ->
  page ids, built once per version of the content and kept per process),
  which also gives the total: a `UNION ALL` of one grouped query per facet
  took ~300 ms at 10,000 practice pages, the intersections a few ms. The
  trust and topic choices are kept with the index;
* `q` is matched with Wagtail search, and any failure of the search backend
  (odd syntax such as `"` or `AND OR (`, an unreachable cluster) falls back to
  a plain `icontains` on title and summary instead of a server error; only
  the words of `q` reach the backend, so punctuation cannot break its syntax.
"""

from __future__ import annotations

import logging
import re
from collections import defaultdict
from contextlib import nullcontext
from typing import Any

from django.core.cache import cache
from django.core.paginator import Paginator
from django.db import DatabaseError, connection, models, transaction
from django.db.models import Count, F, Q, QuerySet, Value
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from home.data_cache import (
    cache_seconds,
    cached,
    data_key,
    read,
    selected_filters,
)
from home.facet_index import KEEP_SECONDS, Index, by_lookups, count, through_all
from home.filters import (
    Facet,
    FilterResult,
    apply_facets,
    querystring_without,
    selected_values,
)
from home.memo import versioned
from home.page_cache import VERSION_KEY

from .models import PracticePage, PracticePageTag, PracticeType
from .queries import card_queryset, decorate, live_practice

logger = logging.getLogger(__name__)

PAGE_SIZE = 20
MAX_QUERY_LENGTH = 200
MAX_SEARCH_IDS = 1000  # for search backends that cannot hand back a subquery
TAG_OPTIONS_SHOWN = 30
_CONTROL_CHARACTERS = re.compile(r"[\x00-\x1f\x7f]")
_WORDS = re.compile(r"\w+")

# Filter parameter -> ORM path to the slug it matches (the URL contract).
FACET_LOOKUPS: dict[str, str] = {
    "area": "elements__area__slug",
    "element": "elements__slug",
    "type": "practice_type",
    "phase": "phases__slug",
    "region": "region__slug",
    "trust": "trust__slug",
    "tag": "tags__slug",
}
# Facets whose choices come from the database rather than a cached vocabulary.
LISTED_CHOICES = ("trust", "tag")


def clean_query(raw: str) -> str:
    """The text search as typed, without control characters, capped in length."""
    return _CONTROL_CHARACTERS.sub(" ", raw).strip()[:MAX_QUERY_LENGTH].strip()


def search_terms(query: str) -> str:
    """Only the words of a query: punctuation is what breaks full-text syntax.

    The database backends quote each term, so `"`, `(` or `*` in a term can
    make the SQL invalid (SQLite's FTS5 rejects an unbalanced quote); words
    (in any script, Hebrew and Welsh included) are always safe.
    """
    return " ".join(_WORDS.findall(query))


def icontains_within(queryset: QuerySet, query: str) -> QuerySet:
    """The plain fallback: every word in the title or the summary."""
    condition = Q()
    for word in query.split()[:10]:
        condition &= Q(title__icontains=word) | Q(summary__icontains=word)
    return queryset.filter(condition)


def search_within(
    queryset: QuerySet, query: str, locale_id: int
) -> tuple[QuerySet, bool]:
    """Narrow `queryset` to pages matching `query`; True if it fell back.

    The database backends hand back a queryset, used as a subquery so the
    match stays inside the list's own queries (no extra query); other
    backends give ids. Any failure to build or run the search falls back to
    icontains (practice_listing() also catches errors raised while the
    subquery runs).
    """
    terms = search_terms(query)
    if not terms:
        return icontains_within(queryset, query), True
    # The backend only understands filters on FilterFields (live, locale), so
    # it searches a plain queryset and the result narrows the real one.
    searchable = PracticePage.objects.live().filter(locale_id=locale_id)
    try:
        results = searchable.search(terms, operator="and", order_by_relevance=False)
        get_queryset = getattr(results, "get_queryset", None)
        if get_queryset is not None:
            matches: Any = get_queryset().values("pk")
        else:
            matches = [r.pk for r in results[:MAX_SEARCH_IDS]]
    except Exception:  # any backend failure (syntax, connection) means fall back
        logger.warning("Practice search fell back to icontains for %r", query)
        return icontains_within(queryset, query), True
    return queryset.filter(pk__in=matches), False


def _in(lookup: str):
    return lambda values: Q(**{f"{lookup}__in": values})


def practice_facets(listed: dict[str, list[tuple[str, str]]]) -> list[Facet]:
    """The library's filters, in the order the form shows them.

    Each facet filters through `apply` and leaves `lookup` empty, so the facet
    engine does not count it: facet_counts() counts them all from the index.
    `listed` holds the trust and topic choices kept with that index.
    """
    from directory.models import FrameworkArea, FrameworkElement, Phase, Region

    def vocabulary(model, label) -> Any:
        return lambda: [(term.slug, label(term)) for term in model.localized_list()]

    labels = {
        "area": _("Framework area"),
        "element": _("Framework element"),
        "type": _("Type"),
        "phase": _("Phase"),
        "region": _("Region"),
        "trust": _("Trust"),
        "tag": _("Topic"),
    }
    choices = {
        "area": vocabulary(FrameworkArea, lambda a: f"{a.number} {a.name}"),
        "element": vocabulary(FrameworkElement, lambda e: f"{e.code} {e.name}"),
        "type": lambda: [(v, str(label)) for v, label in PracticeType.choices],
        "phase": vocabulary(Phase, lambda p: p.name),
        "region": vocabulary(Region, lambda r: r.name),
        "trust": lambda: listed.get("trust", []),
        "tag": lambda: listed.get("tag", []),
    }
    return [
        Facet(param, labels[param], apply=_in(lookup), choices=choices[param])
        for param, lookup in FACET_LOOKUPS.items()
    ]


def _part(queryset: QuerySet, facet: str, value: str, label: Any) -> QuerySet:
    """One arm of the union: (facet, value, label, count) grouped by value."""
    return (
        queryset.order_by()
        .annotate(
            _facet=Value(facet, output_field=models.CharField()),
            _label=label,
        )
        .values("_facet", value, "_label")
        .annotate(_n=Count("pk", distinct=True))
        .values_list("_facet", value, "_label", "_n")
    )


LibraryIndex = tuple[frozenset[int], Index, dict[str, list[tuple[str, str]]]]


def library_index(everything: QuerySet, locale_id: int) -> LibraryIndex:
    """The library's facets for one language, kept until something changes.

    Every listed practice page's id, each facet's value -> page ids, and the
    trust and topic choices. Rebuilt when anything is published,
    unpublished, moved or made private, or a trust, tag or term is edited
    (the page cache's version).
    """

    def build() -> LibraryIndex:
        ids = frozenset(everything.order_by().values_list("pk", flat=True))
        index = by_lookups(everything, FACET_LOOKUPS)
        return ids, index, _listed_choices(everything, locale_id)

    return versioned(VERSION_KEY, f"practice-facets:{locale_id}", build, KEEP_SECONDS)


def _listed_choices(
    everything: QuerySet, locale_id: int
) -> dict[str, list[tuple[str, str]]]:
    """The trust and topic choices, in one query.

    Choices come from all live practice, so an existing value is never
    reported as unknown just because the current search excludes it.
    """
    from trusts.models import TrustPage

    trusts = TrustPage.objects.live().filter(locale_id=locale_id)
    tags = PracticePageTag.objects.filter(content_object__in=everything.values("pk"))
    parts = [
        _part(trusts, "trust", "slug", F("title")),
        _part(tags, "tag", "tag__slug", F("tag__name")),
    ]
    listed: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for facet, value, label, _n in parts[0].union(*parts[1:], all=True):
        listed[facet].append((value, label))
    for param in LISTED_CHOICES:
        listed[param].sort(key=lambda choice: choice[1].lower())
    return dict(listed)


def facet_counts(
    base: QuerySet,
    everything: QuerySet,
    selected: dict[str, list[str]],
    locale_id: int,
) -> tuple[dict[str, dict[str, int]], int]:
    """Every facet's counts, and how many results the selection gives.

    Counts for a facet apply every *other* facet's selection (and `q`), so
    each number says how many results ticking that option would give.
    """
    ids, index, _listed = library_index(everything, locale_id)
    if base is everything:
        matches = set(ids)
    else:
        matches = ids & set(base.order_by().values_list("pk", flat=True))
    counts: dict[str, dict[str, int]] = defaultdict(dict)
    for (param, value), n in count(index, matches, selected, FACET_LOOKUPS).items():
        counts[param][value] = n
    return counts, len(through_all(index, matches, selected))


def _trim_tag_options(result: FilterResult) -> None:
    """Show the most used topics (and any chosen) rather than every tag."""
    state = result.facet("tag")
    chosen = [o for o in state.options if o.selected]
    popular = sorted(
        (o for o in state.options if o.count and not o.selected),
        key=lambda o: (-o.count, o.label.lower()),
    )[:TAG_OPTIONS_SHOWN]
    state.options = chosen + sorted(popular, key=lambda o: o.label.lower())


def practice_listing(request: HttpRequest, index_page) -> dict[str, Any]:
    """Context for /practice/: filters, counts, one page of results, feeds."""
    from directory.models import FrameworkArea

    params = request.GET
    locale_id = index_page.locale_id
    everything = live_practice(locale_id)
    query = clean_query(params.get("q", ""))

    search_fell_back = False
    base = everything
    if query:
        base, search_fell_back = search_within(everything, query, locale_id)
    try:
        # A savepoint only where a failed statement would poison an outer
        # transaction (PostgreSQL inside atomic); autocommit needs none.
        guard = (
            transaction.atomic()
            if query and not search_fell_back and connection.in_atomic_block
            else nullcontext()
        )
        # Counts are the same for every anonymous visitor until something is
        # published (home/data_cache.py); a fallen-back search is not kept.
        key = None
        if not search_fell_back:
            selected = selected_filters(request, list(FACET_LOOKUPS))
            key = data_key(request, "practice", locale_id, query, selected)
        with guard:
            listing = _evaluate(request, base, everything, locale_id, key)
    except DatabaseError:
        if not query or search_fell_back:
            raise
        logger.warning("Practice search failed in the database for %r", query)
        base, search_fell_back = icontains_within(everything, query), True
        listing = _evaluate(request, base, everything, locale_id)

    result = listing["filters"]
    index_url = index_page.get_url(request) or ""
    chosen_areas = result.facet("area").selected
    feed_area = next(
        (a for a in FrameworkArea.localized_list() if chosen_areas == [a.slug]), None
    )
    return {
        **listing,
        "querystring": querystring_without(params),
        "q": query,
        "search_fell_back": search_fell_back,
        "feed_url": f"{index_url}feed/",
        "feed_area": feed_area,
        "feed_area_url": f"{index_url}feed/{feed_area.slug}/" if feed_area else "",
    }


def _evaluate(
    request: HttpRequest,
    base: QuerySet,
    everything: QuerySet,
    locale_id: int,
    cache_key: str | None = None,
) -> dict[str, Any]:
    """Run the list's queries: the facet union, the count and one page.

    With `cache_key`, the facet union and the count come from the data
    cache when they were computed before (only one page of cards is read).
    """
    params = request.GET
    listed: dict[str, list[tuple[str, str]]] = {}
    facets = practice_facets(listed)
    selected = {
        facet.param: values
        for facet in facets
        if (values := selected_values(params, facet.param))
    }
    hit = read(cache_key) if cache_key else None
    if hit is not None:
        found, counts, total = hit
    else:
        found = library_index(everything, locale_id)[2]
        counts, total = facet_counts(base, everything, selected, locale_id)
    listed.update(found)

    result = apply_facets(base, params, facets)
    for state in result.facets:
        for option in state.options:
            option.count = counts[state.facet.param].get(option.value, 0)
    _trim_tag_options(result)

    ordered = card_queryset(result.queryset).order_by("-publication_date", "-pk")
    paginator = Paginator(ordered, PAGE_SIZE)
    paginator.__dict__["count"] = total  # known already: no COUNT query
    # get_page turns "abc", "-3" or "9999" into the first or the last page.
    page_obj = paginator.get_page(params.get("page"))
    if cache_key and hit is None:
        cache.set(cache_key, (dict(found), counts, paginator.count), cache_seconds())

    # This page of cards, read and decorated, is cached too: sorting
    # thousands of filtered rows, then building twenty pages and their chips
    # took longer than anything else the list does.
    def cards() -> list[PracticePage]:
        items = list(page_obj.object_list)
        decorate(items, elements=True)
        return items

    cards_key = f"{cache_key}:cards-{page_obj.number}" if cache_key else None
    items = cached(cards_key, cards)
    return {
        "filters": result,
        "page_obj": page_obj,
        "items": items,
        "result_count": paginator.count,
        # The facet checkboxes and the cards, rendered once per cached set of
        # counts or cards (links are relative to the host asked).
        "facets_key": f"{cache_key}:facets" if cache_key else None,
        "cards_key": f"{cards_key}:{request.get_host()}" if cards_key else None,
    }
