"""The gold set: the seed article exactly, and the thresholds over every gold article."""

from pathlib import Path

from quotes.extraction import DEFAULT_THRESHOLD, extract_text
from quotes.extraction.scoring import score_dir, speaker_curve

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT / "tests" / "gold"


def test_the_seed_yields_its_six_quotations_and_two_reported_statements():
    extraction = extract_text((ROOT / "seeds" / "000_190b2f4bf00dd89e.txt").read_text("utf-8"))
    # Every speaker is right, given as the speaker or, below the threshold, suggested.
    found = [(q.kind, q.speaker or q.suggestion, q.text[:40]) for q in extraction.quotes]
    assert found == [
        ("partial", "Volodymyr Zelenskyy", "legally binding"),
        ("indirect", "Vladimir Putin", "Ukraine renounce its hopes to join NATO"),
        ("direct", "Volodymyr Zelenskyy", "From the very beginning, Ukraine's desir"),
        ("direct", "Volodymyr Zelenskyy", "Thus, today, bilateral security guarante"),
        ("indirect", "Volodymyr Zelenskyy", "Ukrainian, US and European officials wou"),
        ("partial", "Friedrich Merz", "the decades of the 'Pax Americana' are l"),
        ("partial", "Friedrich Merz", "a fundamental change to the borders in E"),
        ("direct", "Friedrich Merz", "If Ukraine falls, he won't stop,"),
    ]
    by_text = {q.text[:20]: q for q in extraction.quotes}
    assert by_text["From the very beginn"].speaker_mention == "Mr Zelensky"
    assert by_text["From the very beginn"].cue == "told reporters"
    assert by_text["Thus, today, bilater"].text.endswith(
        "another Russian invasion. And it is already a compromise from our part."
    )
    assert by_text["the decades of the '"].speaker_mention == "German chancellor Friedrich Merz"
    assert by_text["a fundamental change"].speaker_mention == "He"
    # Found without a speech verb (the subject of its sentence): less sure than a cue.
    assert by_text["legally binding"].rule == "sentence-subject"
    assert by_text["legally binding"].confidence < by_text["If Ukraine falls, he"].confidence
    zelenskyy = next(s for s in extraction.speakers if s.name == "Volodymyr Zelenskyy")
    assert {"Mr Zelensky", "Mr Zelenskyy"} <= set(zelenskyy.mentions)


def test_the_gold_set_meets_the_span_and_speaker_thresholds():
    # The rules, every speaker kept whatever its confidence.
    tally = score_dir(GOLD, threshold=0.0)
    assert tally.files >= 21
    _, _, span_f1 = tally.prf(tally.span_gold, tally.span_predicted)
    _, _, speaker_f1 = tally.prf(tally.speaker_gold, tally.speaker_predicted)
    assert span_f1 >= 0.95, f"span F1 {span_f1:.3f}"
    assert speaker_f1 >= 0.95, f"speaker F1 {speaker_f1:.3f}"


def test_at_the_default_threshold_nearly_every_speaker_given_is_right():
    tally = score_dir(GOLD)
    attributed, precision, _, _, _ = speaker_curve(tally, DEFAULT_THRESHOLD)
    assert attributed >= 350 and precision >= 0.97, f"{precision:.3f} of {attributed}"
