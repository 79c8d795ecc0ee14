"""What follows a reporting verb and is no reported clause: a noun phrase its verb takes
as an object ("announced his plan to ...", "declared a curfew so ..."), an adjunct before
a verb with an object ("In a radio interview, she confirmed this"), and a quoted gloss in
brackets."""


def test_a_noun_after_a_possessive_is_no_verb_of_a_clause(quotes_of):
    assert quotes_of("At the rally, Mayor Ruth Adler announced her plan to hire a deputy.") == []


def test_an_object_then_an_adverbial_clause_is_no_report(quotes_of):
    assert (
        quotes_of(
            "On Monday, Governor Paul Ames declared a curfew so the police could clear the square."
        )
        == []
    )


def test_a_clause_with_its_own_verb_is_still_a_report(quotes_of):
    assert quotes_of("Governor Paul Ames declared the curfew would end on Friday.") == [
        ("indirect", "Paul Ames", "the curfew would end on Friday"),
    ]


def test_an_adjunct_before_a_verb_with_an_object_is_no_trailing_report(quotes_of):
    assert (
        quotes_of(
            "The clinic gave her three injections. In her radio interview, Dana Pike confirmed"
            " this course of treatment."
        )
        == []
    )


def test_a_trailing_attribution_still_reports_the_clause_before_it(quotes_of):
    assert quotes_of("At least 40 homes were flooded, officials said.") == [
        ("indirect", "officials", "At least 40 homes were flooded"),
    ]


def test_a_quoted_gloss_in_brackets_is_not_speech(quotes_of):
    assert quotes_of('Thousands joined the anti-Grexit ("Greek exit") march, police said.') == [
        ("indirect", "police", 'Thousands joined the anti-Grexit ("Greek exit") march'),
    ]


def test_a_report_with_its_cue_after_a_short_subject(quotes_of):
    assert quotes_of(
        "The foundation confirmed the death on Monday. His family, officials said, wanted"
        " no public funeral."
    ) == [("indirect", "officials", "His family, officials said, wanted no public funeral")]


def test_a_short_phrase_before_an_aside_cue_is_no_subject_without_its_verb(quotes_of):
    assert quotes_of("However, he said, the school would stay open until June.") == []


def test_data_show_things_but_report_no_speech(quotes_of):
    assert quotes_of("Projections by two broadcasters indicated the mayor had won.") == []


def test_a_body_whose_name_has_a_data_word_still_reports(quotes_of):
    assert quotes_of("The British Geological Survey said the tremor was felt in Leeds.") == [
        ("indirect", "British Geological Survey", "the tremor was felt in Leeds"),
    ]
