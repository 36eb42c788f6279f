"""Reading a self-review from the query string (or a POST, or a saved review).

The ratings live in the URL, so anything can arrive: missing ratings, values
off the scale, a parameter given twice with different values, keys nobody
knows, megabytes of junk. `parse_review` never raises: it keeps every valid
rating, and describes each problem in words the form can show next to the
element concerned.

The URL vocabulary: one parameter per element, named by its lower-case code
(`3a=red`); the element's slug or upper-case code are accepted too. Values are
`red`, `amber-red`, `amber-green`, `green` (or 1 to 4). Optional context:
`phase` and `region` (slugs, as in the library's filters) and `schools` (how
many schools the trust has).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode

from django import forms
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from directory.models import FrameworkElement, Phase, Region

from .models import MAX_LABEL_LENGTH, RATING_ORDER, Rating

MAX_VALUE_LENGTH = 40  # longer than any valid value: anything longer is junk
MAX_VALUES_PER_KEY = 20
MAX_UNKNOWN_SHOWN = 10
MAX_KEY_SHOWN = 40
MAX_SCHOOLS = 500
CONTEXT_KEYS = ("phase", "region", "schools")
# Fields other forms on the page send along; never reported as unknown.
IGNORED_KEYS = frozenset({"csrfmiddlewaretoken", "label"})
_SEPARATORS = re.compile(r"[\s_]+")
_DIGITS = re.compile(r"\d{1,4}")


@dataclass
class Problem:
    """Something wrong with one field, and where the form shows it."""

    key: str  # an element's parameter name, a context key, or "" for the form
    message: str | Promise
    anchor: str = ""  # the id of the input the error summary links to


@dataclass
class ParsedReview:
    """What could be read from the parameters, and what could not."""

    ratings: dict[str, Rating] = field(default_factory=dict)  # param -> rating
    phase: str = ""
    region: str = ""
    schools: int | None = None
    problems: list[Problem] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)  # params without a rating
    unknown: list[str] = field(default_factory=list)  # keys ignored
    unknown_more: int = 0  # how many more unknown keys were not listed
    submitted: bool = False  # any rating or context key was present

    @property
    def complete(self) -> bool:
        return not self.problems and not self.missing

    def problem_for(self, key: str) -> Problem | None:
        return next((p for p in self.problems if p.key == key), None)

    @property
    def context(self) -> dict[str, Any]:
        return {
            key: value
            for key, value in (
                ("phase", self.phase),
                ("region", self.region),
                ("schools", self.schools),
            )
            if value
        }

    def params(self) -> list[tuple[str, Any]]:
        """The valid ratings and context, in framework order."""
        return list(self.ratings.items()) + list(self.context.items())

    def querystring(self) -> str:
        return urlencode(self.params())


def element_param(element: FrameworkElement) -> str:
    """The element's parameter name in the URL: its code in lower case."""
    return element.code.lower()


def rating_input_id(param: str, rating: Rating | str) -> str:
    return f"rate-{param}-{rating}"


def _rating_aliases() -> dict[str, Rating]:
    aliases: dict[str, Rating] = {}
    for level, rating in enumerate(RATING_ORDER, start=1):
        aliases[rating.value] = rating
        aliases[str(level)] = rating
    return aliases


RATING_ALIASES = _rating_aliases()


def _normalise_value(raw: str) -> str:
    return _SEPARATORS.sub("-", raw.replace("\x00", "").strip().lower())


def _values(params: Mapping[str, Any], keys: Iterable[str]) -> tuple[list[str], bool]:
    """Distinct non-blank values given for any of `keys`, and whether any key
    was present at all (a blank value still counts as "present")."""
    found: list[str] = []
    present = False
    for key in keys:
        if key not in params:
            continue
        present = True
        raw_values = params.getlist(key) if hasattr(params, "getlist") else None
        if raw_values is None:
            value = params[key]
            raw_values = value if isinstance(value, list | tuple) else [value]
        for raw in raw_values[:MAX_VALUES_PER_KEY]:
            text = str(raw)
            if len(text) > MAX_VALUE_LENGTH:
                # Junk: keep a marker so it is reported, never the junk itself.
                found.append("\x00too-long")
                continue
            value = _normalise_value(text)
            if value and value not in found:
                found.append(value)
    return found, present


def _shown_key(key: str) -> str:
    key = "".join(ch if ch.isprintable() else "?" for ch in key)
    return key if len(key) <= MAX_KEY_SHOWN else key[: MAX_KEY_SHOWN - 1] + "…"


def parse_review(
    params: Mapping[str, Any],
    elements: list[FrameworkElement] | None = None,
) -> ParsedReview:
    """Read ratings and context from a QueryDict (or a plain dict)."""
    if elements is None:
        elements = FrameworkElement.localized_list()
    parsed = ParsedReview()
    known: set[str] = set(CONTEXT_KEYS) | IGNORED_KEYS

    for element in elements:
        param = element_param(element)
        keys = list(dict.fromkeys([param, element.code, element.slug]))
        known.update(keys)
        values, present = _values(params, keys)
        parsed.submitted |= present
        anchor = rating_input_id(param, RATING_ORDER[0])
        label = f"{element.code} {element.name}"
        if not values:
            parsed.missing.append(param)
        elif len(values) > 1:
            parsed.problems.append(
                Problem(
                    param,
                    _(
                        "%(element)s was given more than one rating. "
                        "Choose one rating for it."
                    )
                    % {"element": label},
                    anchor,
                )
            )
        elif values[0] not in RATING_ALIASES:
            parsed.problems.append(
                Problem(
                    param,
                    _(
                        "The rating for %(element)s was not recognised. Choose red, "
                        "amber-red, amber-green or green."
                    )
                    % {"element": label},
                    anchor,
                )
            )
        else:
            parsed.ratings[param] = RATING_ALIASES[values[0]]

    _parse_context(params, parsed)

    unknown = [key for key in params if key not in known]
    parsed.unknown = [_shown_key(key) for key in unknown[:MAX_UNKNOWN_SHOWN]]
    parsed.unknown_more = max(0, len(unknown) - MAX_UNKNOWN_SHOWN)
    return parsed


def _parse_context(params: Mapping[str, Any], parsed: ParsedReview) -> None:
    for key, model, message in (
        ("phase", Phase, _("That phase was not recognised. Choose one from the list.")),
        (
            "region",
            Region,
            _("That region was not recognised. Choose one from the list."),
        ),
    ):
        values, present = _values(params, [key])
        parsed.submitted |= present
        if not values:
            continue
        if len(values) == 1 and values[0] in model.by_slug():
            setattr(parsed, key, values[0])
        else:
            parsed.problems.append(Problem(key, message, f"review-{key}"))

    values, present = _values(params, ["schools"])
    parsed.submitted |= present
    if not values:
        return
    if len(values) == 1 and _DIGITS.fullmatch(values[0]):
        number = int(values[0])
        if 1 <= number <= MAX_SCHOOLS:
            parsed.schools = number
            return
    parsed.problems.append(
        Problem(
            "schools",
            _("Enter the number of schools as a whole number from 1 to %(max)s.")
            % {"max": MAX_SCHOOLS},
            "review-schools",
        )
    )


class SaveReviewForm(forms.Form):
    """The one field a member types when saving: an optional label."""

    label = forms.CharField(
        label=_("Label (optional)"),
        max_length=MAX_LABEL_LENGTH,
        required=False,
        help_text=_("For example “Autumn review” or the name of a school."),
    )
