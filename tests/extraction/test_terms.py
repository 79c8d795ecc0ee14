"""Quoted words that are not speech: terms are kept as kind "term", titles and names of
things are dropped."""

import pytest


def _kinds(extraction):
    return [(q.kind, q.text, q.speaker) for q in extraction.quotes]


def test_a_scare_quoted_word_with_no_cue_is_a_term(extract_article):
    extraction = extract_article(
        'The crew performed the first "spacewalk" of the mission on Tuesday.',
        'He had made over a thousand pairs of "handpaws", the costume gloves.',
    )
    assert _kinds(extraction) == [
        ("term", "spacewalk", None),
        ("term", "handpaws", None),
    ]


def test_a_passive_label_is_a_term(extract_article):
    extraction = extract_article('Instead, they are called "U.S. nationals" on their passports.')
    assert _kinds(extraction) == [("term", "U.S. nationals", None)]


def test_a_term_inside_a_reported_clause_stays_in_it(quotes_of, extract_article):
    sentence = (
        'Forest officials suggested the elephant may have eaten a "pig cracker" meant to '
        "scare wild boars."
    )
    assert quotes_of(sentence) == [
        (
            "indirect",
            "forest officials",
            'the elephant may have eaten a "pig cracker" meant to scare wild boars',
        )
    ]
    assert [q.kind for q in extract_article(sentence).quotes] == ["indirect", "term"]


def test_a_short_quote_after_a_labelling_verb_is_still_speech(quotes_of):
    assert quotes_of('The mayor, Ines Carvalho, called the plan "a disgrace".') == [
        ("partial", "Ines Carvalho", "a disgrace")
    ]


def test_titles_are_not_even_terms(extract_article):
    extraction = extract_article('On Twitter he referred to the vote as "The Impeachment Hoax".')
    assert [q.kind for q in extraction.quotes] in ([], ["partial"])


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ('The plan has been branded a "disaster" by opposition leader Tom Grey.', "Tom Grey"),
        ('The move was described as "unprecedented" by analysts at Moody\'s.', "analysts"),
        (
            'The ruling was hailed as a "victory for common sense" by campaigners, who had'
            " fought for a decade.",
            "campaigners",
        ),
    ],
)
def test_a_passive_label_by_someone_is_their_word_not_a_term(extract_article, sentence, speaker):
    [quote] = extract_article(sentence).quotes
    assert quote.kind == "partial" and (quote.speaker or quote.suggestion) == speaker


def test_a_title_after_an_owner_s_possessive_is_no_quotation(extract_article):
    quotes = extract_article(
        'Heading into the debate, Sanders told MSNBC\'s "Morning Joe" that the race was close.'
    ).quotes
    assert "Morning Joe" not in [q.text for q in quotes]
    quotes = extract_article(
        '"I was sitting in a house in Florida," Trump told NBC\'s "Today" on Monday.'
        ' "I could hardly hear."'
    ).quotes
    assert [q.text for q in quotes] == [
        "I was sitting in a house in Florida,",
        "I could hardly hear.",
    ]


def test_a_programme_named_after_said_on_or_told_is_no_quotation(extract_article):
    quotes = extract_article(
        "“Our secret weapon is the American people,” Mike Pence said on “Fox News Sunday.”",
        'Smith told "The Daily Show" that he was happy.',
    ).quotes
    assert [q.text for q in quotes] == ["Our secret weapon is the American people,"]
