"""The one hardened path from a typed query to search results.

Every text search on the site (/search/, the autocomplete, and the practice
and directory lists) should go through `run_search`, because each of these
has bitten someone:

* Wagtail 8.0.1's database backend raises on a `"` under SQLite FTS5 and on a
  NUL byte under PostgreSQL, and odd input (`AND OR NOT (`) is one keystroke
  away. A failed statement aborts a PostgreSQL transaction, so each attempt
  runs in its own savepoint and the next attempt can still query.
* An Elasticsearch cluster can be unreachable. Searches then run on the
  `database` backend (kept in WAGTAILSEARCH_BACKENDS for this) and say so.
* Education jargon ("SLE", "KS2") must find pages that spell it out, and the
  other way round (see search/synonyms.py).

The attempts, in order: the query's words with synonyms expanded; the plain
words alone; a case-insensitive `icontains` on the model's text fields. The
first that runs wins; none of them can raise.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import reduce
from typing import Any

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import FieldDoesNotExist
from django.db import DatabaseError, connections, models, transaction
from django.db.models import (
    Case,
    Count,
    IntegerField,
    OrderBy,
    Q,
    QuerySet,
    Value,
    When,
    Window,
)
from django.utils import translation

from wagtail.models import Locale
from wagtail.search.backends import get_search_backend
from wagtail.search.backends.base import FilterFieldError, OrderByFieldError
from wagtail.search.query import And, Or, Phrase, PlainText, SearchQuery

from home.memo import versioned
from home.page_cache import VERSION_KEY

from .synonyms import (
    Group,
    expand,
    synonym_table,
    without_equivalent_spellings,
    words_of,
)

logger = logging.getLogger(__name__)

MAX_QUERY_LENGTH = 200
MAX_QUERY_WORDS = 32
# A database search ranks this many ids with its count (a page of /search/).
FIRST_PAGE = 20
# Search backends that cannot hand back a subquery (Elasticsearch) give at
# most this many matching ids to callers that filter or count in SQL.
MAX_MATCHING_IDS = 1000
# After a search backend fails, skip it for this long rather than make every
# visitor wait for the same timeout.
BACKEND_DOWN_SECONDS = 30
FALLBACK_BACKEND = "database"

# Control characters (C0, DEL, C1) except the whitespace that is collapsed anyway.
_CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


@dataclass(frozen=True)
class CleanQuery:
    """A query as typed, made safe: what is searched and what the page shows."""

    text: str
    trimmed: bool = False
    words: tuple[str, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.text)


def normalise_query(raw: object, max_length: int = MAX_QUERY_LENGTH) -> CleanQuery:
    """Strip NUL and control characters, collapse whitespace, cap the length.

    `trimmed` tells the page to say that only the first `max_length`
    characters (or MAX_QUERY_WORDS words) were used.
    """
    text = raw if isinstance(raw, str) else ""
    text = _CONTROL_CHARACTERS.sub(" ", text)
    text = " ".join(text.split())
    trimmed = len(text) > max_length
    if trimmed:
        text = text[:max_length].rstrip()
    words = words_of(text)
    if len(words) > MAX_QUERY_WORDS:
        words = words[:MAX_QUERY_WORDS]
        trimmed = True
    return CleanQuery(text=text, trimmed=trimmed, words=tuple(words))


@dataclass
class SearchOutcome:
    """What a search found, and how it was found.

    Behaves like a sequence that Django's Paginator accepts (`count()` and
    slicing), so views can page it directly. `queryset` is set when the
    results come from a database backend (or the `icontains` fall-back): an
    ordered queryset a caller may filter further or use as a subquery.
    """

    query: CleanQuery
    results: Any
    total: int
    queryset: QuerySet | None = None
    degraded: bool = False
    strategy: str = "expanded"  # expanded | words | contains | empty
    backend: str = "default"
    groups: list[Group] = field(default_factory=list)

    def count(self) -> int:
        return self.total

    def __len__(self) -> int:
        return self.total

    def __getitem__(self, key: slice) -> list:
        if not isinstance(key, slice):
            raise TypeError("SearchOutcome supports slices only")
        return self.slice(key.start or 0, key.stop)

    def slice(self, start: int, stop: int | None) -> list:
        """Evaluate one page of results; a backend failure gives an empty page."""
        try:
            with transaction.atomic():
                return list(self.results[start:stop])
        except Exception:  # a page of results must never become a 500
            logger.warning(
                "Search results for %r could not be fetched",
                self.query.text,
                exc_info=True,
            )
            return []

    def ranked_ids(self) -> list | None:
        """Every match's id, best first; None if they cannot all be had.

        A search service gives at most MAX_MATCHING_IDS, and a failure here
        must not become a server error.
        """
        try:
            if isinstance(self.results, RankedById) and self.results.complete:
                ids = self.results.ids()  # known already: no query
            elif isinstance(self.results, RankedById):
                with transaction.atomic():
                    ids = self.results.ids()
            elif self.queryset is not None:
                with transaction.atomic():
                    ids = list(self.queryset.values_list("pk", flat=True))
            else:
                ids = [obj.pk for obj in self.slice(0, MAX_MATCHING_IDS)]
        except Exception:
            logger.warning(
                "Could not list results for %r", self.query.text, exc_info=True
            )
            return None
        return ids if len(ids) == self.total else None

    def matching_ids(self) -> QuerySet | list:
        """The primary keys of every match, for `pk__in` filters and counts."""
        if self.queryset is not None:
            return self.queryset.order_by().values("pk")
        return [obj.pk for obj in self.slice(0, MAX_MATCHING_IDS)]


# -- backends ------------------------------------------------------------------


def _configured_backends() -> dict[str, dict]:
    return getattr(settings, "WAGTAILSEARCH_BACKENDS", {}) or {}


def _is_database_backend(name: str) -> bool:
    conf = _configured_backends().get(name, {})
    return "database" in conf.get("BACKEND", "wagtail.search.backends.database")


def _down_key(name: str) -> str:
    return f"search-backend-down:{name}"


def backend_is_down(name: str) -> bool:
    return not _is_database_backend(name) and bool(cache.get(_down_key(name)))


def _mark_down(name: str) -> None:
    cache.set(_down_key(name), True, BACKEND_DOWN_SECONDS)


def _fallback_backend(name: str) -> str | None:
    if _is_database_backend(name):
        return None
    if FALLBACK_BACKEND in _configured_backends():
        return FALLBACK_BACKEND
    return None


# -- building queries ------------------------------------------------------------


def _phrase_query(phrase: Sequence[str], operator: str) -> SearchQuery:
    if len(phrase) == 1:
        return PlainText(phrase[0], operator=operator)
    return Phrase(" ".join(phrase))


def build_query(groups: Sequence[Group], operator: str = "and") -> SearchQuery | None:
    """Wagtail query objects for grouped words: OR within a group, `operator` across."""
    if not groups:
        return None
    if all(len(g) == 1 and len(g[0]) == 1 for g in groups):
        # No synonyms: one PlainText, which every backend ranks best.
        return PlainText(" ".join(g[0][0] for g in groups), operator=operator)
    parts: list[SearchQuery] = []
    for group in groups:
        alternatives = [_phrase_query(p, operator) for p in group]
        parts.append(alternatives[0] if len(alternatives) == 1 else Or(alternatives))
    if len(parts) == 1:
        return parts[0]
    return And(parts) if operator == "and" else Or(parts)


def _title_condition(groups: Sequence[Group]) -> Q:
    """Every group has one of its spellings in the title."""
    condition = Q()
    for group in groups:
        condition &= reduce(
            lambda a, b: a | b, (Q(title__icontains=" ".join(p)) for p in group)
        )
    return condition


def _title_first(
    queryset: QuerySet, clean: CleanQuery, groups: Sequence[Group], ascending: bool
) -> QuerySet:
    """Order a database backend's results: exact title, title hit, then score.

    SQLite's FTS5 ranking (bm25 over the whole row) cannot tell a word in the
    title from one in the body, so on its own it does not keep "a page's own
    title finds it first"; this keeps it there.
    """
    if not groups or "title" not in {f.name for f in queryset.model._meta.get_fields()}:
        return queryset
    ranked = queryset.annotate(
        _title_rank=Case(
            When(title__iexact=clean.text, then=Value(2)),
            When(_title_condition(groups), then=Value(1)),
            default=Value(0),
            output_field=IntegerField(),
        )
    )
    return ranked.order_by("-_title_rank", "_score" if ascending else "-_score", "-pk")


def _text_fields(model: type[models.Model], fields: Sequence[str] | None) -> list[str]:
    names = list(fields or [])
    if not names:
        get_fields = getattr(model, "get_searchable_search_fields", list)
        names = [f.field_name for f in get_fields()]
        names += ["search_description", "summary", "intro"]
    text_fields = []
    for name in dict.fromkeys(names):
        try:
            model_field = model._meta.get_field(name)
        except FieldDoesNotExist:  # a method or a relation path
            continue
        if isinstance(model_field, (models.CharField, models.TextField)):
            text_fields.append(name)
    return text_fields or ["pk"]


def _contains(
    queryset: QuerySet, clean: CleanQuery, fields: Sequence[str] | None
) -> QuerySet:
    """The last resort: every word somewhere in the model's text fields."""
    text_fields = [f for f in _text_fields(queryset.model, fields) if f != "pk"]
    if not text_fields:
        return queryset.none()
    terms = list(clean.words) or [clean.text]
    condition = Q()
    for term in terms:
        condition &= reduce(
            lambda a, b: a | b, (Q(**{f"{f}__icontains": term}) for f in text_fields)
        )
    results = queryset.filter(condition)
    if "title" in text_fields:
        results = results.annotate(
            _title_rank=Case(
                When(title__iexact=clean.text, then=Value(2)),
                When(
                    reduce(lambda a, b: a & b, (Q(title__icontains=t) for t in terms)),
                    then=Value(1),
                ),
                default=Value(0),
                output_field=IntegerField(),
            )
        ).order_by("-_title_rank", "-pk")
    else:
        results = results.order_by("-pk")
    return results


