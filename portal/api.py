"""The read-only APIs: public (/api/v2/) and the admin's (/admin/api/main/).

Three rules on top of Wagtail's viewsets (issue 17, findings 4 and 8):

* Bad input is a 400 with a message, never a 500: every parameter is checked
  before it reaches the database (NUL characters, integers beyond what the
  database holds, dates that are not dates, unknown operators, ports that
  are not numbers), detail ids out of range are a 404, and what still fails
  in the database becomes a 400 inside a savepoint (`_guarded`).
* Every `?search=` takes the same hardened path as /search/
  (`search.utils.run_search`: cleaned query, savepoints, the `icontains`
  fall-back and the database backend when Elasticsearch is down).
* Files follow the pages that use them (home/files.py): the public image
  and document endpoints list only files a live page the caller may see
  uses; the admin's list a trust editor only the files of collections they
  have rights on (registered by home/wagtail_hooks.py).
"""

from __future__ import annotations

import logging
import re

from django.conf import settings
from django.core.exceptions import FieldDoesNotExist, ValidationError
from django.db import DatabaseError, models, transaction
from django.db.models import Q
from django.http import Http404
from django.utils.translation import gettext

from taggit.managers import TaggableManager
from wagtail.api.v2.filters import FieldsFilter, SearchFilter
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.admin.views import DocumentsAdminAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.admin.views import ImagesAdminAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet
from wagtail.models import Page, Site
from wagtail.permissions import policy_registry

from rest_framework.filters import BaseFilterBackend

from home.files import FILE_ACTIONS, public_files
from search.utils import normalise_query, run_search
from search.visibility import visible_pages

logger = logging.getLogger(__name__)

# Ids, offsets and limits: what a PostgreSQL `integer` column (Wagtail's ids) holds.
MAX_INTEGER = 2**31 - 1
# A 64-bit column's range, for integer filter fields.
MAX_BIG_INTEGER = 2**63 - 1
MAX_PORT = 65535
SEARCH_OPERATORS = ("and", "or")
# Parameters that are ids (or `root`), checked on every endpoint that has them.
ID_PARAMETERS = {
    "id": False,
    "child_of": True,
    "descendant_of": True,
    "translation_of": True,
    "ancestor_of": False,
}
COUNT_PARAMETERS = ("limit", "offset")
_DIGITS = re.compile(r"[0-9]+")
_SIGNED_DIGITS = re.compile(r"-?[0-9]+")
# C0 controls and DEL: never part of a real parameter (search is cleaned instead).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _bad(message: str) -> BadRequestError:
    return BadRequestError(message)


def _check_count(name: str, value: str, maximum: int = MAX_INTEGER) -> int:
    """A whole number written in ASCII digits, 0 to `maximum` (`int('²')` fails)."""
    if not _DIGITS.fullmatch(value) or int(value) > maximum:
        raise _bad(
            gettext("%(name)s must be a whole number from 0 to %(max)s.")
            % {"name": name, "max": maximum}
        )
    return int(value)


def check_parameters(request) -> None:
    """Refuse, with a message, parameter values no endpoint can use."""
    for name, values in request.GET.lists():
        for value in [name, *values]:
            if name != "search" and _CONTROL.search(value):
                raise _bad(
                    gettext("%(name)s must not contain control characters.")
                    % {"name": name[:50]}
                )
    for name, root_allowed in ID_PARAMETERS.items():
        value = request.GET.get(name)
        if value is not None and not (root_allowed and value == "root"):
            _check_count(name, value)
    for name in COUNT_PARAMETERS:
        value = request.GET.get(name)
        if value is not None:
            _check_count(name, value)
    operator = request.GET.get("search_operator")
    if operator is not None and operator not in SEARCH_OPERATORS:
        raise _bad(gettext('search_operator must be "and" or "or".'))


def _check_field_value(model: type[models.Model], name: str, value: str) -> None:
    """A filter value the field can hold, or a 400 (not a 500 from the database)."""
    try:
        field = model._meta.get_field(name)
    except FieldDoesNotExist:
        return
    if isinstance(field, TaggableManager):
        return
    if isinstance(field, models.ForeignKey):
        field = field.target_field
    if isinstance(field, (models.IntegerField, models.AutoField)):
        if not _SIGNED_DIGITS.fullmatch(value) or abs(int(value)) > MAX_BIG_INTEGER:
            raise _bad(gettext("%(name)s must be a whole number.") % {"name": name})
        maximum = MAX_BIG_INTEGER
        if not isinstance(field, (models.BigIntegerField, models.BigAutoField)):
            maximum = MAX_INTEGER
        if abs(int(value)) > maximum:
            raise _bad(
                gettext("%(name)s must be a whole number from %(min)s to %(max)s.")
                % {"name": name, "min": -maximum, "max": maximum}
            )
        return
    if isinstance(field, (models.BooleanField, models.CharField, models.TextField)):
        return  # Wagtail parses booleans; text is a parameter like any other
    try:
        field.to_python(value)
    except (ValidationError, ValueError, TypeError, OverflowError) as error:
        raise _bad(
            gettext("%(value)s is not a valid value for %(name)s.")
            % {"value": value[:50], "name": name}
        ) from error


class CheckedFieldsFilter(FieldsFilter):
    """Wagtail's `?<field>=` filters, with each value checked against its field."""

    def filter_queryset(self, request, queryset, view):
        fields = set(view.get_available_fields(queryset.model, db_fields_only=True))
        for name, value in request.GET.items():
            if name in fields and name != "locale":
                _check_field_value(queryset.model, name, value)
        return super().filter_queryset(request, queryset, view)


