"""The one rule for rich text: what may be stored, and what may be rendered.

Wagtail stores rich text as "database HTML" and renders it without
sanitising it, so a `<script>`, an `onerror` attribute or a `javascript:`
link that reaches a rich text field (through an import, a shell, the API or
a hand-made revision, not only through the editor) would be served verbatim
on the page and in /api/v2/. Everything here runs it through nh3 (Ammonia)
with an allow-list of exactly what Wagtail's editor produces:

* paragraphs, line breaks, `<hr>`, headings `<h2>`-`<h4>`, `<b>`, `<i>`,
  `<code>`, `<sup>`, `<sub>`, `<s>`, `<blockquote>`, lists;
* links: `<a href>` to http(s), mailto and tel addresses or relative URLs,
  and Wagtail's own `<a linktype="page|document" id="N">`;
* images: `<embed embedtype="image" id="N" format=".." alt=".."/>`.

Scripts, styles, event handlers, `style`/`class` attributes, comments and
`javascript:`/`data:`/`vbscript:` URLs go. Anything the editor would store
comes back byte for byte, so cleaning is invisible to editors.

Where it applies (see docs in the README's security section):

* storing: a `pre_save` receiver (connected when this module is imported,
  from home/models.py) cleans every RichTextField and every RichTextBlock
  inside a StreamField (at any depth: StructBlock, ListBlock, StreamBlock)
  of any model that has one, found by introspection, and the content of
  every Revision (drafts: what preview, moderation and publishing use);
* rows stored before: each app's `clean_rich_text` data migration runs
  `clean_app_rows` over its models and their revisions;
* rendering: templates/wagtailcore/shared/richtext.html, the template
  Wagtail renders every `|richtext` and RichTextBlock through, passes the
  expanded HTML through `clean_rendered_html`.

This module imports no project models, so migrations can use it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from functools import cache, lru_cache
from typing import Any

from django.db.models import Model
from django.db.models.signals import pre_save

from wagtail import blocks
from wagtail.fields import RichTextField, StreamField

import nh3

__all__ = [
    "EDITOR_FEATURES",
    "clean_app_rows",
    "clean_instance",
    "clean_rendered_html",
    "clean_revision_content",
    "clean_rich_text",
    "clean_serialized",
    "clean_stream_data",
    "rich_text_fields",
    "rich_text_models",
]

# -- the allow-list -------------------------------------------------------------------

# Wagtail's rich text feature names, each with the tags it stores. "link" is
# Wagtail's: external links and links to pages; "external-link" is only the
# first (the share form's teachers may not link to arbitrary pages).
_FEATURE_TAGS: dict[str, set[str]] = {
    "h2": {"h2"},
    "h3": {"h3"},
    "h4": {"h4"},
    "bold": {"b"},
    "italic": {"i"},
    "ol": {"ol", "li"},
    "ul": {"ul", "li"},
    "hr": {"hr"},
    "link": {"a"},
    "external-link": {"a"},
    "document-link": {"a"},
    "image": {"embed"},
    "code": {"code"},
    "superscript": {"sup"},
    "subscript": {"sub"},
    "strikethrough": {"s"},
    "blockquote": {"blockquote"},
}
# Every feature Wagtail's editor offers by default: the model layer keeps all
# of them, whatever one field's `features` say, so no editor's content is lost.
EDITOR_FEATURES: frozenset[str] = frozenset(_FEATURE_TAGS) - {"external-link"}
_ALWAYS = {"p", "br"}
_LINK_TYPES = {"link": "page", "document-link": "document"}
URL_SCHEMES = {"http", "https", "mailto", "tel"}
# Removed with their content, not only their tags.
_DROP_WITH_CONTENT = {
    "script",
    "style",
    "template",
    "noscript",
    "iframe",
    "object",
    "textarea",
    "title",
    "xmp",
    "noembed",
    "noframes",
    "math",
    "svg",
}
_DIGITS = re.compile(r"\d+")
# The editor keys each block: <p data-block-key="a1b2c">.
_BLOCK_KEY = "data-block-key"
_BLOCK_KEY_VALUE = re.compile(r"[A-Za-z0-9_-]{1,64}")
_BLOCK_TAGS = {"p", "h2", "h3", "h4", "li", "blockquote"}


def _attribute_filter(tag: str, attribute: str, value: str) -> str | None:
    """Values Wagtail's regex-based rewriter reads safely.

    Wagtail finds `<a ...>` and `<embed .../>` with `[^>]*`, so a `>` or `<`
    inside an attribute value would let the rest of the value out as markup
    when the page renders: such characters are dropped (URLs keep them
    percent-encoded). Ids are primary keys: digits only.
    """
    if attribute == "id":
        return value if _DIGITS.fullmatch(value) else None
    if attribute == _BLOCK_KEY:
        return value if _BLOCK_KEY_VALUE.fullmatch(value) else None
    if attribute == "href":
        return value.replace("<", "%3C").replace(">", "%3E")
    return value.replace("<", "").replace(">", "")


@lru_cache(maxsize=16)
def _cleaner(features: frozenset[str]) -> nh3.Cleaner:
    tags = set(_ALWAYS)
    for feature in features:
        tags |= _FEATURE_TAGS.get(feature, set())
    attributes: dict[str, set[str]] = {tag: {_BLOCK_KEY} for tag in tags & _BLOCK_TAGS}
    values: dict[str, dict[str, set[str]]] = {}
    if "a" in tags:
        attributes["a"] = {"href"}
        link_types = {_LINK_TYPES[f] for f in features if f in _LINK_TYPES}
        if link_types:
            attributes["a"].add("id")
            values["a"] = {"linktype": link_types}
    if "embed" in tags:
        attributes["embed"] = {"id", "format", "alt"}
        values["embed"] = {"embedtype": {"image"}}
    return nh3.Cleaner(
        tags=tags,
        clean_content_tags=_DROP_WITH_CONTENT - tags,
        attributes=attributes,
        tag_attribute_values=values,
        attribute_filter=_attribute_filter,
        url_schemes=URL_SCHEMES,
        # Wagtail stores a bare <a href>: no rel added.
        link_rel=None,
        strip_comments=True,
    )


# Ammonia writes void elements HTML-style (<br>); Wagtail writes <br/> and its
# rewriter only finds an <embed .../> that closes itself.
_OPEN_EMBED = re.compile(r'<embed((?:\s+[^\s"=<>/]+(?:="[^"]*")?)*)\s*>')
_SELF_CLOSED_BREAK = re.compile(r"<(br|hr)\s*/>")
# Django's escape() writes an apostrophe as &#x27;, Ammonia as the character.
# Ammonia quotes every attribute with ", so an apostrophe is never a
# delimiter in its output and the two spellings read the same there.
_APOSTROPHE = re.compile(r"&#(?:x0*27|0*39);|&apos;", re.IGNORECASE)


def clean_rich_text(html: str, *, features: Iterable[str] | None = None) -> str:
    """`html` (Wagtail's stored rich text) with only what the editor can make.

    `features` narrows the allow-list to some of Wagtail's feature names
    (plus "external-link"); by default every editor feature is kept.
    Returns `html` itself when nothing had to go, so content the editor
    wrote (with its `<br/>` and `<embed .../>`) is left byte for byte.
    """
    if not html:
        return html or ""
    chosen = EDITOR_FEATURES if features is None else frozenset(features)
    cleaned = _OPEN_EMBED.sub(r"<embed\1/>", _cleaner(chosen).clean(html))
    # Ammonia spells a no-break space as an entity; the editor stores the
    # character itself (the same in text and in attribute values).
    cleaned = cleaned.replace("&nbsp;", "\u00a0")
    # Equal once <br/> and <br>, &#x27; and ' are read alike: nothing was
    # removed, keep the original spelling. (Only those spellings are
    # equated; any other difference means the sanitised version is stored.)
    if _APOSTROPHE.sub("'", _SELF_CLOSED_BREAK.sub(r"<\1>", html)) == cleaned:
        return html
    return cleaned


# -- rendering ------------------------------------------------------------------------

_RENDERED = nh3.Cleaner(
    tags=_ALWAYS.union(*_FEATURE_TAGS.values()) - {"embed"} | {"img"},
    clean_content_tags=_DROP_WITH_CONTENT,
    attributes={
        "a": {"href"},
        # What Wagtail's image formats write.
        "img": {"src", "alt", "class", "width", "height"},
    },
    url_schemes=URL_SCHEMES,
    link_rel=None,
    strip_comments=True,
)


def clean_rendered_html(html: str) -> str:
    """Front-end rich text (links and images already expanded), made safe.

    The last guard for anything stored before the model-layer cleaning or
    behind Wagtail's back: pages and blocks render through it.
    """
    if not html:
        return ""
    return _RENDERED.clean(str(html))


# -- StreamField data -----------------------------------------------------------------


# Blocks are not hashable; keyed by id, holding the block so the id stays its.
_HOLDS: dict[int, tuple[blocks.Block, bool]] = {}


def _holds_rich_text(block: blocks.Block) -> bool:
    known = _HOLDS.get(id(block))
    if known is not None and known[0] is block:
        return known[1]
    if isinstance(block, blocks.RichTextBlock):
        holds = True
    elif isinstance(block, blocks.ListBlock):
        holds = _holds_rich_text(block.child_block)
    elif isinstance(block, blocks.StructBlock | blocks.BaseStreamBlock):
        holds = any(_holds_rich_text(child) for child in block.child_blocks.values())
    else:
        holds = False
    _HOLDS[id(block)] = (block, holds)
    return holds


def _clean_block(block: blocks.Block, value: Any) -> Any:
    """A block's raw (JSON) value with every rich text inside it cleaned."""
    if value is None or not _holds_rich_text(block):
        return value
    if isinstance(block, blocks.RichTextBlock):
        return clean_rich_text(value) if isinstance(value, str) else value
    if isinstance(block, blocks.StructBlock):
        if not isinstance(value, dict):
            return value
        return {
            name: (
                _clean_block(block.child_blocks[name], child)
                if name in block.child_blocks
                else child
            )
            for name, child in value.items()
        }
    if isinstance(block, blocks.ListBlock):
        if not isinstance(value, list):
            return value
        items = []
        for item in value:
            # New format: {"type": "item", "value": ..., "id": ...}.
            if (
                isinstance(item, dict)
                and item.get("type") == "item"
                and "value" in item
            ):
                item = {**item, "value": _clean_block(block.child_block, item["value"])}
            else:
                item = _clean_block(block.child_block, item)
            items.append(item)
        return items
    if isinstance(block, blocks.BaseStreamBlock):
        return clean_stream_data(block, value)
    return value


def clean_stream_data(stream_block: blocks.BaseStreamBlock, data: Any) -> Any:
    """Raw StreamField data (a list, or its JSON text) with rich text cleaned.

    Returns the same kind of value it was given (a JSON string stays a
    string); an equal value when nothing needed cleaning.
    """
    if isinstance(data, str):
        try:
            parsed = json.loads(data)
        except ValueError:
            return data
        cleaned = clean_stream_data(stream_block, parsed)
        return data if cleaned == parsed else json.dumps(cleaned)
    if not isinstance(data, list):
        return data
    children = stream_block.child_blocks
    result = []
    for item in data:
        if isinstance(item, dict) and item.get("type") in children and "value" in item:
            item = {
                **item,
                "value": _clean_block(children[item["type"]], item["value"]),
            }
        result.append(item)
    return data if result == data else result


# -- models ---------------------------------------------------------------------------


def _is_rich(field: Any) -> bool:
    if isinstance(field, RichTextField):
        return True
    return isinstance(field, StreamField) and _holds_rich_text(field.stream_block)


def _find_rich_fields(model: type[Model], *, local: bool = False) -> tuple:
    fields = model._meta.local_concrete_fields if local else model._meta.concrete_fields
    return tuple(field for field in fields if _is_rich(field))


@cache
def rich_text_fields(model: type[Model]) -> tuple:
    """The model's RichTextFields and StreamFields holding rich text blocks."""
    return _find_rich_fields(model)


def rich_text_models() -> dict[type[Model], tuple]:
    """Every installed model with rich text, and those fields (introspected)."""
    from django.apps import apps

    found = {}
    for model in apps.get_models():
        fields = rich_text_fields(model)
        if fields:
            found[model] = fields
    return found


def _clean_field_value(field: Any, value: Any) -> Any:
    if isinstance(field, RichTextField):
        return clean_rich_text(value) if isinstance(value, str) else value
    if isinstance(value, blocks.StreamValue):
        raw = field.get_prep_value(value)
        cleaned = clean_stream_data(field.stream_block, raw)
        return value if cleaned == raw else cleaned
    return clean_stream_data(field.stream_block, value)


def clean_instance(instance: Model, update_fields: Iterable[str] | None = None) -> None:
    """Clean the rich text fields of `instance` in place (those being saved)."""
    fields = rich_text_fields(type(instance))
    if not fields:
        return
    saving = None if update_fields is None else set(update_fields)
    for field in fields:
        if saving is not None and not {field.name, field.attname} & saving:
            continue
        value = getattr(instance, field.attname)
        cleaned = _clean_field_value(field, value)
        if cleaned is not value:
            # A StreamField's descriptor turns raw data back into a StreamValue.
            setattr(instance, field.attname, cleaned)


def _child_relations(model: type[Model]) -> list:
    try:
        from modelcluster.models import get_all_child_relations
    except ImportError:  # pragma: no cover - modelcluster comes with Wagtail
        return []
    return get_all_child_relations(model)


def clean_serialized(
    model: type[Model], data: Any, *, find_fields=rich_text_fields
) -> Any:
    """A serialised instance (a revision's content) with its rich text cleaned.

    The keys are field names, StreamFields are JSON text or lists, child
    relations (inline panels) lists of serialised children.
    """
    if not isinstance(data, dict):
        return data
    result = dict(data)
    for field in find_fields(model):
        if field.name in result and result[field.name]:
            result[field.name] = _clean_field_value(field, result[field.name])
    for relation in _child_relations(model):
        name = relation.get_accessor_name()
        children = result.get(name)
        if isinstance(children, list):
            result[name] = [
                clean_serialized(relation.related_model, child, find_fields=find_fields)
                for child in children
            ]
    return result


def clean_revision_content(revision: Model) -> None:
    """Clean a Revision's content (a draft of any model) in place."""
    from django.contrib.contenttypes.models import ContentType

    if not revision.content_type_id or not isinstance(revision.content, dict):
        return
    model = ContentType.objects.get_for_id(revision.content_type_id).model_class()
    if model is None:
        return
    cleaned = clean_serialized(model, revision.content)
    if cleaned != revision.content:
        revision.content = cleaned


def _clean_before_save(sender, instance, update_fields=None, **kwargs) -> None:
    """Every save of every model: rich text is cleaned before it is stored.

    Raw saves (loaddata) too: a fixture is an import like any other.
    """
    from wagtail.models import Revision

    if sender is Revision or isinstance(instance, Revision):
        if update_fields is None or "content" in update_fields:
            clean_revision_content(instance)
        return
    clean_instance(instance, update_fields)


pre_save.connect(_clean_before_save, dispatch_uid="home.richtext.clean_before_save")


# -- data migrations ------------------------------------------------------------------


def clean_app_rows(apps, app_label: str) -> int:
    """Clean the rich text already stored by `app_label`'s models, and their
    revisions, with the historical models a migration is given.

    Returns how many rows changed. Rows are only written when cleaning
    changed them, with a queryset update (no signals, no search indexing).
    """
    changed = 0
    config = apps.get_app_config(app_label)
    models = list(config.get_models())
    for model in models:
        fields = _find_rich_fields(model, local=True)
        if not fields:
            continue
        names = [field.attname for field in fields]
        rows = model._base_manager.values_list("pk", *names).order_by("pk")
        for pk, *values in rows.iterator(chunk_size=500):
            updates = {}
            for field, value in zip(fields, values, strict=True):
                cleaned = _clean_field_value(field, value)
                if cleaned is not value:
                    updates[field.attname] = cleaned
            if updates:
                model._base_manager.filter(pk=pk).update(**updates)
                changed += 1
    try:
        Revision = apps.get_model("wagtailcore", "Revision")
        ContentType = apps.get_model("contenttypes", "ContentType")
    except LookupError:
        return changed
    by_name = {model._meta.model_name: model for model in models}
    types = ContentType.objects.filter(app_label=app_label, model__in=by_name)
    for content_type in types:
        model = by_name[content_type.model]
        if not _find_rich_fields(model):
            continue
        revisions = Revision.objects.filter(content_type=content_type).order_by("pk")
        for revision in revisions.iterator(chunk_size=200):
            cleaned = clean_serialized(
                model, revision.content, find_fields=_find_rich_fields
            )
            if cleaned != revision.content:
                Revision.objects.filter(pk=revision.pk).update(content=cleaned)
                changed += 1
    return changed
