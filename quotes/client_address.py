"""The address a request came from: the one rule that sign-in lockouts (django-axes),
rate limits (django-ratelimit) and the registration throttle all use.

Behind reverse proxies the socket address is the nearest proxy's, the same for every
reader. Each proxy appends the address it received the request from to
X-Forwarded-For (nginx: `$proxy_add_x_forwarded_for`), so with TRUSTED_PROXY_COUNT
proxies in front of the app the client is the entry the outermost of them added: the
TRUSTED_PROXY_COUNT-th from the right. Entries to its left were sent by the client and
are never believed. With no proxy trusted (the default) the socket address is the
client's, and X-Forwarded-For is ignored.
"""

import ipaddress
import logging

from django.conf import settings

log = logging.getLogger(__name__)
_warned = False


def client_address(request) -> str:
    """The client's IP address, normalised (IPv6 compressed), as a string."""
    remote = request.META.get("REMOTE_ADDR", "")
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    trusted = settings.TRUSTED_PROXY_COUNT
    if not forwarded:
        return remote
    if not trusted:
        _warn_untrusted_proxy()
        return remote
    hops = [hop.strip() for hop in forwarded.split(",")]
    # Fewer entries than proxies: the request passed only the inner ones, and every
    # entry was written by one of them; the leftmost is what the outermost saw.
    hop = hops[-trusted] if len(hops) >= trusted else hops[0]
    try:
        return str(ipaddress.ip_address(hop))
    except ValueError:
        # A trusted proxy writes a bare address; anything else is a misconfiguration,
        # and the socket address is at least not the client's to choose.
        return remote


def _warn_untrusted_proxy() -> None:
    # Once per process: in production this means every reader shares the proxy's
    # address, so one reader's failed sign-ins lock out everyone.
    global _warned
    if not _warned:
        _warned = True
        log.warning(
            "Requests carry X-Forwarded-For but TRUSTED_PROXY_COUNT is 0: the socket "
            "address is used as the client's. Behind a proxy, set TRUSTED_PROXY_COUNT "
            "(README, 'Running in production')."
        )
