"""Reported speech: narration that says what someone said, without quote marks."""


def test_a_that_clause_after_a_reporting_verb_is_indirect(quotes_of):
    quotes = quotes_of("Mr Zelenskyy said that Ukrainian, US and European officials would meet.")
    assert quotes == [("indirect", "Zelenskyy", "Ukrainian, US and European officials would meet")]


def test_a_participle_with_its_own_clause_reports_the_sentence_subject(quotes_of):
    quotes = quotes_of(
        "Chancellor Rachel Reeves has defended her tax rises, insisting she had been forced to "
        "act by a weaker outlook."
    )
    assert quotes == [
        ("indirect", "Rachel Reeves", "she had been forced to act by a weaker outlook")
    ]


def test_a_second_unquoted_clause_in_a_quoted_sentence_is_its_own_indirect(quotes_of):
    quotes = quotes_of(
        'A spokeswoman for Brayford council said the consultation had been "the most '
        "extensive in the borough's history\" and that more than 2,000 residents had responded."
    )
    assert quotes == [
        (
            "partial",
            "spokeswoman for Brayford council",
            "the most extensive in the borough's history",
        ),
        ("indirect", "spokeswoman for Brayford council", "more than 2,000 residents had responded"),
    ]


def test_a_trailing_attribution_with_an_aside_is_indirect(quotes_of):
    quotes = quotes_of(
        "The Swiss side had offered to buy more American gas, two people familiar with the "
        "talks said, speaking on condition of anonymity."
    )
    assert quotes == [
        (
            "indirect",
            "two people familiar with the talks",
            "The Swiss side had offered to buy more American gas",
        )
    ]


def test_a_clause_after_where_she_said_is_indirect(quotes_of):
    quotes = quotes_of(
        "Ayse Demir, 38, stood by the ruins of her block, where she said her parents were "
        "still trapped."
    )
    assert quotes == [("indirect", "Ayse Demir", "her parents were still trapped")]


def test_scare_quotes_stay_inside_the_reported_clause(quotes_of):
    quotes = quotes_of(
        "Prime Minister Keir Starmer said on Tuesday that he would host the so-called "
        '"coalition of the willing" in London next week.'
    )
    assert quotes == [
        (
            "indirect",
            "Keir Starmer",
            'he would host the so-called "coalition of the willing" in London next week',
        )
    ]


def test_questions_data_and_intentions_are_not_reported_speech(quotes_of):
    quotes = quotes_of(
        "Reporters asked whether the minister would resign.",
        "Shares fell 6.2% in early trading, LSEG data showed.",
        "Ministers vowed to cut waiting lists and urged hospitals to act.",
        "According to the Congressional Budget Office, 4 million people would lose cover.",
    )
    assert quotes == []


def test_titles_with_of_and_downing_street_shorthand_are_speakers(quotes_of):
    quotes = quotes_of(
        'Secretary of State Marco Rubio said on Friday that the fine was "an attack".',
        '"We will look at the details," No 10 said.',
    )
    assert quotes == [
        ("partial", "Marco Rubio", "an attack"),
        ("direct", "No 10", "We will look at the details,"),
    ]


def test_news_reporting_verbs_introduce_reported_speech(quotes_of):
    assert quotes_of(
        "The Daily Courier reported the bridge would stay closed until the spring.",
        "Engineers indicated the cracks had been growing for years.",
    ) == [
        ("indirect", "Daily Courier", "the bridge would stay closed until the spring"),
        ("indirect", "engineers", "the cracks had been growing for years"),
    ]


def test_an_adverb_and_a_time_between_subject_cue_and_clause_are_skipped(quotes_of):
    assert quotes_of(
        "Port officials subsequently said on Tuesday morning the ferry had been refloated."
    ) == [("indirect", "port officials", "the ferry had been refloated")]


def test_an_object_noun_phrase_is_not_a_reported_clause(quotes_of):
    assert (
        quotes_of(
            "The council announced the closures in a press release and followed it up with a "
            "meeting.",
            "Ms Dale proposed legislation that would cap rents for two years.",
            "The union maintains a position that only members, who pay dues, have a vote.",
            "It was reported that the mine would close.",
        )
        == []
    )


