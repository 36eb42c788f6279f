"""Run axe-core in a Playwright page and describe its violations readably."""

from __future__ import annotations

from pathlib import Path
from typing import Any

AXE_JS = Path(__file__).resolve().parent / "node_modules" / "axe-core" / "axe.min.js"

# WCAG 2.2 AA as axe-core tags it (2.0 and 2.1 A/AA plus the 2.2 AA rules).
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]

# Only what a report needs comes back over the wire, not axe's full result.
_RUN_AXE = """
async (tags) => {
  const result = await window.axe.run(document, {
    runOnly: {type: "tag", values: tags},
    resultTypes: ["violations"],
  });
  return result.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    helpUrl: v.helpUrl,
    nodes: v.nodes.map((n) => ({
      target: n.target.join(" "),
      html: n.html,
      summary: n.failureSummary,
    })),
  }));
}
"""

MAX_NODES_SHOWN = 5


def run_axe(page: Any) -> list[dict[str, Any]]:
    """Inject axe-core (the page's context must bypass CSP) and run it."""
    if not page.evaluate("() => Boolean(window.axe)"):
        page.add_script_tag(path=str(AXE_JS))
    return page.evaluate(_RUN_AXE, WCAG_TAGS)


def format_violations(violations: list[dict[str, Any]], where: str) -> str:
    lines = [f"{len(violations)} accessibility violation(s) on {where}:"]
    for violation in violations:
        lines.append(
            f"\n[{violation['impact']}] {violation['id']}: {violation['help']}"
            f"\n  {violation['helpUrl']}"
        )
        nodes = violation["nodes"]
        for node in nodes[:MAX_NODES_SHOWN]:
            summary = (node["summary"] or "").replace("\n", "\n      ")
            lines.append(f"  - {node['target']}\n      {node['html'][:200]}")
            lines.append(f"      {summary}")
        if len(nodes) > MAX_NODES_SHOWN:
            lines.append(f"  ... and {len(nodes) - MAX_NODES_SHOWN} more element(s)")
    return "\n".join(lines)
