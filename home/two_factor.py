"""Two-factor authentication for staff, in front of Wagtail's admin.

wagtail-2fa does not support Wagtail 8, so this wires django-otp in
directly: after the usual password login, a staff user must set up (once)
and then enter a time-based code from an authenticator app before any admin
page answers. It is switched on by REQUIRE_STAFF_2FA (on in production).
"""

from __future__ import annotations

import io
from base64 import b32encode
from collections.abc import Callable

from django import forms
from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _

import django_otp
import segno
from django_otp.plugins.otp_totp.models import TOTPDevice

TWO_FACTOR_PATH = "/admin/2fa/"
# Reachable before the second factor: signing in and out, and this page.
OPEN_PATHS = ("/admin/login/", "/admin/logout/", TWO_FACTOR_PATH, "/admin/jsi18n/")


def needs_second_factor(user) -> bool:
    return bool(
        getattr(settings, "REQUIRE_STAFF_2FA", False)
        and user.is_authenticated
        and (user.is_staff or user.is_superuser or user.groups.exists())
        and not user.is_verified()
    )


class RequireStaffTwoFactorMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        path = request.path_info
        if (
            path.startswith("/admin/")
            and not path.startswith(OPEN_PATHS)
            and needs_second_factor(request.user)
        ):
            return redirect(f"{TWO_FACTOR_PATH}?next={request.get_full_path()}")
        return self.get_response(request)


class TokenForm(forms.Form):
    token = forms.CharField(
        label=_("Six-digit code from your authenticator app"),
        max_length=8,
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "inputmode": "numeric"}
        ),
    )


def _qr_svg(url: str) -> str:
    buffer = io.BytesIO()
    segno.make(url).save(buffer, kind="svg", xmldecl=False, svgns=True, scale=4)
    return buffer.getvalue().decode()


@login_required(login_url="/admin/login/")
def two_factor(request: HttpRequest) -> HttpResponse:
    """Set up an authenticator (first time) or enter today's code."""
    user = request.user
    next_url = request.GET.get("next") or request.POST.get("next") or "/admin/"
    if not url_has_allowed_host_and_scheme(next_url, {request.get_host()}):
        next_url = "/admin/"
    if user.is_verified():
        return redirect(next_url)

    device = TOTPDevice.objects.filter(user=user, confirmed=True).first()
    setting_up = device is None
    if setting_up:
        device, _created = TOTPDevice.objects.get_or_create(
            user=user, confirmed=False, defaults={"name": "Authenticator app"}
        )

    form = TokenForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if device.verify_token(form.cleaned_data["token"].strip()):
            if setting_up:
                device.confirmed = True
                device.save(update_fields=["confirmed"])
            django_otp.login(request, device)
            return redirect(next_url)
        form.add_error("token", _("That code is not right, or it has expired."))

    context = {"form": form, "setting_up": setting_up, "next": next_url}
    if setting_up:
        context["secret"] = b32encode(device.bin_key).decode()
        context["qr_svg"] = mark_safe(_qr_svg(device.config_url))  # noqa: S308
    return render(request, "account/two_factor.html", context)
