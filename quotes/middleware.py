import hashlib

from django.conf import settings
from django.core.cache import cache
from django.utils.cache import patch_response_headers, patch_vary_headers


class PublicPageCacheMiddleware:
    """Serve anonymous readers cached copies of the public pages that opt in
    (views decorated with `public_cache`), before any other middleware runs.

    First in MIDDLEWARE, so a hit costs one cache read and nothing else, and a
    stored copy carries every header the rest of the stack added. Only cookie-less
    GETs are served or stored: a signed-in reader (session cookie) or one holding
    a CSRF token always gets a fresh page. PUBLIC_PAGE_CACHE_SECONDS=0 turns it off.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        seconds = settings.PUBLIC_PAGE_CACHE_SECONDS
        if not seconds or request.method != "GET" or request.COOKIES:
            return self.get_response(request)
        key = "public-page:" + hashlib.sha256(request.build_absolute_uri().encode()).hexdigest()
        cached = cache.get(key)
        if cached is not None:
            return cached
        response = self.get_response(request)
        if (
            getattr(response, "public_cache", False)
            and response.status_code == 200
            and not response.streaming
            and not response.cookies
        ):
            patch_response_headers(response, seconds)
            patch_vary_headers(response, ["Cookie"])
            cache.set(key, response, seconds)
        return response
