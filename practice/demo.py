"""Demo practice: the case studies and posts in practice/demo_content/.

The real demo pages are created the way an editor's would be (added to their
trust's section, saved as a revision and published); seed_demo's last step
gives each a Welsh alias. With `--scale N` every piece is repeated N - 1
times as a plausible "cohort k" variant, deterministically varied (date, one
extra element). Those are written with bulk inserts, Welsh aliases included,
because publishing through revisions costs about 230 ms a page (40 minutes
for 10,000, before their Welsh aliases) against about 13 ms a page in bulk,
search indexing included (measured on SQLite, November 2026). They have no
revision history, which Wagtail treats as a page never edited since creation.
"""

from __future__ import annotations

import datetime
import time
import uuid
from collections.abc import Iterable, Iterator
from typing import Any

from django.contrib.contenttypes.models import ContentType
from django.db.models import F
from django.utils import timezone
from django.utils.html import escape

from taggit.models import Tag
from wagtail.models import Page

from directory.models import FrameworkElement, Phase
from home.demo import DemoContext, index_in_batches
from trusts.models import School, TrustPage

from .demo_content import CASE_STUDIES, FEATURED, POSTS
from .models import (
    CaseStudyPage,
    PracticeIndexPage,
    PracticePage,
    PracticePageTag,
    TrustPracticeIndexPage,
    WhatWorksPage,
)

KEY_NAMESPACE = uuid.UUID("6f1c7f0e-4b7a-4f3e-9a53-2f3d5c1e8a01")
ELEMENT_CODES = ["1A", "1B", "1C", "2A", "2B", "3A", "3B", "3C", "4A", "4B", "5A", "5B"]
BATCH = 500


def seed(ctx: DemoContext) -> None:
    seeder = _Seeder(ctx)
    started = time.monotonic()
    created = seeder.seed_real()
    if created:
        ctx.log(f"Created {created} demo practice pages")
    if ctx.scale > 1:
        synthetic = seeder.seed_synthetic(ctx.scale)
        if synthetic:
            ctx.log(
                f"Created {synthetic} synthetic practice pages (and their Welsh "
                f"aliases) in {time.monotonic() - started:.1f}s"
            )


def seed_welsh(ctx: DemoContext) -> None:
    """Welsh translations of the practice in demo_content/welsh.py.

    Runs after the Welsh tree exists: each chosen page's Welsh alias becomes
    a wagtail-localize translation (see home/demo_welsh.py). Everything else
    stays an alias, deliberately, so /cy/ shows the untranslated fallback
    too. Pages translated already (by an editor or an earlier run) are left
    alone.
    """
    from home.demo_welsh import translate_page

    from .demo_content.welsh import WELSH_PRACTICE

    rows = {
        row["slug"]: (model, row)
        for model, source in ((CaseStudyPage, CASE_STUDIES), (WhatWorksPage, POSTS))
        for row in source
        if row["slug"] in WELSH_PRACTICE
    }
    pages = {
        (page.trust.slug if page.trust_id else "", page.slug): page
        for page in PracticePage.objects.filter(
            locale=ctx.en, slug__in=list(rows)
        ).select_related("trust")
    }
    translated = 0
    for slug, welsh in WELSH_PRACTICE.items():
        model, row = rows[slug]
        page = pages.get((row["trust"], slug))
        if page is None:
            continue
        if model is CaseStudyPage:
            values = _welsh_case_study_fields(row, welsh)
        else:
            values = _welsh_post_fields(welsh)
        if translate_page(page, ctx.cy, values) is not None:
            translated += 1
    if translated:
        ctx.log(f"Translated {translated} demo practice pages into Welsh")


# -- turning the data into field values ---------------------------------------


def _paragraphs(texts: Iterable[str]) -> str:
    return "".join(f"<p>{escape(text)}</p>" for text in texts)


def _date(value: str | None) -> datetime.date | None:
    return datetime.date.fromisoformat(value) if value else None


def _published_at(day: datetime.date) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(9, 0)))


def _people_names() -> dict[str, str]:
    """Profile slugs to names, from the directory's demo data when present."""
    try:
        from directory.demo_content.profiles import PROFILES
    except ImportError:  # the directory's demo content is optional here
        return {}
    return {p["slug"]: p["name"] for p in PROFILES if "slug" in p and "name" in p}


