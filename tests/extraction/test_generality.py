"""Shapes that real wire and newspaper copy uses and the first gold set did not: groups and
anonymous sources as speakers, titles and descriptors before names, organisation names
with commas and "and", organisations referred back to ("the company said"), several
anonymous sources in one story, press-conference answers, and nested quotes."""

import pytest


def _speakers(quotes):
    return [(kind, speaker) for kind, speaker, _ in quotes]


# a. Reported speech by groups, plural and anonymous subjects ------------------------------
@pytest.mark.parametrize(
    ("sentence", "speaker", "clause"),
    [
        (
            "Parents say the new timetable leaves children waiting in the dark.",
            "parents",
            "the new timetable leaves children waiting in the dark",
        ),
        (
            "Meteorologists said temperatures would fall sharply overnight across the north.",
            "meteorologists",
            "temperatures would fall sharply overnight across the north",
        ),
        (
            "Republicans have insisted that the bill include work requirements for adults.",
            "Republicans",
            "the bill include work requirements for adults",
        ),
        (
            "Villagers fleeing the fighting told the BBC they had walked for three days"
            " without food.",
            "villagers fleeing the fighting",
            "they had walked for three days without food",
        ),
        (
            "Tenants who were evicted from the flats say they were never offered"
            " alternative housing.",
            "tenants who were evicted from the flats",
            "they were never offered alternative housing",
        ),
        (
            "Doctors at the city's main hospital said most of the injured had suffered burns.",
            "doctors at the city's main hospital",
            "most of the injured had suffered burns",
        ),
        (
            "Under the plan, the two companies would share a single board, two people briefed on "
            "the talks said.",
            "two people briefed on the talks",
            "Under the plan, the two companies would share a single board",
        ),
    ],
)
def test_groups_and_anonymous_subjects_report_speech(quotes_of, sentence, speaker, clause):
    assert quotes_of(sentence) == [("indirect", speaker, clause)]


def test_a_verb_that_is_a_noun_after_a_determiner_is_not_a_cue(quotes_of):
    assert (
        quotes_of(
            "Their claim that the election was stolen has been rejected by courts.",
            "The warn notices went out to 300 households on Friday.",
        )
        == []
    )


# b. A relative clause inside the subject is not the reported clause ------------------------
def test_a_relative_clause_with_its_own_verb_is_skipped(quotes_of):
    quotes = quotes_of(
        "Carla Mendes, who warned in May that the dam was unsafe, said the repairs had come "
        "far too late for the valley."
    )
    assert quotes == [
        ("indirect", "Carla Mendes", "the repairs had come far too late for the valley")
    ]


def test_a_described_person_with_a_relative_clause_reports_speech(quotes_of):
    quotes = quotes_of(
        "Coach Ana Ruiz watched from the stand as her side lost 2-0.",
        "The Spaniard, who signed a new contract in March, said her players had run out of ideas.",
    )
    assert quotes == [("indirect", "Ana Ruiz", "her players had run out of ideas")]


# c. Titles and descriptors before a name ---------------------------------------------------
@pytest.mark.parametrize(
    ("subject", "speaker"),
    [
        ("Senate Majority Whip Tom Akers", "Tom Akers"),
        ("Drummer Lily Okafor", "Lily Okafor"),
        ("Green councillor Ruth Bayliss", "Ruth Bayliss"),
        ("Transport minister Baroness Jane Hill", "Jane Hill"),
        ("Housebuilder Northgate Homes", "Northgate Homes"),
        ("Promoter Live Nation", "Live Nation"),
    ],
)
def test_role_words_before_a_name_belong_to_the_role(quotes_of, subject, speaker):
    quotes = quotes_of(f"{subject} said the delays had been caused by the weather in March.")
    assert quotes == [("indirect", speaker, "the delays had been caused by the weather in March")]


def test_a_descriptor_before_an_organisation_makes_it_an_organisation(extract_article):
    (quote,) = extract_article(
        "Housebuilder Northgate Homes said sales had slowed since May."
    ).quotes
    assert (quote.speaker, quote.speaker_type) == ("Northgate Homes", "organisation")


