"""The synonym table, cached, and the expansion of a query's words into groups.

`SLE phonics` and `specialist leader of education phonics` must find the same
pages, so both are turned into the same groups before they reach the search
backend: [[sle | specialist leader of education], [phonics]]. Each group is
matched as an OR of its spellings; groups combine with the query's operator.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from django.conf import settings
from django.db import DatabaseError, connection, transaction

from home.memo import bump, versioned

CACHE_SECONDS = 60 * 60
VERSION_KEY = "search-synonyms-version"
WORD_RE = re.compile(r"\w+")

Phrase = tuple[str, ...]
Group = tuple[Phrase, ...]


def words_of(text: str) -> list[str]:
    """Lower-case words (any script), without punctuation or symbols."""
    return WORD_RE.findall(text.lower())


def invalidate_cache(**kwargs) -> None:
    bump(VERSION_KEY)


def _load(language_code: str) -> dict[Phrase, Group]:
    from .models import Synonym

    rows = list(
        Synonym.objects.filter(
            locale__language_code__in={language_code, settings.LANGUAGE_CODE}
        ).select_related("locale")
    )
    # The active language's rows win; English rows fill in untranslated ones.
    chosen: dict[object, Synonym] = {}
    for row in rows:
        current = chosen.get(row.translation_key)
        if current is None or row.locale.language_code == language_code:
            chosen[row.translation_key] = row

    # Merge any groups that share a spelling (e.g. PP / pupil premium /
    # disadvantaged), so expansion is the same whichever spelling is typed.
    groups: list[set[Phrase]] = []
    for row in chosen.values():
        spellings = {tuple(words_of(p)) for p in row.phrases()} - {()}
        overlapping = [g for g in groups if g & spellings]
        for g in overlapping:
            spellings |= g
            groups.remove(g)
        groups.append(spellings)

    table: dict[Phrase, Group] = {}
    for spellings in groups:
        group = tuple(sorted(spellings, key=lambda p: (len(p), p)))
        for phrase in spellings:
            table[phrase] = group
    return table


def synonym_table(language_code: str | None = None) -> dict[Phrase, Group]:
    """Every known spelling (as a tuple of words) mapped to its whole group."""
    from django.utils.translation import get_language

    language_code = language_code or get_language() or settings.LANGUAGE_CODE
    return versioned(
        VERSION_KEY,
        f"search-synonyms:{language_code}",
        lambda: _load(language_code),
        CACHE_SECONDS,
    )


def expand(words: Sequence[str], table: dict[Phrase, Group]) -> list[Group]:
    """Group a query's words, longest known phrase first.

    A word or phrase with synonyms becomes its whole group; any other word is a
    group of one. Matching is greedy from the left, so "key stage 2 maths"
    becomes [[key stage 2 | ks2], [maths]].
    """
    longest = max((len(p) for p in table), default=1)
    groups: list[Group] = []
    i = 0
    while i < len(words):
        for size in range(min(longest, len(words) - i), 0, -1):
            candidate = tuple(words[i : i + size])
            if candidate in table:
                groups.append(table[candidate])
                i += size
                break
        else:
            groups.append(((words[i],),))
            i += 1
    return groups


def _matched_forms(language_code: str) -> dict[str, str]:
    """Each phrase of the table as PostgreSQL's full-text search matches it.

    Stemming and stop words make some spellings the same query ("specialist
    leader of education" and "specialist leaders of education"): asked once
    per version of the table, in one query.
    """
    table = synonym_table(language_code)
    phrases = sorted({" ".join(p) for group in table.values() for p in group})

    def compute() -> dict[str, str]:
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute(
                "SELECT p, phraseto_tsquery(p)::text FROM unnest(%s::text[]) AS p",
                [phrases],
            )
            return dict(cursor.fetchall())

    return versioned(
        VERSION_KEY,
        f"search-synonym-forms:{language_code}",
        compute,
        CACHE_SECONDS,
    )


def without_equivalent_spellings(groups: Sequence[Group]) -> list[Group]:
    """The groups with each spelling the database would match the same way dropped.

    Every spelling of a group is matched, and on PostgreSQL ranked, once for
    each row it may match: a spelling that stems to the same query as another
    is work for nothing. Only PostgreSQL says how it matches; elsewhere the
    groups are returned as they are.
    """
    from django.utils.translation import get_language

    if connection.vendor != "postgresql" or all(len(g) == 1 for g in groups):
        return list(groups)
    try:
        forms = _matched_forms(get_language() or settings.LANGUAGE_CODE)
    except DatabaseError:
        return list(groups)
    kept: list[Group] = []
    for group in groups:
        seen: set[str] = set()
        phrases = []
        for phrase in group:
            form = forms.get(" ".join(phrase))
            if form is None or form not in seen:
                phrases.append(phrase)
            if form is not None:
                seen.add(form)
        kept.append(tuple(phrases))
    return kept