def _people(value: str | list[str], names: dict[str, str]) -> str:
    slugs = [value] if isinstance(value, str) else list(value)
    return ", ".join(
        names.get(slug, slug.replace("-", " ").title()) for slug in slugs if slug
    )


def _case_study_fields(row: dict[str, Any], names: dict[str, str]) -> dict[str, Any]:
    body: list[tuple[str, Any]] = []
    if row.get("key_figure"):
        body.append(("key_figure", row["key_figure"]))
    if row.get("quote"):
        body.append(("quote", row["quote"]))
    return {
        "title": row["title"],
        "summary": row["summary"],
        "context": row["context"],
        "challenge": row["challenge"],
        "what_was_done": _paragraphs(row["what_we_did"]),
        "body": body,
        "impact": row["impact"],
        "differently": row["differently"],
        "cost_and_time": row.get("cost_and_time", ""),
        "people_involved": _people(row.get("people", []), names),
        "publication_date": _date(row["published"]),
        "last_reviewed": _date(row.get("last_reviewed")),
        "featured": row["slug"] in FEATURED,
    }


def _post_fields(row: dict[str, Any], names: dict[str, str]) -> dict[str, Any]:
    return {
        "title": row["title"],
        "summary": row["summary"],
        "verdict": row["verdict"],
        "lesson": row["lesson"],
        "body": [("paragraph", f"<p>{escape(text)}</p>") for text in row["body"]],
        "people_involved": _people(row.get("people", ""), names),
        "publication_date": _date(row["published"]),
        "last_reviewed": _date(row.get("last_reviewed")),
        "featured": row["slug"] in FEATURED,
    }


def _welsh_case_study_fields(row: dict[str, Any], welsh: dict[str, Any]) -> dict:
    """A case study's translated fields, shaped like `_case_study_fields`."""
    body: list[dict[str, str]] = []
    if row.get("key_figure"):
        body.append(welsh.get("key_figure", {}))
    if row.get("quote"):
        body.append(welsh.get("quote", {}))
    fields = {
        "title": welsh["title"],
        "summary": welsh["summary"],
        "context": welsh["context"],
        "challenge": welsh["challenge"],
        "what_was_done": _paragraphs(welsh["what_we_did"]),
        "body": body,
        "impact": welsh["impact"],
        "differently": welsh["differently"],
    }
    if row.get("cost_and_time"):
        fields["cost_and_time"] = welsh["cost_and_time"]
    return fields


def _welsh_post_fields(welsh: dict[str, Any]) -> dict:
    """A post's translated fields, shaped like `_post_fields`."""
    return {
        "title": welsh["title"],
        "summary": welsh["summary"],
        "lesson": welsh["lesson"],
        "body": [f"<p>{escape(text)}</p>" for text in welsh["body"]],
    }


