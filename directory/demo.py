"""Demo expert profiles (filled in by the Directory of Expertise)."""

from home.demo import DemoContext


def seed(ctx: DemoContext) -> None:
    """No profile page type exists yet."""
