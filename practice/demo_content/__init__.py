"""The demo practice, combined: case studies from both halves of the country
and the "what works / what didn't" posts. The data files are pure data."""

from .case_studies_north import CASE_STUDIES_NORTH
from .case_studies_south import CASE_STUDIES_SOUTH
from .posts import POSTS

CASE_STUDIES = [*CASE_STUDIES_SOUTH, *CASE_STUDIES_NORTH]

# Shown on the home page: a spread of trusts, areas and one honest failure.
FEATURED = {
    "six-week-return-plans-from-alternative-provision",
    "peer-review-triads-instead-of-mock-inspections",
    "one-phonics-programme-across-three-severn-vale-primaries",
    "whole-trust-marking-policy-did-not-cut-workload",
}

__all__ = ["CASE_STUDIES", "FEATURED", "POSTS"]
