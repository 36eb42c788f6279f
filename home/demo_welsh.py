"""Turn a demo page's Welsh alias into a real Welsh translation, the way an
editor would with wagtail-localize.

The demo seeds Welsh text for some pages (issue #7: the home page, the
framework, at least 8 practice items and 8 profiles; the rest deliberately
untranslated). Writing the text straight onto the Welsh page would leave
wagtail-localize's translation editor with nothing to show, so the Welsh
text is stored as wagtail-localize's own translations of the English
page's strings (a TranslationSource, a Translation and one
StringTranslation per string), and the Welsh page is saved from them, which
is exactly what the editor's "Publish" does. Editors can then open the
Welsh page and change any string.
"""

from __future__ import annotations

import copy
from typing import Any

from django.db import transaction

from wagtail.fields import StreamField
from wagtail.models import Locale, Page
from wagtail_localize.models import (
    String,
    StringTranslation,
    Translation,
    TranslationContext,
    TranslationSource,
)
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments


class TranslationMismatch(ValueError):
    """The Welsh text does not have the shape of the English (paragraphs, blocks)."""


def is_translated(page: Page, locale: Locale) -> bool:
    """Whether `page` has a real (not alias) page in `locale` already."""
    return Page.objects.filter(
        translation_key=page.translation_key, locale=locale, alias_of__isnull=True
    ).exists()


def _with_values(instance: Page, values: dict[str, Any]) -> Page:
    """`instance` (unsaved) with the translated field values put in.

    A StreamField's value is a list with one entry per English block, in
    order: a dict updates a struct block's fields (those left out keep the
    English, e.g. a figure), anything else replaces the block's value. The
    block ids are kept, since they are part of wagtail-localize's paths.
    """
    for name, value in values.items():
        field = instance._meta.get_field(name)
        if isinstance(field, StreamField):
            raw = copy.deepcopy(list(getattr(instance, name).raw_data))
            if len(value) != len(raw):
                raise TranslationMismatch(
                    f"{instance.slug}.{name}: {len(value)} blocks for {len(raw)}"
                )
            for block, new in zip(raw, value, strict=True):
                if isinstance(new, dict) and isinstance(block["value"], dict):
                    block["value"] = {**block["value"], **new}
                else:
                    block["value"] = new
            setattr(instance, name, raw)
        else:
            setattr(instance, name, value)
    return instance


def _string_segments(instance: Page) -> list[StringSegmentValue]:
    return [s for s in extract_segments(instance) if isinstance(s, StringSegmentValue)]


@transaction.atomic
def translate_page(page: Page, locale: Locale, values: dict[str, Any]) -> Page | None:
    """Publish `page` in `locale` with `values` as the translated fields.

    `values` maps translatable field names to their text in `locale`, in
    the same shape as the English (the same number of paragraphs in rich
    text, one entry per block in a StreamField); any translatable text not
    given keeps the English (a person's name, say). Returns the published
    translation, or None when the page is translated already: an editor's
    (or an earlier run's) translation is never overwritten.
    """
    page = page.specific
    if is_translated(page, locale):
        return None
    source, _created = TranslationSource.update_or_create_from_instance(page)
    english = _string_segments(source.as_instance())
    translated = _string_segments(_with_values(source.as_instance(), values))
    paths = [s.path for s in english]
    if paths != [s.path for s in translated]:
        raise TranslationMismatch(
            f"{page.slug}: the translation's strings do not line up with the "
            f"English ones ({len(translated)} for {len(english)})"
        )
    for original, welsh in zip(english, translated, strict=True):
        context, _created = TranslationContext.objects.get_or_create(
            object_id=source.object_id, path=original.path
        )
        StringTranslation.objects.update_or_create(
            translation_of=String.from_value(source.locale, original.string),
            locale=locale,
            context=context,
            defaults={
                "data": welsh.string.data,
                "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
            },
        )
    translation, _created = Translation.objects.get_or_create(
        source=source, target_locale=locale, defaults={"enabled": True}
    )
    # Saved as a draft, then published here: wagtail-localize would publish
    # on transaction commit, which never comes inside a test's transaction.
    translation.save_target(publish=False)
    target = page.get_translation(locale)
    target.get_latest_revision().publish()
    return target.specific
