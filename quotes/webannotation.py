"""A quote's reader annotations in the W3C Web Annotation Data Model, as a dict.

The collection embeds its one page. Each annotation targets the quote's page
with two equivalent selectors over the quote's text (not the whole page): a
TextQuoteSelector (exact words, prefix, suffix) and a TextPositionSelector
(start, end), so a consumer can re-anchor it as we do.
"""

from collections.abc import Iterable

from quotes.models import Annotation, Quote

CONTEXT = "http://www.w3.org/ns/anno.jsonld"
MEDIA_TYPE = f'application/ld+json; profile="{CONTEXT}"'


def web_annotation(annotation: Annotation, *, target: str) -> dict:
    return {
        "id": f"{target}#annotation-{annotation.pk}",
        "type": "Annotation",
        "motivation": annotation.motivation,
        "created": annotation.created_at.isoformat(),
        "creator": {"type": "Person", "nickname": annotation.author.get_username()},
        "body": {
            "type": "TextualBody",
            "value": annotation.body,
            "format": "text/plain",
        },
        "target": {
            "source": target,
            "selector": [
                {
                    "type": "TextQuoteSelector",
                    "exact": annotation.exact,
                    "prefix": annotation.prefix,
                    "suffix": annotation.suffix,
                },
                {
                    "type": "TextPositionSelector",
                    "start": annotation.start,
                    "end": annotation.end,
                },
            ],
        },
    }


def annotation_collection(
    quote: Quote, annotations: Iterable[Annotation], *, url: str, target: str
) -> dict:
    """`url` is the collection's own address, `target` the quote page's."""
    items = [web_annotation(a, target=target) for a in annotations]
    collection = {
        "@context": CONTEXT,
        "id": url,
        "type": "AnnotationCollection",
        "label": f"Reader annotations on quote {quote.pk}",
        "total": len(items),
    }
    if items:
        collection["first"] = {
            "id": f"{url}#page-1",
            "type": "AnnotationPage",
            "partOf": url,
            "startIndex": 0,
            "items": items,
        }
    return collection
