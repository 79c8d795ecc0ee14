from functools import wraps


def public_cache(view):
    """Let PublicPageCacheMiddleware keep this page for anonymous readers (for
    PUBLIC_PAGE_CACHE_SECONDS; the query string is part of the key, so each
    search is its own entry). Signed-in readers always get it fresh."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        response.public_cache = True
        return response

    return wrapped
