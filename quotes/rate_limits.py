"""Rate limits, per reader and per client address: on posting, and on anonymous
readers' exports.

Counters live in the shared "counters" cache (RATELIMIT_USE_CACHE); the address is
quotes.client_address's, through RATELIMIT_IP_META_KEY. Counting per address as
well as per reader means fresh accounts from one address share one allowance.
"""

from django_ratelimit.core import get_usage


def wait_seconds(request, *, group: str, rates, keys=("user", "ip"), method="POST") -> int | None:
    """Seconds to wait when this request's reader or address (`keys`) has sent too many
    `method` requests in `group`, else None. Each counts against each rate and key."""
    waits = []
    for key in keys:
        for rate in rates:
            usage = get_usage(
                request, group=group, key=key, rate=rate, method=method, increment=True
            )
            if usage and usage["should_limit"]:
                waits.append(max(usage["time_left"], 1))
    return max(waits, default=None)
