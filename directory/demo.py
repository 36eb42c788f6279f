"""Demo expert profiles for the Directory of Expertise.

Built from directory/demo_content/profiles.py: dates and terms there are
relative ("confirmed 30 days ago", "this term and next"), so they are turned
into real dates and term codes when seeded. Idempotent (a profile is looked
up by slug in its trust's section) and deterministic. `--scale N` adds
numbered copies of every profile for benchmarks: about a third as many
copies as practice gets (PROFILE_SCALE_RATIO), because a trust shares far
more practice than it lists experts; `--scale 180` gives 10,080 practice
pages and 3,024 profiles, the volume the search and production issues ask
for.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import time
from typing import Any

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.utils import timezone
from django.utils.html import escape

from wagtail.models import Page

from home.demo import DemoContext, index_in_batches, search_indexing_deferred
from trusts.models import School, TrustPage

from .demo_content.profiles import PROFILES
from .models import (
    ExpertDesignation,
    ExpertProfilePage,
    FrameworkElement,
    Phase,
    Subject,
    Term,
    TrustDirectoryIndexPage,
)
from .models.profiles import MEMBERS_GROUP_NAME

PROFILE_SCALE_RATIO = 0.35


def profile_scale(scale: int) -> int:
    """How many times the demo profiles are repeated for `seed_demo --scale`."""
    return max(2, math.ceil(scale * PROFILE_SCALE_RATIO)) if scale > 1 else 1


MODERATOR_PERMISSIONS = [
    ("directory", "export_directory"),
    ("directory", "view_supportrequest"),
    ("directory", "change_supportrequest"),
]


def _copy_suffix(copy: int) -> str:
    return "" if copy == 1 else f"-{copy}"


def _profile_page(
    row: dict, copy: int, today: dt.date, vocab: dict
) -> ExpertProfilePage:
    """An unsaved profile page for one row (and copy) of the demo data."""
    this_term = Term.for_date(today)
    local, domain = row["email"].split("@")
    page = ExpertProfilePage(
        title=row["name"] if copy == 1 else f"{row['name']} {copy}",
        slug=row["slug"] + _copy_suffix(copy),
        role=row["role"],
        job_title=row["job_title"],
        bio=_paragraphs(row["bio"]),
        days_per_term=row["days_per_term"],
        available_terms=" ".join(this_term.shift(n).code for n in row["terms"]),
        not_available_now=not (row["days_per_term"] and row["terms"]),
        last_confirmed=today - dt.timedelta(days=row["confirmed_days_ago"]),
        consent_to_list=True,
        visibility=row["visibility"],
        email=row["email"] if copy == 1 else f"{local}.{copy}@{domain}",
        school=vocab["schools"].get((row["trust"], row["school"])),
    )
    page.subjects = [vocab["subjects"][s] for s in row["subjects"]]
    page.phases = [vocab["phases"][p] for p in row["phases"]]
    page.elements = [vocab["elements"][code] for code in row["elements"]]
    page.designations = [
        ExpertDesignation(
            title=d["title"], awarded_by=d["awarded_by"], year=d["year"], sort_order=i
        )
        for i, d in enumerate(row["designations"])
    ]
    return page


def _paragraphs(text: str) -> str:
    """A bio as two short paragraphs, split at a sentence boundary."""
    sentences = re.split(r"(?<=[.!?])\s+", text.strip())
    middle = (len(sentences) + 1) // 2
    parts = [" ".join(sentences[:middle]), " ".join(sentences[middle:])]
    return "".join(f"<p>{escape(part)}</p>" for part in parts if part)


class _ChildAppender:
    """Adds benchmark copies under their sections without re-validating each.

    `add_child` validates every page and re-reads the last sibling each time;
    the copies repeat rows already validated as the first copy, so this
    places them after the last existing child directly and fixes the
    sections' child counts at the end.
    """

    def __init__(self) -> None:
        self.next_step: dict[int, int] = {}
        self.sections: dict[int, Page] = {}

    def append(self, section: Page, page: ExpertProfilePage) -> None:
        if section.pk not in self.next_step:
            last = section.get_last_child()
            self.next_step[section.pk] = (
                Page._str2int(last.path[-Page.steplen :]) + 1 if last else 1
            )
            self.sections[section.pk] = section
        step = self.next_step[section.pk]
        self.next_step[section.pk] = step + 1
        page.depth = section.depth + 1
        page.path = Page._get_path(section.path, page.depth, step)
        page.locale_id = section.locale_id
        page.draft_title = page.title
        page._cached_parent_obj = section
        page.save(clean=False)

    def finish(self) -> None:
        for section in self.sections.values():
            count = Page.objects.filter(
                path__startswith=section.path, depth=section.depth + 1
            ).count()
            Page.objects.filter(pk=section.pk).update(numchild=count)
            section.numchild = count


def seed_accounts_and_groups(ctx: DemoContext) -> None:
    """The "Trust members" group, a demo member, and the moderators' rights."""
    members, _created = Group.objects.get_or_create(name=MEMBERS_GROUP_NAME)
    User = get_user_model()
    member = User.objects.filter(username="member").first()
    if member is None:
        member = User.objects.create_user(
            "member",
            "member@example.org",
            settings.DEMO_PASSWORD,
            first_name="Mina",
            last_name="Member",
        )
        ctx.log("Created demo account member (a signed-in member of a trust)")
    member.groups.add(members)
    moderators, _created = Group.objects.get_or_create(name="Moderators")
    for app_label, codename in MODERATOR_PERMISSIONS:
        permission = Permission.objects.filter(
            content_type__app_label=app_label, codename=codename
        ).first()
        if permission is not None:
            moderators.permissions.add(permission)


