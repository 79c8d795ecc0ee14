"""How often an anonymous reader may ask for an export (CSV, JSON, Atom, NDJSON):
EXPORT_RATES per client address. An export reads many rows; a crawler or a script in
a loop must not take the site's database from everyone else. Signed-in readers and
editors are not limited here (editors have the portable export)."""

from functools import wraps

from django.conf import settings
from django.http import HttpResponse

from quotes.rate_limits import wait_seconds


def export_limited(view):
    @wraps(view)
    def limited(request, *args, **kwargs):
        if not request.user.is_authenticated:
            wait = wait_seconds(
                request, group="exports", rates=settings.EXPORT_RATES, keys=("ip",), method="GET"
            )
            if wait:
                response = HttpResponse(
                    f"Too many downloads from your address; try again in {wait} seconds.\n",
                    status=429,
                    content_type="text/plain; charset=utf-8",
                )
                response["Retry-After"] = str(wait)
                return response
        return view(request, *args, **kwargs)

    return limited
