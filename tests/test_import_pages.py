"""Saved web pages (.html): the article out of the page, whatever the CMS around it."""

import datetime
import shutil
from pathlib import Path

import pytest

from quotes.models import Quote, Source
from tests.importing import counts, run_import, write

pytestmark = pytest.mark.django_db

INPUTS = Path(__file__).parent / "inputs"


def saved(tmp_path, name) -> Path:
    return Path(shutil.copy(INPUTS / name, tmp_path / name))


def test_a_wordpress_post_lands_with_its_metadata_and_paragraphs(tmp_path):
    page = saved(tmp_path, "wordpress_cycle_lanes.html")
    outcome = run_import(page)
    assert not outcome.failed, outcome.stderr
    source = Source.objects.get()
    assert source.headline == "Council approves new cycle lanes"
    assert source.published_on == datetime.date(2025, 3, 4)
    assert source.outlet == "The Riverside Gazette"
    assert source.url == "https://riverside-gazette.example/2025/03/04/cycle-lanes/"
    assert source.byline == "Jane Smith"
    assert source.language == "en"
    assert source.standfirst == "Councillors voted 7-2 after a heated debate over parking."
    assert source.origin_file == str(page)
    # The body's paragraphs, and nothing of the menu, the sidebar, the comments or the footer.
    assert source.paragraphs == [
        "Riverside council has approved a network of protected cycle lanes after a "
        "three-hour meeting on Monday night.",
        "“This is the most important decision we will make this year,” said councillor "
        "Maria Okafor, who chairs the transport committee.",
        'Opponents warned that shops on the high street would lose trade. "People will '
        'simply drive to the retail park instead," said Derek Holt, who runs a bakery on '
        "Mill Road.",
        "The first lanes will be built on Station Road from June, the council said.",
        "Work on the bridge section is expected to take eight months, according to the "
        "council’s own estimate.",
    ]
    quotes = dict(Quote.objects.values_list("text", "speaker__name"))
    assert quotes["This is the most important decision we will make this year,"] == ("Maria Okafor")
    assert quotes["People will simply drive to the retail park instead,"] == "Derek Holt"


def test_a_news_site_page_is_read_from_its_json_ld(tmp_path):
    run_import(saved(tmp_path, "newsroom_jsonld_stopgap.html"))
    source = Source.objects.get()
    assert source.headline == "Senate passes stopgap funding bill, averting shutdown"
    assert source.published_on == datetime.date(2025, 9, 30)
    assert (source.outlet, source.byline) == ("Capital Ledger", "Luis Ortega")
    assert source.url == "https://capitalledger.example/politics/2025/09/30/senate-stopgap/"
    body = source.body
    assert "cookies" not in body and "Advertisement" not in body and "newsletter" not in body
    assert "House leaders meet" not in body  # the related links
    assert len(source.paragraphs) == 4
    # Straight and single curly quotes, as the page has them.
    assert '"We did our job tonight," Senate Majority Leader' in body
    assert "‘a band-aid on a broken process’" in body
    speakers = set(Quote.objects.values_list("speaker__name", flat=True))
    assert {"Karen Whitfield", "Tom Reyes"} <= speakers


def test_a_drupal_page_in_french_keeps_its_guillemets_and_drops_the_repeated_title(tmp_path):
    run_import(saved(tmp_path, "drupal_parking.html"))
    source = Source.objects.get()
    assert source.headline == "La mairie renonce au nouveau parking"
    assert (source.language, source.outlet) == ("fr", "Le Courrier du Lac")
    assert source.published_on == datetime.date(2025, 6, 12)
    assert source.paragraphs[0].startswith("Le conseil municipal a voté mercredi soir")
    assert "« Nous avons entendu les habitants », a déclaré le maire" in source.body
    assert "Accueil" not in source.body and "Mentions légales" not in source.body


def test_importing_the_same_page_twice_creates_nothing(tmp_path):
    page = saved(tmp_path, "wordpress_cycle_lanes.html")
    run_import(page)
    before = counts()
    again = run_import(page)
    assert not again.failed
    assert "skipped, already imported  1" in again.stdout
    assert counts() == before