def test_a_clause_with_an_apposition_or_a_relative_before_its_verb_is_reported(quotes_of):
    assert [
        text
        for _, _, text in quotes_of(
            "Inspector Lee Park said the driver, a man in his forties, had been arrested.",
            "Ms Ruiz said the old road, which floods every winter, will be rebuilt.",
        )
    ] == [
        "the driver, a man in his forties, had been arrested",
        "the old road, which floods every winter, will be rebuilt",
    ]


def test_coordinated_that_clauses_are_one_report_each(quotes_of):
    assert quotes_of(
        "Parents say the new timetable leaves children waiting in the dark and that the bus "
        "is often full."
    ) == [
        ("indirect", "parents", "the new timetable leaves children waiting in the dark"),
        ("indirect", "parents", "the bus is often full"),
    ]


def test_a_second_verb_or_a_participle_reports_again_for_the_same_speaker(quotes_of):
    assert quotes_of(
        "Northline Rail indicated no other trains were involved and suggested the driver "
        "had lost control.",
        "Strong winds slowed the crossing, Zapata said, adding the final mile had been the "
        "hardest.",
    ) == [
        ("indirect", "Northline Rail", "no other trains were involved"),
        ("indirect", "Northline Rail", "the driver had lost control"),
        ("indirect", "Zapata", "Strong winds slowed the crossing"),
        ("indirect", "Zapata", "the final mile had been the hardest"),
    ]


def test_a_cue_set_off_inside_its_clause_leaves_one_report(quotes_of):
    assert quotes_of(
        "The barrier would be examined, Inspector Ross said, to see if it had held.",
        "The council is, as local papers noted, the only one in the region without a mayor.",
    ) == [
        (
            "indirect",
            "Ross",
            "The barrier would be examined, Inspector Ross said, to see if it had held",
        ),
        (
            "indirect",
            "local papers",
            "The council is, as local papers noted, the only one in the region without a mayor",
        ),
    ]


def test_a_report_in_a_relative_clause_keeps_its_antecedent(quotes_of):
    assert quotes_of(
        "The agency chose two pilots for the first crewed flight, which officials said could "
        "take place in June."
    ) == [
        (
            "indirect",
            "officials",
            "the first crewed flight, which officials said could take place in June",
        )
    ]


def test_the_one_cited_as_saying_is_the_speaker(quotes_of):
    assert quotes_of(
        "The paper cited Omar Said, the port's director, as saying the cranes had been repaired."
    ) == [("indirect", "Omar Said", "the cranes had been repaired")]


def test_a_reported_clause_before_a_colon_and_its_quotation(quotes_of):
    assert quotes_of(
        'Dr Ana Reis told the Herald the results were encouraging: "We are cautiously hopeful."'
    ) == [
        ("indirect", "Ana Reis", "the results were encouraging"),
        ("direct", "Ana Reis", "We are cautiously hopeful."),
    ]


def test_a_report_inside_a_report_is_the_inner_speaker_s(quotes_of):
    assert quotes_of(
        "The Courier reported officials, following an inquiry, stated the bridge was safe."
    ) == [("indirect", "officials", "the bridge was safe")]


def test_a_noun_before_the_cue_is_not_the_cue(quotes_of):
    assert quotes_of("Initial reports stated the fire had started in the kitchen.") == [
        ("indirect", "initial reports", "the fire had started in the kitchen")
    ]


def test_the_agent_of_a_passive_cue_is_the_speaker(quotes_of):
    assert quotes_of(
        'The plan was described by Mayor Ines Carvalho as a "historic mandate".',
        'He was told by Fire Chief Tom Reyes of "at least 30 people under the rubble".',
    ) == [
        ("partial", "Ines Carvalho", "historic mandate"),
        ("partial", "Tom Reyes", "at least 30 people under the rubble"),
    ]


