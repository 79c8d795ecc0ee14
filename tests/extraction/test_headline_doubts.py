"""A headline has one line and no room to recover a lost closing mark, and its nouns
look like verbs: "Ceasefire talks collapse". Neither may give a confident speaker."""

from quotes.extraction import extract_text


def _headline_quotes(headline):
    text = f"date 2025-06-01 {headline}\nA standfirst\nNegotiators left the hotel on Sunday.\n"
    return [q for q in extract_text(text).quotes if q.location == "headline"]


def test_talks_as_a_noun_is_no_cue():
    assert _headline_quotes('Ceasefire talks collapse "after midnight') == []


def test_an_unclosed_headline_quote_gets_no_speaker():
    (quote,) = _headline_quotes('Minister Ann Lowe says "we will not resign')
    assert (quote.speaker, quote.suggestion) == (None, None)
    assert quote.speaker_mention == "Minister Ann Lowe"


def test_a_closed_headline_quote_keeps_its_speaker():
    (quote,) = _headline_quotes('Minister Ann Lowe says "we will not resign"')
    assert quote.speaker == "Ann Lowe"


def test_talks_with_its_preposition_still_cues(quotes_of):
    assert quotes_of('Union leader Kim Hart talks of "a betrayal" by the board.') == [
        ("partial", "Kim Hart", "a betrayal"),
    ]
