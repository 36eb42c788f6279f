"""The client's address: the one rule every guard that counts by address uses.

Sign-in lockouts (django-axes, through `AXES_CLIENT_IP_CALLABLE`) and the
public forms' rate limits (home/ratelimit.py) all ask `client_address()`, so
they agree on who a visitor is.

With no proxy in front of the app (`TRUSTED_PROXY_COUNT=0`, the default) the
address is the connection's, `REMOTE_ADDR`, and `X-Forwarded-For` is ignored:
anyone can send that header. With N trusted proxies, each of them appends the
address it received the request from to `X-Forwarded-For`, so the client is
the N-th entry from the right; entries further left are whatever the client
chose to send and are never read. A header with fewer than N entries, or an
entry that is not an IP address, falls back to `REMOTE_ADDR`.

This is only sound if the app cannot be reached except through those proxies
(gunicorn bound to 127.0.0.1 or a private network); the deployment sees to it.
"""

from __future__ import annotations

import ipaddress

from django.conf import settings
from django.http import HttpRequest


def trusted_proxy_count() -> int:
    try:
        return max(0, int(getattr(settings, "TRUSTED_PROXY_COUNT", 0) or 0))
    except (TypeError, ValueError):
        return 0


def _parse(value: str) -> str:
    """The normalised address in `value`, or "" if it is not one.

    Accepts what proxies write: "203.0.113.5", "2001:db8::1", and with a port,
    "203.0.113.5:4711" or "[2001:db8::1]:4711". An IPv4 address carried as
    IPv6 (::ffff:203.0.113.5) counts as the IPv4 address.
    """
    value = value.strip().strip('"')
    if not value:
        return ""
    candidates = [value]
    if value.startswith("[") and "]" in value:
        candidates.append(value[1 : value.index("]")])
    elif value.count(":") == 1:
        candidates.append(value.split(":", 1)[0])
    for candidate in candidates:
        try:
            address = ipaddress.ip_address(candidate)
        except ValueError:
            continue
        mapped = getattr(address, "ipv4_mapped", None)
        return str(mapped or address)
    return ""


def client_address(request: HttpRequest) -> str:
    """The address of the client that sent `request`, or "" if none is known."""
    count = trusted_proxy_count()
    if count:
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
        entries = [entry for entry in forwarded.split(",") if entry.strip()]
        if len(entries) >= count:
            address = _parse(entries[-count])
            if address:
                return address
    return _parse(request.META.get("REMOTE_ADDR", ""))
