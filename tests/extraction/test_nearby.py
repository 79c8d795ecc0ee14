"""Speakers named next to a quotation without a speech verb, and role nouns."""

from quotes.extraction import DEFAULT_THRESHOLD, extract_text


def test_a_quotation_after_a_colon_is_the_subject_s(quotes_of):
    quotes = quotes_of(
        'Dr Lena Park of the state university disagreed with the findings: "The seeps are '
        'minor resources."',
        'In his message, Ali Haddad praised the general: "He was a stellar example."',
        'One of the rescuers was Tom Weller, 24, who cited his training: "You just go."',
    )
    assert [speaker for _, speaker, _ in quotes] == ["Lena Park", "Ali Haddad", "Tom Weller"]


def test_a_role_noun_is_the_person_the_article_says_holds_it(quotes_of):
    quotes = quotes_of(
        "Deputy governor Olga Klim said 60 people were missing.",
        "The governor said every family would receive a payout.",
        "Regional governor Boris Dudin later visited the site.",
    )
    assert quotes[1] == ("indirect", "Boris Dudin", "every family would receive a payout")


def test_a_role_noun_no_one_is_said_to_hold_is_only_a_suggestion():
    text = "\n".join(
        [
            "date 2025-06-01 Tides",
            "A standfirst",
            "Harbour pilot Dan Ivers said the tide had turned early.",
            '"We cannot rule anything out," the minister said.',
        ]
    )
    quotes = extract_text(text).quotes
    assert quotes[1].rule == "role-guess" and quotes[1].confidence < DEFAULT_THRESHOLD
    assert (quotes[1].speaker, quotes[1].suggestion) == (None, "Dan Ivers")


def test_a_block_quote_signed_on_the_line_after_it_is_the_signer_s(quotes_of):
    quotes = quotes_of(
        "Residents were shaken.",
        '"We have never seen anything like it.',
        '"The water came in so fast."',
        "― Maria Gonzalez, resident",
        '"Nobody warned us." — Dr. J. R. Okafor, St. Mary\'s Hospital',
        '"The crews did well."',
        "— Tom Reyes, fire chief",
    )
    assert [(speaker, text[:22]) for _, speaker, text in quotes] == [
        ("Maria Gonzalez", "We have never seen any"),
        ("J. R. Okafor", "Nobody warned us."),
        ("Tom Reyes", "The crews did well."),
    ]


def test_a_sentence_that_opens_with_a_dash_signs_nothing(quotes_of):
    quotes = quotes_of(
        '"We have never seen anything like it."',
        "— Maria Gonzalez lost her home. She will rebuild with her brother.",
    )
    assert [speaker for _, speaker, _ in quotes] == [None]


def test_a_quote_standing_alone_is_not_inherited_when_its_paragraph_names_someone_else(
    extract_article,
):
    quotes = extract_article(
        'Karen Wu said the council had "failed everyone".',
        '"Nobody told us anything." That was the verdict of Tom Reyes, a resident of the block.',
    ).quotes
    assert [q.speaker for q in quotes] == ["Karen Wu", None]


def test_a_quote_standing_alone_still_takes_the_last_speaker_who_is_named_after_it(
    extract_article,
):
    quotes = extract_article(
        'Karen Wu said the council had "failed everyone".',
        '"Nobody told us anything." Wu has lived on the estate for twenty years.',
    ).quotes
    assert [q.speaker for q in quotes] == ["Karen Wu", "Karen Wu"]
