"""Facets for /search/: one search over every page type, filtered like the lists.

The parameters and their values are the URL contract shared with /practice/
and /directory/ (`type`, `area`, `element`, `phase`, `region`, `trust`, with
the vocabularies' slugs), so a filter chip or a shared link means the same
thing everywhere. The options, selections and unknown-value reporting reuse
home/filters.py's data classes and template; what differs is that a search
result can be any page type, so each facet reaches its slug by one ORM path
per model that has the field (e.g. practice pages and expert profiles both
have `elements`). Paths are resolved from the models present, so a facet
simply gains a path when a new page type with that field is installed.

Counts: each option counts the matches with the *other* facets applied. They
are tallied in Python from flat queries over the matches' ids (passed as ONE
array parameter): the type from Page, every other facet from each page model
that has it, reading that model's table and relations only. A SQL GROUP BY
per facet, with the other facets as subqueries, took over a second at 13,000
pages; joining every path from Page, ~150 ms for 3,700 matches; this, ~90 ms.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache, reduce
from typing import Any

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import FieldDoesNotExist
from django.db import connection
from django.db.models import Model, Q, QuerySet
from django.db.models.expressions import RawSQL
from django.http import QueryDict
from django.utils.translation import gettext_lazy as _

from wagtail.models import Page

from home import facet_index as facet_index_of
from home.facet_index import Index
from home.filters import Facet, FacetState, FilterResult, Option, selected_values
from home.memo import versioned
from home.page_cache import VERSION_KEY

# `type` values: the practice library's (case-study, what-works) plus the
# other kinds of page search finds. Models not installed are skipped.
PAGE_TYPES: list[tuple[str, object, tuple[str, ...]]] = [
    ("case-study", _("Case study"), ("practice.CaseStudyPage",)),
    ("what-works", _("What works / what didn't"), ("practice.WhatWorksPage",)),
    ("expert", _("Expert"), ("directory.ExpertProfilePage",)),
    ("trust", _("Member trust"), ("trusts.TrustPage",)),
    ("framework", _("Framework"), ("directory.FrameworkIndexPage",)),
    (
        "page",
        _("Page"),
        (
            "home.HomePage",
            "home.StandardPage",
            "practice.PracticeIndexPage",
            "directory.DirectoryIndexPage",
            "trusts.TrustIndexPage",
        ),
    ),
]

# Structural pages that only redirect to a filtered list: never results.
EXCLUDED_TYPES = (
    "practice.TrustPracticeIndexPage",
    "directory.TrustDirectoryIndexPage",
)

# (facet parameter, model label, lookup from that model to the slug).
FACET_PATHS: list[tuple[str, str, str]] = [
    ("area", "practice.PracticePage", "elements__area__slug"),
    ("area", "directory.ExpertProfilePage", "elements__area__slug"),
    ("element", "practice.PracticePage", "elements__slug"),
    ("element", "directory.ExpertProfilePage", "elements__slug"),
    ("phase", "practice.PracticePage", "phases__slug"),
    ("phase", "directory.ExpertProfilePage", "phases__slug"),
    ("region", "practice.PracticePage", "region__slug"),
    ("region", "directory.ExpertProfilePage", "region__slug"),
    ("region", "trusts.TrustPage", "region__slug"),
    ("trust", "practice.PracticePage", "trust__slug"),
    ("trust", "directory.ExpertProfilePage", "trust__slug"),
    # A trust's own page is found by its trust filter too.
    ("trust", "trusts.TrustPage", "=slug"),
]


def _model(label: str) -> type[Model] | None:
    try:
        return apps.get_model(label)
    except LookupError:
        return None


def _path_from_page(model: type[Model]) -> str:
    """The reverse one-to-one chain from Page to a page model, e.g. practicepage."""
    chain = [m for m in reversed(model._meta.get_parent_list()) if m is not Page]
    return "__".join(m._meta.model_name for m in [*chain, model])


def _resolve(label: str, lookup: str) -> str | None:
    """The ORM path from Page to a slug, or None if the model or field is missing.

    A lookup starting with "=" is anchored on the model itself even when the
    field is inherited (a trust page's own slug, not every page's slug).
    """
    model = _model(label)
    if model is None or not issubclass(model, Page):
        return None
    anchored = lookup.startswith("=")
    lookup = lookup.lstrip("=")
    try:
        defining = model._meta.get_field(lookup.split("__")[0]).model
    except FieldDoesNotExist:
        return None
    if anchored:
        defining = model
    if defining is Page:
        return lookup
    return f"{_path_from_page(defining)}__{lookup}"


@cache
def facet_paths() -> dict[str, tuple[str, ...]]:
    paths: dict[str, list[str]] = {}
    for param, label, lookup in FACET_PATHS:
        resolved = _resolve(label, lookup)
        if resolved and resolved not in paths.get(param, []):
            paths.setdefault(param, []).append(resolved)
    return {param: tuple(p) for param, p in paths.items()}


def type_content_types() -> dict[str, list[int]]:
    """`type` value -> content type ids of the installed models it covers."""
    result: dict[str, list[int]] = {}
    for value, _label, labels in PAGE_TYPES:
        models = [m for m in map(_model, labels) if m is not None]
        if models:
            by_model = ContentType.objects.get_for_models(*models)
            result[value] = sorted(ct.pk for ct in by_model.values())
    return result


def excluded_content_types() -> list[int]:
    models = [m for m in map(_model, EXCLUDED_TYPES) if m is not None]
    return [ct.pk for ct in ContentType.objects.get_for_models(*models).values()]


def type_label(content_type_id: int) -> tuple[str, str]:
    """(type value, label) for a result's content type."""
    for value, ids in type_content_types().items():
        if content_type_id in ids:
            label = next(lbl for v, lbl, _m in PAGE_TYPES if v == value)
            return value, str(label)
    model = ContentType.objects.get_for_id(content_type_id).model_class()
    return "page", str(model._meta.verbose_name) if model else ""


