"""Every public list as JSON (a page, with links to the next) and CSV (streamed),
with the same filters as the HTML list. The quotes' CSV comes in pages of at most
EXPORT_MAX_ROWS rows, each with a `Link: <...>; rel="next"` header to the next while
there are more (see selectors/exports.py); the portable export (`manage.py export_data`)
carries everything."""

import csv
import unicodedata

from django.conf import settings
from django.core.paginator import Paginator
from django.http import JsonResponse, StreamingHttpResponse

from quotes import selectors
from quotes.links import path_maker
from quotes.views.caching import public_cache

QUOTE_COLUMNS = [
    "id", "url", "text", "kind", "speaker", "speaker_slug", "speaker_url", "speaker_mention",
    "cue", "said_on", "status", "source_id", "source_url", "source_headline", "source_outlet",
    "source_original_url",
]  # fmt: skip
SPEAKER_COLUMNS = ["id", "url", "name", "slug", "kind", "description", "wikidata_id"]
CLAIM_COLUMNS = ["id", "url", "text", "status", "claimant", "claimant_url", "rating", "created_at"]
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


class QuoteRows:
    """Rows of the quote export from selectors.EXPORT_VALUES, with absolute addresses
    made by joining strings (build_absolute_uri and reverse for three addresses a row
    cost more than the rest of the row)."""

    def __init__(self, request):
        origin = request.build_absolute_uri("/")[:-1]
        quote, speaker, source = (
            path_maker(name) for name in ("quote-detail", "speaker-detail", "source-detail")
        )
        self.quote_url = lambda pk: origin + quote(pk)
        self.speaker_url = lambda slug: origin + speaker(slug) if slug else None
        self.source_url = lambda pk: origin + source(pk)

    def __call__(self, values: dict) -> dict:
        said_on = values["said_on"]
        return {
            "id": values["pk"],
            "url": self.quote_url(values["pk"]),
            "text": values["text"],
            "kind": values["kind"],
            "speaker": values["speaker__name"],
            "speaker_slug": values["speaker__slug"],
            "speaker_url": self.speaker_url(values["speaker__slug"]),
            "speaker_mention": values["speaker_mention"],
            "cue": values["cue"],
            "said_on": said_on.isoformat() if said_on else None,
            "status": values["status"],
            "source_id": values["source_id"],
            "source_url": self.source_url(values["source_id"]),
            "source_headline": values["source__headline"],
            "source_outlet": values["source__outlet"],
            "source_original_url": values["source__url"],
        }


def export_values(quote) -> dict:
    """A quote fetched with its speaker and source, as selectors.EXPORT_VALUES."""
    speaker, source = quote.speaker, quote.source
    return {
        "pk": quote.pk,
        **{name: getattr(quote, name) for name in ("text", "kind", "speaker_mention", "cue")},
        **{name: getattr(quote, name) for name in ("said_on", "status", "source_id")},
        "speaker__name": speaker.name if speaker else None,
        "speaker__slug": speaker.slug if speaker else None,
        "source__headline": source.headline,
        "source__outlet": source.outlet,
        "source__url": source.url,
    }


def speaker_row(speaker, build) -> dict:
    row = {c: getattr(speaker, c) for c in SPEAKER_COLUMNS if c not in ("url",)}
    row["id"], row["url"] = speaker.pk, build(speaker.get_absolute_url())
    return row


def claim_row(claim, build) -> dict:
    verdict = getattr(claim, "verdict", None)
    return {
        "id": claim.pk,
        "url": build(claim.get_absolute_url()),
        "text": claim.text,
        "status": claim.status,
        "claimant": claim.claimant.name if claim.claimant else None,
        "claimant_url": build(claim.claimant.get_absolute_url()) if claim.claimant else None,
        "rating": verdict.rating.label if verdict and verdict.rating else None,
        "created_at": claim.created_at.isoformat(),
    }


