"""Below the confidence threshold a speaker is only a suggestion: the quotation's
`speaker` is None and `suggestion` holds the name, for an editor to accept in one click."""

import pickle

from quotes.extraction import DEFAULT_THRESHOLD, extract_text

TEXT = "\n".join(
    [
        "date 2025-06-01 Budget",
        "A standfirst",
        "Finance minister Anna Kowalska spoke in Warsaw on Tuesday.",
        '"We will not raise taxes this year," she said.',
    ]
)
UNATTRIBUTED = 'date 2025-06-01 Budget\nA standfirst\n"Nothing is decided."'


def test_a_speaker_below_the_threshold_becomes_a_suggestion():
    (quote,) = extract_text(TEXT, threshold=1.0).quotes
    assert (quote.speaker, quote.suggestion) == (None, "Anna Kowalska")
    assert quote.speaker_mention == "she" and quote.confidence < 1.0


def test_a_speaker_at_or_above_the_threshold_stays_the_speaker():
    (quote,) = extract_text(TEXT, threshold=0.0).quotes
    assert (quote.speaker, quote.suggestion) == ("Anna Kowalska", None)


def test_extract_applies_the_default_threshold():
    (quote,) = extract_text(TEXT).quotes
    given = quote.speaker if quote.confidence >= DEFAULT_THRESHOLD else quote.suggestion
    assert given == "Anna Kowalska"
    assert None in (quote.speaker, quote.suggestion)


def test_an_unattributed_quotation_has_no_suggestion_either():
    (quote,) = extract_text(UNATTRIBUTED, threshold=1.0).quotes
    assert (quote.speaker, quote.suggestion) == (None, None)


def test_a_quotation_with_a_suggestion_survives_pickle():
    extraction = extract_text(TEXT, threshold=1.0)
    assert pickle.loads(pickle.dumps(extraction)) == extraction


def test_the_default_threshold_keeps_a_cue_s_speaker_and_suggests_a_guess():
    text = "\n".join(
        [
            "date 2025-06-01 Harbour",
            "A standfirst",
            '"The tide turned early," harbour pilot Dan Ivers said.',
            '"We cannot rule anything out," the minister said.',
        ]
    )
    cue, guess = extract_text(text).quotes
    assert (cue.speaker, cue.suggestion) == ("Dan Ivers", None)
    assert (guess.speaker, guess.suggestion) == (None, "Dan Ivers")
    assert cue.confidence >= DEFAULT_THRESHOLD > guess.confidence


def test_confidences_are_probabilities_fitted_on_dev_gold():
    quotes = extract_text(TEXT).quotes + extract_text(UNATTRIBUTED).quotes
    assert all(0.0 <= q.confidence <= 1.0 for q in quotes)
    # An unattributed quotation's confidence is that no one is named as its speaker in
    # the gold either: rarely so in real news.
    assert extract_text(UNATTRIBUTED).quotes[0].confidence < 0.2
