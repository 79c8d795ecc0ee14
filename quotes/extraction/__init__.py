"""Quote extraction: news article text in, quotations and their speakers out.

Pure Python on purpose: no Django import anywhere in this package, so it can be
tested, benchmarked and reused without a database. An install compiles it to C with
mypyc (setup.py); the source stays the definition and runs wherever that build is
missing or out of date (native.py).
"""

# First, so that the imports below load the build it chooses.
from .native import choose_build

choose_build(__path__)

# isort: split
from .article import Article, ArticleError, decode_article, parse_article  # noqa: E402
from .calibration import DEFAULT_THRESHOLD  # noqa: E402
from .extractor import (  # noqa: E402
    EXTRACTOR_VERSION,
    Extraction,
    Quotation,
    SpeakerCluster,
    extract,
    extract_text,
)

__all__ = [
    "DEFAULT_THRESHOLD",
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
