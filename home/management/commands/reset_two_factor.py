"""Reset a staff user's two-step verification (home/two_factor.py).

For a lost phone, or an authenticator set up by someone who should not have:
the user's authenticator devices are deleted, and at their next admin visit
after signing in they are emailed a new set-up link.
"""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from django_otp.plugins.otp_totp.models import TOTPDevice


class Command(BaseCommand):
    help = "Delete users' authenticator devices: they set up two-step again."

    def add_arguments(self, parser):
        parser.add_argument("usernames", nargs="+", metavar="username")

    def handle(self, *args, usernames: list[str], **options):
        User = get_user_model()
        users = list(User.objects.filter(**{f"{User.USERNAME_FIELD}__in": usernames}))
        found = {user.get_username() for user in users}
        missing = sorted(set(usernames) - found)
        if missing:
            raise CommandError(f"No such user: {', '.join(missing)}")
        for user in users:
            deleted, _detail = TOTPDevice.objects.filter(user=user).delete()
            self.stdout.write(
                f"{user.get_username()}: {deleted} authenticator device(s) removed; "
                "they will be emailed a new set-up link at their next sign-in."
            )
