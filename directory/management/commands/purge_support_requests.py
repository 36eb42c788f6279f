"""Delete requests for support older than the privacy notice promises to keep them.

Run daily from cron, next to `remind_stale_profiles`.
"""

from __future__ import annotations

import datetime as dt

from django.core.management.base import BaseCommand, CommandParser
from django.utils import timezone

from directory.models import SupportRequest


class Command(BaseCommand):
    help = "Delete support requests older than --days (365: the privacy notice)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--days", type=int, default=365)
        parser.add_argument("--dry-run", action="store_true")

    def handle(self, *args, days: int, dry_run: bool, **options) -> None:
        cutoff = timezone.now() - dt.timedelta(days=max(days, 1))
        old = SupportRequest.objects.filter(created__lt=cutoff)
        if dry_run:
            self.stdout.write(f"Would delete {old.count()} support requests.")
            return
        deleted, _by_model = old.delete()
        self.stdout.write(f"Deleted {deleted} support requests.")
