"""The search latency benchmark command (run small here; see its docstring)."""

from __future__ import annotations

import io

from django.core.management import call_command

import pytest

from search.management.commands.bench_search import percentile


def test_percentile_is_nearest_rank():
    values = [float(v) for v in range(1, 101)]
    assert (percentile(values, 50), percentile(values, 95), percentile(values, 99)) == (
        50.0,
        95.0,
        99.0,
    )
    assert percentile([3.0], 99) == 3.0


@pytest.mark.django_db
def test_prints_p50_p95_p99_per_query_type_and_overall(hw_pages):
    out = io.StringIO()
    call_command("bench_search", iterations=3, warmup=1, stdout=out)
    text = out.getvalue()
    assert "p50 ms" in text and "p95 ms" in text and "p99 ms" in text
    for name in ("one word", "synonym", "autocomplete", "filtered (view)", "overall"):
        assert name in text
