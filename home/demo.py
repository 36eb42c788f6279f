"""Demo content for the site shell: the site, home pages, standard pages,
the section index pages and the demo accounts.

Every seeder is idempotent (it looks things up by slug or username before
creating them) and deterministic (no randomness), so `seed_demo` can run any
number of times. Other apps add their own seeders in their `demo.py`; the
order lives in home/management/commands/seed_demo.py.
"""

from __future__ import annotations

import os
from collections import defaultdict
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, TextIO

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db.models import Model
from django.db.models.signals import post_save
from django.test.utils import override_settings

from wagtail.models import Locale, Page, Site
from wagtail.search.backends import get_search_backends
from wagtail.search.index import get_indexed_models
from wagtail.search.signal_handlers import post_save_signal_handler

from .models import HomePage, StandardPage

INDEX_BATCH = 200


@contextmanager
def search_indexing_deferred() -> Iterator[dict[type[Model], set[int]]]:
    """Note what is saved instead of indexing each object as it is saved.

    Indexing one page makes the PostgreSQL search backend re-average the
    title lengths of the whole index, so seeding thousands of pages one by
    one is quadratic; seeders collect them here and call `index_in_batches`.
    """
    saved: dict[type[Model], set[int]] = defaultdict(set)

    def collect(sender: type[Model], instance: Model, raw: bool = False, **kwargs):
        if not raw:
            saved[sender].add(instance.pk)

    models = [m for m in get_indexed_models() if getattr(m, "search_auto_update", True)]
    for model in models:
        post_save.disconnect(post_save_signal_handler, sender=model)
        post_save.connect(collect, sender=model, weak=False)
    try:
        yield saved
    finally:
        for model in models:
            post_save.disconnect(collect, sender=model)
            post_save.connect(post_save_signal_handler, sender=model)


def index_in_batches(objects: dict[type[Model], Iterable[int]]) -> None:
    """Add objects to every auto-updated search backend, INDEX_BATCH at a time."""
    backends = list(get_search_backends(with_auto_update=True))
    for model, ids in objects.items():
        ids = sorted(ids)
        for start in range(0, len(ids), INDEX_BATCH):
            batch = list(
                model.get_indexed_objects().filter(
                    pk__in=ids[start : start + INDEX_BATCH]
                )
            )
            for backend in backends:
                backend.add_bulk(model, batch)


@dataclass
class DemoContext:
    """What seeders share: output, scale, locales and the pages made so far."""

    stdout: TextIO
    scale: int = 1
    pages: dict[str, Any] = field(default_factory=dict)

    @property
    def en(self) -> Locale:
        return Locale.objects.get(language_code=settings.LANGUAGE_CODE)

    @property
    def cy(self) -> Locale:
        return Locale.objects.get(language_code="cy")

    def log(self, message: str) -> None:
        self.stdout.write(message)


def get_or_create_page(parent: Page, model: type[Page], slug: str, **fields) -> Page:
    """The child of `parent` with this slug, created and published if missing."""
    existing = parent.get_children().filter(slug=slug).first()
    if existing is not None:
        return existing.specific
    page = model(slug=slug, locale=parent.locale, **fields)
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def seed_site(ctx: DemoContext) -> None:
    root = Page.get_first_root_node()
    home = HomePage.objects.filter(locale=ctx.en).first()
    if home is None:
        # Wagtail's "Welcome" placeholder (and the site pointing at it) holds
        # the slug we want and nothing worth keeping.
        for placeholder in root.get_children():
            if type(placeholder.specific) is Page:
                Site.objects.filter(root_page=placeholder).delete()
                placeholder.delete()
        home = HomePage(
            title="Shared practice from multi-academy trusts",
            slug="home",
            locale=ctx.en,
            intro=(
                "Case studies, honest reflections and a directory of people who can "
                "help, shared by the member trusts of the alliance and tagged "
                "against one school improvement framework."
            ),
        )
        root.add_child(instance=home)
        home.save_revision().publish()
        ctx.log("Created the English home page")

    if not Site.objects.filter(is_default_site=True).exists():
        # The address `make run` serves on, so sitemap and feed URLs work.
        Site.objects.create(
            hostname="127.0.0.1",
            port=int(os.environ.get("PORT", "8000")),
            root_page=home,
            is_default_site=True,
            site_name="Shared Practice",
        )

    if not HomePage.objects.filter(locale=ctx.cy).exists():
        welsh = home.copy_for_translation(ctx.cy)
        welsh.title = "Arfer a rennir gan ymddiriedolaethau aml-academi"
        welsh.intro = (
            "Astudiaethau achos, myfyrdodau gonest a chyfeiriadur o bobl a all "
            "helpu, wedi'u rhannu gan ymddiriedolaethau'r gynghrair ac wedi'u "
            "tagio yn ôl un fframwaith gwella ysgolion."
        )
        welsh.save_revision().publish()
        ctx.log("Created the Welsh home page")
    ctx.pages["home"] = home

    from directory.models import DirectoryIndexPage, FrameworkIndexPage
    from practice.models import PracticeIndexPage
    from trusts.models import TrustIndexPage

    ctx.pages["practice_index"] = get_or_create_page(
        home,
        PracticeIndexPage,
        "practice",
        title="Practice library",
        intro=(
            "Case studies and short 'what works, what didn't' posts from member trusts."
        ),
    )
    ctx.pages["directory_index"] = get_or_create_page(
        home,
        DirectoryIndexPage,
        "directory",
        title="Directory of Expertise",
        intro=(
            "Lead practitioners, specialist leaders, improvement champions and peer "
            "reviewers from member trusts who can offer school-to-school support."
        ),
    )
    ctx.pages["framework_index"] = get_or_create_page(
        home,
        FrameworkIndexPage,
        "framework",
        title="The improvement framework",
        intro=(
            "The South West MAT Improvement Capacity Framework: five areas and twelve "
            "elements that describe a trust's capacity to improve its schools."
        ),
    )
    ctx.pages["trust_index"] = get_or_create_page(
        home,
        TrustIndexPage,
        "trusts",
        title="Member trusts",
        intro="The trusts that share their practice through the alliance.",
    )
    for slug, title, intro, body in STANDARD_PAGES:
        get_or_create_page(
            home,
            StandardPage,
            slug,
            title=title,
            intro=intro,
            body=[("paragraph", paragraph) for paragraph in body],
        )


