"""Seed demo content: idempotent and deterministic.

Each app contributes a seeder in its demo.py; they run in this order because
later ones build on the pages earlier ones made. `--scale N` asks the content
seeders for N times their demo volume (for benchmarks).
"""

from django.core.management.base import BaseCommand, CommandParser
from django.db import connection, transaction
from django.utils.module_loading import import_string

from home.models import HomePage

SEEDERS = [
    "home.demo.seed_site",
    "trusts.demo.seed",
    "practice.demo.seed",
    "directory.demo.seed",
    "home.demo.seed_accounts",
    "home.demo.sync_welsh_tree",
    # Welsh translations of some pages: they turn Welsh aliases into
    # translations, so they run once the Welsh tree exists.
    "practice.demo.seed_welsh",
    "directory.demo.seed_welsh",
]


class Command(BaseCommand):
    help = "Create the demo site, framework trusts and accounts (safe to re-run)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--scale",
            type=int,
            default=1,
            help="Multiply the volume of demo practice and profiles (benchmarks).",
        )
        parser.add_argument(
            "--if-empty",
            action="store_true",
            help="Do nothing if the site already has a home page.",
        )

    def handle(self, *args, scale: int, if_empty: bool, **options) -> None:
        from home.demo import DemoContext

        if if_empty and HomePage.objects.exists():
            self.stdout.write("Content exists already; not seeding.")
            return
        ctx = DemoContext(stdout=self.stdout, scale=max(scale, 1))
        with transaction.atomic():
            for dotted in SEEDERS:
                import_string(dotted)(ctx)
        if ctx.scale > 1 and connection.vendor == "postgresql":
            # Thousands of rows were just bulk-inserted: without fresh
            # statistics the planner expects a handful and picks nested loops
            # (measured: a search took 210 ms before ANALYZE, 22 ms after).
            # Autovacuum would get there, but not before a benchmark starts.
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")
        self.stdout.write(self.style.SUCCESS("Demo content is ready."))
