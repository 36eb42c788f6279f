"""`clean_rendered_html`: the render-time guard for rich text (home/richtext.py).

Used by templates/wagtailcore/shared/richtext.html, which overrides the
template Wagtail renders every `|richtext` filter and RichTextBlock through.
"""

from __future__ import annotations

from django import template
from django.utils.safestring import SafeString, mark_safe

from home.richtext import clean_rendered_html as _clean

register = template.Library()


@register.filter
def clean_rendered_html(html: str) -> SafeString:
    """Expanded rich text with anything outside the allow-list removed."""
    return mark_safe(_clean(html))  # noqa: S308 - sanitised by nh3 just above