# -- running ---------------------------------------------------------------------


def _as_pk_subquery(queryset: QuerySet) -> QuerySet:
    """The same rows as a queryset any search backend accepts: `pk IN (...)`."""
    return queryset.model._default_manager.filter(
        pk__in=queryset.order_by().values("pk")
    )


def _run_once(
    backend_name: str,
    queryset: QuerySet,
    query: SearchQuery | str,
    clean: CleanQuery,
    groups: Sequence[Group],
    *,
    fields: Sequence[str] | None,
    operator: str,
    order_by_relevance: bool,
    autocomplete: bool,
    rank_all: bool = False,
) -> tuple[Any, QuerySet | None, int]:
    backend = get_search_backend(backend_name)
    method = backend.autocomplete if autocomplete else backend.search
    results = method(
        query,
        queryset,
        fields=list(fields) if fields else None,
        operator=operator,
        order_by_relevance=order_by_relevance,
    )
    get_queryset = getattr(results, "get_queryset", None)
    if get_queryset is None:
        # A search service (or EmptySearchResults): count it to find out now,
        # not in a template, whether it answers at all.
        return results, None, results.count()

    # Database backends build a queryset; using it (rather than the results
    # object) lets callers filter it further and use it as a subquery.
    if order_by_relevance:
        results = results.annotate_score("_score")
    with transaction.atomic():
        ordered = _without_selected_vector(results.get_queryset())
        sqlite = type(backend).__module__.endswith(".sqlite.sqlite")
        if sqlite and order_by_relevance and not fields and not autocomplete:
            # PostgreSQL already weights titles (ts_rank weight A, title_norm);
            # there, sorting on this too would make the planner rank every
            # visible page before matching (measured: 150 ms vs 40 ms).
            ordered = _title_first(ordered, clean, groups, ascending=True)
        ranked = RankedById(ordered, rank_all=rank_all)
    return ranked, ordered, ranked.total


