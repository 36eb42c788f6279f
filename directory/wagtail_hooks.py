"""Admin wiring for the directory: support requests and the CSV export."""

from django.contrib.auth.models import Permission
from django.http import HttpRequest
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet

from .views import EXPORT_PERMISSION, export_directory_csv
from .viewsets import SupportRequestViewSet

register_snippet(SupportRequestViewSet)


@hooks.register("register_admin_urls")
def register_export_url():
    return [
        path(
            "directory/export.csv",
            export_directory_csv,
            name="directory_export_csv",
        )
    ]


class ExportMenuItem(MenuItem):
    """Shown only to people allowed to download every profile's email."""

    def is_shown(self, request: HttpRequest) -> bool:
        return request.user.has_perm(EXPORT_PERMISSION)


@hooks.register("register_reports_menu_item")
def register_export_menu_item():
    return ExportMenuItem(
        _("Directory export (CSV)"),
        reverse("directory_export_csv"),
        name="directory-export",
        icon_name="download",
        order=900,
    )


@hooks.register("register_permissions")
def register_export_permission():
    # Lets administrators grant the export to a group in the admin.
    app_label, codename = EXPORT_PERMISSION.split(".")
    return Permission.objects.filter(
        content_type__app_label=app_label, codename=codename
    )
