"""An article with its quotes marked."""

from dataclasses import dataclass

from quotes.models import Quote


@dataclass
class Segment:
    text: str
    quote: Quote | None = None


def source_quotes(source) -> list[Quote]:
    quotes = Quote.objects.public().filter(source=source).select_related("speaker")
    return list(quotes.order_by("start", "pk"))


def marked_paragraphs(body: str, quotes: list[Quote]) -> list[list[Segment]]:
    """The body as paragraphs of segments; a segment inside a quote's span
    carries the quote. A quote overlapping an earlier one is not marked."""
    segments, position = [], 0
    for quote in sorted(quotes, key=lambda q: (q.start, -q.end)):
        if quote.location != Quote.Location.BODY or quote.start < position or quote.end > len(body):
            continue
        segments.append(Segment(body[position : quote.start]))
        segments.append(Segment(body[quote.start : quote.end], quote))
        position = quote.end
    segments.append(Segment(body[position:]))
    paragraphs: list[list[Segment]] = [[]]
    for segment in segments:
        for i, part in enumerate(segment.text.split("\n")):
            if i:
                paragraphs.append([])
            if part:
                paragraphs[-1].append(Segment(part, segment.quote))
    return [p for p in paragraphs if p]
