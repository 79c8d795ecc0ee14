"""One quote's page, and the latest quotes."""

from dataclasses import dataclass

from django.db.models import Exists, OuterRef

from quotes.models import Annotation, Claim, Quote
from quotes.permissions import is_editor
from quotes.selectors.annotations import QuoteNotes, quote_notes

# A speed trick (bench/README.md, "Speed tricks in the code"): the quote page's query
# is built once, as a class-based view's queryset is, and cloned with each page's id.
# Its EXISTS columns say which of the quote's tags, claims and notes need a query at
# all: most quotes have none of them.
QUOTE_PAGE = (
    Quote.objects.public()
    .with_article()
    .annotate(
        has_tags=Exists(Quote.tags.through.objects.filter(quote=OuterRef("pk"))),
        has_claims=Exists(Claim.appearances.through.objects.filter(quote=OuterRef("pk"))),
        has_notes=Exists(Annotation.objects.visible().filter(quote=OuterRef("pk"))),
    )
)


def quote_detail(pk: int) -> Quote:
    """A public quote with its speaker, source, tags (`tag_list`), claims
    (`all_claims`, with verdict and rating; the page shows drafts to editors only)
    and visible annotations (`visible_annotations`): one query, and one more for
    each of the three lists that is not empty. Plain queries, not prefetch_related,
    whose machinery is made for lists (a speed trick: bench/README.md)."""
    quote = QUOTE_PAGE.get(pk=pk)
    quote.tag_list = list(quote.tags.all()) if quote.has_tags else []
    quote.all_claims = []
    if quote.has_claims:
        claims = quote.claims.select_related("verdict__rating").order_by("-created_at", "-id")
        quote.all_claims = list(claims)
    quote.visible_annotations = []
    if quote.has_notes:
        annotations = Annotation.objects.visible().filter(quote=quote).select_related("author")
        quote.visible_annotations = list(annotations)
    return quote


@dataclass
class QuotePage:
    quote: Quote
    context: tuple[str, str, str]  # the paragraph before the quote, the quote, after it
    claims: list[Claim]  # public ones for everybody, every one for editors
    can_make_claims: bool
    notes: QuoteNotes


def quote_page(pk: int, user) -> QuotePage:
    """Everything a quote's page shows (see quote_detail); Quote.DoesNotExist when the
    quote is not public."""
    quote = quote_detail(pk)
    editor = is_editor(user)
    return QuotePage(
        quote=quote,
        context=quote.context_parts(),
        claims=[claim for claim in quote.all_claims if editor or claim.is_public],
        can_make_claims=editor,
        notes=quote_notes(quote, user),
    )


def latest_quotes(n: int = 10) -> list[Quote]:
    return list(Quote.objects.public().for_cards().order_by("-said_on", "-pk")[:n])