def test_a_count_or_a_death_is_a_clause(quotes_of):
    assert quotes_of(
        "Rebel spokesman Omar Latif claimed 190 were dead.",
        "A report from the Interior Ministry said eight miners died in the collapse.",
    ) == [
        ("indirect", "Omar Latif", "190 were dead"),
        ("indirect", "Interior Ministry", "eight miners died in the collapse"),
    ]


def test_an_interview_with_an_outlet_is_part_of_the_cue(quotes_of):
    assert quotes_of(
        "Radio host Dan Reeve said in an interview with Rolling Stone he was open to a "
        "return to the show."
    ) == [("indirect", "Dan Reeve", "he was open to a return to the show")]


def test_what_an_apposition_calls_a_body_is_an_organisation(extract_article):
    quotes = extract_article(
        "Planespot, a database of the aircraft that airlines fly, states the carrier uses "
        "three Boeing 737s.",
        "The Centre for Flight's register of carriers says it runs a single Airbus A300.",
    ).quotes
    assert [(q.speaker, q.speaker_type) for q in quotes] == [
        ("Planespot", "organisation"),
        ("Centre for Flight", "organisation"),
    ]


def test_a_report_whose_author_is_not_named_is_reported_speech_without_a_speaker(
    extract_article,
):
    quotes = extract_article(
        "The safety board published its findings in 1989.",
        "The report said there was one passenger seriously injured; no crew were hurt.",
    ).quotes
    assert [(q.kind, q.speaker, q.suggestion, q.text) for q in quotes] == [
        ("indirect", None, None, "there was one passenger seriously injured")
    ]


def test_a_report_after_a_semicolon_and_with_contractions(quotes_of):
    assert quotes_of(
        "Residents have been critical; mayor Ann Grey said a wider inquiry may be needed.",
        "Tissue maker Softco said on Wednesday they'd run out of stock.",
        "The Daily Courier noted the commission's remit allows it to advise on the draft.",
    ) == [
        ("indirect", "Ann Grey", "a wider inquiry may be needed"),
        ("indirect", "Softco", "they'd run out of stock"),
        ("indirect", "Daily Courier", "the commission's remit allows it to advise on the draft"),
    ]


def test_agreed_on_a_thing_is_no_report(quotes_of):
    assert quotes_of("Norland and Sudland agreed on a line as their shared border last year.") == []


def test_a_long_quotation_after_a_programme_is_speech_not_its_title(quotes_of):
    quotes = quotes_of(
        "Information Minister Omar Deng paid tribute to him.",
        "He said on the radio station's Morning in Focus programme \"It is a great loss to the "
        'people of this country, because he had contributed a lot to its laws."',
    )
    assert [(kind, speaker) for kind, speaker, _ in quotes] == [("direct", "Omar Deng")]


def test_a_report_after_the_quotations_of_its_sentence(quotes_of):
    quotes = quotes_of(
        'The minister told him of "perhaps 40 people under the rubble", while regional deputy '
        "governor Oleg Lind indicated 68 people were missing."
    )
    assert quotes[-1] == ("indirect", "Oleg Lind", "68 people were missing")


def test_an_adverbial_or_a_prepositional_phrase_after_the_cue_is_not_reported(quotes_of):
    assert quotes_of(
        '"The scheme will stay," Maria Holt said in a televised announcement.',
        "Chancellor Maria Holt spoke on Friday, as costs rose for a third month.",
        "In an interview, Holt said as a teenager she was forced to leave school.",
    ) == [
        ("direct", "Maria Holt", "The scheme will stay,"),
        ("indirect", "Maria Holt", "as a teenager she was forced to leave school"),
    ]


def test_arguing_that_with_asides_and_a_second_that(quotes_of):
    assert quotes_of(
        "Former governor Ray Olsen went to court to stop the bank releasing his returns.",
        "He sought the injunction, arguing that, as governor, he should be immune, and that, "
        "by extension, his accountant should be exempt too.",
    ) == [
        ("indirect", "Ray Olsen", "as governor, he should be immune"),
        ("indirect", "Ray Olsen", "by extension, his accountant should be exempt too"),
    ]


