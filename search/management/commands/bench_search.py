"""Time representative searches against whatever the database holds.

Not a test: a benchmark for the search issue's latency target (p95 under
50 ms on PostgreSQL with the database backend). Seed a large data set first,
e.g. `manage.py seed_demo --scale 180` (10,080 practice pages and 3,024
profiles), then:

    DATABASE_URL=postgres://... manage.py bench_search --iterations 200

Each query type is run round-robin over its sample queries; the time covers
the text search, its count and the first page of 20 results (what /search/
needs before rendering), and for "view" the whole /search/ response.
"""

from __future__ import annotations

import math
import time
from collections import defaultdict
from collections.abc import Callable

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.core.management.base import BaseCommand, CommandParser
from django.db import connection
from django.test import RequestFactory
from django.utils import translation

from wagtail.models import Locale, Page

from search.utils import run_search
from search.views import _as_search_queryset, _searchable_pages, search

QUERIES: dict[str, list[str]] = {
    "one word": ["phonics", "curriculum", "reading", "leadership", "attendance"],
    "two words": [
        "phonics reading",
        "curriculum design",
        "peer review",
        "maths mastery",
    ],
    "synonym": ["SLE phonics", "KS2 maths", "SEND inclusion", "ECT mentoring"],
    "misspelt": ["phonix", "curicullum", "leadreship"],
    "no match": ["zzyzx quokka", "xylophone tessellation"],
    "autocomplete": ["pho", "curr", "lead", "ma"],
}
FILTERED: list[str] = [
    "q=reading&type=case-study",
    "q=curriculum&phase=primary",
    "q=leadership&region=south-west&type=expert",
    "q=phonics&element=approach-to-pedagogy",
]
VIEW: list[str] = [
    "q=phonics",
    "q=SLE+phonics",
    "q=curriculum&type=case-study",
    "q=phonix",
]


def percentile(values: list[float], pct: float) -> float:
    """Nearest-rank percentile."""
    ordered = sorted(values)
    rank = max(1, math.ceil(pct / 100 * len(ordered)))
    return ordered[rank - 1]


class Command(BaseCommand):
    help = "Print p50/p95/p99 search latency per query type and overall."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--iterations", type=int, default=50)
        parser.add_argument("--warmup", type=int, default=3)
        parser.add_argument("--language", default="en-gb")
        parser.add_argument(
            "--skip-view", action="store_true", help="Skip whole-page timings."
        )

    def handle(self, *args, **options) -> None:
        translation.activate(options["language"])
        locale = Locale.objects.get(language_code=options["language"])
        factory = RequestFactory()
        prefix = "" if options["language"] == "en-gb" else f"/{options['language']}"

        hosts = [h for h in settings.ALLOWED_HOSTS if h not in ("*",) and h[0] != "."]
        host = hosts[0] if hosts else "localhost"

        def request(querystring: str = ""):
            req = factory.get(f"{prefix}/search/?{querystring}", HTTP_HOST=host)
            req.user = AnonymousUser()
            req.session = {}
            return req

        pages = _searchable_pages(request(), locale)
        searchable = _as_search_queryset(pages)

        def searcher(query: str, autocomplete: bool = False) -> Callable[[], None]:
            def run() -> None:
                outcome = run_search(searchable, query, autocomplete=autocomplete)
                outcome[0 : 8 if autocomplete else 20]

            return run

        def viewer(querystring: str) -> Callable[[], None]:
            def run() -> None:
                search(request(querystring)).render()

            return run

        cases: dict[str, list[Callable[[], None]]] = {
            name: [searcher(q, autocomplete=name == "autocomplete") for q in queries]
            for name, queries in QUERIES.items()
        }
        cases["filtered (view)"] = [viewer(qs) for qs in FILTERED]
        if not options["skip_view"]:
            cases["whole page (view)"] = [viewer(qs) for qs in VIEW]

        counts = Page.objects.live().filter(locale=locale).count()
        self.stdout.write(
            f"{connection.vendor}: {counts} live pages in {locale.language_code}; "
            f"{options['iterations']} runs per query type\n"
        )

        timings: dict[str, list[float]] = defaultdict(list)
        for name, runs in cases.items():
            for run in runs[: options["warmup"]]:
                run()
            for i in range(options["iterations"]):
                run = runs[i % len(runs)]
                started = time.perf_counter()
                run()
                timings[name].append((time.perf_counter() - started) * 1000)

        header = (
            f"{'query type':<20} {'n':>5} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8}"
        )
        self.stdout.write(header)
        self.stdout.write("-" * len(header))
        everything: list[float] = []
        for name, values in timings.items():
            everything += values if "view" not in name else []
            self.stdout.write(self._row(name, values))
        self.stdout.write("-" * len(header))
        self.stdout.write(self._row("overall (search)", everything))

    def _row(self, name: str, values: list[float]) -> str:
        return (
            f"{name:<20} {len(values):>5} {percentile(values, 50):>8.1f} "
            f"{percentile(values, 95):>8.1f} {percentile(values, 99):>8.1f}"
        )
