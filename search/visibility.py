"""Which pages a visitor may find: live, and not behind a restriction they fail.

Wagtail's `PageQuerySet.public()` hides every restricted page from everyone,
so members would never find the members-only expert profiles. This applies
each PageViewRestriction the way serving the page would (a signed-in user
passes a "login" restriction; a "groups" one needs one of its groups;
password-protected pages are never listed), and it excludes restricted leaf
pages with one `NOT IN (subquery)` rather than one `path LIKE` per
restriction, so thousands of members-only profiles cost one clause, not
thousands of ORs.
"""

from __future__ import annotations

from functools import reduce

from django.db.models import Q, QuerySet
from django.http import HttpRequest

from wagtail.models import Page, PageViewRestriction
from wagtail.query import PageQuerySet

from home.data_cache import cached, data_key


def _user(request: HttpRequest | None):
    return getattr(request, "user", None) if request is not None else None


def failing_restrictions(request: HttpRequest | None) -> QuerySet:
    """The view restrictions this visitor does not pass."""
    failing = PageViewRestriction.objects.all()
    user = _user(request)
    if user is not None and user.is_authenticated:
        failing = failing.exclude(restriction_type=PageViewRestriction.LOGIN)
        if user.is_superuser:
            failing = failing.exclude(restriction_type=PageViewRestriction.GROUPS)
        else:
            failing = failing.exclude(
                restriction_type=PageViewRestriction.GROUPS,
                groups__in=user.groups.all(),
            )
    # Password-protected pages are never listed, whoever asks.
    return failing


def hidden_q(request: HttpRequest | None) -> Q | None:
    """A Q matching the pages this request may not see, or None if there are none.

    One query: the (few) restricted sections with pages below them, whose
    subtrees are excluded by path; restricted leaf pages (each members-only
    profile) are excluded by a subquery, however many there are.
    """
    failing = failing_restrictions(request)
    # The same for every anonymous visitor until a privacy change (data cache).
    branch_paths = cached(
        data_key(request, "restricted-branches"),
        lambda: list(
            failing.filter(page__numchild__gt=0).values_list("page__path", flat=True)
        ),
    )
    conditions = [Q(path__startswith=path) for path in branch_paths]
    # Every restricted page by id (a subquery on the restrictions table alone);
    # the pages below restricted sections by path.
    conditions.append(Q(pk__in=failing.values("page_id")))
    return reduce(lambda a, b: a | b, conditions)


def visible_pages(
    request: HttpRequest | None, queryset: PageQuerySet | None = None
) -> PageQuerySet:
    """Live pages the visitor may see (public ones, plus members-only for members)."""
    queryset = (queryset if queryset is not None else Page.objects.all()).live()
    hidden = hidden_q(request)
    return queryset.exclude(hidden) if hidden is not None else queryset
