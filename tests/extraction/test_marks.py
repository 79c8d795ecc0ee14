from quotes.extraction.marks import join_paragraphs, scan_paragraph


def quoted(text):
    pieces = [piece for piece in scan_paragraph(text) if not piece.weak]
    return [" ".join(text[a:b].strip() for a, b in piece.parts) for piece in pieces]


def test_it_finds_curly_and_straight_double_quotes():
    assert quoted('“We won,” she said. "Again," he said.') == ["We won,", "Again,"]


def test_apostrophes_are_not_closing_marks():
    text = "“It’s the ministers’ job, not mine, and rock ’n’ roll in the ’90s,” she said."
    assert quoted(text) == ["It’s the ministers’ job, not mine, and rock ’n’ roll in the ’90s,"]


def test_straight_apostrophes_are_not_marks_either():
    text = "\"It's the ministers' job in the '90s,\" she said of Britain's 'red wall'."
    assert quoted(text) == ["It's the ministers' job in the '90s,", "red wall"]


def test_american_nesting_keeps_single_quotes_inside_the_double_quote():
    text = "He said that “the decades of the ‘Pax Americana’ are over”."
    assert quoted(text) == ["the decades of the ‘Pax Americana’ are over"]


def test_british_nesting_keeps_double_quotes_inside_the_single_quote():
    text = "‘They told us we were “family”, and then sacked us,’ she said."
    assert quoted(text) == ["They told us we were “family”, and then sacked us,"]


def test_an_odd_number_of_marks_does_not_lose_the_other_quotes():
    text = 'He is 6ft 2" tall. "We will win," he said. "Always.'
    assert quoted(text) == ["We will win,", "Always."]


def test_a_quote_closed_with_an_opening_mark_ends_there():
    assert quoted("“We will win,“ she said, smiling.") == ["We will win,"]


def test_a_missing_closing_mark_ends_before_the_cue():
    text = '"We hear voices. We are going in, shouted a rescuer, before crawling in.'
    pieces = scan_paragraph(text)
    assert quoted(text) == ["We hear voices. We are going in,"]
    assert pieces[0].recovered


def test_a_missing_opening_mark_is_recovered_when_a_cue_follows():
    text = 'I just kept hitting the ball," Novak said after the match.'
    assert quoted(text) == ["I just kept hitting the ball,"]
    assert not scan_paragraph(text)[0].opened


def test_a_lone_closing_mark_at_the_end_of_narration_is_ignored():
    passages = join_paragraphs(['Trusts must publish their data from September."'])
    assert passages == []


def test_paragraphs_run_together_on_one_line_stay_one_quotation():
    text = "“We did everything we could. “Nobody gave us a chance,” she said."
    assert quoted(text) == ["We did everything we could. Nobody gave us a chance,"]


def test_a_quote_left_open_continues_into_a_paragraph_that_opens_with_a_mark():
    paragraphs = ['"Thus, today, we need guarantees.', '"And it is already a compromise."']
    passages = join_paragraphs(paragraphs)
    assert len(passages) == 1
    assert [number for number, _ in passages[0].pieces] == [0, 1]


def test_a_quote_left_open_before_narration_ends_with_its_paragraph():
    passages = join_paragraphs(['She said: "We need guarantees.', "Talks resume on Monday."])
    assert len(passages) == 1
    assert passages[0].pieces[0][1].end == len('She said: "We need guarantees.')


def test_guillemets_and_low_nine_marks_are_quotes():
    assert quoted("Il a dit « non » et „ja“ sagte sie.") == ["non", "ja"]
