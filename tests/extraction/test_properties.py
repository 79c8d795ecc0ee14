"""Properties that hold on any text: never raise, offsets inside the body, stable line ends."""

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quotes.extraction import extract
from quotes.extraction.article import Article, parse_article

MARKS = "\"“”„‟«»'‘’‚‹›"
_MARK = re.compile(f"[{MARKS}]")
WORDS = [
    "He",
    "she",
    "said",
    "told",
    "reporters",
    "Mr",
    "Merz",
    "Ana Ruiz",
    "warned",
    "that",
    "the",
    "minister",
    "according to",
    "officials",
    ",",
    ".",
    ":",
    "—",
    "it's",
    "'90s",
    "ministers'",
    "so-called",
    "\n",
    "Zelensky",
    "declined to comment",
    "!",
    "?",
    "(",
    ")",
]
fragment = st.one_of(st.sampled_from(WORDS), st.sampled_from(list(MARKS)), st.text(max_size=6))
paragraph = st.lists(fragment, max_size=25).map(lambda parts: " ".join(parts))
paragraphs = st.lists(paragraph.map(lambda p: " ".join(p.split()) or "x"), min_size=1, max_size=6)


def make_article(body: list[str], headline: str = "Headline", standfirst: str = "S") -> Article:
    import datetime

    return Article(
        date=datetime.date(2025, 1, 1),
        headline=headline,
        standfirst=standfirst,
        paragraphs=tuple(body),
    )


def words_without_marks(text: str) -> str:
    """The text with every quote mark removed and whitespace collapsed."""
    return " ".join(_MARK.sub(" ", text).split())


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(paragraphs, paragraph, paragraph)
def test_the_extractor_never_raises_and_offsets_point_at_the_quote(body, headline, standfirst):
    article = make_article(body, headline or "H", standfirst or "S")
    extraction = extract(article)
    for quote in extraction.quotes:
        source = {
            "body": article.body,
            "headline": article.headline,
            "standfirst": article.standfirst,
        }[quote.location]
        assert 0 <= quote.start < quote.end <= len(source)
        span = source[quote.start : quote.end]
        assert 0 <= quote.confidence <= 1
        if quote.kind == "indirect":
            assert span == quote.text
            continue
        assert words_without_marks(quote.text) == words_without_marks(span)
        if quote.location == "body":
            assert quote.paragraph is not None
            offset = article.paragraph_offsets[quote.paragraph]
            assert offset <= quote.start < offset + len(article.paragraphs[quote.paragraph]) + 1


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=400))
def test_arbitrary_text_never_raises(text):
    extract(make_article([line.strip() or "x" for line in text.split("\n")]))


@settings(max_examples=200, deadline=None)
@given(paragraphs)
def test_crlf_and_lf_input_give_the_same_quotes(body):
    text = "date 2025-01-01 Headline\nStandfirst\n" + "\n".join(body)
    lf = extract(parse_article(text)).quotes
    crlf = extract(parse_article(text.replace("\n", "\r\n"))).quotes
    cr = extract(parse_article(text.replace("\n", "\r"))).quotes
    assert lf == crlf == cr


def test_a_multi_paragraph_span_includes_the_break_and_the_continuation_mark():
    article = make_article(["He said: “We need guarantees.", "“And a compromise.”"])
    (quote,) = extract(article).quotes
    assert article.body[quote.start : quote.end] == "“We need guarantees.\n“And a compromise.”"
    assert quote.text == "We need guarantees. And a compromise."
