"""The SVG chart: well-formed, labelled, and readable without colour."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest

from selfreview.charts import ChartRow, chart_description, ratings_chart
from selfreview.models import RATING_ORDER, Rating
from tests.selfreview.conftest import review

NS = {"svg": "http://www.w3.org/2000/svg"}


def parse(svg: str) -> ET.Element:
    """Parse with the standard library, as any XML consumer would."""
    return ET.fromstring(svg)  # noqa: S314 - our own chart, not untrusted input


def rows() -> list[ChartRow]:
    return [
        ChartRow("1A", "Clarity of purpose", "1 Vision", Rating.RED),
        ChartRow("1B", 'Understanding <needs> & "more"', "1 Vision", Rating.AMBER_RED),
        ChartRow("2A", "Building capacity", "2 People", Rating.AMBER_GREEN),
        ChartRow("2B", "Recruiting", "2 People", Rating.GREEN),
    ]


def test_chart_is_well_formed_and_labelled():
    data = rows()
    svg = ratings_chart(
        data, title="Your ratings", description=chart_description(data), prefix="t"
    )
    root = parse(svg)
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert root.get("role") == "img"
    assert root.get("aria-labelledby") == "t-title t-desc"
    title = root.find("svg:title", NS)
    desc = root.find("svg:desc", NS)
    assert title is not None and title.get("id") == "t-title"
    assert title.text == "Your ratings"
    assert desc is not None and desc.get("id") == "t-desc"
    assert "1A Clarity of purpose: Red (weak capacity)." in desc.text
    assert "2B Recruiting: Green (strong capacity)." in desc.text
    # Escaped by ElementTree, not broken by it.
    texts = [t.text for t in root.iter("{http://www.w3.org/2000/svg}text")]
    assert 'Understanding <needs> & "more"' in " ".join(texts)


def test_every_rating_has_text_a_pattern_and_a_length():
    svg = ratings_chart(rows(), title="t", description="d", prefix="c")
    root = parse(svg)
    texts = [t.text for t in root.iter("{http://www.w3.org/2000/svg}text")]
    for rating in RATING_ORDER:
        assert str(rating.label) in texts  # at the end of its bar
        assert f"{rating.label} ({rating.description})" in texts  # the legend
        assert (
            root.find(f".//svg:pattern[@id='c-pattern-{rating.value}']", NS) is not None
        )
    bars = [
        r
        for r in root.iter("{http://www.w3.org/2000/svg}rect")
        if (r.get("fill") or "").startswith("url(") and r.get("height") == "22"
    ]
    assert [int(b.get("width")) for b in bars] == [95, 190, 285, 380]
    # Patterns, not colour alone: each bar points at its own pattern.
    assert len({b.get("fill") for b in bars}) == 4
    # No inline styles: the Content Security Policy forbids them.
    assert "style" not in svg


def test_area_groups_appear_once():
    svg = ratings_chart(rows(), title="t", description="d")
    texts = [t.text for t in parse(svg).iter("{http://www.w3.org/2000/svg}text")]
    assert texts.count("1 Vision") == 1 and texts.count("2 People") == 1


@pytest.mark.django_db
@pytest.mark.parametrize("prefix", ["", "/cy"])
def test_chart_on_the_results_page_parses(client, prefix):
    html = client.get(
        f"{prefix}/self-review/results/", review(_1a="red", _4b="amber-green")
    ).content.decode()
    svg = re.search(r"<svg.*?</svg>", html, re.S).group(0)
    root = parse(svg)
    assert root.find("svg:title", NS).text
    desc = root.find("svg:desc", NS).text
    assert desc.count(".") >= 12
    bars = [
        r
        for r in root.iter("{http://www.w3.org/2000/svg}rect")
        if r.get("height") == "22"
    ]
    assert len(bars) == 12