@dataclass
class SearchFacet:
    """A facet over pages of any type: `paths` are ORM lookups from Page."""

    param: str
    label: object
    paths: Sequence[str]
    choices: Callable[[], Iterable[tuple[str, str]]]
    values_to_q: Callable[[list[str]], Q] | None = None
    facet: Facet = field(init=False)

    def __post_init__(self) -> None:
        # home/filters.Facet drives the shared facet_fieldsets.html template.
        self.facet = Facet(param=self.param, label=self.label, choices=self.choices)

    def q(self, values: list[str]) -> Q:
        if self.values_to_q is not None:
            return self.values_to_q(values)
        if not self.paths:
            return Q(pk__in=[])
        # One `pk IN (subquery)` per path rather than OR-ed joins: PostgreSQL
        # hashes each subquery once instead of joining every page type's
        # relations for every row (measured: 0.9 s to 0.1 s at 13,000 pages).
        return reduce(
            lambda a, b: a | b,
            (
                Q(pk__in=Page.objects.filter(**{f"{path}__in": values}).values("pk"))
                for path in self.paths
            ),
        )


def search_facets(locale_id: int) -> list[SearchFacet]:
    """The facets in the order the form shows them."""
    from directory.models import FrameworkArea, FrameworkElement, Phase, Region
    from trusts.models import TrustPage

    types = type_content_types()
    paths = facet_paths()

    def type_q(values: list[str]) -> Q:
        ids = [ct for v in values for ct in types.get(v, [])]
        return Q(content_type_id__in=ids)

    def trust_choices() -> list[tuple[str, str]]:
        # Every trust, for every search: kept until a page changes.
        return versioned(
            VERSION_KEY,
            f"search-trusts:{locale_id}",
            lambda: list(
                TrustPage.objects.live()
                .filter(locale_id=locale_id)
                .order_by("title")
                .values_list("slug", "title")
            ),
            60 * 60,
        )

    return [
        SearchFacet(
            param="type",
            label=_("Type"),
            paths=("content_type_id",),
            choices=lambda: [(v, str(lbl)) for v, lbl, _m in PAGE_TYPES if v in types],
            values_to_q=type_q,
        ),
        SearchFacet(
            param="area",
            label=_("Framework area"),
            paths=paths.get("area", ()),
            choices=lambda: [(a.slug, str(a)) for a in FrameworkArea.localized_list()],
        ),
        SearchFacet(
            param="element",
            label=_("Framework element"),
            paths=paths.get("element", ()),
            choices=lambda: [
                (e.slug, str(e)) for e in FrameworkElement.localized_list()
            ],
        ),
        SearchFacet(
            param="phase",
            label=_("Phase"),
            paths=paths.get("phase", ()),
            choices=lambda: [(p.slug, p.name) for p in Phase.localized_list()],
        ),
        SearchFacet(
            param="region",
            label=_("Region"),
            paths=paths.get("region", ()),
            choices=lambda: [(r.slug, r.name) for r in Region.localized_list()],
        ),
        SearchFacet(
            param="trust",
            label=_("Trust"),
            paths=paths.get("trust", ()),
            choices=trust_choices,
        ),
    ]


@cache
def facet_sources() -> list[tuple[str, type[Model], str]]:
    """(facet parameter, page model, lookup from that model) for counting.

    Counting reads each model's own table (and its relations) for the
    matches' ids, rather than joining from Page to every page type's table.
    """
    sources = []
    for param, label, lookup in FACET_PATHS:
        model = _model(label)
        if model is not None and _resolve(label, lookup) is not None:
            sources.append((param, model, lookup.lstrip("=")))
    return sources


def _facet_values(within: Any, params: Iterable[str]) -> dict[str, dict[int, set[str]]]:
    """For each facet, the values each page has (pages without any left out).

    `within` is what `pk__in` takes: the ids of the pages to describe. The
    type comes from Page; every other facet from each model that has it, one
    query each. Plain dicts and sets, not a dict of sets per page: this runs
    over every match (thousands of pages) on each uncached search.
    """
    values: dict[str, dict[int, set[str]]] = {param: {} for param in params}
    queries = []
    if "type" in values:
        queries.append(("type", Page._base_manager, "content_type_id"))
    for param, model, lookup in facet_sources():
        if param in values:
            queries.append((param, model._base_manager, lookup))
    for param, manager, lookup in queries:
        rows = (
            manager.filter(pk__in=within)
            .filter(**{f"{lookup}__isnull": False})
            .order_by()
            .values_list("pk", lookup)
        )
        target = values[param]
        for pk, value in rows:
            found = target.get(pk)
            if found is None:
                target[pk] = {str(value)}
            else:
                found.add(str(value))
    return values


def ids_condition(ids: Sequence[int]) -> Any:
    """What `pk__in` takes for a list of ids, passed as ONE parameter (an array).

    The facet counts repeat the match set in every query; as `IN (%s, %s,
    ...)` that is thousands of parameters each (PostgreSQL allows 65,535 per
    statement, SQLite 32,766), as a subquery over the text search it re-runs
    the search each time (seconds at 10,000 pages).
    """
    ids = [int(i) for i in ids]
    vendor = connection.vendor
    if vendor == "postgresql":
        # An array literal: psycopg adapting a list costs ~1 µs an element,
        # for every query it is passed to.
        literal = "{" + ",".join(map(str, ids)) + "}"
        return RawSQL("SELECT unnest(%s::integer[])", (literal,))  # noqa: S611
    if vendor == "sqlite":
        return RawSQL("SELECT value FROM json_each(%s)", (json.dumps(ids),))  # noqa: S611
    return ids


def pages_with_ids(ids: Sequence[int]) -> QuerySet:
    """Pages by a list of ids (see `ids_condition`)."""
    return Page.objects.filter(pk__in=ids_condition(ids))


def _matching(conditions: Iterable[Q]) -> QuerySet:
    pages = Page.objects.all()
    for condition in conditions:
        pages = pages.filter(condition)
    return pages.order_by().values("pk")


