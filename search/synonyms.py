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
