"""Which quotation a cue belongs to, and what kind of quotation it makes."""


def test_a_cue_that_introduces_the_next_quotation_is_not_the_previous_ones(quotes_of):
    quotes = quotes_of(
        'Solicitor Jon Pike told the BBC after the verdict "My client is relieved. She is glad '
        'it is over." Mara Lind, a lawyer for the family, told reporters "The court has found that '
        'she did not lie."'
    )
    assert [(kind, speaker) for kind, speaker, _ in quotes] == [
        ("direct", "Jon Pike"),
        ("direct", "Mara Lind"),
    ]


def test_a_cue_after_a_finished_sentence_still_closes_it_when_nothing_follows(quotes_of):
    assert quotes_of('"We will appeal," Tom Reyes said. "This is not over."') == [
        ("direct", "Tom Reyes", "We will appeal,"),
        ("direct", "Tom Reyes", "This is not over."),
    ]


def test_a_capitalised_sentence_right_after_its_cue_verb_is_direct(quotes_of):
    quotes = quotes_of(
        'Mayor Ines Carvalho tweeted "Deeply saddened by the news from the harbour."',
        'The coach, Ben Ode, said on Friday "We were second best all night."',
    )
    assert [kind for kind, _, _ in quotes] == ["direct", "direct"]


def test_a_fragment_after_a_labelling_verb_stays_partial(quotes_of):
    quotes = quotes_of('The senator called the bill "A Disgrace to the Chamber" on Tuesday.')
    assert [kind for kind, _, _ in quotes] in ([], ["partial"])
