"""schema.org ClaimReview for a published verdict, as a plain dict.

A pure function over model instances: the caller passes prefetched rows, the
scale bounds and a function that makes URLs absolute, so one page and the
NDJSON feed of every review build the same markup at a fixed query cost.

Only a published verdict has markup. A retracted one has none (Google asks
for the markup of a withdrawn review to be removed); its page says it was
retracted and why.
"""

import json
from collections.abc import Callable

from django.db.models import Max, Min

from quotes.models import Claim, Quote, Rating, Speaker

SCHEMA = "https://schema.org"
WIKIDATA = "https://www.wikidata.org/wiki/"
# Inside <script>, "<", ">" and "&" must not appear literally: "</script>" in
# a claim would end the block. JSON's \u escapes keep the data identical.
SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}
# JSON allows U+2028 and U+2029 raw, but readers that split lines as Unicode does
# (Python's splitlines, many editors and log tools) would cut an NDJSON record there.
LINE_ESCAPES = {0x2028: "\\u2028", 0x2029: "\\u2029"}

Bounds = dict[int, tuple[int | None, int | None]]


def scale_bounds() -> Bounds:
    """(worst, best) of every scale's on-scale ratings, in one query."""
    rows = (
        Rating.objects.filter(on_scale=True)
        .values("scale")
        .annotate(worst=Min("value"), best=Max("value"))
        .order_by()
    )
    return {row["scale"]: (row["worst"], row["best"]) for row in rows}


def person(speaker: Speaker) -> dict:
    kind = "Person" if speaker.kind == Speaker.Kind.PERSON else "Organization"
    data = {"@type": kind, "name": speaker.name}
    if speaker.description:
        data["description"] = speaker.description
    if speaker.wikidata_id:
        data["sameAs"] = WIKIDATA + speaker.wikidata_id
    return data


def appearance(quote: Quote, absolute: Callable[[str], str]) -> dict:
    source = quote.source
    data = {
        "@type": "NewsArticle" if source.outlet else "CreativeWork",
        "url": absolute(source.get_absolute_url()),
        "headline": source.headline,
        "datePublished": (quote.said_on or source.published_on).isoformat(),
    }
    if source.outlet:
        data["publisher"] = {"@type": "Organization", "name": source.outlet}
    if source.url:
        data["sameAs"] = source.url
    return data


def review_rating(verdict, bounds: Bounds) -> dict:
    rating = verdict.rating
    data = {"@type": "Rating", "alternateName": verdict.conclusion}
    if rating is not None and rating.on_scale:
        worst, best = bounds.get(rating.scale_id, (None, None))
        data.update(ratingValue=rating.value, bestRating=best, worstRating=worst)
    return data


def claim_review(
    claim: Claim,
    *,
    url: str,
    absolute: Callable[[str], str],
    publisher: dict,
    bounds: Bounds,
) -> dict | None:
    """The ClaimReview of a published claim, or None when it has no public verdict.

    Expects claim.verdict.rating, claim.claimant, claim.appearances (with their
    sources) and claim.corrections to be loaded by the caller."""
    verdict = getattr(claim, "verdict", None)
    if claim.status != Claim.Status.PUBLISHED or verdict is None or not verdict.published_at:
        return None
    quotes = sorted(
        claim.appearances.all(), key=lambda q: (q.said_on or q.source.published_on, q.pk)
    )
    by_source = {}
    for quote in quotes:
        by_source.setdefault(quote.source_id, appearance(quote, absolute))
    appearances = list(by_source.values())

    item = {"@type": "Claim"}
    if claim.claimant is not None:
        item["author"] = person(claim.claimant)
    if appearances:
        item["datePublished"] = appearances[0]["datePublished"]
        item["appearance"] = appearances
        item["firstAppearance"] = appearances[0]

    review = {
        "@context": SCHEMA,
        "@type": "ClaimReview",
        "url": url,
        "claimReviewed": claim.text,
        "datePublished": verdict.published_at.date().isoformat(),
        "author": {"@type": "Organization", **publisher},
        "reviewRating": review_rating(verdict, bounds),
        "itemReviewed": item,
    }
    corrected = [c.created_at for c in claim.corrections.all()]
    if corrected:
        review["dateModified"] = max(corrected).date().isoformat()
    return review


def script_json(data) -> str:
    """JSON that is safe to place between <script> tags."""
    return json.dumps(data, ensure_ascii=False, sort_keys=False).translate(SCRIPT_ESCAPES)


def ndjson_line(data) -> str:
    """One NDJSON record: JSON on one line by every reader's idea of a line."""
    return json.dumps(data, ensure_ascii=False).translate(LINE_ESCAPES) + "\n"