def apply_search_facets(
    queryset: QuerySet,
    params: QueryDict,
    facets: Sequence[SearchFacet],
    count_within: QuerySet | Sequence[int] | None = None,
    counts: dict[tuple[str, str], int] | None = None,
    locale_id: int | None = None,
) -> FilterResult:
    """Filter `queryset` by the selected facets and count every option.

    `counts` ((param, value) -> count), when given, are used instead of
    counting: the search view passes the counts it cached for this search.

    `count_within` is the set the counts describe (the search's matches among
    the visible pages); it defaults to `queryset`. Given as ids with the
    language's `locale_id`, they are counted in the language's facet index
    (`facet_index`), without a query. The returned queryset is a `pk__in`
    subquery so a search backend accepts it and no join duplicates rows.
    """
    states: list[FacetState] = []
    unknown: list[tuple[str, str]] = []
    for search_facet in facets:
        facet = search_facet.facet
        state = FacetState(facet=facet, selected=selected_values(params, facet.param))
        choices = list(facet.choices())
        known = {value for value, _label in choices}
        state.unknown = [v for v in state.selected if v not in known]
        unknown += [(facet.param, v) for v in state.unknown]
        state.options = [
            Option(value=v, label=label, selected=v in state.selected)
            for v, label in choices
        ]
        states.append(state)

    by_param = {f.param: f for f in facets}
    conditions = {
        s.facet.param: by_param[s.facet.param].q(s.selected)
        for s in states
        if s.selected
    }

    filtered = queryset
    if conditions:
        filtered = queryset.filter(pk__in=_matching(conditions.values()))

    # Each facet counts with the other facets applied (not itself), so every
    # option says how many results choosing it would give. Counted by set
    # intersection (home/facet_index.py) in the language's index, or in one
    # built from a few flat queries over the matches: one SQL query per facet
    # with the others as subqueries took over a second at 13,000 pages.
    if counts is None:
        if count_within is None:
            count_within = queryset
        params = tuple(f.param for f in facets if f.paths)
        if locale_id is not None and not isinstance(count_within, QuerySet):
            index = facet_index(locale_id, params)
            matches = set(count_within)
        else:
            if isinstance(count_within, QuerySet):
                within = count_within.order_by().values("pk")
            else:
                within = ids_condition(count_within)
            values = _page_values(within, params)
            # The index of just these pages; a page with no facet value can
            # count for nothing, so the pages with one are all the matches.
            index = _inverted(values)
            matches = set().union(*values.values())
        counts = facet_index_of.count(
            index,
            matches,
            {s.facet.param: s.selected for s in states},
            [s.facet.param for s in states],
        )
    for state in states:
        for option in state.options:
            option.count = counts.get((state.facet.param, option.value), 0)

    return FilterResult(queryset=filtered, facets=states, unknown=unknown)


def option_counts(result: FilterResult) -> dict[tuple[str, str], int]:
    """The counts of a FilterResult, in the form `apply_search_facets` accepts."""
    return {
        (state.facet.param, option.value): option.count
        for state in result.facets
        for option in state.options
        if option.count
    }


def _page_values(within: Any, params: Sequence[str]) -> dict[str, dict[int, set[str]]]:
    """`_facet_values` with each page's content type turned into its `type`."""
    values = _facet_values(within, params)
    if "type" in values:
        types = type_content_types()
        type_of = {str(ct): value for value, cts in types.items() for ct in cts}
        values["type"] = {
            pk: {type_of.get(ct, "") for ct in cts}
            for pk, cts in values["type"].items()
        }
    return values


def facet_index(locale_id: int, params: tuple[str, ...]) -> Index:
    """For each facet and value, the ids of the language's live pages with it.

    Counting a search's matches by querying their values cost ~45 µs a match
    (160 ms for a common word's 3,700, 530 ms for 11,700 at 10,000 practice
    pages); intersecting them with this takes a few milliseconds
    (home/facet_index.py). Built once per version of the content (any
    publish moves it on) and kept in each process: ~0.7 s and ~7 MB per
    language at that scale.
    """

    def build() -> Index:
        live = Page.objects.filter(locale_id=locale_id, live=True).values("pk")
        return _inverted(_page_values(live, params))

    name = f"search-facet-index:{locale_id}:{','.join(params)}"
    return versioned(VERSION_KEY, name, build, facet_index_of.KEEP_SECONDS)


def _inverted(values: dict[str, dict[int, set[str]]]) -> Index:
    """{param: {page id: values}} as {param: {value: page ids}}."""
    return facet_index_of.invert(
        {
            param: ((pk, v) for pk, found in by_page.items() for v in found)
            for param, by_page in values.items()
        }
    )
