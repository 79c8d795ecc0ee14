"""The front page: the latest quotes, and the lists that change only with the data."""

from dataclasses import dataclass

from quotes import data_version
from quotes.models import Claim, Quote, Speaker
from quotes.selectors.claims import latest_fact_checks
from quotes.selectors.quotes import latest_quotes
from quotes.selectors.speakers import most_quoted


@dataclass
class FrontPage:
    latest: list[Quote]
    fact_checks: list[Claim]
    speakers: list[Speaker]


def front_page() -> FrontPage:
    """The latest quotes (a query), and the latest fact checks with the most-quoted
    speakers, cached together until the data changes: one read of the data's version
    for both, so a warm front page costs two queries, as before it had fact checks."""
    fact_checks, speakers = data_version.cached(
        "front-page:5:10:5000", lambda: (latest_fact_checks(5), most_quoted(10, 5_000)), 300
    )
    return FrontPage(latest_quotes(), fact_checks, speakers)