def test_a_second_report_of_an_unnamed_writer_is_kept_unattributed(extract_article):
    quotes = extract_article(
        'The proclamation said "the outbreak constitutes a national emergency" and said the '
        "emergency began on March 1."
    ).quotes
    assert [(q.kind, q.speaker, q.text) for q in quotes] == [
        ("partial", None, "the outbreak constitutes a national emergency"),
        ("indirect", None, "the emergency began on March 1"),
    ]


def test_a_participle_after_a_quotation_reports_more_of_its_speaker(quotes_of):
    assert quotes_of(
        'The result was described by Prime Minister Tom Reed as a "historic mandate", saying '
        "he intends to leave the union by January."
    ) == [
        ("partial", "Tom Reed", "historic mandate"),
        ("indirect", "Tom Reed", "he intends to leave the union by January"),
    ]


def test_a_report_before_a_quoted_clause_of_its_own(quotes_of):
    assert quotes_of(
        'Zoe Hart, on the top deck, said the roof fell in and "everyone started screaming".',
        'Ana Ruiz said she had cramped in the last set and "genuinely thought about quitting".',
        'Minister Kostas Dimas underlined they keep channels open and that he would be "very '
        'happy to talk".',
    ) == [
        ("indirect", "Zoe Hart", "the roof fell in"),
        ("partial", "Zoe Hart", "everyone started screaming"),
        ("partial", "Ana Ruiz", "genuinely thought about quitting"),
        ("indirect", "Kostas Dimas", "they keep channels open"),
        ("partial", "Kostas Dimas", "very happy to talk"),
    ]


def test_a_participle_after_a_comma_carries_a_clause_with_any_subject(quotes_of):
    assert quotes_of(
        "Dr Lena Hart, a biologist, questioned the findings, saying the bird might have held "
        "its wings tight.",
        "The hashtag went viral on Twitter, suggesting users wished him harm.",
    ) == [("indirect", "Lena Hart", "the bird might have held its wings tight")]


def test_who_told_reports_for_its_antecedent(quotes_of):
    assert quotes_of(
        "The agency told The Harbour Post it was ending its search; the paper also spoke to the "
        "Navy, who told it this was unconfirmed and noted no ransom has been sought.",
        "Yesterday the Coastguard said the search would resume.",
    ) == [
        ("indirect", None, "it was ending its search"),
        ("indirect", "Navy", "this was unconfirmed"),
        ("indirect", "Navy", "no ransom has been sought"),
        ("indirect", "Coastguard", "the search would resume"),
    ]


def test_despite_another_source_claiming_is_that_source_s_report(quotes_of):
    assert quotes_of(
        "The Investigative Committee says it has found no trace of explosives despite "
        "Novosti.ru claiming an anonymous source described a depot in the building."
    ) == [
        ("indirect", "Investigative Committee", "it has found no trace of explosives"),
        ("indirect", "Novosti.ru", "an anonymous source described a depot in the building"),
    ]


def test_a_condition_after_said_is_part_of_the_report_and_after_asked_is_a_question(quotes_of):
    quotes = quotes_of(
        "Maria Lopez said if the council votes no, the project will die.",
        "Reporters asked if the council would vote again.",
    )
    assert quotes == [
        ("indirect", "Maria Lopez", "if the council votes no, the project will die"),
    ]


def test_a_clause_cut_at_a_second_cue_with_no_verb_left_is_no_report(quotes_of):
    quotes = quotes_of(
        "He said that Leeds, in fact, said as much when Trump got up for a trip to the bathroom."
    )
    assert all(text != "Leeds, in fact" for _, _, text in quotes)


def test_a_title_case_dateline_with_its_agency_is_not_part_of_the_report(quotes_of):
    quotes = quotes_of(
        "New York (AFP) – The same frustration could send droves of Americans to Donald Trump,"
        " Bernie Sanders warned on Wednesday."
    )
    assert quotes[0] == (
        "indirect",
        "Bernie Sanders",
        "The same frustration could send droves of Americans to Donald Trump",
    )
