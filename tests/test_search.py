"""Quote.objects.search: ranking, stemming, websearch syntax, highlighting, escaping.

The same tests run on PostgreSQL (tsvector) and SQLite (FTS5 with porter stemming)."""

import datetime

import pytest
from django.db import connection

from quotes.models import Quote
from quotes.search import START, STOP, highlight
from quotes.search.sqlite import fts5_query
from tests.factories import QuoteFactory, SourceFactory, SpeakerAliasFactory, SpeakerFactory

pytestmark = pytest.mark.django_db

HOSTILE = ["<img src=x onerror=alert(1)>", '"><svg onload=alert(1)>']


def search(q):
    return list(Quote.objects.search(q))


def test_no_words_lists_every_quote_newest_first_and_no_words_are_marked():
    old = QuoteFactory(said_on=datetime.date(2024, 1, 1))
    new = QuoteFactory(said_on=datetime.date(2025, 1, 1))
    assert search("   ") == [new, old]
    assert list(Quote.objects.search("", order="oldest")) == [old, new]
    assert not hasattr(search("")[0], "marked")


def test_an_unknown_order_is_refused():
    with pytest.raises(ValueError, match="Unknown order 'best'"):
        Quote.objects.search("x", order="best")


def test_a_date_order_with_words_keeps_only_the_matches_in_that_order():
    old = QuoteFactory(words="Winter is coming", said_on=datetime.date(2024, 1, 1))
    new = QuoteFactory(words="Winter again", said_on=datetime.date(2025, 1, 1))
    QuoteFactory(words="Summer")
    for few in (True, False):
        assert list(Quote.objects.search("winter", order="oldest", few=few)) == [old, new]
        assert list(Quote.objects.search("winter", order="newest", few=few)) == [new, old]


def test_words_are_stemmed():
    quote = QuoteFactory(words="We keep negotiating with our partners")
    assert search("negotiations") == [quote]
    assert search("partner") == [quote]


def test_a_hit_in_the_quote_text_outranks_one_in_the_speaker_or_headline():
    in_headline = QuoteFactory(source=SourceFactory(headline="Grain exports resume"))
    in_speaker = QuoteFactory(speaker=SpeakerFactory(name="Anna Grain"))
    in_text = QuoteFactory(words="Grain must reach the ports")
    assert search("grain") == [in_text, in_speaker, in_headline]


def test_equal_ranks_keep_a_stable_order_newest_id_first():
    quotes = [QuoteFactory(words="Winter is coming") for _ in range(4)]
    assert search("winter") == sorted(quotes, key=lambda q: -q.pk)


def test_an_exact_phrase_must_appear_in_that_order():
    ordered = QuoteFactory(words="The border stays closed")
    QuoteFactory(words="Closed talks near the border")
    assert search('"border stays closed"') == [ordered]


def test_a_minus_excludes_a_word():
    QuoteFactory(words="Tariffs on steel")
    on_grain = QuoteFactory(words="Tariffs on grain")
    assert search("tariffs -steel") == [on_grain]


def test_or_finds_either_word():
    steel = QuoteFactory(words="Steel prices rise")
    grain = QuoteFactory(words="Grain prices fall")
    QuoteFactory(words="Oil is stable")
    assert set(search("steel or grain")) == {steel, grain}


def test_words_without_or_must_all_appear():
    both = QuoteFactory(words="Steel and grain together")
    QuoteFactory(words="Steel alone")
    assert search("steel grain") == [both]


def test_a_speakers_alias_finds_their_quotes():
    speaker = SpeakerFactory(name="Volodymyr Zelenskyy")
    SpeakerAliasFactory(speaker=speaker, name="Zelensky")
    quote = QuoteFactory(speaker=speaker)
    assert search("zelensky") == [quote]


def test_hits_come_back_marked_with_sentinels():
    QuoteFactory(words="Sanctions will bite, and sanctions will stay")
    [result] = search("sanction")
    assert f"{START}Sanctions{STOP}" in result.marked
    assert result.marked.count(START) == 2


@pytest.mark.parametrize("hostile", HOSTILE)
def test_hostile_quote_text_is_escaped_in_the_highlight(hostile):
    QuoteFactory(words=f"Peace now {hostile}")
    [result] = search("peace")
    html = highlight(result.marked)
    assert "<mark>Peace</mark>" in html
    assert "<img" not in html and "<svg" not in html
    assert "&lt;" in html


def test_the_highlighter_escapes_everything_and_only_adds_marks():
    html = highlight(f'{START}<b>x</b>{STOP} & "y" {START}unclosed')
    assert html == "<mark>&lt;b&gt;x&lt;/b&gt;</mark> &amp; &quot;y&quot; unclosed"


def test_search_syntax_that_means_nothing_finds_nothing_without_error():
    QuoteFactory(words="Anything at all")
    for q in ['"', "-", "or", "-anything", '""', "(", "*", "NEAR(a b)", "a:b"]:
        assert search(q) == [], q


@pytest.mark.skipif(connection.vendor != "sqlite", reason="FTS5 query translation is SQLite's")
def test_websearch_syntax_becomes_a_well_formed_fts5_query():
    query = fts5_query('"border closed" tariffs -steel or grain -"x y"')
    assert query == '(("border closed") AND ("tariffs" OR "grain")) NOT "steel" NOT "x y"'
    assert fts5_query('-only "" -negatives') == ""


def test_a_speakers_one_word_quotes_do_not_outrank_statements_that_name_them():
    """Short fragments get no advantage from their brevity or from the speaker's names:
    a statement that says the name comes first (both databases)."""
    merz = SpeakerFactory(name="Friedrich Merz")
    SpeakerAliasFactory(speaker=merz, name="Merz")
    fragments = [
        QuoteFactory(words=words, speaker=merz, speaker_mention="Mr Merz")
        for words in ("Nonsense", "a disgrace", "never")
    ]
    statement = QuoteFactory(
        words="Chancellor Merz has promised more money for the army than any government "
        "before him, and the budget shows that he kept the promise",
        speaker=SpeakerFactory(name="Olaf Scholz"),
    )
    for n in range(12):  # other quotes, so that "merz" is a rare word, as in real data
        QuoteFactory(words=f"The budget debate went on for day {n}")
    results = search("merz")
    assert results[0] == statement
    assert set(results[1:]) == set(fragments)
