"""Files follow the pages that use them.

An uploaded document or image is not public because it exists: a teacher's
attachment waits in moderation with its draft, and a trust's uploads are its
own until a page that uses them goes live. The one rule:

    A file is public when a live page that the visitor may see (the site's
    one visibility rule, search/visibility.py) uses it.

"Uses" is Wagtail's reference index (`wagtail.models.ReferenceIndex`), which
records every foreign key, StreamField block (image and document choosers)
and rich-text link of every page, from the page's live row: a file added in
an unpublished draft is not used until the draft is published. The index is
updated by a task after each save; with a queued task backend a newly
published file is private for the moment until the task has run (never the
other way round), and one removed from a page stays public until then.

Where it applies:

* documents at /documents/<id>/<name>: the `before_serve_document` hook
  (home/wagtail_hooks.py) answers 404 unless `may_fetch_document`; the
  uploader and people with rights on the document's collection (editors of
  that trust, moderators) can still fetch it;
* the public API's image and document endpoints list only `public_files`
  (portal/api.py).

Image files themselves (originals and renditions under MEDIA_URL) are served
by the web server, not by Django, so their URLs cannot be checked here: the
rule keeps them out of every listing, but anyone who has a file's URL can
fetch it.

Served documents also get no literal `Content-Encoding: None` header
(`sendfile` below; Wagtail's `wagtail.utils.sendfile` copies
`mimetypes.guess_type`'s encoding into the header even when it is None).
"""

from __future__ import annotations

import os
import stat

from django.contrib.contenttypes.models import ContentType
from django.db.models import BigIntegerField, CharField, Model, QuerySet
from django.db.models.functions import Cast
from django.http import FileResponse, HttpRequest, HttpResponseNotModified
from django.utils.http import http_date

from wagtail.documents import get_document_model
from wagtail.models import Page, ReferenceIndex
from wagtail.permissions import policy_registry
from wagtail.utils.sendfile_streaming_backend import was_modified_since

from search.visibility import visible_pages

# Any of these on a file's collection lets a user fetch the file unpublished.
FILE_ACTIONS = ("add", "change", "delete", "choose")


def _content_type(model: type[Model]) -> ContentType:
    """The content type the reference index records: the most basic concrete model."""
    parents = model._meta.get_parent_list()
    return ContentType.objects.get_for_model(parents[-1] if parents else model)


def used_ids(model: type[Model], request: HttpRequest | None = None) -> QuerySet:
    """The ids of `model` objects used by pages this visitor may see (a subquery)."""
    pages = (
        visible_pages(request, Page.objects.all())
        .order_by()
        .annotate(_id_text=Cast("pk", CharField()))
        .values("_id_text")
    )
    return (
        ReferenceIndex.objects.filter(
            base_content_type=_content_type(Page),
            object_id__in=pages,
            to_content_type=_content_type(model),
        )
        .order_by()
        .annotate(_to_id=Cast("to_object_id", BigIntegerField()))
        .values("_to_id")
    )


def public_files(queryset: QuerySet, request: HttpRequest | None = None) -> QuerySet:
    """The files in `queryset` that a live page this visitor may see uses."""
    return queryset.filter(pk__in=used_ids(queryset.model, request))


def may_fetch_document(document, request: HttpRequest) -> bool:
    """Whether this request may download `document` (see the module docstring)."""
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        if document.uploaded_by_user_id == user.pk:
            return True
        policy = policy_registry.get_by_type(type(document))
        if policy.user_has_any_permission_for_instance(
            user, list(FILE_ACTIONS), document
        ):
            return True
    model = get_document_model()
    return public_files(model.objects.filter(pk=document.pk), request).exists()


# -- serving -----------------------------------------------------------------------


class _NoNoneEncoding:
    """A response that ignores `response["Content-Encoding"] = None`.

    Wagtail's sendfile sets the header to `mimetypes.guess_type()`'s encoding,
    which is None for every file we accept, and Django writes None as "None".
    """

    def __setitem__(self, header: str, value) -> None:
        if value is None and header.lower() == "content-encoding":
            return
        super().__setitem__(header, value)


class DocumentFileResponse(_NoNoneEncoding, FileResponse):
    pass


class DocumentNotModified(_NoNoneEncoding, HttpResponseNotModified):
    pass


def sendfile(request: HttpRequest, filename: str, **kwargs):
    """SENDFILE_BACKEND: Wagtail's streaming backend, with the responses above."""
    mtime = os.stat(filename)[stat.ST_MTIME]
    if not was_modified_since(request.headers.get("if-modified-since"), mtime):
        return DocumentNotModified()
    response = DocumentFileResponse(open(filename, "rb"))  # noqa: SIM115 (streamed, closed by Django)
    response["Last-Modified"] = http_date(mtime)
    return response
