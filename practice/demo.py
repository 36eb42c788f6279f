"""Demo practice: case studies and posts (filled in by the practice library)."""

from home.demo import DemoContext


def seed(ctx: DemoContext) -> None:
    """No practice page types exist yet."""
