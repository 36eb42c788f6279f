"""One search over all public content in the active language."""

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.template.response import TemplateResponse

from wagtail.contrib.search_promotions.models import Query
from wagtail.models import Locale, Page

MAX_QUERY_LENGTH = 200


def search(request: HttpRequest) -> HttpResponse:
    query = request.GET.get("q", "").replace("\x00", "").strip()
    trimmed = len(query) > MAX_QUERY_LENGTH
    query = query[:MAX_QUERY_LENGTH]
    results = Page.objects.none()
    if query:
        pages = Page.objects.live().public().filter(locale=Locale.get_active())
        results = pages.search(query)
        Query.get(query).add_hit()

    paginator = Paginator(results, 20)
    try:
        page = paginator.page(request.GET.get("page", 1))
    except PageNotAnInteger:
        page = paginator.page(1)
    except EmptyPage:
        page = paginator.page(paginator.num_pages)

    return TemplateResponse(
        request,
        "search/search.html",
        {"search_query": query, "search_results": page, "query_trimmed": trimmed},
    )


def suggest(request: HttpRequest) -> JsonResponse:
    """Autocomplete: titles, URLs and types for the first characters typed."""
    query = request.GET.get("q", "").replace("\x00", "").strip()[:MAX_QUERY_LENGTH]
    results = []
    if query:
        pages = Page.objects.live().public().filter(locale=Locale.get_active())
        for page in pages.autocomplete(query)[:8]:
            results.append({"title": page.title, "url": page.url, "type": ""})
    return JsonResponse({"query": query, "results": results})
