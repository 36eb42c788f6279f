"""Revoke a trust's membership without deleting anything it contributed."""

from __future__ import annotations

from django.core.management.base import BaseCommand, CommandError, CommandParser

from trusts.membership import offboard_trust
from trusts.models import TrustPage


class Command(BaseCommand):
    help = (
        "Remove a trust's membership: its editors lose admin rights and its "
        "accounts lose members' access. Pages, images and documents are kept; "
        "onboard_trust restores access."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("slug")

    def handle(self, *args, slug: str, **options) -> None:
        trust = TrustPage.objects.filter(
            slug=slug, locale__language_code="en-gb", alias_of__isnull=True
        ).first()
        if trust is None:
            raise CommandError(f"No trust with slug {slug!r}.")
        if offboard_trust(trust) is None:
            raise CommandError(f"{trust.title} is not a member.")
        self.stdout.write(self.style.SUCCESS(f"{trust.title} is no longer a member."))
