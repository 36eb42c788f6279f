"""Faceted filtering for the public lists (practice library, directory, search).

The URL contract: each filter is a GET parameter whose values are stable slugs;
repeating a parameter ORs its values, different parameters AND together. An
unknown value is not an error: it matches nothing and is reported back so the
page can say so. Every option carries the number of results it would give
(counted with the other parameters applied), one GROUP BY query per facet.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.db.models import Count, Q, QuerySet
from django.http import QueryDict

MAX_VALUES_PER_PARAM = 20


@dataclass
class Option:
    value: str
    label: str
    count: int = 0
    selected: bool = False


@dataclass
class Facet:
    """One filter parameter: how to list its options and how to apply it.

    `lookup` is the ORM path from the filtered model to the slug, e.g.
    "elements__slug" or "trust__slug"; `choices` returns (slug, label) pairs
    in display order. A facet with a custom `apply` (e.g. `available=1`)
    gives its own Q object and is not counted unless `count_lookup` is set.
    """

    param: str
    label: str
    lookup: str | None = None
    choices: Callable[[], Iterable[tuple[str, str]]] = lambda: ()
    apply: Callable[[list[str]], Q] | None = None
    count_lookup: str | None = None
    show_counts: bool = True

    def q(self, values: Sequence[str]) -> Q:
        if self.apply is not None:
            return self.apply(list(values))
        return Q(**{f"{self.lookup}__in": list(values)})


@dataclass
class FacetState:
    facet: Facet
    selected: list[str]
    options: list[Option] = field(default_factory=list)
    unknown: list[str] = field(default_factory=list)


@dataclass
class FilterResult:
    queryset: QuerySet
    facets: list[FacetState]
    unknown: list[tuple[str, str]]

    @property
    def active(self) -> bool:
        return any(state.selected for state in self.facets)

    def facet(self, param: str) -> FacetState:
        return next(s for s in self.facets if s.facet.param == param)


def selected_values(params: QueryDict, param: str) -> list[str]:
    """Distinct, non-empty values of one parameter, capped against abuse."""
    seen: list[str] = []
    for raw in params.getlist(param)[:MAX_VALUES_PER_PARAM]:
        value = raw.replace("\x00", "").strip()[:100]
        if value and value not in seen:
            seen.append(value)
    return seen


def apply_facets(
    queryset: QuerySet, params: QueryDict, facets: Sequence[Facet]
) -> FilterResult:
    """Filter `queryset` by the facets selected in `params` and count options."""
    states: list[FacetState] = []
    unknown: list[tuple[str, str]] = []
    for facet in facets:
        state = FacetState(facet=facet, selected=selected_values(params, facet.param))
        choices = list(facet.choices())
        known = {value for value, _label in choices}
        if choices:
            state.unknown = [v for v in state.selected if v not in known]
            unknown += [(facet.param, v) for v in state.unknown]
        state.options = [
            Option(value=v, label=label, selected=v in state.selected)
            for v, label in choices
        ]
        states.append(state)

    conditions = {s.facet.param: s.facet.q(s.selected) for s in states if s.selected}
    filtered = queryset
    for condition in conditions.values():
        filtered = filtered.filter(condition)
    if conditions:
        filtered = filtered.distinct()

    for state in states:
        lookup = state.facet.count_lookup or state.facet.lookup
        if not (state.facet.show_counts and lookup and state.options):
            continue
        base = queryset
        for param, condition in conditions.items():
            if param != state.facet.param:
                base = base.filter(condition)
        counts = dict(
            base.order_by()
            .values_list(lookup)
            .annotate(n=Count("pk", distinct=True))
            .values_list(lookup, "n")
        )
        for option in state.options:
            option.count = counts.get(option.value, 0)

    return FilterResult(queryset=filtered, facets=states, unknown=unknown)


def querystring_without(params: QueryDict, drop: Iterable[str] = ("page",)) -> str:
    """The current query string minus some parameters (for paging links)."""
    kept = [(k, v) for k, values in params.lists() if k not in drop for v in values]
    return urlencode(kept)
