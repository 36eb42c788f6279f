"""Two-factor authentication for staff, in front of Wagtail's admin.

wagtail-2fa does not support Wagtail 8, so this wires django-otp in
directly: after the usual password login, a staff user must set up (once)
and then enter a time-based code from an authenticator app before any admin
page answers. It is switched on by REQUIRE_STAFF_2FA (on in production).

Setting up needs a second proof besides the password: otherwise whoever
first signs in with a stolen staff password would bind their own
authenticator. The set-up page emails a one-time link to the user's own
address; only a session of the same user that opened that link (within
ENROL_MAX_AGE) is shown the secret and may confirm a device. The link
carries a MAC of the pending device's key and opening it gives the device a
new key, so each link works once and every earlier link dies with it. An
administrator resets a user's enrolment with `manage.py reset_two_factor`.
"""

from __future__ import annotations

import io
import logging
import time
from base64 import b32encode
from collections.abc import Callable

from django import forms
from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.core import signing
from django.core.cache import cache
from django.core.mail import send_mail
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.crypto import constant_time_compare, salted_hmac
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.utils.safestring import mark_safe
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

import django_otp
import segno
from django_otp.plugins.otp_totp.models import TOTPDevice, default_key

logger = logging.getLogger(__name__)

TWO_FACTOR_PATH = "/admin/2fa/"
# Reachable before the second factor: signing in and out, this page and the
# emailed set-up link under it.
OPEN_PATHS = ("/admin/login/", "/admin/logout/", TWO_FACTOR_PATH, "/admin/jsi18n/")

ENROL_SALT = "home.two_factor.enrol"
ENROL_MAX_AGE = 30 * 60  # seconds a set-up link, and the set-up it opens, last
RESEND_AFTER = 60  # seconds before another link may be sent to the same user
SESSION_GRANT = "two_factor_enrol"
SESSION_SENT = "two_factor_enrol_sent"
SESSION_NEXT = "two_factor_next"
DEVICE_NAME = "Authenticator app"


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


def _safe_next(request: HttpRequest, next_url: str | None) -> str:
    if next_url and url_has_allowed_host_and_scheme(next_url, {request.get_host()}):
        return next_url
    return "/admin/"


def _key_mac(device: TOTPDevice) -> str:
    return salted_hmac(ENROL_SALT, device.key).hexdigest()[:32]


def _pending_device(user) -> TOTPDevice:
    device = (
        TOTPDevice.objects.filter(user=user, confirmed=False).order_by("pk").first()
    )
    if device is None:
        device = TOTPDevice.objects.create(user=user, confirmed=False, name=DEVICE_NAME)
    return device


def enrolment_token(device: TOTPDevice) -> str:
    """A signed, timestamped token for `device`'s user, valid until it is used."""
    return signing.dumps(
        {"u": device.user_id, "d": device.pk, "k": _key_mac(device)}, salt=ENROL_SALT
    )


def _masked(email: str) -> str:
    """`j***@example.org`: enough to recognise, not to learn an address."""
    local, _at, domain = email.partition("@")
    return f"{local[:1]}***@{domain}"


def _send_enrolment_link(request: HttpRequest, user) -> bool:
    device = _pending_device(user)
    path = reverse("two_factor_enrol", args=[enrolment_token(device)])
    context = {
        "user": user,
        "link": request.build_absolute_uri(path),
        "minutes": ENROL_MAX_AGE // 60,
        "site_name": settings.WAGTAIL_SITE_NAME,
    }
    try:
        send_mail(
            gettext("Set up two-step verification for %(site)s")
            % {"site": settings.WAGTAIL_SITE_NAME},
            render_to_string("emails/two_factor_enrol.txt", context),
            None,
            [user.email],
        )
    except Exception:
        logger.exception("Could not send the two-step set-up link to user %s", user.pk)
        return False
    request.session[SESSION_SENT] = time.time()
    cache.set(f"two-factor-enrol-sent:{user.pk}", 1, RESEND_AFTER)
    return True


def _granted_device(request: HttpRequest) -> TOTPDevice | None:
    """The pending device this session opened a set-up link for, if still valid."""
    grant = request.session.get(SESSION_GRANT)
    if not isinstance(grant, dict) or grant.get("u") != request.user.pk:
        return None
    if time.time() - float(grant.get("t", 0)) > ENROL_MAX_AGE:
        return None
    device = TOTPDevice.objects.filter(
        pk=grant.get("d"), user=request.user, confirmed=False
    ).first()
    if device is None or not constant_time_compare(
        grant.get("k", ""), _key_mac(device)
    ):
        return None
    return device


