"""Compile and check the interface translations in locale/.

`compile` writes .mo files with polib (a Wagtail dependency), so running the
site needs no GNU gettext. `check` is for CI: it re-extracts the messages
(makemessages, which does need xgettext) and fails when a string in the code
is missing from the committed catalogue, when the catalogue has fuzzy
entries, or when less than the required share of it is translated.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError, CommandParser

import polib

IGNORE = [".venv/*", "node_modules/*", "tests/*", "staticfiles/*", "media/*"]


def catalogues() -> list[Path]:
    return sorted(Path(settings.LOCALE_PATHS[0]).glob("*/LC_MESSAGES/*.po"))


class Command(BaseCommand):
    help = "Compile (.po → .mo) or check the interface translations."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("action", choices=["compile", "check", "update"])
        parser.add_argument("--min-percent", type=float, default=95.0)

    def handle(self, *args, action: str, min_percent: float, **options) -> None:
        if action == "compile":
            for po_path in catalogues():
                polib.pofile(str(po_path)).save_as_mofile(
                    str(po_path.with_suffix(".mo"))
                )
            return
        if action == "update":
            self._makemessages()
            return
        self._check(min_percent)

    def _makemessages(self) -> None:
        for domain in ("django", "djangojs"):
            call_command(
                "makemessages",
                locale=["cy"],
                domain=domain,
                ignore_patterns=IGNORE,
                no_location=True,
                no_obsolete=True,
                verbosity=0,
            )

    def _check(self, min_percent: float) -> None:
        locale_dir = Path(settings.LOCALE_PATHS[0])
        committed = {p: polib.pofile(str(p)) for p in catalogues()}
        if not committed:
            raise CommandError("No catalogues under locale/")
        problems: list[str] = []
        for path, po in committed.items():
            fuzzy = [e.msgid for e in po.fuzzy_entries() if not e.obsolete]
            if fuzzy:
                problems.append(f"{path}: {len(fuzzy)} fuzzy: {fuzzy[:5]}")
            if po.percent_translated() < min_percent:
                problems.append(
                    f"{path}: {po.percent_translated()}% translated (< {min_percent}%)"
                )

        # Re-extract into a scratch copy and compare the message ids.
        backup = Path(tempfile.mkdtemp())
        shutil.copytree(locale_dir, backup / "locale")
        try:
            self._makemessages()
            for path, po in committed.items():
                fresh = polib.pofile(str(path))
                known = {(e.msgctxt, e.msgid) for e in po if not e.obsolete}
                missing = [e.msgid for e in fresh if (e.msgctxt, e.msgid) not in known]
                if missing:
                    problems.append(
                        f"{path}: {len(missing)} strings not in the catalogue "
                        f"(run `make messages`): {missing[:5]}"
                    )
        finally:
            shutil.rmtree(locale_dir)
            shutil.copytree(backup / "locale", locale_dir)
            shutil.rmtree(backup)

        if problems:
            raise CommandError("\n".join(problems))
        self.stdout.write(self.style.SUCCESS("Translations are complete and current."))