@public_cache
def quote_export(request, fmt):
    """Quotes as JSON or CSV, filtered and ordered as on /quotes/."""
    if fmt == "csv":
        page = selectors.quote_export_page(request.GET, size=settings.EXPORT_MAX_ROWS)
        to_row = QuoteRows(request)
        response = csv_response(map(to_row, page.rows), QUOTE_COLUMNS, "quotes.csv")
        if page.next:
            response["Link"] = f'<{_link(request, **page.next)}>; rel="next"'
        return response
    search = selectors.quote_search(request.GET, page=request.GET.get("page"), facets=False)
    page = search.page
    return JsonResponse(
        {
            "count": page.count,
            "count_is_lower_bound": page.capped,
            "page": page.number,
            "next": _link(request, page.number + 1) if page.has_next() else None,
            "previous": _link(request, page.number - 1) if page.has_previous() else None,
            "errors": search.filterset.errors.get_json_data() or None,
            "results": [QuoteRows(request)(export_values(q)) for q in page.items],
        }
    )


@public_cache
def speaker_export(request, fmt):
    """Speakers as JSON or CSV, filtered as on /speakers/."""
    _, speakers = selectors.speaker_list(request.GET)
    return _export(request, fmt, speakers, speaker_row, SPEAKER_COLUMNS, "speakers.csv")


@public_cache
def claim_export(request, fmt):
    """Published claims as JSON or CSV, filtered as on /claims/."""
    _, claims = selectors.claim_list(request.GET)
    return _export(request, fmt, claims, claim_row, CLAIM_COLUMNS, "claims.csv")


def _export(request, fmt, queryset, to_row, columns, filename):
    build = request.build_absolute_uri
    if fmt == "csv":
        rows = (to_row(item, build) for item in queryset.iterator(chunk_size=2000))
        return csv_response(rows, columns, filename)
    page = Paginator(queryset, selectors.PAGE_SIZE).get_page(request.GET.get("page"))
    return JsonResponse(
        {
            "count": page.paginator.count,
            "page": page.number,
            "next": _link(request, page.next_page_number()) if page.has_next() else None,
            "previous": _link(request, page.previous_page_number())
            if page.has_previous()
            else None,
            "results": [to_row(item, build) for item in page.object_list],
        }
    )


def _link(request, number: int | None = None, **changes) -> str:
    """This address with another page: `number` for `page`, or other parameters."""
    query = request.GET.copy()
    if number is not None:
        changes["page"] = number
    for name, value in changes.items():
        query[name] = value
    return request.build_absolute_uri("?" + query.urlencode())


def _cell(value):
    """Spreadsheets run cells that start like a formula: defuse them. Some read a
    full-width ＝ (or ＋ － ＠, or a small ﹦) as the ASCII sign, so the check is made
    on the compatibility form (NFKC); the cell keeps its own characters."""
    if not isinstance(value, str) or not value:
        return value
    first = value[0]
    if first.isascii() and first not in FORMULA_FIRST:
        return value  # most cells: no normalising needed
    if unicodedata.normalize("NFKC", value[:8]).startswith(FORMULA_STARTS):
        return "'" + value
    return value


FORMULA_FIRST = "".join(FORMULA_STARTS)
CHUNK_BYTES = 64 * 1024  # rows are sent in chunks of about this size, not one by one


def csv_response(rows, columns, filename):
    buffer = _Buffer()
    writer = csv.writer(buffer)

    def chunks():
        writer.writerow(columns)
        yield buffer.take()  # the header at once: the reader knows the download started
        for row in rows:
            writer.writerow([_cell(row[column]) for column in columns])
            if buffer.size >= CHUNK_BYTES:
                yield buffer.take()
        yield buffer.take()

    return StreamingHttpResponse(
        chunks(),
        content_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )


class _Buffer:
    """Where csv.writer writes: lines kept until a chunk is full."""

    def __init__(self):
        self.parts, self.size = [], 0

    def write(self, text: str) -> None:
        self.parts.append(text)
        self.size += len(text)

    def take(self) -> str:
        text, self.parts, self.size = "".join(self.parts), [], 0
        return text
