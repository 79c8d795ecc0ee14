from quotes.extraction import Quotation
from quotes.extraction.scoring import Gold, Tally, dice, normalise_text, score_article, speaker_key


def quotation(text, kind="direct", speaker=None, paragraph=0):
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
        confidence=0.5,
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
