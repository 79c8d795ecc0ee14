"""What a quote's search document holds: its fields, what each is made of, and their
weights. Declared once; both database backends build their SQL from it.

    text      A  10   the quote's own words
    speaker   B   4   the speaker's name and aliases
    headline  C   2   the article's headline, and how it named the speaker
    context   D   1   the words around the quote in its paragraph (Quote.context)

Hits in the quote text rank above hits in the speaker's names, which rank above the
headline, then the context. A part is "table.column"; `speaker.aliases` is every alias
name of the quote's speaker. The triggers that keep the document fresh watch exactly
the columns named here (see WATCHED).
"""

from dataclasses import dataclass

from django.db.models import ExpressionWrapper, FloatField
from django.db.models.functions import Cast, Length

CONFIG = "english"  # the text search configuration: stemming, stop words


@dataclass(frozen=True)
class Field:
    name: str  # the FTS5 column on SQLite
    parts: tuple[str, ...]
    weight: str  # PostgreSQL's setweight label, A (highest) to D
    bm25: float  # SQLite's bm25 weight for the column


FIELDS = (
    Field("text", ("quote.text",), "A", 10.0),
    Field("speaker", ("speaker.name", "speaker.aliases"), "B", 4.0),
    Field("headline", ("source.headline", "quote.speaker_mention"), "C", 2.0),
    Field("context", ("quote.context",), "D", 1.0),
)

# Relevance is scaled by the quote's length, L / (L + FRAGMENT_CHARS) for a text of L
# characters, on both databases: a fragment ("Nonsense", a scare-quoted word) keeps a
# third of its rank, a sentence nine tenths, so a speaker's one-word quotes, whose
# names and aliases repeat the word searched for, no longer rank above statements that
# say it. (ts_rank's own normalization flags divide by the document's length, which
# would favour fragments further; bm25 already does, within each column.)
FRAGMENT_CHARS = 20


def by_length(rank):
    """`rank` (an expression) scaled by the quote's length (see FRAGMENT_CHARS)."""
    length = Cast(Length("text"), FloatField())
    return ExpressionWrapper(
        rank * length / (length + float(FRAGMENT_CHARS)), output_field=FloatField()
    )


# The quote's own columns the document reads, and the ones that say whose names and
# which headline it takes: a change to any of them recomputes the quote's document.
QUOTE_COLUMNS = ("text", "speaker_mention", "context", "speaker_id", "source_id")
# The other tables' changes that recompute the documents of their quotes.
WATCHED = {
    "quotes_speaker": ("name",),
    "quotes_speakeralias": None,  # any insert, update or delete
    "quotes_source": ("headline",),
}

# The words around a quote kept in Quote.context: at most this many characters on
# each side, within its paragraph. Bounded, so a quote costs the same to index in a
# five-megabyte paragraph as in a short one.
CONTEXT_CHARS = 240


def context_around(text: str, start: int, end: int) -> str:
    """The words around `text[start:end]` within its paragraph(s), at most
    CONTEXT_CHARS each side, cut at a space; the quote itself is left out (it is the
    text field). `text` is what the offsets point into: the body (paragraphs joined by
    newlines), the headline or the standfirst."""
    lower = max(0, start - CONTEXT_CHARS)
    before = text[lower:start].rpartition("\n")[2]
    after = text[end : end + CONTEXT_CHARS].partition("\n")[0]
    if lower > 0 and len(before) == start - lower and " " in before:
        before = before.split(" ", 1)[1]  # a word cut by the window
    if len(after) == CONTEXT_CHARS and " " in after:
        after = after.rsplit(" ", 1)[0]
    return " … ".join(part for part in (before.strip(), after.strip()) if part)
