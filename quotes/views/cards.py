"""Quote cards of a list page (search, speaker page, front page) in one template loop.

A card template included per quote, with a speaker chip included in each, made the
cards most of a search page's rendering: every include sets up a context, and every
`quote.source.headline` is a chain of lookups. Here each card is a Card of what it
shows, with its links, date and highlighted text made in Python; the template
quotes/_quote_cards.html writes them out (`quote_cards(quotes)` in a template, a global
of claimtracker/jinja2.py). Escaping stays the template's: only the highlighted text is
safe, escaped by search.highlight before its hits are marked."""

from dataclasses import dataclass
from functools import lru_cache

from django.utils.dates import MONTHS_3
from django.utils.translation import get_language

from quotes.links import path_maker
from quotes.search import highlight


def short_date(day, months: dict[int, str] | None = None) -> str:
    """`day|date("j M Y")` (4 Nov 2026), without the date formatter's set-up; `months`:
    the active language's short month names, when the caller has them already."""
    months = months or _month_names(get_language())
    return f"{day.day} {months[day.month]} {day.year:04d}"


@lru_cache(maxsize=16)
def _month_names(language: str) -> dict[int, str]:
    """The short month names in `language` (the active one when called): each of
    MONTHS_3 is a lazy translation, looked up anew at every use, twenty times a page."""
    return {month: str(name).title() for month, name in MONTHS_3.items()}


@dataclass(slots=True)
class Card:
    """What a quote's card shows. Not a dict: Jinja2 reads `card.text` as an attribute
    first, and a dict would answer each with an exception."""

    text: str  # safe when highlighted
    speaker_url: str
    speaker: str
    cue: str
    reported: bool
    source_url: str
    headline: str
    date: str  # ISO, for <time datetime>
    date_text: str
    url: str
    pk: int


def card(quote, paths, months: dict[int, str] | None = None) -> Card:
    """What the card of `quote` (with speaker and source fetched) shows; `paths`: the
    path makers of quote, speaker and source pages (links.path_maker); `months`: as
    short_date takes them."""
    quote_path, speaker_path, source_path = paths
    marked = getattr(quote, "marked", None)  # annotated by a search only
    speaker, source, said_on = quote.speaker, quote.source, quote.said_on
    return Card(
        text=highlight(marked) if marked else quote.text,
        speaker_url=speaker_path(speaker.slug) if speaker else "",
        speaker=speaker.name if speaker else "",
        cue=quote.cue,
        reported=quote.kind == quote.Kind.INDIRECT,
        source_url=source_path(source.pk),
        headline=source.headline,
        date=said_on.isoformat() if said_on else "",
        date_text=short_date(said_on, months) if said_on else "",
        url=quote_path(quote.pk),
        pk=quote.pk,
    )


def quote_cards(quotes) -> dict:
    """The context of quotes/_quote_cards.html: a card for each of `quotes`. The pages'
    paths are made as get_absolute_url() makes them, with the URLconf and script prefix
    looked up once for the list rather than three times a card."""
    paths = tuple(path_maker(name) for name in ("quote-detail", "speaker-detail", "source-detail"))
    months = _month_names(get_language())  # the language asked for once, not once a card
    return {"cards": [card(quote, paths, months) for quote in quotes]}
