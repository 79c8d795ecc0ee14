"""Each quote's annotations as a W3C Web Annotation collection."""

import json

import pytest
from django.urls import reverse

from quotes.services.annotations import annotation_create, annotation_hide
from tests.factories import AnnotationFactory, QuoteFactory

pytestmark = pytest.mark.django_db
PROFILE = 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"'


@pytest.fixture
def quote():
    return QuoteFactory(words="If Ukraine falls, he won't stop")


def fetch(client, quote):
    response = client.get(reverse("quote-annotations", args=[quote.pk]))
    assert response.status_code == 200
    assert response["Content-Type"] == PROFILE
    return json.loads(response.content)


def test_a_collection_of_annotations_with_both_selectors(client, quote, reader):
    annotation = annotation_create(
        quote=quote, author=reader, body="Putin, <presumably>", exact="he", start=18, end=20
    )
    data = fetch(client, quote)
    collection = f"http://testserver/quotes/{quote.pk}/annotations.jsonld"
    target = f"http://testserver/quotes/{quote.pk}/"
    assert data["@context"] == "http://www.w3.org/ns/anno.jsonld"
    assert (data["id"], data["type"], data["total"]) == (collection, "AnnotationCollection", 1)
    page = data["first"]
    assert (page["type"], page["partOf"], page["startIndex"]) == ("AnnotationPage", collection, 0)
    assert page["items"] == [
        {
            "id": f"{target}#annotation-{annotation.pk}",
            "type": "Annotation",
            "motivation": "commenting",
            "created": annotation.created_at.isoformat(),
            "creator": {"type": "Person", "nickname": "reader"},
            "body": {"type": "TextualBody", "value": "Putin, <presumably>", "format": "text/plain"},
            "target": {
                "source": target,
                "selector": [
                    {
                        "type": "TextQuoteSelector",
                        "exact": "he",
                        "prefix": "If Ukraine falls, ",
                        "suffix": " won't stop,",
                    },
                    {"type": "TextPositionSelector", "start": 18, "end": 20},
                ],
            },
        }
    ]


def test_the_selectors_point_at_the_quoted_words(client, quote, reader):
    annotation_create(quote=quote, author=reader, body="x", exact="won't stop")
    item = fetch(client, quote)["first"]["items"][0]
    by_type = {s["type"]: s for s in item["target"]["selector"]}
    position = by_type["TextPositionSelector"]
    assert quote.text[position["start"] : position["end"]] == by_type["TextQuoteSelector"]["exact"]


def test_an_empty_collection_has_no_pages(client, quote):
    data = fetch(client, quote)
    assert data["total"] == 0 and "first" not in data


def test_hidden_annotations_are_left_out(client, quote, editor):
    annotation = AnnotationFactory(quote=quote)
    annotation_hide(annotations=[annotation], user=editor)
    assert fetch(client, quote)["total"] == 0


def test_the_collection_costs_the_same_queries_for_5_and_50_annotations(
    client, quote, django_assert_max_num_queries
):
    AnnotationFactory.create_batch(5, quote=quote)
    with django_assert_max_num_queries(2) as few:
        fetch(client, quote)
    AnnotationFactory.create_batch(45, quote=quote)
    with django_assert_max_num_queries(2) as many:
        assert fetch(client, quote)["total"] == 50
    assert len(many) == len(few)
