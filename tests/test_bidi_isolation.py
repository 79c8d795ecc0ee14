"""Text that readers and sources wrote is shown bidi-isolated (<bdi>, or dir="auto" on
its own block) wherever it stands among other words, so a right-to-left override
(U+202E) or a right-to-left name cannot reorder the page's own text around it."""

from html.parser import HTMLParser

import pytest
from django.urls import reverse

from quotes.services.claims import verdict_correct
from tests.factories import (
    AnnotationFactory,
    QuoteFactory,
    SourceFactory,
    SpeakerAliasFactory,
    SpeakerFactory,
    TagFactory,
    published_claim,
)

pytestmark = pytest.mark.django_db
RLO = "\u202e"
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr"}
# Not shown among the page's words: the window title and machine-read blocks.
UNSHOWN = {"title", "script", "style", "textarea"}


class _Unisolated(HTMLParser):
    """The text runs containing RLO that no isolating element encloses."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.open: list[tuple[str, bool]] = []
        self.found: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag in VOID:
            return
        isolating = tag == "bdi" or dict(attrs).get("dir") == "auto" or tag in UNSHOWN
        self.open.append((tag, isolating))

    def handle_endtag(self, tag):
        while self.open:
            if self.open.pop()[0] == tag:
                break

    def handle_data(self, data):
        if RLO in data and not any(isolating for _, isolating in self.open):
            path = "/".join(tag for tag, _ in self.open)
            self.found.append(f"{path}: {data.strip()!r}")


def unisolated(client, url) -> list[str]:
    response = client.get(url)
    assert response.status_code == 200, url
    parser = _Unisolated()
    parser.feed(response.content.decode())
    return parser.found


@pytest.fixture
def everywhere(editor):
    """Every kind of text readers, editors and articles write, each with an RLO."""
    speaker = SpeakerFactory(
        name=f"Ana {RLO}Lind", slug="ana", description=f"Minister {RLO}for grain"
    )
    SpeakerAliasFactory(speaker=speaker, name=f"A. {RLO}Lind")
    source = SourceFactory(
        headline=f"Grain {RLO}deal",
        outlet=f"The {RLO}Courier",
        body=f'Talks went on.\n"Grain {RLO}deal now," the {RLO}minister said.',
    )
    quote = QuoteFactory(
        speaker=speaker,
        source=source,
        text=f"Grain {RLO}deal now,",
        start=15,
        end=37,
        cue=f"{RLO}said",
        speaker_mention=f"the {RLO}minister",
    )
    quote.tags.add(TagFactory(name=f"Food {RLO}prices", slug="food"))
    AnnotationFactory(quote=quote, body=f"Which {RLO}deal?", start=0, end=5)
    claim = published_claim(
        editor=editor, quotes=[quote], text=f"Grain {RLO}prices fell", evidence=1
    )
    verdict_correct(
        claim=claim,
        user=editor,
        reason=f"We {RLO}misread it",
        rating=claim.verdict.rating,
        conclusion_only=False,
        explanation=f"Prices {RLO}rose.",
        evidence=[("https://stats.example.org/more", f"Table {RLO}two")],
    )
    return quote, claim


def test_every_public_page_isolates_what_others_wrote(client, everywhere):
    quote, claim = everywhere
    pages = [
        reverse("home"),
        reverse("quote-list"),
        reverse("quote-list") + "?q=grain",
        quote.get_absolute_url(),
        reverse("speaker-list"),
        reverse("speaker-detail", args=["ana"]),
        quote.source.get_absolute_url(),
        reverse("claim-list"),
        claim.get_absolute_url(),
        reverse("corrections"),
    ]
    found = {url: unisolated(client, url) for url in pages}
    assert found == {url: [] for url in pages}


def test_a_signed_in_readers_own_page_isolates_the_notes_author(client, everywhere):
    quote, _ = everywhere
    annotation = quote.annotations.get()
    author = annotation.author
    author.username = f"{RLO}reader"  # an account from before usernames were checked
    author.save()
    assert unisolated(client, quote.get_absolute_url()) == []
