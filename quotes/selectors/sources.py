"""An article with its quotes marked: who said each, in a colour per speaker, and the
readers' notes on the words of each quote, shown under the paragraph they are in."""

import itertools
from dataclasses import dataclass, field

from django.db.models import Exists, OuterRef

from quotes.anchoring import Segment as Run
from quotes.anchoring import Selector, anchor
from quotes.models import Annotation, Quote, Source

SPEAKER_COLOURS = 8  # site.css has .sp-0 to .sp-7; a ninth speaker takes .sp-0 again


@dataclass
class Segment:
    """A run of the article's text, inside one quote's span or outside all of them.

    Inside a quote: `runs` are its pieces covered by the same notes; `offset` is where
    the segment starts in the quote's own text (negative over an opening quotation
    mark), so a selection in it becomes an annotation of the quote (annotate.js);
    `first`/`last` say whether it opens or closes the quote (the id, the label)."""

    text: str
    quote: Quote | None = None
    runs: list[Run] = field(default_factory=list)
    offset: int | None = None  # None: the quote's text is not in its span (edited)
    first: bool = False
    last: bool = False


@dataclass
class Paragraph:
    segments: list[Segment]
    notes: list[Annotation]  # on quotes that end in this paragraph


@dataclass
class LegendEntry:
    name: str  # "" for unattributed quotes
    url: str
    colour: str  # a class: sp-0 ... sp-7, or sp-none
    count: int


@dataclass
class ArticlePage:
    source: Source
    paragraphs: list[Paragraph]
    quotes: list[Quote]  # each with `colour`
    legend: list[LegendEntry]
    note_count: int


def source_quotes(source) -> list[Quote]:
    quotes = (
        Quote.objects.public()
        .filter(source=source)
        .select_related("speaker")
        .annotate(has_notes=Exists(Annotation.objects.visible().filter(quote=OuterRef("pk"))))
    )
    return list(quotes.order_by("start", "pk"))


def article_page(source: Source) -> ArticlePage:
    """The article's paragraphs with its public quotes marked and their notes: one
    query for the quotes, and one for the notes when any quote has some."""
    quotes = source_quotes(source)
    legend = _colour_by_speaker(quotes)
    notes: dict[int, list[Annotation]] = {}
    if any(quote.has_notes for quote in quotes):
        visible = Annotation.objects.visible().filter(quote__in=[q.pk for q in quotes])
        for note in visible.select_related("author").order_by("start", "pk"):
            notes.setdefault(note.quote_id, []).append(note)
    paragraphs = marked_paragraphs(source.body, quotes, notes)
    count = sum(len(p.notes) for p in paragraphs)
    return ArticlePage(source, paragraphs, quotes, legend, count)


def _colour_by_speaker(quotes: list[Quote]) -> list[LegendEntry]:
    """Give each quote a `colour` class, one per speaker in order of first appearance."""
    entries: dict[int | None, LegendEntry] = {}
    for quote in quotes:
        key = quote.speaker_id
        if key not in entries:
            if quote.speaker is None:
                entries[key] = LegendEntry("", "", "sp-none", 0)
            else:
                colour = f"sp-{sum(1 for k in entries if k is not None) % SPEAKER_COLOURS}"
                speaker = quote.speaker
                entries[key] = LegendEntry(speaker.name, speaker.get_absolute_url(), colour, 0)
        entries[key].count += 1
        quote.colour = entries[key].colour
    return list(entries.values())


def marked_paragraphs(
    body: str, quotes: list[Quote], notes: dict[int, list[Annotation]] | None = None
) -> list[Paragraph]:
    """The body as paragraphs of segments; a segment inside a quote's span carries the
    quote, cut where its notes begin and end. A quote overlapping an earlier one is not
    marked; a note whose words are no longer in its quote is left to the quote's page."""
    notes = notes or {}
    pieces: list[tuple[int, int, Quote | None, int | None, list]] = []
    position = 0
    for quote in sorted(quotes, key=lambda q: (q.start, -q.end)):
        if quote.location != Quote.Location.BODY or quote.start < position or quote.end > len(body):
            continue
        pieces.append((position, quote.start, None, None, []))
        inside = body.find(quote.text, quote.start, quote.end) if quote.text else -1
        text_start = inside if inside >= 0 else None
        spans = _anchored(quote, notes.get(quote.pk, []), text_start)
        pieces.append((quote.start, quote.end, quote, text_start, spans))
        position = quote.end
    pieces.append((position, len(body), None, None, []))

    paragraphs = [Paragraph([], [])]
    for begin, end, quote, text_start, spans in pieces:
        lines = body[begin:end].split("\n")
        at = begin
        for i, line in enumerate(lines):
            if i:
                paragraphs.append(Paragraph([], []))
            if line:
                paragraphs[-1].segments.append(
                    _segment(line, at, quote, text_start, spans, first=at == begin)
                )
            at += len(line) + 1
        if quote is not None:
            last = next((s for s in reversed(paragraphs[-1].segments) if s.quote), None)
            if last is not None and last.quote is quote:
                last.last = True
            paragraphs[-1].notes.extend(a for a in notes.get(quote.pk, []) if a.attached)
    return [p for p in paragraphs if p.segments]


def _anchored(quote: Quote, notes: list[Annotation], text_start) -> list[tuple[int, int, int]]:
    """The notes' spans in the body (start, end, note id); each note gets `attached`."""
    spans = []
    for note in notes:
        found = None
        if text_start is not None:
            found = anchor(
                quote.text, Selector(note.start, note.end, note.exact, note.prefix, note.suffix)
            )
        note.attached = found is not None
        note.quote = quote  # the page links each note to its quote's page
        if found:
            spans.append((text_start + found[0], text_start + found[1], note.pk))
    return spans


def _segment(text, at, quote, text_start, spans, *, first) -> Segment:
    if quote is None:
        return Segment(text)
    end = at + len(text)
    cuts = sorted(
        {at, end, *(s for s, _, _ in spans if at < s < end)}
        | {e for _, e, _ in spans if at < e < end}
    )
    runs = []
    for left, right in itertools.pairwise(cuts):
        ids = tuple(i for s, e, i in spans if s <= left and right <= e)
        runs.append(Run(text[left - at : right - at], ids))
    offset = None if text_start is None else at - text_start
    return Segment(text, quote, runs, offset, first=first)
