from functools import wraps

from django.views.decorators.http import require_safe


def public_cache(view):
    """A public, read-only page: GET and HEAD only (anything else is 405), and
    PublicPageCacheMiddleware may keep it for anonymous readers (for
    PUBLIC_PAGE_CACHE_SECONDS; the query string is part of the key, so each
    search is its own entry). Signed-in readers always get it fresh."""

    @require_safe
    @wraps(view)
    def wrapped(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        response.public_cache = True
        return response

    return wrapped
