import hashlib

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponseNotModified
from django.utils.cache import patch_cache_control, patch_vary_headers

from quotes import data_version
from quotes.release import RELEASE


class PublicPageCacheMiddleware:
    """Serve anonymous readers cached copies of the public pages that opt in
    (views decorated with `public_cache`), before any other middleware runs.

    First in MIDDLEWARE, so a hit costs two cache reads (the data version, the page)
    and nothing else, and a stored copy carries every header the rest of the stack
    added. Only cookie-less GETs are served or stored: a signed-in reader (session
    cookie) or one holding a CSRF token always gets a fresh page.
    PUBLIC_PAGE_CACHE_SECONDS=0 turns it off.

    Pages are never older than the data: the key and the ETag carry the data version
    (`quotes.data_version`), which every committed write changes, and the code's
    release. Browsers and proxies may keep a copy but must ask again each time
    (`no-cache`); the answer to a matching If-None-Match is a 304 from this
    middleware, without rendering (no public page depends on the time of day).
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        seconds = settings.PUBLIC_PAGE_CACHE_SECONDS
        if not seconds or request.method != "GET" or request.COOKIES:
            return self.get_response(request)
        token = data_version.current()
        if token is None:
            return self.get_response(request)
        url = hashlib.sha256(request.build_absolute_uri().encode()).hexdigest()
        version = f"{token}-{RELEASE}"
        etag = f'"{hashlib.sha256(f"{version}:{url}".encode()).hexdigest()[:32]}"'
        if etag in request.headers.get("If-None-Match", ""):
            # The same data and code render the same page: the reader's copy is current.
            return _not_modified(etag)
        key = f"public-page:{version}:{url}"
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
            response["ETag"] = etag
            patch_cache_control(response, public=True, no_cache=True)
            patch_vary_headers(response, ["Cookie"])
            cache.set(key, response, seconds)
        return response


def _not_modified(etag):
    response = HttpResponseNotModified()
    response["ETag"] = etag
    patch_cache_control(response, public=True, no_cache=True)
    patch_vary_headers(response, ["Cookie"])
    return response