STANDARD_PAGES = [
    (
        "about",
        "About the portal",
        "Why the alliance shares practice in the open, and how it works.",
        [
            "<p>Member trusts of the alliance review each other's work, share what "
            "has worked and what has not, and lend each other expertise. This portal "
            "is where that learning lives so that any school can use it.</p>",
            "<p>Everything is tagged against the South West MAT Improvement Capacity "
            "Framework. Trusts contribute through their own sections, and the "
            "alliance's moderators check every piece before it is published.</p>",
        ],
    ),
    (
        "accessibility",
        "Accessibility statement",
        "How accessible this portal is and how to report a problem.",
        [
            "<p>We want everyone to be able to use this portal. It aims to meet the "
            "Web Content Accessibility Guidelines (WCAG) 2.2 at level AA. Every "
            "public page works without JavaScript, can be used with a keyboard "
            "alone, and is checked automatically with axe in a real browser.</p>",
            "<p>Some documents that trusts attach, such as older PDFs, may not be "
            "fully accessible. If you need information in a different format, or "
            "find a problem, contact the alliance team and we will respond within "
            "five working days.</p>",
        ],
    ),
    (
        "privacy",
        "Privacy notice",
        "What we collect, why, and how long we keep it.",
        [
            "<p>Reading the portal needs no account and sets no tracking cookies. "
            "Experts in the directory have agreed to be listed; their email addresses "
            "are never shown. When you ask an expert for support, we pass your "
            "message on and keep the request for twelve months.</p>",
            "<p>Self-review ratings live in the address of the page unless you are "
            "signed in and choose to save them.</p>",
        ],
    ),
]


def seed_accounts(ctx: DemoContext) -> None:
    User = get_user_model()
    password = settings.DEMO_PASSWORD
    if not User.objects.filter(username="admin").exists():
        User.objects.create_superuser(
            "admin",
            "admin@example.org",
            password,
            first_name="Alliance",
            last_name="Administrator",
        )
        ctx.log("Created demo account admin")
    moderator = User.objects.filter(username="moderator").first()
    if moderator is None:
        moderator = User.objects.create_user(
            "moderator",
            "moderator@example.org",
            password,
            first_name="Morgan",
            last_name="Moderator",
            is_staff=True,
        )
        ctx.log("Created demo account moderator")
    moderators, _ = Group.objects.get_or_create(name="Moderators")
    moderator.groups.add(moderators)

    from trusts import demo as trusts_demo

    trusts_demo.seed_accounts(ctx)
    # Seeding is not the time to email the moderators about demo submissions.
    with override_settings(
        EMAIL_BACKEND="django.core.mail.backends.dummy.EmailBackend"
    ):
        trusts_demo.seed_moderation(ctx)


def sync_welsh_tree(ctx: DemoContext) -> None:
    """Give every English page a Welsh alias unless it is translated already."""
    from wagtail_localize.synctree import synchronize_tree

    with search_indexing_deferred() as saved:
        synchronize_tree(ctx.en, ctx.cy)
    index_in_batches(saved)
    # The Welsh sections exist now: give them the same editors and workflow.
    from trusts.membership import onboard_trust
    from trusts.models import TrustMembership

    for membership in TrustMembership.objects.filter(active=True).select_related(
        "trust"
    ):
        onboard_trust(membership.trust)
