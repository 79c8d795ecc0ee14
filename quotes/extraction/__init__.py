"""Quote extraction: news article text in, quotations and their speakers out.

Pure Python on purpose: no Django import anywhere in this package, so it can be
tested, benchmarked and reused without a database.
"""

from .article import Article, ArticleError, decode_article, parse_article
from .extractor import (
    EXTRACTOR_VERSION,
    Extraction,
    Quotation,
    SpeakerCluster,
    extract,
    extract_text,
)

__all__ = [
    "EXTRACTOR_VERSION",
    "Article",
    "ArticleError",
    "Extraction",
    "Quotation",
    "SpeakerCluster",
    "decode_article",
    "extract",
    "extract_text",
    "parse_article",
]