# d. Organisation names with commas, "and" and "&" ------------------------------------------
def test_a_department_named_with_a_list_keeps_the_whole_list(quotes_of):
    quotes = quotes_of(
        "The Department for Science, Innovation and Technology said it would "
        "publish the review in the autumn."
    )
    assert _speakers(quotes) == [("indirect", "Department for Science, Innovation and Technology")]


def test_an_ampersand_joins_one_organisation(extract_article):
    (quote,) = extract_article(
        "Johnson & Johnson said it would appeal the verdict in the talc case."
    ).quotes
    assert (quote.speaker, quote.speaker_type) == ("Johnson & Johnson", "organisation")


def test_two_names_with_and_and_a_singular_verb_are_one_organisation(quotes_of):
    quotes = quotes_of(
        "Fortnum and Mason has opened its first shop outside London.",
        "The retailer said the Edinburgh store would create 80 jobs by Christmas.",
    )
    assert _speakers(quotes) == [("indirect", "Fortnum and Mason")]


def test_two_people_joined_by_and_are_not_one_speaker(quotes_of):
    quotes = quotes_of("Anna Kowalska and Piotr Nowak said the deal would be signed in June.")
    assert _speakers(quotes) in ([], [("indirect", None)])


# e. The company, the club, it: the organisation named before --------------------------------
def test_the_company_is_the_organisation_last_named_as_a_speaker(quotes_of):
    quotes = quotes_of(
        "Northgate Homes is building 300 houses on the site, which flooded in 2020.",
        "The company said the drainage had been designed for a once-in-a-century storm.",
        "It added that residents would be compensated for any damage.",
    )
    assert _speakers(quotes) == [("indirect", "Northgate Homes"), ("indirect", "Northgate Homes")]


def test_the_company_is_not_a_government_body_named_later(quotes_of):
    quotes = quotes_of(
        "Arden Water was fined £2m after a sewage leak into the river.",
        "The Environment Agency said the leak had lasted nine days.",
        "The company said it accepted the fine and had upgraded its pumps.",
    )
    assert _speakers(quotes) == [("indirect", "Environment Agency"), ("indirect", "Arden Water")]


def test_a_statement_continues_into_a_paragraph_of_quotes(quotes_of):
    quotes = quotes_of(
        "The Greenway Trust, which runs the reserve, closed it on Monday.",
        'In a statement, the charity said: "We are heartbroken by the damage."',
        '"Our volunteers will start clearing the paths as soon as it is safe."',
    )
    assert _speakers(quotes) == [("direct", "Greenway Trust"), ("direct", "Greenway Trust")]


def test_the_band_is_the_group_named_with_that_word(quotes_of):
    quotes = quotes_of(
        "Indie band The Paper Lanterns have postponed their autumn tour.",
        "The band said the singer needed surgery on her vocal cords.",
    )
    assert _speakers(quotes) == [("indirect", "The Paper Lanterns")]


def test_a_description_with_no_organisation_named_stays_unattributed(quotes_of):
    quotes = quotes_of(
        "Maria Lopez, 44, lost her job in March.", "The company said the cuts were unavoidable."
    )
    assert _speakers(quotes) in ([], [("indirect", None)])


# f. Several anonymous sources in one story -------------------------------------------------
def test_anonymous_sources_stay_apart_and_keep_their_own_quotes(quotes_of):
    quotes = quotes_of(
        'A senior Conservative MP said the leadership had "lost the room". "Nobody is '
        'listening to us any more," they said.',
        'Another Conservative MP said the vote would be close. "It could go either way," he said.',
        'One minister said the whips were confident. "We have the numbers," they added.',
    )
    assert _speakers(quotes) == [
        ("partial", "senior Conservative MP"),
        ("direct", "senior Conservative MP"),
        ("indirect", "another Conservative MP"),
        ("direct", "another Conservative MP"),
        ("indirect", "minister"),
        ("direct", "minister"),
    ]


# g. Press conferences and interviews -------------------------------------------------------
def test_asked_whether_then_a_colon_quote(quotes_of):
    quotes = quotes_of(
        'Asked whether she would stand again, Moreno said: "That is a decision for another day."'
    )
    assert quotes == [("direct", "Moreno", "That is a decision for another day.")]


