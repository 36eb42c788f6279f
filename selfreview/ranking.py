"""Which practice and experts answer a self-review, and in what order.

The weakest elements come first: every one rated red, then amber-red, at most
MAX_FOCUS of them (amber-green ones stand in when nothing is weaker). For
each, three lists, each ranked by fit:

* case studies and honest "what didn't work" posts (verdict didn't work or
  partly worked) tagged with the element; then those matching the phase
  given, then the region, then from a trust of similar size (when the number
  of schools is given), then the newest;
* available experts tagged with the element (confirmed in the last 12 months,
  offering days this term or next, and visible to this visitor: public
  profiles for everyone, members-only ones for members, through the
  directory's own helpers); then phase, region, then those free this term,
  then those offering the most days.

However many elements are weak, that is two queries for the practice and the
experts (each list is cut per element with a window function, as the
framework pages do) and one for the experts' terms.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.db.models import (
    Case,
    Exists,
    F,
    IntegerField,
    OuterRef,
    Q,
    QuerySet,
    Value,
    When,
    Window,
)
from django.db.models.functions import RowNumber
from django.utils import timezone

from directory.models import (
    DirectoryIndexPage,
    ExpertProfilePage,
    FrameworkElement,
    Phase,
    Region,
)
from directory.models.profiles import (
    Term,
    attach_terms,
    available_q,
    stale_cutoff,
    visible_profiles,
)
from practice.models import PracticePage, PracticeType, Verdict
from practice.queries import decorate, default_language_terms, live_practice

from .forms import element_param
from .models import Rating

MAX_FOCUS = 4
PER_LIST = 3
CASE_STUDIES = "case-studies"
DIDNT_WORK = "didnt-work"
HONEST_VERDICTS = (Verdict.DIDNT, Verdict.PARTLY)
WEAK = (Rating.RED, Rating.AMBER_RED)

# Trust sizes by number of schools: a trust of 3 learns most from trusts of
# a similar scale (the bands follow the usual starter / small / large / system
# leader split of multi-academy trusts).
SIZE_BANDS: tuple[tuple[int, int], ...] = ((1, 5), (6, 15), (16, 30), (31, 32_767))


def size_band(schools: int | None) -> tuple[int, int] | None:
    if not schools:
        return None
    return next((band for band in SIZE_BANDS if band[0] <= schools <= band[1]), None)


@dataclass
class Fit:
    """The context a review gave, as the default-language rows pages link to."""

    phase_pk: int | None = None
    region_pk: int | None = None
    band: tuple[int, int] | None = None

    @classmethod
    def from_context(
        cls, phase: str = "", region: str = "", schools: int | None = None
    ) -> Fit:
        def pk_for(model, slug: str) -> int | None:
            if not slug:
                return None
            return next(
                (
                    pk
                    for pk, t in default_language_terms(model).items()
                    if t.slug == slug
                ),
                None,
            )

        return cls(pk_for(Phase, phase), pk_for(Region, region), size_band(schools))


@dataclass
class Match:
    """One item in a list, with the reasons it ranked where it did."""

    item: Any
    phase_fit: bool = False
    region_fit: bool = False
    size_fit: bool = False
    this_term: bool = False


@dataclass
class FocusElement:
    element: FrameworkElement  # in the active language
    param: str
    rating: Rating
    case_studies: list[Match] = field(default_factory=list)
    didnt_work: list[Match] = field(default_factory=list)
    experts: list[Match] = field(default_factory=list)


def choose_focus(
    ratings: dict[str, Rating], elements: list[FrameworkElement]
) -> tuple[list[tuple[FrameworkElement, Rating]], bool]:
    """The weakest elements, red before amber-red, in framework order.

    Returns the elements and whether they are amber-green stand-ins.
    """
    rated = [
        (element, ratings[element_param(element)])
        for element in elements
        if element_param(element) in ratings
    ]
    weak = sorted((pair for pair in rated if pair[1] in WEAK), key=lambda p: p[1].level)
    if weak:
        return weak[:MAX_FOCUS], False
    middling = [pair for pair in rated if pair[1] == Rating.AMBER_GREEN]
    return middling[:MAX_FOCUS], bool(middling)


def _flag(condition: Q | Exists) -> Case:
    return Case(
        When(condition, then=Value(1)), default=Value(0), output_field=IntegerField()
    )


def practice_matches(
    locale_id: int,
    element_pks: Iterable[int],
    fit: Fit,
    per_list: int = PER_LIST,
) -> dict[int, dict[str, list[Match]]]:
    """{element pk: {CASE_STUDIES: [...], DIDNT_WORK: [...]}} in one query."""
    element_pks = list(element_pks)
    if not element_pks:
        return {}
    through = PracticePage.elements.through
    rows = through.objects.filter(
        frameworkelement_id__in=element_pks,
        practicepage__in=live_practice(locale_id).values("pk"),
    ).filter(
        Q(practicepage__practice_type=PracticeType.CASE_STUDY)
        | Q(practicepage__whatworkspage__verdict__in=HONEST_VERDICTS)
    )
    annotations: dict[str, Any] = {}
    if fit.phase_pk:
        annotations["phase_fit"] = _flag(
            Exists(
                PracticePage.phases.through.objects.filter(
                    practicepage_id=OuterRef("practicepage_id"), phase_id=fit.phase_pk
                )
            )
        )
    if fit.region_pk:
        annotations["region_fit"] = _flag(Q(practicepage__region_id=fit.region_pk))
    if fit.band:
        annotations["size_fit"] = _flag(
            Q(practicepage__trust__school_count__range=fit.band)
        )
    # Fit first, then the newest; the pk makes the order total.
    order = [F(name).desc() for name in annotations]
    order += [F("practicepage__publication_date").desc(), F("practicepage_id").desc()]
    partition = [F("frameworkelement_id"), F("practicepage__practice_type")]
    rows = (
        rows.annotate(
            **annotations,
            verdict_value=F("practicepage__whatworkspage__verdict"),
        )
        .annotate(rank=Window(RowNumber(), partition_by=partition, order_by=order))
        .filter(rank__lte=per_list)
        .select_related("practicepage", "practicepage__trust")
        .order_by("frameworkelement_id", "practicepage__practice_type", "rank")
    )
    found: dict[int, dict[str, list[Match]]] = defaultdict(
        lambda: {CASE_STUDIES: [], DIDNT_WORK: []}
    )
    pages = []
    for row in rows:
        page = row.practicepage
        page.verdict_value = row.verdict_value
        pages.append(page)
        kind = (
            CASE_STUDIES
            if page.practice_type == PracticeType.CASE_STUDY
            else DIDNT_WORK
        )
        found[row.frameworkelement_id][kind].append(
            Match(
                page,
                phase_fit=bool(getattr(row, "phase_fit", 0)),
                region_fit=bool(getattr(row, "region_fit", 0)),
                size_fit=bool(getattr(row, "size_fit", 0)),
            )
        )
    decorate(pages)
    return found


def visible_experts(
    directory: DirectoryIndexPage,
    user: AbstractBaseUser | AnonymousUser | None,
) -> QuerySet:
    """Live, confirmed, available profiles in the directory's language that
    this user may see (the directory's own visibility rules)."""
    profiles = ExpertProfilePage.objects.live().filter(locale_id=directory.locale_id)
    return (
        visible_profiles(profiles, user, directory)
        .filter(last_confirmed__gte=stale_cutoff())
        .filter(available_q())
    )


def expert_matches(
    directory: DirectoryIndexPage | None,
    user: AbstractBaseUser | AnonymousUser | None,
    element_pks: Iterable[int],
    fit: Fit,
    per_list: int = PER_LIST,
) -> dict[int, list[Match]]:
    """{element pk: [Match, ...]} in one query, plus one for their terms."""
    element_pks = list(element_pks)
    if directory is None or not element_pks:
        return {}
    through = ExpertProfilePage.elements.through
    rows = through.objects.filter(
        frameworkelement_id__in=element_pks,
        expertprofilepage__in=visible_experts(directory, user).values("pk"),
    )
    annotations: dict[str, Any] = {}
    if fit.phase_pk:
        annotations["phase_fit"] = _flag(
            Exists(
                ExpertProfilePage.phases.through.objects.filter(
                    expertprofilepage_id=OuterRef("expertprofilepage_id"),
                    phase_id=fit.phase_pk,
                )
            )
        )
    if fit.region_pk:
        annotations["region_fit"] = _flag(Q(expertprofilepage__region_id=fit.region_pk))
    this_term = Term.for_date(timezone.localdate()).code
    annotations["this_term"] = _flag(
        Q(expertprofilepage__available_terms__contains=this_term)
    )
    order = [F(name).desc() for name in annotations]
    order += [
        F("expertprofilepage__days_per_term").desc(),
        F("expertprofilepage__title").asc(),
        F("expertprofilepage_id").asc(),
    ]
    rows = (
        rows.annotate(**annotations)
        .annotate(
            rank=Window(
                RowNumber(), partition_by=[F("frameworkelement_id")], order_by=order
            ),
        )
        .filter(rank__lte=per_list)
        .select_related(
            "expertprofilepage",
            "expertprofilepage__trust",
            "expertprofilepage__school",
            "expertprofilepage__region",
        )
        .order_by("frameworkelement_id", "rank")
    )
    found: dict[int, list[Match]] = defaultdict(list)
    profiles = []
    for row in rows:
        profile = row.expertprofilepage
        profiles.append(profile)
        found[row.frameworkelement_id].append(
            Match(
                profile,
                phase_fit=bool(getattr(row, "phase_fit", 0)),
                region_fit=bool(getattr(row, "region_fit", 0)),
                this_term=bool(row.this_term),
            )
        )
    if profiles:
        attach_terms(profiles, phases=False)
    return found


def match_review(
    ratings: dict[str, Rating],
    fit: Fit,
    locale_id: int,
    directory: DirectoryIndexPage | None,
    user: AbstractBaseUser | AnonymousUser | None,
) -> tuple[list[FocusElement], bool]:
    """The weakest elements, each with its ranked practice and experts."""
    chosen, stand_ins = choose_focus(ratings, FrameworkElement.localized_list())
    if not chosen:
        return [], stand_ins
    # Pages link to the default-language rows: map the chosen elements to them.
    english_pk = {
        term.translation_key: pk
        for pk, term in default_language_terms(FrameworkElement).items()
    }
    focus = [
        (element, rating, english_pk.get(element.translation_key))
        for element, rating in chosen
    ]
    pks = [pk for _e, _r, pk in focus if pk is not None]
    practice = practice_matches(locale_id, pks, fit)
    experts = expert_matches(directory, user, pks, fit)
    result = []
    for element, rating, pk in focus:
        lists = practice.get(pk, {})
        result.append(
            FocusElement(
                element=element,
                param=element_param(element),
                rating=rating,
                case_studies=lists.get(CASE_STUDIES, []),
                didnt_work=lists.get(DIDNT_WORK, []),
                experts=experts.get(pk, []),
            )
        )
    return result, stand_ins
