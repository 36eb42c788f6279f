"""Pages for search tests, published so they are live and indexed."""

from __future__ import annotations

import itertools

from django.utils.text import slugify

from home.models import StandardPage

_counter = itertools.count(1)


def make_standard_page(
    parent, title: str, intro: str = "", body_text: str = "", **extra
):
    body = [("paragraph", f"<p>{body_text}</p>")] if body_text else []
    page = StandardPage(
        title=title,
        slug=f"{slugify(title)[:40] or 'page'}-{next(_counter)}",
        intro=intro,
        body=body,
        **extra,
    )
    parent.add_child(instance=page)
    page.save_revision().publish()
    page.refresh_from_db()
    return page