class HardenedSearchFilter(BaseFilterBackend):
    """`?search=` through search.utils.run_search, as /search/ does.

    The result is a `SearchOutcome`, which the paginator counts and slices.
    Searching applies to listings only (a detail view is found by its id).
    """

    def filter_queryset(self, request, queryset, view):
        if "search" not in request.GET or view.action != "listing_view":
            return queryset
        if not getattr(settings, "WAGTAILAPI_SEARCH_ENABLED", True):
            raise _bad(gettext("Search is turned off."))
        if getattr(queryset, "_filtered_by_tag", False):
            raise _bad(
                gettext("Filtering by tag and searching at once is not supported.")
            )
        return run_search(
            queryset,
            normalise_query(request.GET["search"]),
            operator=request.GET.get("search_operator") or "and",
            order_by_relevance="order" not in request.GET,
        )


def _hardened(backends: list) -> list:
    replaced = {FieldsFilter: CheckedFieldsFilter, SearchFilter: HardenedSearchFilter}
    return [replaced.get(backend, backend) for backend in backends]


class HardenedAPIMixin:
    """Checks parameters first, runs each view in a savepoint, 404s huge ids."""

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        check_parameters(request)

    def get_object(self):
        if int(self.kwargs.get("pk", 0)) > MAX_INTEGER:
            raise Http404("not found")
        return super().get_object()

    def _guarded(self, view, request, *args, **kwargs):
        # A statement the checks above missed must not abort the request's
        # transaction, nor become a 500: roll back to here and answer 400.
        try:
            with transaction.atomic():
                return view(request, *args, **kwargs)
        except (DatabaseError, ValidationError, OverflowError) as error:
            logger.info("API request %s failed", request.get_full_path(), exc_info=True)
            message = gettext("A parameter has a value that cannot be used.")
            raise _bad(message) from error

    def listing_view(self, request):
        return self._guarded(super().listing_view, request)

    def detail_view(self, request, pk):
        return self._guarded(super().detail_view, request, pk)

    def find_view(self, request):
        return self._guarded(super().find_view, request)


class PortalPagesAPIViewSet(HardenedAPIMixin, PagesAPIViewSet):
    """Wagtail's pages endpoint, with restrictions applied in one clause.

    Wagtail's own base queryset adds a `NOT path LIKE` per view restriction,
    and every members-only profile has one: with thousands of them the SQL
    outgrows SQLite's expression limit and slows PostgreSQL. As with
    Wagtail's, a member's session sees members-only pages; anonymous callers
    never do.
    """

    filter_backends = _hardened(PagesAPIViewSet.filter_backends)

    def get_base_queryset(self):
        queryset = visible_pages(self.request, Page.objects.all())
        site = self._site()
        if site is None:
            return queryset
        roots = [site.root_page]
        if getattr(settings, "WAGTAIL_I18N_ENABLED", False):
            roots += list(site.root_page.get_translations())
        condition = Q()
        for root in roots:
            condition |= Q(path__startswith=root.path)
        return queryset.filter(condition)

    def _site(self) -> Site | None:
        hostname = self.request.GET.get("site")
        if not hostname:
            return Site.find_for_request(self.request)
        host, sep, port = hostname.partition(":")
        lookup = {"hostname": host}
        if sep:
            # ASCII digits only: '²'.isdigit() is True, but int('²') fails.
            lookup["port"] = _check_count("site port", port, MAX_PORT)
        site = Site.objects.filter(**lookup).first()
        if site is None:
            raise _bad(gettext("Unknown site: %(site)s") % {"site": hostname[:100]})
        return site


class PublicFilesMixin:
    """Only files that a live page the caller may see uses (home/files.py)."""

    def get_queryset(self):
        return public_files(super().get_queryset(), self.request)


class OwnCollectionsMixin:
    """The admin's files: only those in collections the user has rights on."""

    def get_queryset(self):
        policy = policy_registry.get_by_type(self.model)
        allowed = policy.instances_user_has_any_permission_for(
            self.request.user, list(FILE_ACTIONS)
        )
        return super().get_queryset().filter(pk__in=allowed.values("pk"))


class PortalImagesAPIViewSet(HardenedAPIMixin, PublicFilesMixin, ImagesAPIViewSet):
    filter_backends = _hardened(ImagesAPIViewSet.filter_backends)


class PortalDocumentsAPIViewSet(
    HardenedAPIMixin, PublicFilesMixin, DocumentsAPIViewSet
):
    filter_backends = _hardened(DocumentsAPIViewSet.filter_backends)


class PortalImagesAdminAPIViewSet(
    HardenedAPIMixin, OwnCollectionsMixin, ImagesAdminAPIViewSet
):
    filter_backends = _hardened(ImagesAdminAPIViewSet.filter_backends)


class PortalDocumentsAdminAPIViewSet(
    HardenedAPIMixin, OwnCollectionsMixin, DocumentsAdminAPIViewSet
):
    filter_backends = _hardened(DocumentsAdminAPIViewSet.filter_backends)


def restrict_admin_api(router: WagtailAPIRouter) -> None:
    """Replace the admin API's image and document endpoints (construct_admin_api)."""
    router.register_endpoint("images", PortalImagesAdminAPIViewSet)
    router.register_endpoint("documents", PortalDocumentsAdminAPIViewSet)


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PortalPagesAPIViewSet)
api_router.register_endpoint("images", PortalImagesAPIViewSet)
api_router.register_endpoint("documents", PortalDocumentsAPIViewSet)
