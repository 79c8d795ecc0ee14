"""Speaker noun phrases that real copy writes and the first rules misread: a verb after a
possessive, a time phrase opening the sentence, a title with no name, the name an unnamed
source goes by, a titled name with its party after it, and a name that only modifies the
noun after it."""

from quotes.extraction.narration import scan_names


def test_a_word_after_a_possessive_is_no_cue_verb(quotes_of):
    # "proposed" modifies the deal: Lena Ortiz, the subject of "called", is the speaker.
    assert quotes_of(
        'Lena Ortiz called Governor Mark Dalton\'s proposed budget "reckless" and said she'
        " would vote against it."
    ) == [
        ("partial", "Lena Ortiz", "reckless"),
        ("indirect", "Lena Ortiz", "she would vote against it"),
    ]


def test_a_contraction_is_no_possessive(quotes_of):
    assert quotes_of("It's said that the bridge will close in May, engineers said.") == [
        ("indirect", "engineers", "It's said that the bridge will close in May"),
    ]


def test_a_time_phrase_opening_the_sentence_is_not_the_speaker(quotes_of):
    quotes = quotes_of(
        "The ministry of transport opened a review in March.",
        "A few days later the ministry said the review would take a year.",
    )
    assert quotes == [("indirect", None, "the review would take a year")]


def test_a_title_without_a_name_names_no_one(quotes_of):
    quotes = quotes_of(
        'The Lord Chief Justice of the court ruled, according to the summary, "that the'
        ' order was lawful".'
    )
    assert [speaker for _, speaker, _ in quotes] == [None]


def test_an_unnamed_source_goes_by_the_name_given(quotes_of):
    assert quotes_of(
        '"We are not leaving until they listen," said a student using the pseudonym Mira.'
    ) == [("direct", "Mira", "We are not leaving until they listen,")]


def test_a_titled_name_keeps_its_party_out_of_the_name(quotes_of):
    assert quotes_of(
        'Member of Parliament Joan Hale of the Green Party said: "This vote is a disgrace."'
    ) == [("direct", "Joan Hale", "This vote is a disgrace.")]


def test_a_name_that_only_modifies_a_medium_is_not_the_speaker(quotes_of):
    quotes = quotes_of(
        "On Monday, an official city Twitter account posted the following message:"
        ' "All schools will stay closed until further notice."'
    )
    assert [speaker for _, speaker, _ in quotes] == [None]


def test_it_does_not_mean_the_platform_a_statement_was_posted_on(quotes_of):
    quotes = quotes_of(
        "The singer died at home, according to a statement posted to his official Twitter"
        " account. It also stated he had been ill for two years."
    )
    assert [speaker for _, speaker, _ in quotes] == [None]


def test_an_adverbial_without_its_comma_is_not_part_of_the_speaker(extract_article):
    quotes = extract_article(
        "The board of Harlow Water met on Monday.",
        'Even without changes the board said the plan was "viable".',
    ).quotes
    assert [q.speaker_mention for q in quotes] == ["the board"]


def test_a_sentence_s_full_stop_is_not_part_of_a_name(quotes_of):
    assert quotes_of('Late on Friday, ABC News. reported the deal was "done".') == [
        ("partial", "ABC News", "done")
    ]


def test_a_suffix_or_regnal_number_ends_a_name_and_is_no_acronym(extract_article):
    quotes = extract_article(
        'Martin Luther King Jr. said the dream was "alive".',
        'King Charles III said the nation was "grateful".',
        'Pope Leo XIV said peace was "possible".',
    ).quotes
    assert [(q.speaker, q.speaker_type) for q in quotes] == [
        ("Martin Luther King Jr.", "person"),
        ("Charles III", "person"),
        ("Leo XIV", "person"),
    ]


def test_a_surname_that_is_also_a_word_for_a_body_is_still_a_person_s(extract_article):
    quotes = extract_article(
        '"I remain concerned," Representative Maxine Waters, a California Democrat, said.',
        'Jim Banks said the bill was "dead on arrival".',
    ).quotes
    assert [(q.speaker, q.speaker_type) for q in quotes] == [
        ("Maxine Waters", "person"),
        ("Jim Banks", "person"),
    ]


def test_a_name_with_a_board_is_a_body_and_a_subordinator_is_not_the_subject(extract_article):
    quotes = extract_article(
        "If Wells Fargo's board had hoped the resignation would quell its critics, they were"
        " mistaken.",
        'While the Wells Fargo board emphasized that Tim Sloan was "ready to lead the company",'
        " critics focused on his past.",
    ).quotes
    assert [(q.speaker, q.speaker_type) for q in quotes] == [("Wells Fargo board", "organisation")]


def test_a_consensus_is_no_source(quotes_of):
    assert (
        quotes_of(
            "While current consensus among scientists says birds evolved from dinosaurs, there"
            " are competing ideas about flight."
        )
        == []
    )


def test_a_clause_with_a_passive_verb_is_no_speaker_and_its_owner_no_author(quotes_of):
    assert quotes_of(
        "Democrats were outraged by Comey's announcement Friday that the bureau was reviewing"
        " more emails, saying that he provided so little detail as to invite conspiracy"
        " theories."
    ) == [
        ("indirect", "Democrats", "he provided so little detail as to invite conspiracy theories")
    ]