class RankedById:
    """A database search's results, a page at a time: rank ids, then read rows.

    Ranking sorts every match; when that sort carried whole rows (page
    columns, or the index entry's vectors that the rank is computed from),
    PostgreSQL hashed or sorted megabytes to return twenty. So the ids and
    their sort keys are computed in a subquery that PostgreSQL may not
    flatten (`OFFSET 0`), and only those are sorted; the rows wanted are then
    read by primary key. The first FIRST_PAGE ids come with the total
    (`COUNT(*) OVER ()`) in the same query, so the matches are found and
    ranked once for a count and the first page (`manage.py bench_search`:
    see the README).
    """

    def __init__(self, ordered: QuerySet, rank_all: bool = False) -> None:
        self.ordered = ordered
        rows = self._rank(0, None if rank_all else FIRST_PAGE)
        self.first = [row[0] for row in rows]
        self.total = rows[0][-1] if rows else 0
        self._all: list | None = self.first if rank_all else None

    @property
    def complete(self) -> bool:
        """Whether every match's id is known without another query."""
        return self._all is not None or len(self.first) < FIRST_PAGE

    def ids(self) -> list:
        """Every match's id, best first (ranked once, then kept)."""
        if self._all is None:
            if self.complete:
                self._all = self.first
            else:
                self._all = [row[0] for row in self._rank(0, None)]
        return self._all

    def _rank(self, start: int, stop: int | None) -> list[tuple]:
        """(pk, *sort keys, total) of the matches from `start` to `stop`."""
        keys = _sort_keys(self.ordered)
        if keys is None:  # ordered by an expression: let Django write it
            rows = self.ordered.annotate(_total=Window(Count("pk"))).values_list(
                "pk", "_total"
            )
            return list(rows[start:stop])
        names = ["pk"] + [name for name, _descending in keys if name != "pk"]
        inner = self.ordered.order_by().values_list(*names)
        db = inner.db
        sql, params = inner.query.sql_with_params()
        order = ", ".join(
            f"{names.index(name) + 1}{' DESC' if descending else ''}"
            for name, descending in keys
        )
        fence = " OFFSET 0" if connections[db].vendor == "postgresql" else ""
        # Only Django's compiled SQL (values stay parameters) and integers.
        statement = (
            f"SELECT *, COUNT(*) OVER () FROM ({sql}{fence}) ranked ORDER BY {order}"  # noqa: S608
        )
        if stop is not None:
            statement += f" LIMIT {int(stop - start)}"
        if start:
            statement += f" OFFSET {int(start)}"
        with connections[db].cursor() as cursor:
            cursor.execute(statement, params)
            return cursor.fetchall()

    def _ids(self, key: slice) -> list:
        start, stop = key.start or 0, key.stop
        if self.complete:
            return self.ids()[start:stop]
        if stop is not None and stop <= FIRST_PAGE:
            return self.first[start:stop]
        return [row[0] for row in self._rank(start, stop)]

    def __getitem__(self, key: slice) -> list:
        ids = self._ids(key)
        by_id = self.ordered.model._default_manager.in_bulk(ids)
        return [by_id[pk] for pk in ids if pk in by_id]

    def count(self) -> int:
        return self.total


