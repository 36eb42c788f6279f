"""Make a trust a member of the alliance (safe to run again)."""

from __future__ import annotations

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils.text import slugify

from directory.models import Region
from trusts.membership import onboard_trust
from trusts.models import TrustIndexPage, TrustPage


class Command(BaseCommand):
    help = (
        "Create or update a member trust: its page (with --name and --region), its "
        "practice and directory sections, its editors' group and permissions, its "
        "collection, and the Alliance moderation workflow on its sections."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("slug", help="The trust's slug, e.g. north-star-learning")
        parser.add_argument("--name", help="The trust's name, to create its page")
        parser.add_argument(
            "--region", help="Region slug for a new trust, e.g. north-east"
        )

    def handle(self, *args, slug: str, name: str | None, region: str | None, **opts):
        trust = TrustPage.objects.filter(
            slug=slugify(slug), locale__language_code="en-gb", alias_of__isnull=True
        ).first()
        if trust is None:
            trust = self._create_trust(slugify(slug), name, region)
        result = onboard_trust(trust)
        self.stdout.write(
            self.style.SUCCESS(
                f"{trust.title} is a member: group {result.group.name!r}, collection "
                f"{result.collection.name!r}, {len(result.sections)} sections under "
                "Alliance moderation."
            )
        )

    def _create_trust(self, slug: str, name: str | None, region: str | None):
        if not name or not region:
            raise CommandError(
                f"No trust with slug {slug!r}. To create one, give --name and --region."
            )
        index = TrustIndexPage.objects.filter(locale__language_code="en-gb").first()
        if index is None:
            raise CommandError("The site has no trust index page; run seed_demo first.")
        region_obj = Region.objects.filter(
            slug=region, locale__language_code="en-gb"
        ).first()
        if region_obj is None:
            choices = ", ".join(
                Region.objects.filter(locale__language_code="en-gb").values_list(
                    "slug", flat=True
                )
            )
            raise CommandError(f"Unknown region {region!r}. Choose from: {choices}.")
        trust = TrustPage(
            title=name, slug=slug, region=region_obj, description=f"<p>{name}</p>"
        )
        index.add_child(instance=trust)
        trust.save_revision().publish()
        return trust