def test_a_participle_s_phrase_in_an_apposition_is_no_speaker(quotes_of):
    assert quotes_of(
        "Sandra Inman, a Cruz supporter from Jackson, Miss., attending the South Carolina Tea"
        " Party Coalition Convention, said she could not support Trump."
    ) == [("indirect", "Sandra Inman", "she could not support Trump")]


def test_a_speech_verb_in_an_infinitive_reports_nothing(quotes_of):
    assert (
        quotes_of(
            "The group includes Pastor Darrell Scott, a Cleveland minister whose plan to announce"
            " the endorsements of 100 clergy members imploded following outrage."
        )
        == []
    )


def test_a_plural_title_before_names_is_a_title_but_states_is_not(extract_article):
    quotes = extract_article(
        "Senators Mitch McConnell and John Cornyn left the lunch early.",
        'McConnell said it was "time to quit attacking people".',
        'The United States Constitution says officials are removed for "Treason, Bribery,'
        ' or other high Crimes and Misdemeanors."',
    ).quotes
    assert quotes[0].speaker == "Mitch McConnell"
    assert all((q.speaker or "") != "Constitution" for q in quotes)


def test_a_subject_before_an_open_dashed_aside_is_the_speaker(quotes_of):
    assert quotes_of(
        "On Friday, Gingrich — mentioned by Newsmax as the leading choice for the Republican"
        ' nominee\'s running mate — told Fox News that "you have to look at it very seriously".'
    ) == [("partial", "Gingrich", "you have to look at it very seriously")]


def test_a_state_abbreviation_after_a_town_is_no_speaker(quotes_of):
    assert quotes_of(
        "Johnnie Wilson, of Springfield, Va., said he had fought in Vietnam \"for the nation's"
        ' rights".'
    ) == [("partial", "Johnnie Wilson", "for the nation's rights")]


def test_a_hyphenated_people_is_a_group_not_the_he_of_the_sentence(quotes_of):
    quotes = quotes_of(
        '"We can float like butterflies," Mr. Obama said. African-Americans, he said, can'
        ' "rock like Jimi".'
    )
    assert [s for _, s, _ in quotes] == ["Obama", "Obama"]


def test_a_who_clause_that_runs_on_into_a_sentence_is_no_group_s_name(extract_article):
    quotes = extract_article(
        "Ivanka Trump noted the rule in the interview last week. She said fathers and parents"
        " who adopt would not be eligible for the six weeks of paid leave, and when pressed on"
        " why the plan leaves out dads, the 34-year-old mother of three replied, \"It's meant"
        ' to benefit the mother."'
    ).quotes
    assert all(len(q.speaker or q.suggestion or "") < 40 for q in quotes)


def test_a_month_after_a_determiner_is_no_one_named_march(extract_article):
    quotes = extract_article(
        "What is Trump's view of NATO? In a March 2016 meeting with the editorial board of the"
        " Washington Post Trump said that U.S. involvement in NATO may need to be diminished.",
        'Jenny March said the plan was "unworkable".',
    ).quotes
    assert all("March" not in (q.speaker or "") for q in quotes[:-1])
    assert quotes[-1].speaker == "Jenny March"


def test_an_adverb_opening_a_sentence_is_no_one(extract_article):
    quotes = extract_article(
        'Repeatedly, the complex filled with chants of "Welcome home, Joe!"',
        'Kimberly Dunn said the plan was "fine".',
    ).quotes
    assert [q.speaker or q.suggestion for q in quotes] == [None, "Kimberly Dunn"]


def test_a_headline_verb_after_a_name_ends_the_subject(extract_article):
    quotes = extract_article(
        "Graham was in Orlando in the morning.",
        headline="Rep. Gwen Graham slams Trump, praises Clinton as 'work horse, not show horse.'",
        standfirst="Gwen Graham pummeled Donald Trump as divisive on Friday.",
    ).quotes
    assert [q.speaker for q in quotes if q.location == "headline"] == ["Gwen Graham"]


def test_a_newspaper_is_an_organisation(extract_article):
    quotes = extract_article(
        '"We have to promote the kinds of changes that will help," Clinton told the Orlando'
        ' Sentinel. The Orlando Sentinel said the visit was "unannounced".'
    ).quotes
    assert [(q.speaker, q.speaker_type) for q in quotes][-1] == (
        "Orlando Sentinel",
        "organisation",
    )


def test_a_phrase_cut_at_an_adjunct_before_a_clause_of_its_own_is_no_speaker(extract_article):
    quotes = extract_article(
        "At a rally in Portland, Maine, on Thursday afternoon, Trump included the Philippines"
        " on a list of countries he said had sent immigrants who had plotted attacks."
    ).quotes
    assert all(q.speaker != "Maine" and q.suggestion != "Maine" for q in quotes)


def test_grand_slam_is_no_one():
    text = "King won 12 Grand Slam singles titles; Grand Ayatollah Ali Sistani spoke."
    names = [hit.name for hit in scan_names(text, 0, len(text))]
    assert "Slam" not in names and "Grand Slam" not in names
    assert any("Sistani" in name for name in names)