def _sort_keys(queryset: QuerySet) -> list[tuple[str, bool]] | None:
    """The queryset's ordering as (field or annotation name, descending).

    None when it orders by an expression rather than by names.
    """
    annotations = queryset.query.annotations
    keys = []
    for item in queryset.query.order_by:
        if isinstance(item, OrderBy):
            # The backends order by their rank expression and also annotate
            # it as the score: sort by that column.
            names = [n for n, a in annotations.items() if a == item.expression]
            if not names:
                return None
            keys.append((names[0], item.descending))
        elif isinstance(item, str) and item != "?" and "__" not in item:
            keys.append((item.lstrip("-"), item.startswith("-")))
        else:
            return None
    return keys or None


def _without_selected_vector(queryset: QuerySet) -> QuerySet:
    """Stop selecting the matched tsvector, which only the WHERE clause needs.

    Wagtail's PostgreSQL backend filters on an annotation (`title || body`),
    so it is also selected: PostgreSQL then concatenates every match's
    vectors below the sort, thousands of detoasted bodies for a common word,
    to return twenty. Its WHERE clause keeps the expression itself.
    """
    annotations = queryset.query.annotation_select
    if "_vector_" not in annotations:
        return queryset
    queryset = queryset.all()
    queryset.query.set_annotation_mask(set(annotations) - {"_vector_"})
    return queryset


