"""Fetching a page or a feed by URL, as a polite and careful client.

Only http and https; a total time limit and a size limit per fetch (a server that
drips bytes or sends gigabytes is cut off); at most IMPORT_FETCH_MAX_REDIRECTS
redirects, each checked like the first, and a loop named as one; a User-Agent that says
who is asking; robots.txt obeyed for it (RFC 9309: a missing one allows everything, an
unreachable one nothing); private and loopback addresses refused (addresses.py). Every
failure is a FetchError with a short reason, which the import reports on one line.
"""

import time
import urllib.robotparser
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import urllib3
from django.conf import settings
from urllib3.exceptions import (
    HTTPError,
    NameResolutionError,
    NewConnectionError,
    SSLError,
)
from urllib3.exceptions import (
    TimeoutError as Urllib3Timeout,
)

from quotes.extraction.article import ArticleError

from . import formats
from .addresses import RefusedAddress, pool_classes

REDIRECTS = frozenset({301, 302, 303, 307, 308})
ROBOTS_MAX_BYTES = 500 * 1024  # RFC 9309 asks crawlers to read at least 500 KiB
ACCEPT = (
    "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
    "application/xml;q=0.9,text/plain;q=0.5,*/*;q=0.1"
)
CHUNK = 64 * 1024


class FetchError(ArticleError):
    """A URL that could not be fetched; `status` is the HTTP status, if one came."""

    def __init__(self, message: str, status: int | None = None):
        super().__init__(message)
        self.status = status


@dataclass
class Page:
    url: str  # where it was found, after redirects
    content_type: str  # the media type, lower case, without parameters
    charset: str  # the charset the server declared, if any
    data: bytes


