"""Demo member trusts, their schools and their sections of the tree."""

from __future__ import annotations

from directory.models import Phase, Region
from home.demo import DemoContext, get_or_create_page

from .demo_data import TRUSTS
from .models import School, TrustIndexPage, TrustPage
from .sections import ensure_trust_sections


def seed(ctx: DemoContext) -> None:
    index = TrustIndexPage.objects.get(locale=ctx.en)
    regions = {r.slug: r for r in Region.objects.filter(locale=ctx.en)}
    phases = {p.slug: p for p in Phase.objects.filter(locale=ctx.en)}
    trusts: dict[str, TrustPage] = {}
    for row in TRUSTS:
        trust = get_or_create_page(
            index,
            TrustPage,
            row["slug"],
            title=row["name"],
            region=regions[row["region"]],
            school_count=row["school_count"],
            website=row["website"],
            summary=row["summary"],
            description=row["description"],
        )
        for name, urn, phase, local_authority in row["schools"]:
            School.objects.get_or_create(
                urn=urn,
                defaults={
                    "name": name,
                    "phase": phases[phase],
                    "local_authority": local_authority,
                    "trust": trust,
                },
            )
        ensure_trust_sections(trust)
        trusts[row["slug"]] = trust
    ctx.pages["trusts"] = trusts
