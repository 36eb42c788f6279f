"""Email experts whose profiles are about to go stale a link to confirm them.

Run daily from cron. Each expert gets one reminder per confirmation cycle
(`--resend` overrides that); the link is signed, expires, and needs no
account.
"""

from __future__ import annotations

import datetime as dt

from django.core.management.base import BaseCommand, CommandParser
from django.db.models import F, Q
from django.utils import timezone

from wagtail.models import Locale

from directory.emails import send_confirmation_reminder
from directory.models import ExpertProfilePage
from directory.models.profiles import stale_cutoff
from directory.views import CONFIRM_MAX_AGE, confirmation_url


class Command(BaseCommand):
    help = "Email a confirmation link to experts whose profiles are nearly stale."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--days",
            type=int,
            default=30,
            help="Remind profiles that become stale within this many days (30).",
        )
        parser.add_argument(
            "--include-stale",
            action="store_true",
            help="Also remind profiles that are already stale.",
        )
        parser.add_argument(
            "--resend",
            action="store_true",
            help="Send even if a reminder went out since the last confirmation.",
        )
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="List who would be reminded without sending anything.",
        )

    def handle(
        self,
        *args,
        days: int,
        include_stale: bool,
        resend: bool,
        dry_run: bool,
        **options,
    ) -> None:
        today = timezone.localdate()
        cutoff = stale_cutoff(today)
        profiles = ExpertProfilePage.objects.live().filter(
            locale=Locale.get_default(),
            alias_of__isnull=True,
            last_confirmed__lt=cutoff + dt.timedelta(days=max(days, 0)),
        )
        if not include_stale:
            profiles = profiles.filter(last_confirmed__gte=cutoff)
        if not resend:
            profiles = profiles.filter(
                Q(reminder_sent_at__isnull=True)
                | Q(reminder_sent_at__date__lt=F("last_confirmed"))
            )
        sent = failed = 0
        for profile in profiles.exclude(email="").order_by("last_confirmed", "pk"):
            if dry_run:
                self.stdout.write(f"Would remind {profile.pk}: {profile.title}")
                sent += 1
                continue
            try:
                send_confirmation_reminder(
                    profile, confirmation_url(profile), CONFIRM_MAX_AGE.days
                )
            except Exception as error:  # one bad address must not stop the rest
                failed += 1
                self.stderr.write(f"Could not remind profile {profile.pk}: {error}")
                continue
            # An update, not a revision: this is bookkeeping, not content.
            ExpertProfilePage.objects.filter(pk=profile.pk).update(
                reminder_sent_at=timezone.now()
            )
            sent += 1
        verb = "Would remind" if dry_run else "Reminded"
        self.stdout.write(f"{verb} {sent} profiles.")
        if failed:
            self.stderr.write(f"{failed} reminders could not be sent.")