def test_a_quoted_answer_after_a_reported_question_is_the_interviewee(quotes_of):
    quotes = quotes_of(
        'Coach Ana Ruiz said: "We were second best for an hour."',
        "Was the referee to blame?",
        '"I am not going to talk about the referee. We were not good enough."',
    )
    assert _speakers(quotes) == [("direct", "Ana Ruiz"), ("direct", "Ana Ruiz")]


# h. Two quotations in one paragraph, the first with nested quotes -------------------------
@pytest.mark.parametrize("marks", ["\"\"''", "“”‘’"])
def test_nested_quotes_do_not_merge_two_quotations(quotes_of, marks):
    open_, close, inner_open, inner_close = marks
    quotes = quotes_of(
        f"{open_}My mother always told me, {inner_open}Never borrow what you can't repay,"
        f"{inner_close}{close} said Joe Price. {open_}She was right.{close}"
    )
    assert quotes == [
        (
            "direct",
            "Joe Price",
            f"My mother always told me, {inner_open}Never borrow what you "
            f"can't repay,{inner_close}",
        ),
        ("direct", "Joe Price", "She was right."),
    ]


# i. A partial quote before its cue --------------------------------------------------------
def test_a_partial_before_a_trailing_cue_with_a_long_title(quotes_of):
    quotes = quotes_of(
        'Ministers vowed to keep the scheme running "for as long as it takes", Deputy Prime '
        "Minister Anna Berg said on Friday, as costs rose for a third month."
    )
    assert quotes == [("partial", "Anna Berg", "for as long as it takes")]


# j. Definite descriptions of organisations named earlier -----------------------------------
def test_the_militia_is_the_armed_group_named_with_its_acronym(quotes_of):
    quotes = quotes_of(
        "Fighters from the Popular Mobilisation Forces (PMF) entered the town on Sunday.",
        'The militia said it had "restored order" and would withdraw within a week.',
    )
    assert _speakers(quotes) == [("partial", "Popular Mobilisation Forces")]


# Precision: what the rules above must not do -------------------------------------------
def test_generic_people_and_a_verb_inside_a_relative_clause_are_not_speakers(quotes_of):
    assert (
        quotes_of(
            "People tell me that the buses never come on time.",
            "Residents who say they were never consulted have vowed to fight the plan.",
        )
        == []
    )


def test_the_club_is_not_a_group_of_its_fans(quotes_of):
    quotes = quotes_of(
        "Fans of the club say they are tired of broken promises.",
        "The club said in a statement that the owner remained committed.",
    )
    assert _speakers(quotes) == [("indirect", "fans of the club"), ("indirect", None)]


def test_a_one_word_name_that_speaks_of_itself_as_it_is_an_organisation(extract_article):
    quotes = extract_article(
        "Tesco said it would appeal the ruling in the Court of Appeal.",
        "The supermarket said the fine was out of all proportion.",
    ).quotes
    assert [(q.speaker, q.speaker_type) for q in quotes] == [("Tesco", "organisation")] * 2


@pytest.mark.parametrize(
    ("sentence", "speaker", "clause"),
    [
        (
            "Newsom, who said last week that he would not run, told reporters the state had "
            "secured federal help.",
            "Newsom",
            "the state had secured federal help",
        ),
        (
            "Ms Reeves told the Bank of England it should cut rates before the summer.",
            "Reeves",
            "it should cut rates before the summer",
        ),
    ],
)
def test_the_object_of_told_ends_where_the_reported_clause_starts(
    quotes_of, sentence, speaker, clause
):
    assert quotes_of(sentence) == [("indirect", speaker, clause)]


def test_a_present_cue_takes_a_present_clause(quotes_of):
    assert quotes_of("Residents say the lower road floods every winter.") == [
        ("indirect", "residents", "the lower road floods every winter")
    ]


def test_a_group_noun_opening_a_sentence_is_not_a_person_for_he(quotes_of):
    quotes = quotes_of(
        "Coaches say the players need more rest between games.",
        "He says the calendar is simply too crowded.",
    )
    assert quotes[1][1] is None


def test_polls_and_studies_do_not_speak(quotes_of):
    assert (
        quotes_of(
            "Polls suggest the race is tightening in the final week.",
            "Studies claim the drug cuts the risk of stroke by a third.",
        )
        == []
    )


