"""Reads behind the public pages: each page calls one of these."""

from quotes.selectors.claims import Scale, claim_list, latest_fact_checks, verdict_scale
from quotes.selectors.exports import ExportPage, quote_export_page
from quotes.selectors.home import FrontPage, front_page
from quotes.selectors.paging import PAGE_SIZE, Page
from quotes.selectors.quotes import QuotePage, latest_quotes, quote_detail, quote_page
from quotes.selectors.search import QuoteSearch, quote_export, quote_search
from quotes.selectors.sources import (
    ArticlePage,
    Segment,
    article_page,
    marked_paragraphs,
    source_quotes,
)
from quotes.selectors.speakers import (
    SpeakerRecord,
    add_quote_counts,
    most_quoted,
    speaker_list,
    speaker_record,
    speaker_suggestions,
)

__all__ = [
    "PAGE_SIZE",
    "ArticlePage",
    "ExportPage",
    "FrontPage",
    "Page",
    "QuotePage",
    "QuoteSearch",
    "Scale",
    "Segment",
    "SpeakerRecord",
    "add_quote_counts",
    "article_page",
    "claim_list",
    "front_page",
    "latest_fact_checks",
    "latest_quotes",
    "marked_paragraphs",
    "most_quoted",
    "quote_detail",
    "quote_export",
    "quote_export_page",
    "quote_page",
    "quote_search",
    "source_quotes",
    "speaker_list",
    "speaker_record",
    "speaker_suggestions",
    "verdict_scale",
]