def test_a_page_saved_twice_under_other_names_is_one_source(tmp_path):
    html = (INPUTS / "wordpress_cycle_lanes.html").read_bytes()
    run_import(write(tmp_path, "first.html", html), write(tmp_path, "copy (1).htm", html))
    assert Source.objects.count() == 1


def test_a_page_that_is_not_an_article_gets_one_clear_line(tmp_path):
    front = saved(tmp_path, "section_front.html")
    good = saved(tmp_path, "wordpress_cycle_lanes.html")
    outcome = run_import(front, good)
    assert outcome.stderr.splitlines() == [
        f"error: {front}: not an article: no paragraph of running text found in the page"
    ]
    assert Source.objects.count() == 1


@pytest.mark.parametrize(
    ("html", "reason"),
    [
        (b"", "empty file"),
        (b"<html><body></body></html>", "not an article: no body text found in the page"),
        (
            b"<html><head><title>Undated</title></head><body><article><p>"
            + b"A sentence long enough to be running text in an article about nothing. " * 3
            + b"</p></article></body></html>",
            "no publication date found in the page",
        ),
        (
            b"<html><head><title>Caf\xe9</title></head><body>x</body></html>",
            "not utf-8 text (invalid byte 0xe9 at offset 22); the page must declare its "
            "character set",
        ),
        (b"<html>\x00\x01\x02</html>", "binary file (contains NUL bytes)"),
    ],
    ids=["empty", "no body", "no date", "undeclared latin-1", "binary"],
)
def test_a_bad_page_is_reported_and_nothing_of_it_lands(tmp_path, html, reason):
    outcome = run_import(write(tmp_path, "bad.html", html))
    assert outcome.stderr.splitlines() == [f"error: {tmp_path / 'bad.html'}: {reason}"]
    assert "Traceback" not in outcome.stdout + outcome.stderr
    assert Source.objects.count() == 0


def test_a_page_in_the_charset_it_declares_is_read_in_that_charset(tmp_path):
    html = (INPUTS / "wordpress_cycle_lanes.html").read_text(encoding="utf-8")
    html = html.replace('<meta charset="utf-8">', '<meta charset="iso-8859-1">')
    html = html.replace("&ldquo;", "\u201c").replace("&rdquo;", "\u201d")
    html = html.replace("Okafor", "Okaför")
    run_import(write(tmp_path, "latin.html", html.encode("windows-1252")))
    source = Source.objects.get()
    assert "“This is the most important decision" in source.body
    assert "Maria Okaför" in source.body


def test_a_page_is_known_by_its_content_or_by_the_format_option_whatever_its_name(tmp_path):
    html = (INPUTS / "newsroom_jsonld_stopgap.html").read_bytes()
    outcome = run_import(write(tmp_path, "download.bin", html))
    assert not outcome.failed, outcome.stderr
    assert Source.objects.count() == 1
    other = write(tmp_path, "page.txt", html.replace(b"78-20", b"78-21"))
    outcome = run_import(other, format="html")
    assert not outcome.failed, outcome.stderr
    assert Source.objects.count() == 2


def test_the_outlet_option_overrides_the_pages_own(tmp_path):
    run_import(saved(tmp_path, "wordpress_cycle_lanes.html"), outlet="Gazette archive")
    assert Source.objects.get().outlet == "Gazette archive"


def test_a_script_in_a_page_never_reaches_the_body(tmp_path):
    html = (INPUTS / "wordpress_cycle_lanes.html").read_text(encoding="utf-8")
    html = html.replace(
        "<p>The first lanes", "<script>alert('x')</script><p>The first lanes", 1
    ).replace("</head>", "<style>p{color:red}</style></head>")
    run_import(write(tmp_path, "scripted.html", html.encode()))
    body = Source.objects.get().body
    assert "alert" not in body and "color:red" not in body


def test_a_canonical_address_that_is_not_a_web_address_is_not_kept(tmp_path):
    html = (INPUTS / "wordpress_cycle_lanes.html").read_text(encoding="utf-8")
    html = html.replace(
        "https://riverside-gazette.example/2025/03/04/cycle-lanes/", "javascript:alert(1)"
    )
    run_import(write(tmp_path, "hostile.html", html.encode()))
    assert Source.objects.get().url == ""