def _attempts(
    clean: CleanQuery, operator: str, expand_synonyms: bool, autocomplete: bool
) -> list[tuple[str, SearchQuery | str, list[Group]]]:
    plain_groups: list[Group] = [((w,),) for w in clean.words]
    if autocomplete:
        return [("words", " ".join(clean.words), plain_groups)] if clean.words else []
    attempts: list[tuple[str, SearchQuery | str, list[Group]]] = []
    if expand_synonyms and clean.words:
        groups = without_equivalent_spellings(expand(clean.words, synonym_table()))
        if groups != plain_groups:
            attempts.append(("expanded", build_query(groups, operator), groups))
    if clean.words:
        attempts.append(("words", build_query(plain_groups, operator), plain_groups))
    return attempts


def run_search(
    queryset: QuerySet,
    query: str | CleanQuery,
    *,
    fields: Sequence[str] | None = None,
    operator: str = "and",
    order_by_relevance: bool = True,
    autocomplete: bool = False,
    expand_synonyms: bool = True,
    backend: str = "default",
    rank_all: bool = False,
) -> SearchOutcome:
    """Search `queryset` for `query`, falling back instead of failing.

    `queryset` may be filtered in any way: filters the search index does not
    know are applied as `pk IN (queryset)` (passing a queryset filtered only
    on FilterFields saves that subquery).
    The outcome says whether results may be incomplete (`degraded`) and which
    attempt produced them (`strategy`). `rank_all` ranks every match in the
    first query (for callers that need `ranked_ids()`, like /search/'s facet
    counts), rather than the first page and the total.
    """
    clean = query if isinstance(query, CleanQuery) else normalise_query(query)
    if not clean:
        return SearchOutcome(
            clean, queryset.none(), 0, queryset.none(), strategy="empty"
        )

    operator = operator if operator in ("and", "or") else "and"
    backend_name = backend
    degraded = False
    if backend_is_down(backend_name):
        fallback = _fallback_backend(backend_name)
        degraded = True
        backend_name = fallback or backend_name

    wrapped = False
    for strategy, search_query, groups in _attempts(
        clean, operator, expand_synonyms, autocomplete
    ):
        while True:
            try:
                results, ordered, total = _run_once(
                    backend_name,
                    queryset,
                    search_query,
                    clean,
                    groups,
                    fields=fields,
                    operator=operator,
                    order_by_relevance=order_by_relevance,
                    autocomplete=autocomplete,
                    rank_all=rank_all,
                )
            except (FilterFieldError, OrderByFieldError):
                if not wrapped:
                    # Filtered on something the index does not know (e.g. a
                    # relation): search "pk IN (that queryset)" instead.
                    queryset = _as_pk_subquery(queryset)
                    wrapped = True
                    continue
                logger.warning("Search for %r failed", clean.text, exc_info=True)
                break
            except DatabaseError:
                logger.info(
                    "Search for %r failed on the database (%s); trying simpler",
                    clean.text,
                    strategy,
                    exc_info=True,
                )
                break
            except Exception:
                fallback = _fallback_backend(backend_name)
                if fallback is not None:
                    # The search service is unreachable or broken: answer from
                    # the database and say results may be incomplete.
                    logger.warning(
                        "Search backend %r failed; using %r until it recovers",
                        backend_name,
                        fallback,
                        exc_info=True,
                    )
                    _mark_down(backend_name)
                    backend_name, degraded = fallback, True
                    continue
                logger.warning(
                    "Search for %r failed (%s); trying simpler",
                    clean.text,
                    strategy,
                    exc_info=True,
                )
                break
            return SearchOutcome(
                query=clean,
                results=results,
                total=total,
                queryset=ordered,
                degraded=degraded,
                strategy=strategy,
                backend=backend_name,
                groups=list(groups),
            )

    # Nothing the search backend understood: plain substring matching.
    try:
        with transaction.atomic():
            contains = _contains(queryset, clean, fields)
            total = contains.count()
    except Exception:
        logger.warning("Search for %r failed entirely", clean.text, exc_info=True)
        contains, total = queryset.none(), 0
    return SearchOutcome(
        query=clean,
        results=contains,
        total=total,
        queryset=contains,
        degraded=degraded,
        strategy="contains",
        backend=backend_name,
    )


def active_locale() -> Locale:
    """Wagtail's `Locale.get_active()`, kept until a locale or page changes.

    Locales change far less often than pages, and saving one moves the page
    cache's version on (home/apps.py).
    """
    language = translation.get_language() or settings.LANGUAGE_CODE
    return versioned(VERSION_KEY, f"locale:{language}", Locale.get_active, 60 * 60)
