"""The Directory of Expertise's pages and the framework's public pages."""

from __future__ import annotations

from django.db import models
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.models import BasePage

from .taxonomy import FrameworkArea


class DirectoryIndexPage(RoutablePageMixin, BasePage):
    """/directory/: the searchable Directory of Expertise.

    Each member trust's experts live in that trust's own section below this
    page, so the trust's group can be given rights over its section only.
    The list itself is a filtered query over those profiles; the
    `confirm/<token>/` sub-route is where experts confirm their profiles
    from a signed link, without an account.
    """

    intro = models.TextField(blank=True)

    max_count_per_parent = 1
    parent_page_types = ["home.HomePage"]
    subpage_types = ["directory.TrustDirectoryIndexPage"]
    page_description = _("The Directory of Expertise. One per language.")

    content_panels = BasePage.content_panels + [FieldPanel("intro")]
    translatable_fields = BasePage.translatable_fields + [TranslatableField("intro")]

    class Meta:
        verbose_name = _("directory index page")

    def get_context(self, request, *args, **kwargs):
        from ..views import directory_listing

        context = super().get_context(request, *args, **kwargs)
        context.update(directory_listing(request, self))
        return context

    def route(self, request: HttpRequest, path_components: list[str]):
        # A profile's URL is /directory/<trust>/<person>/: fetch the profile
        # (with what its page shows) in one query rather than walking the
        # section and the profile with two queries each. Anything else
        # routes as usual.
        if len(path_components) >= 2:
            from .profiles import ExpertProfilePage

            url_path = f"{self.url_path}{path_components[0]}/{path_components[1]}/"
            profile = (
                ExpertProfilePage.objects.filter(
                    path__startswith=self.path, depth=self.depth + 2, url_path=url_path
                )
                .select_related(*ExpertProfilePage.serve_select_related)
                .first()
            )
            if profile is not None:
                return profile.route(request, path_components[2:])
        return super().route(request, path_components)

    @path("confirm/<str:token>/", name="confirm")
    def confirm_route(self, request: HttpRequest, token: str) -> HttpResponse:
        from ..views import confirm_profile

        return confirm_profile(request, self, token)


class TrustDirectoryIndexPage(BasePage):
    """One member trust's section of the directory, holding its expert profiles.

    It has no public view of its own: visiting it shows the directory filtered
    to the trust.
    """

    trust = models.ForeignKey(
        "trusts.TrustPage",
        on_delete=models.PROTECT,
        related_name="+",
    )

    parent_page_types = ["directory.DirectoryIndexPage"]
    subpage_types = ["directory.ExpertProfilePage"]
    page_description = _("A member trust's section of the directory.")

    content_panels = BasePage.content_panels + [FieldPanel("trust")]
    translatable_fields = BasePage.translatable_fields + [SynchronizedField("trust")]

    class Meta:
        verbose_name = _("trust directory section")

    def serve(self, request: HttpRequest, *args, **kwargs) -> HttpResponse:
        parent = self.get_parent()
        return redirect(f"{parent.url}?trust={self.slug}")


class FrameworkIndexPage(RoutablePageMixin, BasePage):
    """/framework/ and /framework/<area>/: the framework everything is tagged to.

    Areas and elements are snippets, not pages, so each area's page is a
    sub-route of this one.
    """

    intro = models.TextField(blank=True)

    max_count_per_parent = 1
    parent_page_types = ["home.HomePage"]
    subpage_types: list[str] = []
    page_description = _("The improvement framework. One per language.")

    content_panels = BasePage.content_panels + [FieldPanel("intro")]
    translatable_fields = BasePage.translatable_fields + [TranslatableField("intro")]

    class Meta:
        verbose_name = _("framework index page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["areas"] = FrameworkArea.localized_list()
        return context

    @path("")
    def index_route(self, request: HttpRequest) -> HttpResponse:
        return self.render(request)

    @path("<slug:area_slug>/")
    def area_route(self, request: HttpRequest, area_slug: str) -> HttpResponse:
        area = FrameworkArea.by_slug().get(area_slug)
        if area is None:
            raise Http404
        return self.render(
            request,
            context_overrides={"area": area, "areas": FrameworkArea.localized_list()},
            template="directory/framework_area_page.html",
        )
