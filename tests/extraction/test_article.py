import datetime

import pytest

from quotes.extraction import ArticleError, decode_article, parse_article


def test_it_parses_the_date_headline_standfirst_and_paragraphs():
    article = parse_article("date 2025-12-14 Headline here\nThe standfirst\nOne.\nTwo.")
    assert article.date == datetime.date(2025, 12, 14)
    assert article.headline == "Headline here"
    assert article.standfirst == "The standfirst"
    assert article.paragraphs == ("One.", "Two.")


def test_the_body_is_the_paragraphs_joined_by_newlines_with_their_offsets():
    article = parse_article("date 2025-12-14 H\nS\nFirst one.\nSecond.\nThird")
    assert article.body == "First one.\nSecond.\nThird"
    assert article.paragraph_offsets == (0, 11, 19)
    for offset, paragraph in zip(article.paragraph_offsets, article.paragraphs, strict=True):
        assert article.body[offset : offset + len(paragraph)] == paragraph


def test_it_tolerates_a_leading_space_bom_crlf_lone_cr_trailing_spaces_and_blank_lines():
    text = (
        "\ufeff date 2025-01-02 Headline  \r\n\r\nStandfirst\t \r"
        "Para one. \u00a0\n\n\nPara two.\r\n"
    )
    article = parse_article(text)
    assert article.headline == "Headline"
    assert article.standfirst == "Standfirst"
    assert article.paragraphs == ("Para one.", "Para two.")


def test_it_keeps_tabs_non_breaking_spaces_and_html_inside_paragraphs():
    article = parse_article("date 2025-01-02 H\nS\nA\tB\u00a0C <script>alert(1)</script>")
    assert article.paragraphs == ("A\tB\u00a0C <script>alert(1)</script>",)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "empty file"),
        ("Headline without a date\nS\nP", "line 1 must be 'date YYYY-MM-DD headline'"),
        ("date 14/12/2025 Headline\nS\nP", "line 1 must be 'date YYYY-MM-DD headline'"),
        ("date 2025-02-30 Headline\nS\nP", "invalid date 2025-02-30"),
        ("date 2025-02-03\nS\nP", "missing headline"),
        ("date 2025-02-03 Headline\nS", "no body paragraphs"),
        ("date 2025-02-03 Headline", "no standfirst and no body paragraphs"),
    ],
)
def test_it_rejects_malformed_articles_with_a_short_message(text, message):
    with pytest.raises(ArticleError, match=message.replace("(", r"\(")):
        parse_article(text)


def test_decode_strips_a_utf8_bom():
    assert decode_article(b"\xef\xbb\xbfdate 2025-01-01 H") == "date 2025-01-01 H"


def test_decode_names_the_invalid_byte_and_its_offset():
    with pytest.raises(ArticleError, match=r"not UTF-8 text \(invalid byte 0xe9 at offset 4\)"):
        decode_article(b"caf\x20\xe9 au lait")


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty file"),
        (b"  \n\n ", "empty file"),
        (b"date\x00\x01\x02", "binary file"),
        (bytes(range(1, 32)) * 10, "binary file"),
        (b"\xff\xfed\x00a\x00", "UTF-16"),
    ],
)
def test_decode_rejects_empty_and_binary_input(data, message):
    with pytest.raises(ArticleError, match=message):
        decode_article(data)


def test_article_error_is_a_value_error():
    assert issubclass(ArticleError, ValueError)
