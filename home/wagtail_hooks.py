"""Wagtail hooks for files: who may download a document, what the admin API lists.

The rule itself lives in home/files.py; the admin API's endpoints in
portal/api.py.
"""

from __future__ import annotations

from django.http import Http404

from wagtail import hooks

from .files import may_fetch_document


@hooks.register("before_serve_document", order=-10)
def serve_documents_only_where_used(document, request):
    """404 unless a live page this visitor may see uses the document.

    Before Wagtail's own collection-privacy check (order 0), so a file that
    is not public does not even say that it exists.
    """
    if not may_fetch_document(document, request):
        raise Http404


@hooks.register("construct_admin_api", order=100)
def restrict_admin_file_endpoints(router):
    """After wagtail.images and wagtail.documents register theirs (order 0)."""
    from portal.api import restrict_admin_api

    restrict_admin_api(router)