class Fetcher:
    """Fetches URLs for one import run, remembering each site's robots.txt."""

    def __init__(
        self,
        *,
        timeout: float | None = None,
        max_bytes: int | None = None,
        max_redirects: int | None = None,
        user_agent: str | None = None,
        allow_private: bool | None = None,
    ):
        self.timeout = timeout or settings.IMPORT_FETCH_TIMEOUT
        self.max_bytes = max_bytes or settings.IMPORT_MAX_BYTES
        self.max_redirects = (
            settings.IMPORT_FETCH_MAX_REDIRECTS if max_redirects is None else max_redirects
        )
        self.user_agent = user_agent or settings.IMPORT_USER_AGENT
        if allow_private is None:
            allow_private = settings.IMPORT_FETCH_PRIVATE_ADDRESSES
        # No proxy from the environment, no retries, no redirects followed for us.
        self.http = urllib3.PoolManager(
            retries=False, headers={"User-Agent": self.user_agent, "Accept": ACCEPT}
        )
        self.http.pool_classes_by_scheme = pool_classes(allow_private=allow_private)
        self.robots: dict[str, urllib.robotparser.RobotFileParser | None] = {}

    def fetch(self, url: str) -> Page:
        """The page at `url`, following redirects; FetchError says why not."""
        return self._get(url, self.max_bytes, obey_robots=True)

    def _get(self, url: str, max_bytes: int, *, obey_robots: bool) -> Page:
        deadline = time.monotonic() + self.timeout
        seen: list[str] = []
        for _ in range(self.max_redirects + 1):
            _check_url(url)
            if obey_robots and not self._allowed(url):
                raise FetchError(f"robots.txt of {_origin(url)} does not allow fetching {url}")
            response = self._request(url, deadline)
            if response.status not in REDIRECTS:
                return self._page(url, response, deadline, max_bytes)
            location = response.headers.get("Location", "").strip()
            response.drain_conn()
            response.release_conn()
            if not location:
                raise FetchError(f"HTTP {response.status} redirect without a Location")
            seen.append(url)
            url = urljoin(url, location)
            if url in seen:
                raise FetchError(f"redirect loop ({seen[-1]} redirects back to {url})")
        raise FetchError(f"too many redirects (more than {self.max_redirects})")

    def _request(self, url: str, deadline: float):
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise FetchError(f"timed out (the limit is {self.timeout:g} s)")
        try:
            return self.http.request(
                "GET",
                url,
                redirect=False,
                preload_content=False,
                timeout=urllib3.Timeout(connect=remaining, read=remaining),
            )
        except (HTTPError, OSError) as error:
            raise FetchError(self._reason(error)) from None

    def _page(self, url: str, response, deadline: float, max_bytes: int) -> Page:
        try:
            if response.status != 200:
                raise FetchError(
                    f"HTTP {response.status} {response.reason or ''}".strip(),
                    status=response.status,
                )
            media, charset = _content_type(response.headers.get("Content-Type", ""))
            declared = response.headers.get("Content-Length", "")
            if declared.isdigit() and int(declared) > max_bytes:
                raise FetchError(
                    f"page too large ({int(declared):,} bytes; the limit is {max_bytes:,})"
                )
            data = self._body(response, deadline, max_bytes)
        except (HTTPError, OSError) as error:
            raise FetchError(self._reason(error)) from None
        finally:
            response.release_conn()
        return Page(url, media, charset, data)

    def _body(self, response, deadline: float, max_bytes: int) -> bytes:
        chunks, size = [], 0
        while chunk := response.read1(CHUNK):
            size += len(chunk)
            if size > max_bytes:
                raise FetchError(f"page too large (over the limit of {max_bytes:,} bytes)")
            if time.monotonic() > deadline:
                raise FetchError(f"timed out (the limit is {self.timeout:g} s)")
            chunks.append(chunk)
        return b"".join(chunks)

    def _allowed(self, url: str) -> bool:
        origin = _origin(url)
        if origin not in self.robots:
            self.robots[origin] = self._robots(origin)
        rules = self.robots[origin]
        return rules is None or rules.can_fetch(self.user_agent, url)

    def _robots(self, origin: str):
        """The site's rules, or None when it has none (a 4xx answer); a 5xx answer or a
        redirect loop refuses the whole site, as RFC 9309 asks."""
        try:
            page = self._get(f"{origin}/robots.txt", ROBOTS_MAX_BYTES, obey_robots=False)
        except FetchError as error:
            if error.status is None:  # the site cannot be reached at all: say why
                raise
            if 400 <= error.status < 500:
                return None
            raise FetchError(f"robots.txt of {origin} could not be read ({error})") from None
        rules = urllib.robotparser.RobotFileParser()
        rules.parse(page.data.decode("utf-8", errors="replace").splitlines())
        return rules

    def _reason(self, error: BaseException) -> str:
        causes = []
        while error is not None and error not in causes:
            causes.append(error)
            error = getattr(error, "reason", None) or error.__cause__ or error.__context__
        for cause in causes:
            if isinstance(cause, RefusedAddress):
                return str(cause)
        for cause in causes:
            if isinstance(cause, NameResolutionError):
                return "cannot find the host (name resolution failed)"
            if isinstance(cause, NewConnectionError):  # (a subclass of the timeout error)
                return "cannot connect to the host (connection refused or unreachable)"
            if isinstance(cause, SSLError):
                return f"TLS error ({cause})"
            if isinstance(cause, Urllib3Timeout | TimeoutError):
                return f"timed out (the limit is {self.timeout:g} s)"
        return f"cannot fetch it ({type(causes[0]).__name__}: {causes[0]})"


def _check_url(url: str) -> None:
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https"):
        raise FetchError(f"only http and https URLs are fetched, not {parts.scheme or 'this'}")
    if not parts.hostname:
        raise FetchError("a URL with no host")


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme.lower()}://{parts.netloc.lower()}"


def _content_type(header: str) -> tuple[str, str]:
    media, _, parameters = header.partition(";")
    media = media.strip().lower()
    charset = ""
    for parameter in parameters.split(";"):
        key, _, value = parameter.partition("=")
        if key.strip().lower() == "charset":
            charset = value.strip().strip('"').lower()
    if media and media not in formats.CONTENT_TYPES:
        raise FetchError(f"not a web page or a feed (content type {media})")
    return media, charset
