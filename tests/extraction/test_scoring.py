from quotes.extraction import Quotation
from quotes.extraction.scoring import (
    Gold,
    Tally,
    dice,
    normalise_text,
    score_article,
    speaker_curve,
    speaker_key,
)


def quotation(text, kind="direct", speaker=None, paragraph=0, confidence=0.5, suggestion=None):
    return Quotation(
        text=text,
        kind=kind,
        location="body",
        paragraph=paragraph,
        start=0,
        end=1,
        speaker=speaker,
        speaker_mention=None,
        speaker_type=None,
        cue=None,
        rule="none",
        confidence=confidence,
        suggestion=suggestion,
    )


def test_text_matching_ignores_marks_whitespace_case_and_end_punctuation():
    assert normalise_text("  “It’s  over,” ") == normalise_text('"it\'s over"')


def test_speakers_compare_by_alias_key_without_leading_articles():
    assert speaker_key("Mr Friedrich Merz") == speaker_key("friedrich merz")
    assert speaker_key("the Kremlin") == speaker_key("Kremlin")
    assert speaker_key(None) is None


def test_indirect_quotes_match_on_token_overlap():
    assert (
        dice(
            "Ukraine renounce its hopes to join NATO",
            "that Ukraine renounce its hopes to join NATO and stay neutral",
        )
        >= 0.5
    )


def test_score_article_counts_matches_wrong_speakers_misses_and_spurious():
    tally = Tally()
    golds = [
        Gold("We won,", "direct", "Ana Ruiz", "body", 0),
        Gold("the talks would resume", "indirect", "Tom Bell", "body", 1),
        Gold("Nobody asked us.", "direct", None, "body", 2),
    ]
    predicted = (
        quotation("We won,", speaker="Ana Ruiz"),
        quotation("the talks would resume on Monday", "indirect", "Ana Ruiz", 1),
        quotation("so-called", "partial"),
    )
    score_article("a.txt", golds, predicted, tally)
    assert sum(tally.span_gold.values()) == 2
    assert sum(tally.speaker_gold.values()) == 1
    assert sorted(f.what for f in tally.failures) == ["missed", "spurious", "wrong-speaker"]


def test_the_speaker_curve_gives_precision_and_recall_of_speakers_by_threshold():
    tally = Tally()
    golds = [
        Gold("We won,", "direct", "Ana Ruiz", "body", 0),
        Gold("We lost,", "direct", "Tom Bell", "body", 0),
        Gold("Nobody asked us.", "direct", "Tom Bell", "body", 0),
    ]
    predicted = (
        quotation("We won,", speaker="Ana Ruiz", confidence=0.9),
        quotation("We lost,", speaker="Ana Ruiz", confidence=0.6),  # wrong, less sure
        quotation("Nobody asked us.", suggestion="Tom Bell", confidence=0.3),
    )
    score_article("a.txt", golds, predicted, tally)
    attributed, precision, recall, _, _ = speaker_curve(tally, 0.0)
    assert (attributed, round(precision, 2), round(recall, 2)) == (3, 0.67, 0.67)
    assert speaker_curve(tally, 0.5)[:3] == (2, 0.5, 1 / 3)
    assert speaker_curve(tally, 0.7)[:3] == (1, 1.0, 1 / 3)


def test_quoted_terms_are_not_scored_as_quotations():
    tally = Tally()
    score_article("a.txt", [], (quotation("traitor", "term"),), tally)
    assert sum(tally.predicted.values()) == 0 and not tally.failures
