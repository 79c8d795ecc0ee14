"""Everything the importer sends to its worker process, and gets back, survives pickle:
in the compiled build too (CI's; `test_native` checks that it is the one running), where
pickle's default way of rebuilding an object fails."""

import pickle
from pathlib import Path

import pytest

from quotes.extraction import decode_article, extract, parse_article

ROOT = Path(__file__).resolve().parents[2]
ARTICLES = sorted((ROOT / "tests" / "gold").glob("*.txt"))[:12] + sorted(ROOT.glob("seeds/*.txt"))


@pytest.mark.parametrize("path", ARTICLES, ids=lambda path: path.stem)
def test_an_article_and_its_extraction_round_trip_through_pickle(path):
    article = parse_article(decode_article(path.read_bytes()))
    extraction = extract(article)
    assert extraction.quotes and extraction.speakers

    copied = pickle.loads(pickle.dumps(extraction))

    assert copied == extraction
    assert copied.article == article and copied.article.body == article.body
    assert pickle.loads(pickle.dumps(article)) == article
    assert pickle.loads(pickle.dumps(extraction.quotes[0])) == extraction.quotes[0]
    assert pickle.loads(pickle.dumps(extraction.speakers[0])) == extraction.speakers[0]
    assert {type(q).__name__ for q in copied.quotes} == {"Quotation"}
    assert {type(c).__name__ for c in copied.speakers} == {"SpeakerCluster"}