class _Seeder:
    def __init__(self, ctx: DemoContext) -> None:
        self.ctx = ctx
        self.index = PracticeIndexPage.objects.get(locale=ctx.en)
        self.sections = {
            section.slug: section
            for section in TrustPracticeIndexPage.objects.child_of(self.index)
        }
        self.elements = {
            e.code: e for e in FrameworkElement.objects.filter(locale=ctx.en)
        }
        self.phases = {p.slug: p for p in Phase.objects.filter(locale=ctx.en)}
        self.schools = {
            (s.trust.slug, s.name): s for s in School.objects.select_related("trust")
        }
        self.names = _people_names()

    def rows(
        self,
    ) -> Iterator[tuple[type[PracticePage], dict[str, Any], dict[str, Any]]]:
        for row in CASE_STUDIES:
            yield CaseStudyPage, row, _case_study_fields(row, self.names)
        for row in POSTS:
            yield WhatWorksPage, row, _post_fields(row, self.names)

    # -- the real pages, created like an editor's --------------------------------

    def seed_real(self) -> int:
        created = 0
        for model, row, fields in self.rows():
            section = self.sections.get(row["trust"])
            if section is None:
                self.ctx.log(f"No practice section for {row['trust']}; skipped")
                continue
            if section.get_children().filter(slug=row["slug"]).exists():
                continue
            page = model(slug=row["slug"], locale=section.locale, **fields)
            page.first_published_at = _published_at(fields["publication_date"])
            page.elements.set(self._elements(row["elements"]))
            page.phases.set([self.phases[p] for p in row["phases"]])
            if model is CaseStudyPage:
                page.schools.set(self._schools(row))
            page.tags.add(*row["tags"])
            section.add_child(instance=page)
            page.save_revision().publish()
            created += 1
        return created

    def _elements(self, codes: Iterable[str]) -> list[FrameworkElement]:
        return [self.elements[code] for code in dict.fromkeys(codes)]

    def _schools(self, row: dict[str, Any]) -> list[School]:
        found = [
            self.schools.get((row["trust"], name)) for name in row.get("schools", [])
        ]
        return [school for school in found if school is not None]

    # -- synthetic cohorts, written in bulk ----------------------------------------

    def seed_synthetic(self, scale: int) -> int:
        """(scale - 1) deterministic variants of every real piece, in bulk."""
        from wagtail.models import Locale

        welsh = Locale.objects.filter(language_code="cy").first()
        rows = list(self.rows())
        planned: dict[str, list[tuple[PracticePage, dict[str, Any]]]] = {}
        existing = {
            slug: set(section.get_children().values_list("slug", flat=True))
            for slug, section in self.sections.items()
        }
        for cohort in range(2, scale + 1):
            for position, (model, row, fields) in enumerate(rows):
                slug = f"{row['slug']}-cohort-{cohort}"
                if row["trust"] not in self.sections or slug in existing[row["trust"]]:
                    continue
                page, relations = self._variant(model, row, fields, cohort, position)
                page.slug = slug
                planned.setdefault(row["trust"], []).append((page, relations))

        tags = self._tags({name for _m, row, _f in rows for name in row["tags"]})
        created: list[PracticePage] = []
        aliases: list[PracticePage] = []
        for trust_slug, items in planned.items():
            section = Page.objects.get(pk=self.sections[trust_slug].pk)
            pages = self._bulk_add_children(section, items, tags)
            created += pages
            if welsh is not None:
                aliases += self._bulk_add_aliases(section, pages, items, tags, welsh)
        by_model: dict[type[PracticePage], list[int]] = {}
        for page in created + aliases:  # bulk inserts send no signals
            by_model.setdefault(type(page), []).append(page.id)
        index_in_batches(by_model)
        return len(created)

    def _variant(
        self,
        model: type[PracticePage],
        row: dict[str, Any],
        fields: dict[str, Any],
        cohort: int,
        position: int,
    ) -> tuple[PracticePage, dict[str, Any]]:
        values = dict(fields)
        values["title"] = f"{fields['title']} (cohort {cohort})"
        # Spread the cohorts over the three years before the original.
        offset = ((cohort - 1) * 53 + position * 17) % 1095 + 1
        values["publication_date"] = fields["publication_date"] - datetime.timedelta(
            days=offset
        )
        if values.get("last_reviewed"):
            values["last_reviewed"] = values["last_reviewed"] - datetime.timedelta(
                days=offset
            )
        values["featured"] = False
        extra = ELEMENT_CODES[(position * 5 + cohort) % len(ELEMENT_CODES)]
        relations = {
            "elements": self._elements([*row["elements"], extra]),
            "phases": [self.phases[p] for p in row["phases"]],
            "tags": list(dict.fromkeys(row["tags"])),
            "schools": self._schools(row) if model is CaseStudyPage else [],
        }
        return model(**values), relations

    def _tags(self, names: set[str]) -> dict[str, Tag]:
        tags = {tag.name: tag for tag in Tag.objects.filter(name__in=names)}
        for name in sorted(names - tags.keys()):
            tags[name] = Tag.objects.create(name=name)
        return tags

    def _bulk_add_children(
        self,
        parent: Page,
        items: list[tuple[PracticePage, dict[str, Any]]],
        tags: dict[str, Tag],
    ) -> list[PracticePage]:
        """Insert pages as the last children of `parent`, treebeard-style."""
        last = parent.get_last_child()
        start = last._get_lastpos_in_path() + 1 if last is not None else 1
        trust_id = TrustPracticeIndexPage.objects.get(pk=parent.pk).trust_id
        region_id = (
            TrustPage.objects.filter(pk=trust_id)
            .values_list("region_id", flat=True)
            .first()
        )
        pages: list[PracticePage] = []
        for step, (page, _relations) in enumerate(items, start=start):
            published = _published_at(page.publication_date)
            page.path = Page._get_path(parent.path, parent.depth + 1, step)
            page.depth = parent.depth + 1
            page.numchild = 0
            page.url_path = f"{parent.url_path}{page.slug}/"
            page.locale_id = parent.locale_id
            page.translation_key = uuid.uuid5(KEY_NAMESPACE, page.url_path)
            page.content_type = ContentType.objects.get_for_model(type(page))
            page.live = True
            page.has_unpublished_changes = False
            page.draft_title = page.title
            page.first_published_at = page.last_published_at = published
            page.trust_id = trust_id
            page.region_id = region_id
            page.practice_type = type(page).practice_type_value
            pages.append(page)
        self._insert(pages)
        self._insert_relations(pages, [relations for _page, relations in items], tags)
        Page.objects.filter(pk=parent.pk).update(numchild=F("numchild") + len(pages))
        return pages

    def _bulk_add_aliases(
        self,
        english_parent: Page,
        originals: list[PracticePage],
        items: list[tuple[PracticePage, dict[str, Any]]],
        tags: dict[str, Tag],
        locale,
    ) -> list[PracticePage]:
        """Welsh aliases, as LocaleSynchronization would make, but in bulk."""
        parent = Page.objects.filter(
            translation_key=english_parent.translation_key, locale=locale
        ).first()
        if parent is None:
            return []
        last = parent.get_last_child()
        start = last._get_lastpos_in_path() + 1 if last is not None else 1
        aliases: list[PracticePage] = []
        for step, original in enumerate(originals, start=start):
            model = type(original)
            alias = model(
                **{
                    f.attname: getattr(original, f.attname)
                    for f in model._meta.concrete_fields
                    if not f.primary_key and f.attname not in {"page_ptr_id"}
                }
            )
            alias.id = None
            alias.alias_of_id = original.id
            alias.locale_id = locale.id
            alias.path = Page._get_path(parent.path, parent.depth + 1, step)
            alias.depth = parent.depth + 1
            alias.url_path = f"{parent.url_path}{original.slug}/"
            aliases.append(alias)
        self._insert(aliases)
        self._insert_relations(aliases, [relations for _page, relations in items], tags)
        Page.objects.filter(pk=parent.pk).update(numchild=F("numchild") + len(aliases))
        return aliases

    @staticmethod
    def _insert(pages: list[PracticePage]) -> None:
        """One INSERT per table of the multi-table chain, in batches."""
        rows = [
            Page(
                **{f.attname: getattr(p, f.attname) for f in Page._meta.concrete_fields}
            )
            for p in pages
        ]
        for row in rows:
            row.id = None
        Page.objects.bulk_create(rows, batch_size=BATCH)
        for page, row in zip(pages, rows, strict=True):
            page.id = page.page_ptr_id = row.id
            if isinstance(page, CaseStudyPage | WhatWorksPage):
                page.practicepage_ptr_id = row.id
        by_model: dict[type[PracticePage], list[PracticePage]] = {}
        for page in pages:
            by_model.setdefault(type(page), []).append(page)
        for model, group in [(PracticePage, pages), *by_model.items()]:
            fields = model._meta.local_concrete_fields
            model._base_manager.all()._batched_insert(group, fields, batch_size=BATCH)

    @staticmethod
    def _insert_relations(
        pages: list[PracticePage], relations: list[dict[str, Any]], tags: dict[str, Tag]
    ) -> None:
        element_links = PracticePage.elements.through
        phase_links = PracticePage.phases.through
        school_links = CaseStudyPage.schools.through
        elements, phases, schools, tagged = [], [], [], []
        for page, rel in zip(pages, relations, strict=True):
            elements += [
                element_links(practicepage_id=page.id, frameworkelement_id=e.id)
                for e in rel["elements"]
            ]
            phases += [
                phase_links(practicepage_id=page.id, phase_id=p.id)
                for p in rel["phases"]
            ]
            schools += [
                school_links(casestudypage_id=page.id, school_id=s.id)
                for s in rel["schools"]
            ]
            tagged += [
                PracticePageTag(content_object_id=page.id, tag_id=tags[name].id)
                for name in rel["tags"]
            ]
        element_links.objects.bulk_create(elements, batch_size=BATCH)
        phase_links.objects.bulk_create(phases, batch_size=BATCH)
        school_links.objects.bulk_create(schools, batch_size=BATCH)
        PracticePageTag.objects.bulk_create(tagged, batch_size=BATCH)