def _email_step(
    request: HttpRequest,
    next_url: str,
    *,
    status: int = 200,
    auto_send: bool = True,
    **extra,
) -> HttpResponse:
    """No set-up link opened yet: send one (once, or when asked), and say so."""
    user = request.user
    request.session[SESSION_NEXT] = next_url
    context = {"step": "email", "next": next_url, **extra}
    if not user.email:
        context["step"] = "no_email"
        return render(request, "account/two_factor.html", context, status=status)

    sent_at = request.session.get(SESSION_SENT)
    link_outstanding = sent_at is not None and time.time() - sent_at < ENROL_MAX_AGE
    asked_again = request.method == "POST" and "resend" in request.POST
    if asked_again or (auto_send and not link_outstanding):
        if cache.get(f"two-factor-enrol-sent:{user.pk}") is not None:
            context["too_soon"] = asked_again
        elif not _send_enrolment_link(request, user):
            context["step"] = "email_failed"
    context["email"] = _masked(user.email)
    context["minutes"] = ENROL_MAX_AGE // 60
    return render(request, "account/two_factor.html", context, status=status)


@login_required(login_url="/admin/login/")
def two_factor(request: HttpRequest) -> HttpResponse:
    """Enter today's code, or set up an authenticator (via the emailed link)."""
    user = request.user
    next_url = _safe_next(request, request.GET.get("next") or request.POST.get("next"))
    if user.is_verified():
        return redirect(next_url)

    device = TOTPDevice.objects.filter(user=user, confirmed=True).first()
    setting_up = device is None
    if setting_up:
        device = _granted_device(request)
        if device is None:
            return _email_step(request, next_url)

    form = TokenForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if device.verify_token(form.cleaned_data["token"].strip()):
            if setting_up:
                device.confirmed = True
                device.save(update_fields=["confirmed"])
                TOTPDevice.objects.filter(user=user, confirmed=False).delete()
                request.session.pop(SESSION_GRANT, None)
                request.session.pop(SESSION_SENT, None)
            django_otp.login(request, device)
            return redirect(next_url)
        form.add_error("token", _("That code is not right, or it has expired."))

    context = {
        "step": "set_up" if setting_up else "verify",
        "form": form,
        "setting_up": setting_up,
        "next": next_url,
    }
    if setting_up:
        context["secret"] = b32encode(device.bin_key).decode()
        context["qr_svg"] = mark_safe(_qr_svg(device.config_url))  # noqa: S308
    return render(request, "account/two_factor.html", context)


@login_required(login_url="/admin/login/")
def enrol(request: HttpRequest, token: str) -> HttpResponse:
    """The emailed set-up link: lets this session set up the authenticator."""
    user = request.user
    next_url = _safe_next(request, request.session.get(SESSION_NEXT))
    try:
        data = signing.loads(token, salt=ENROL_SALT, max_age=ENROL_MAX_AGE)
    except signing.BadSignature:  # includes SignatureExpired
        data = None
    device = None
    if isinstance(data, dict) and data.get("u") == user.pk:
        device = TOTPDevice.objects.filter(
            pk=data.get("d"), user=user, confirmed=False
        ).first()
        if device is not None and not constant_time_compare(
            str(data.get("k", "")), _key_mac(device)
        ):
            device = None
    if device is None:
        # Expired, already used, forged or sent to another account: one
        # message for all, so the page tells nobody which.
        if (
            user.is_verified()
            or TOTPDevice.objects.filter(user=user, confirmed=True).exists()
        ):
            return redirect(next_url)
        return _email_step(
            request, next_url, status=400, auto_send=False, link_refused=True
        )

    # Single use: a fresh key, shown only to this session, kills the link.
    device.key = default_key()
    device.save(update_fields=["key"])
    request.session[SESSION_GRANT] = {
        "u": user.pk,
        "d": device.pk,
        "k": _key_mac(device),
        "t": time.time(),
    }
    return redirect(f"{TWO_FACTOR_PATH}?{urlencode({'next': next_url})}")
