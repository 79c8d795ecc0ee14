from functools import wraps

from django.conf import settings
from django.views.decorators.cache import cache_page


def public_cache(view):
    """Cache a page for anonymous readers for PUBLIC_PAGE_CACHE_SECONDS (read per
    request, so it can be switched off); signed-in readers always get it fresh.
    The cache key includes the query string, so each search is its own entry."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        seconds = settings.PUBLIC_PAGE_CACHE_SECONDS
        if not seconds or request.user.is_authenticated:
            return view(request, *args, **kwargs)
        return cache_page(seconds)(view)(request, *args, **kwargs)

    return wrapped
