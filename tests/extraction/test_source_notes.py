"""Who a source note names and who spoke: "according to X" after a quotation cued by a
verb, or in the next sentence; a cue verb inside an aside; a group named with examples;
a pronoun after a name whose gender only the given name says; the first full form;
and inverted cues."""


def test_according_to_after_a_cued_quotation_only_cites_the_report(quotes_of):
    assert quotes_of(
        'Senator Ada Quinn called the bill a "betrayal of working families," according to'
        " local radio."
    ) == [("partial", "Ada Quinn", "betrayal of working families,")]


def test_according_to_in_the_next_sentence_is_not_the_quotations_source(quotes_of):
    quotes = quotes_of(
        'A statement was read out at the gate. "We will rebuild the school." Nine buildings'
        " were damaged, according to the fire service."
    )
    assert ("direct", "fire service", "We will rebuild the school.") not in quotes


def test_a_cue_inside_a_dashed_aside_does_not_cue_the_quotation(quotes_of):
    quotes = quotes_of(
        "Council leader Amir Shah responded at once — which the Gazette called a rare"
        ' step for a leader — "We will not be rushed into a decision on the library."'
    )
    assert [speaker for _, speaker, _ in quotes] == ["Amir Shah"]


def test_a_group_named_with_examples_is_the_speaker(quotes_of):
    assert quotes_of(
        'Critics such as Maria Holt and Paul Renner described the plan as "reckless".'
    ) == [("partial", "critics", "reckless")]


def test_a_pronoun_skips_a_name_of_the_other_gender(quotes_of):
    quotes = quotes_of(
        "Helen Marsh was married to Barry Cole for ten years. She said Cole had never"
        " hidden his debts from her."
    )
    assert quotes == [("indirect", "Helen Marsh", "Cole had never hidden his debts from her")]


def test_a_person_keeps_the_first_full_form_the_article_gives(quotes_of):
    quotes = quotes_of(
        "Robert Kamau, the former governor, has died.",
        "Robert Njoroge Kamau was born in 1931.",
        '"I will serve until the last day," he once said.',
    )
    assert quotes == [("direct", "Robert Kamau", "I will serve until the last day,")]


def test_an_inverted_cue_ends_the_name_at_to(quotes_of):
    assert quotes_of('"We saw the bat first," said Dasbach to reporters.') == [
        ("direct", "Dasbach", "We saw the bat first,"),
    ]


def test_a_title_with_its_object_after_an_inverted_cue(quotes_of):
    assert quotes_of('"We are ready," said US Ambassador to Chile Ruth Mandel.') == [
        ("direct", "Ruth Mandel", "We are ready,"),
    ]


def test_a_quotation_with_its_own_unread_cue_takes_no_one_elses_speaker(quotes_of):
    quotes = quotes_of(
        '"We will win again," Ann Lee told reporters. "It was close," said the'
        " 45-year-old retired tanker driver from Leeds who finished second."
    )
    assert quotes[0] == ("direct", "Ann Lee", "We will win again,")
    assert quotes[1][1] != "Ann Lee"