def seed_welsh(ctx: DemoContext) -> None:
    """Welsh translations of the profiles in demo_content/welsh.py.

    Runs after the Welsh tree exists: each chosen profile's Welsh alias
    becomes a wagtail-localize translation (see home/demo_welsh.py); the
    others stay untranslated on purpose. Profiles translated already are
    left alone.
    """
    from home.demo_welsh import translate_page

    from .demo_content.welsh import WELSH_PROFILES

    trusts = {row["slug"]: row["trust"] for row in PROFILES}
    profiles = {
        (profile.trust.slug, profile.slug): profile
        for profile in ExpertProfilePage.objects.filter(
            locale=ctx.en, slug__in=list(WELSH_PROFILES)
        ).select_related("trust")
    }
    translated = 0
    for slug, welsh in WELSH_PROFILES.items():
        profile = profiles.get((trusts.get(slug, ""), slug))
        if profile is None:
            continue
        values = {"job_title": welsh["job_title"], "bio": _paragraphs(welsh["bio"])}
        if translate_page(profile, ctx.cy, values) is not None:
            translated += 1
    if translated:
        ctx.log(f"Translated {translated} expert profiles into Welsh")


def _led_practice(en) -> dict[str, list[Any]]:
    """The demo practice each profile led, by profile slug (default language).

    From the practice demo rows' "people" (profile slugs); empty when the
    practice library has no demo content. Benchmark copies are not linked.
    """
    try:
        from practice.demo_content import CASE_STUDIES, POSTS
        from practice.models import PracticePage
    except ImportError:  # the practice library's demo content is optional here
        return {}
    wanted: dict[str, list[tuple[str, str]]] = {}
    for row in [*CASE_STUDIES, *POSTS]:
        people = row.get("people") or []
        for person in [people] if isinstance(people, str) else people:
            wanted.setdefault(person, []).append((row["trust"], row["slug"]))
    slugs = {slug for pairs in wanted.values() for _trust, slug in pairs}
    pages = {
        (page.trust.slug if page.trust_id else "", page.slug): page
        for page in PracticePage.objects.filter(
            locale=en, slug__in=slugs
        ).select_related("trust")
    }
    return {
        person: [pages[pair] for pair in pairs if pair in pages]
        for person, pairs in wanted.items()
    }


def _link_existing_profiles(
    en, sections: dict[str, Page], led: dict[str, list[Any]]
) -> int:
    """Add missing demo links to profiles seeded before profiles had them.

    Published as a new revision (not written to the link table directly) so
    the editor's form, which reads the latest revision, keeps the links.
    Profiles already linked are left alone, so a re-run changes nothing.
    """
    section_paths = {section.path for section in sections.values()}
    steplen = Page.steplen
    linked = 0
    profiles = ExpertProfilePage.objects.filter(
        locale=en, slug__in=[slug for slug, pages in led.items() if pages]
    ).prefetch_related("led_practice")
    for profile in profiles:
        if profile.path[:-steplen] not in section_paths:
            continue
        have = {page.pk for page in profile.led_practice.all()}
        missing = [page for page in led[profile.slug] if page.pk not in have]
        if not missing:
            continue
        profile.led_practice = [*profile.led_practice.all(), *missing]
        profile.save_revision().publish()
        linked += 1
    return linked


def seed(ctx: DemoContext) -> None:
    started = time.monotonic()
    seed_accounts_and_groups(ctx)
    today = timezone.localdate()
    en = ctx.en
    trusts = {t.pk: t.slug for t in TrustPage.objects.filter(locale=en)}
    sections = {
        trusts[s.trust_id]: s
        for s in TrustDirectoryIndexPage.objects.filter(locale=en).select_related(
            "trust"
        )
        if s.trust_id in trusts
    }
    vocab = {
        "subjects": {s.slug: s for s in Subject.objects.filter(locale=en)},
        "phases": {p.slug: p for p in Phase.objects.filter(locale=en)},
        "elements": {e.code: e for e in FrameworkElement.objects.filter(locale=en)},
        "schools": {
            (trusts.get(s.trust_id), s.name): s
            for s in School.objects.filter(trust_id__in=trusts)
        },
    }
    steplen = Page.steplen
    existing = {
        (path[:-steplen], slug)
        for path, slug in ExpertProfilePage.objects.filter(locale=en).values_list(
            "path", "slug"
        )
    }

    led = _led_practice(en)
    created = 0
    for row in PROFILES:
        section = sections[row["trust"]]
        if (section.path, row["slug"]) in existing:
            continue
        page = _profile_page(row, 1, today, vocab)
        page.led_practice = led.get(row["slug"], [])
        page.live = False
        section.add_child(instance=page)
        page.save_revision().publish()
        created += 1

    relinked = _link_existing_profiles(en, sections, led)
    if relinked:
        ctx.log(f"Linked {relinked} expert profiles to the practice they led")

    # Benchmark copies (--scale): published without a revision history and
    # indexed for search in batches at the end, which makes them several
    # times quicker to create; editing one in the admin starts its history.
    copies: list[int] = []
    appender = _ChildAppender()
    with search_indexing_deferred() as saved:
        for copy in range(2, profile_scale(ctx.scale) + 1):
            for row in PROFILES:
                section = sections[row["trust"]]
                if (section.path, row["slug"] + _copy_suffix(copy)) in existing:
                    continue
                page = _profile_page(row, copy, today, vocab)
                page.live = True
                page.first_published_at = page.last_published_at = timezone.now()
                appender.append(section, page)
                copies.append(page.pk)
        appender.finish()
    index_in_batches(saved)
    created += len(copies)
    ctx.pages["expert_profiles"] = created
    if created:
        ctx.log(
            f"Created {created} expert profiles in {time.monotonic() - started:.1f}s"
        )
