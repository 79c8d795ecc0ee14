"""Every public list as JSON (a page, with links to the next) and CSV (streamed),
with the same filters as the HTML list. The quotes' CSV comes in pages of at most
EXPORT_MAX_ROWS rows (`?page=2`, and a `Link: <...>; rel="next"` header while there are
more); the portable export (`manage.py export_data`) carries everything."""

import csv
import unicodedata

from django.conf import settings
from django.core.paginator import Paginator
from django.http import JsonResponse, StreamingHttpResponse

from quotes import selectors
from quotes.links import page_path
from quotes.views.caching import public_cache

QUOTE_COLUMNS = [
    "id", "url", "text", "kind", "speaker", "speaker_slug", "speaker_url", "speaker_mention",
    "cue", "said_on", "status", "source_id", "source_url", "source_headline", "source_outlet",
    "source_original_url",
]  # fmt: skip
SPEAKER_COLUMNS = ["id", "url", "name", "slug", "kind", "description", "wikidata_id"]
CLAIM_COLUMNS = ["id", "url", "text", "status", "claimant", "claimant_url", "rating", "created_at"]
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def quote_row(values: dict, build) -> dict:
    """A quote's row from its selectors.EXPORT_VALUES."""
    slug, said_on = values["speaker__slug"], values["said_on"]
    return {
        "id": values["pk"],
        "url": build(page_path("quote-detail", values["pk"])),
        "text": values["text"],
        "kind": values["kind"],
        "speaker": values["speaker__name"],
        "speaker_slug": slug,
        "speaker_url": build(page_path("speaker-detail", slug)) if slug else None,
        "speaker_mention": values["speaker_mention"],
        "cue": values["cue"],
        "said_on": said_on.isoformat() if said_on else None,
        "status": values["status"],
        "source_id": values["source_id"],
        "source_url": build(page_path("source-detail", values["source_id"])),
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
    build = request.build_absolute_uri
    if fmt == "csv":
        number = _page_number(request)
        page = selectors.quote_export_page(
            request.GET, number=number, size=settings.EXPORT_MAX_ROWS
        )
        rows = (quote_row(values, build) for values in page.rows)
        response = csv_response(rows, QUOTE_COLUMNS, "quotes.csv")
        if page.more:
            response["Link"] = f'<{_link(request, number + 1)}>; rel="next"'
        return response
    search = selectors.quote_search(request.GET, page=request.GET.get("page"), facets=False)
    page = search.page
    return JsonResponse(
        {
            "count": page.count,
            "count_is_lower_bound": page.capped,
            "page": page.number,
            "next": _link(request, page.number + 1) if page.has_next else None,
            "previous": _link(request, page.number - 1) if page.has_previous else None,
            "errors": search.filterset.errors.get_json_data() or None,
            "results": [quote_row(export_values(q), build) for q in page.items],
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


def _page_number(request) -> int:
    value = request.GET.get("page", "")
    return int(value) if value.isdigit() and 0 < int(value) < 10**9 else 1


def _link(request, number: int) -> str:
    query = request.GET.copy()
    query["page"] = number
    return request.build_absolute_uri("?" + query.urlencode())


class _Echo:
    def write(self, value):
        return value


def _cell(value):
    """Spreadsheets run cells that start like a formula: defuse them. Some read a
    full-width ＝ (or ＋ － ＠, or a small ﹦) as the ASCII sign, so the check is made
    on the compatibility form (NFKC); the cell keeps its own characters."""
    if isinstance(value, str) and unicodedata.normalize("NFKC", value[:8]).startswith(
        FORMULA_STARTS
    ):
        return "'" + value
    return value


def csv_response(rows, columns, filename):
    writer = csv.DictWriter(_Echo(), columns)

    def lines():
        yield writer.writeheader()
        for row in rows:
            yield writer.writerow({k: _cell(v) for k, v in row.items()})

    return StreamingHttpResponse(
        lines(),
        content_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )
