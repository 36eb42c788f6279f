"""'Did you mean': corrections drawn from the words the site actually contains.

The vocabulary is every word of three letters or more in the titles and
summaries (search description, summary, intro) of the live pages of one
language, plus the synonym table's words. It is cached for an hour and
dropped whenever a page is published, unpublished or deleted, so a new case
study's words can be suggested at once. Correction is difflib's closest match
among words of a similar length; only words the site does not know are
corrected, so jargon and names are left alone.
"""

from __future__ import annotations

import difflib
from collections.abc import Sequence

from django.core.exceptions import FieldDoesNotExist
from django.db.models import CharField, TextField

from wagtail.models import Locale, Page, get_page_models

from home.memo import bump, versioned

from .synonyms import synonym_table, words_of

CACHE_SECONDS = 60 * 60
VERSION_KEY = "search-vocabulary-version"
MIN_WORD_LENGTH = 3
MIN_CORRECTABLE_LENGTH = 4
CUTOFF = 0.75
TEXT_FIELDS = ("summary", "intro", "search_description")


def invalidate_cache(**kwargs) -> None:
    bump(VERSION_KEY)


def _texts(locale: Locale):
    pages = Page.objects.live().filter(locale=locale)
    for title, description in pages.values_list("title", "search_description"):
        yield title
        yield description or ""
    for model in get_page_models():
        fields = []
        for name in TEXT_FIELDS[:-1]:
            try:
                model_field = model._meta.get_field(name)
            except FieldDoesNotExist:
                continue
            # Only fields the model itself declares, so a parent's summary is
            # read once, not once per subclass.
            if model_field.model is model and isinstance(
                model_field, (CharField, TextField)
            ):
                fields.append(name)
        if fields:
            for row in model.objects.live().filter(locale=locale).values_list(*fields):
                yield from (text or "" for text in row)


def _build(locale: Locale) -> frozenset[str]:
    words: set[str] = set()
    for text in _texts(locale):
        words.update(w for w in words_of(text) if len(w) >= MIN_WORD_LENGTH)
    for phrase in synonym_table(locale.language_code):
        words.update(phrase)
    return frozenset(w for w in words if not w.isdigit())


def vocabulary(locale: Locale | None = None) -> frozenset[str]:
    locale = locale or Locale.get_active()
    return versioned(
        VERSION_KEY,
        f"search-vocabulary:{locale.language_code}",
        lambda: _build(locale),
        CACHE_SECONDS,
    )


def suggest(words: Sequence[str], known: frozenset[str]) -> str | None:
    """The query with unknown words replaced by their closest site word, if any."""
    corrected: list[str] = []
    changed = False
    for word in words:
        if len(word) < MIN_CORRECTABLE_LENGTH or word in known or word.isdigit():
            corrected.append(word)
            continue
        similar = [w for w in known if abs(len(w) - len(word)) <= 2]
        match = difflib.get_close_matches(word, similar, n=1, cutoff=CUTOFF)
        if match:
            corrected.append(match[0])
            changed = True
        else:
            corrected.append(word)
    return " ".join(corrected) if changed else None
