"""Anchoring spans the W3C way: position first, then the quoted words in context."""

from hypothesis import given
from hypothesis import strategies as st

from quotes.anchoring import Segment, Selector, anchor, describe, locate, segments

TEXT = "If Ukraine falls, he won't stop, and if he does not stop, Europe falls."


def test_a_span_is_described_by_its_words_and_their_surroundings():
    selector = describe(TEXT, 3, 16)
    assert selector == Selector(3, 16, "Ukraine falls", "If ", ", he won't stop, and if he does ")


def test_of_several_occurrences_the_one_in_the_right_context_is_found():
    second = TEXT.rindex("falls")
    assert locate(TEXT, exact="falls", prefix="Europe ") == (second, second + 5)
    assert locate(TEXT, exact="falls", prefix="Ukraine ") == (11, 16)
    assert locate(TEXT, exact="falls") == (11, 16)
    assert locate(TEXT, exact="falls", near=60) == (second, second + 5)


def test_typed_words_may_differ_in_spacing():
    assert locate(TEXT, exact="he   won't\nstop") == (18, 31)


def test_words_not_in_the_text_are_not_found():
    assert locate(TEXT, exact="Russia") is None
    assert locate(TEXT, exact="") is None


def test_an_anchor_survives_an_edit_that_keeps_its_words():
    selector = describe(TEXT, TEXT.index("Europe"), TEXT.index("Europe") + 6)
    edited = "Mr Merz warned: " + TEXT
    start, end = anchor(edited, selector)
    assert edited[start:end] == "Europe"


def test_an_anchor_whose_words_are_gone_is_detached():
    selector = describe(TEXT, 3, 16)
    assert anchor(TEXT.replace("Ukraine", "Kyiv"), selector) is None


def test_overlapping_spans_cut_the_text_into_runs():
    assert segments("abcdef", [(1, 4, 7), (2, 6, 8)]) == [
        Segment("a"),
        Segment("b", (7,)),
        Segment("cd", (7, 8)),
        Segment("ef", (8,)),
    ]


@given(st.text(min_size=1), st.data())
def test_every_span_anchors_to_itself(text, data):
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    assert anchor(text, describe(text, start, end)) == (start, end)


@given(st.text(), st.lists(st.tuples(st.integers(0, 50), st.integers(0, 50))))
def test_segments_always_rebuild_the_text(text, pairs):
    spans = [(min(a, b), max(a, b), i) for i, (a, b) in enumerate(pairs) if a != b]
    assert "".join(s.text for s in segments(text, spans)) == text
