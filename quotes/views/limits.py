"""What keeps downloads from taking the site from everyone else.

- Per address: an anonymous reader may ask for an export (CSV, JSON, Atom, NDJSON)
  EXPORT_RATES times; a crawler or a script in a loop gets 429 and a Retry-After.
  Signed-in readers and editors are not counted (editors have the portable export).
- Site-wide: at most EXPORT_STREAMS streamed downloads (the CSVs, the ClaimReview
  NDJSON) run at once, for everyone together; another gets 503 and a Retry-After. A
  stream holds a server worker and a core for its whole length, and five at once left
  no worker for the quote pages (bench/README.md, "Exports under load"). The slots are
  keys in the shared counters cache, so every web process counts the same ones; a slot
  a crashed process never gave back expires after STREAM_SLOT_SECONDS.
- Per stream: a download makes its chunks for at most EXPORT_CPU_SHARE of the time and
  waits the rest, so the streams that run leave the cores to the pages readers are
  waiting for. Two unpaced streams took both cores of a 2-core server and the quote
  page's p95 went from 17 ms to 405 ms; a download is a file to save, not a page to
  read, and can take a little longer.
"""

import time
import uuid
from functools import wraps

from django.conf import settings
from django.core.cache import caches
from django.http import HttpResponse

from quotes.rate_limits import wait_seconds

STREAM_SLOT_SECONDS = 300
BUSY_RETRY_SECONDS = 5


def export_limited(view):
    @wraps(view)
    def limited(request, *args, **kwargs):
        if not request.user.is_authenticated:
            wait = wait_seconds(
                request, group="exports", rates=settings.EXPORT_RATES, keys=("ip",), method="GET"
            )
            if wait:
                return _refused(429, "Too many downloads from your address", wait)
        if kwargs.get("fmt") == "json":  # one page, not a stream
            return view(request, *args, **kwargs)
        slot = _take_slot()
        if slot is None:
            return _refused(503, "The server is busy with other downloads", BUSY_RETRY_SECONDS)
        try:
            response = view(request, *args, **kwargs)
        except BaseException:
            _give_back(slot)
            raise
        if not response.streaming:
            _give_back(slot)
            return response
        response.streaming_content = _SlotStream(response.streaming_content, slot)
        return response

    return limited


def _refused(status: int, reason: str, wait: int) -> HttpResponse:
    response = HttpResponse(
        f"{reason}; try again in {wait} seconds.\n",
        status=status,
        content_type="text/plain; charset=utf-8",
    )
    response["Retry-After"] = str(wait)
    return response


def _take_slot() -> str | None:
    store = caches["counters"]
    token = uuid.uuid4().hex
    for n in range(settings.EXPORT_STREAMS):
        key = f"export-stream-{n}"
        if store.add(key, token, timeout=STREAM_SLOT_SECONDS):
            return key
    return None


def _pause(seconds: float) -> None:
    time.sleep(seconds)


def _give_back(slot: str) -> None:
    caches["counters"].delete(slot)


class _SlotStream:
    """A stream that gives its slot back when it ends, fails, or the reader goes away:
    the server closes every response (Django calls this `close`), read or not. Between
    chunks it waits so that making them takes EXPORT_CPU_SHARE of its time (the clock
    is the wall's: the database's work for the stream counts too)."""

    def __init__(self, chunks, slot: str):
        self.chunks, self.slot = chunks, slot

    def __iter__(self):
        share = settings.EXPORT_CPU_SHARE
        idle_per_busy = (1 - share) / share
        chunks = iter(self.chunks)
        try:
            while True:
                started = time.perf_counter()
                chunk = next(chunks, None)
                if chunk is None:
                    return
                if idle_per_busy:
                    _pause((time.perf_counter() - started) * idle_per_busy)
                yield chunk
        finally:
            self.close()

    def close(self) -> None:
        if self.slot is not None:
            _give_back(self.slot)
            self.slot = None
