"""One quote's page, and the latest quotes."""

from dataclasses import dataclass

from django.db.models import Exists, OuterRef

from quotes.anchoring import Segment as Run
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
    # The quote's span in its paragraph (context[1]) cut where readers' notes begin and
    # end, and where the span starts in the quote's text (negative over an opening
    # quotation mark); None when an editor changed the text so it is no longer there.
    marked: list[Run]
    offset: int | None
    fact_checked: bool = False  # under a published verdict


def quote_page(pk: int, user) -> QuotePage:
    """Everything a quote's page shows (see quote_detail); Quote.DoesNotExist when the
    quote is not public."""
    quote = quote_detail(pk)
    editor = is_editor(user)
    context = quote.context_parts()
    notes = quote_notes(quote, user)
    inside = context[1].find(quote.text) if quote.text else -1
    if inside < 0:
        marked, offset = [Run(context[1])], None
    else:
        after = context[1][inside + len(quote.text) :]
        marked = [Run(context[1][:inside]), *notes.segments, Run(after)]
        marked, offset = [run for run in marked if run.text], -inside
    return QuotePage(
        quote=quote,
        context=context,
        claims=[claim for claim in quote.all_claims if editor or claim.is_public],
        can_make_claims=editor,
        notes=notes,
        marked=marked,
        offset=offset,
        fact_checked=any(claim.status == Claim.Status.PUBLISHED for claim in quote.all_claims),
    )


def latest_quotes(n: int = 10) -> list[Quote]:
    return list(Quote.objects.public().for_cards().order_by("-said_on", "-pk")[:n])