def test_a_party_and_state_tag_after_a_name_is_not_a_second_person(quotes_of):
    assert quotes_of(
        '"This is about security, not politics," said Sen. Roger Wicker, '
        "R-Miss., the chairman of the Armed Services Committee."
    ) == [("direct", "Roger Wicker", "This is about security, not politics,")]


def test_a_group_after_another_noun_is_the_group(quotes_of):
    quotes = quotes_of(
        'The Pentagon said it would send more troops, a move Democrats called "a political stunt."'
    )
    assert quotes == [("partial", "Democrats", "a political stunt.")]


def test_a_company_word_before_a_name_and_the_company_after(quotes_of):
    quotes = quotes_of(
        "British retailer Next said on Thursday it expected annual profit to rise.",
        "The company, which has more than 450 stores, said trading had been better than expected.",
        "The British Retail Consortium said footfall had fallen. The trade body said warm "
        "weather had kept shoppers away.",
    )
    assert _speakers(quotes) == [
        ("indirect", "Next"),
        ("indirect", "Next"),
        ("indirect", "British Retail Consortium"),
        ("indirect", "British Retail Consortium"),
    ]


def test_a_word_for_a_kind_of_organisation_opening_a_sentence_is_not_its_name(quotes_of):
    quotes = quotes_of(
        "Regulator says the water companies broke the law.",
        "The Liberal Democrats have demanded that the firm be fined again.",
    )
    assert _speakers(quotes) == [("indirect", None), ("indirect", "Liberal Democrats")]


def test_an_organisation_is_named_by_its_fullest_form(quotes_of):
    quotes = quotes_of(
        "The United States Geological Survey (USGS) placed the epicentre offshore.",
        "The U.S. Geological Survey said the tremors may continue into February.",
        "The USGS said a tsunami was unlikely.",
    )
    assert [speaker for _, speaker, _ in quotes] == ["United States Geological Survey"] * 2


def test_an_acronym_given_in_the_standfirst_names_the_organisation(extract_article):
    quotes = extract_article(
        "PG&E said the blackouts had ended.",
        standfirst="Utility Pacific Gas and Electric Company (PG&E) cut power to 800,000 homes.",
    ).quotes
    assert [q.speaker for q in quotes] == ["Pacific Gas and Electric Company"]


def test_a_conference_or_a_corps_is_an_organisation_named_in_full(quotes_of):
    # A body whose last word is "Conference", "Corps" or "Patrol" was read as a person's
    # name ("Catholic Bishops Conference"), so its acronym named it instead.
    quotes = quotes_of(
        "The bishop died, according to the Episcopal Bishops' Conference of Ruritania "
        "(EBCR). He was 79.",
        'He was described by the EBCR as "a friend of the poor."',
        'The Marine Corps said "the base is closed."',
        'A spokesman for the Border Patrol said "we are ready."',
    )
    assert [speaker for _, speaker, _ in quotes] == [
        "Episcopal Bishops' Conference of Ruritania",
        "Marine Corps",
        "spokesman for the Border Patrol",
    ]


def test_two_organisations_joined_by_and_the_stay_two(quotes_of):
    quotes = quotes_of(
        "The Coast Guard and the National Search and Rescue Agency searched the strait.",
        "The Search and Rescue Agency said the search would end on Friday.",
    )
    assert [speaker for _, speaker, _ in quotes] == ["National Search and Rescue Agency"]


def test_an_object_before_a_participle_clause_is_no_reported_clause(quotes_of):
    # The verb after "saying" is the participle clause's, not the object's.
    assert quotes_of(
        "The Green Party publicly disclosed the intrusions in June, saying its investigation"
        " determined that foreign hackers were behind the breach."
    ) == [
        (
            "indirect",
            "Green Party",
            "its investigation determined that foreign hackers were behind the breach",
        )
    ]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "Senior Democratic and Republican lawmakers said they expect the administration"
            " to act.",
            "senior democratic and republican lawmakers",
        ),
        (
            'French and German officials said the talks were "productive".',
            "french and german officials",
        ),
    ],
)
def test_a_group_with_two_coordinated_modifiers_is_one_group(quotes_of, sentence, speaker):
    assert [s for _, s, _ in quotes_of(sentence)] == [speaker]
