"""Finding a speaker by name on either database: typos forgiven, the closest names
suggested when nobody is found."""

import pytest

from tests.factories import SpeakerAliasFactory, SpeakerFactory

pytestmark = pytest.mark.django_db


def names(response):
    return [s.name for s in response.context["page"].object_list]


@pytest.fixture
def speakers():
    blair = SpeakerFactory(name="Tony Blair", slug="tony-blair")
    SpeakerAliasFactory(speaker=blair, name="Mr Blair")
    SpeakerFactory(name="Volodymyr Zelenskyy", slug="volodymyr-zelenskyy")
    SpeakerFactory(name="Friedrich Merz", slug="friedrich-merz")
    SpeakerFactory(name="Nancy Pelosi", slug="nancy-pelosi")


@pytest.mark.parametrize(
    ("typed", "found"),
    [
        ("Blaire", "Tony Blair"),
        ("Tony Blare", "Tony Blair"),
        ("Zelenski", "Volodymyr Zelenskyy"),
        ("Volodimir", "Volodymyr Zelenskyy"),
        ("Selenskyj", "Volodymyr Zelenskyy"),
        ("Pelosy", "Nancy Pelosi"),
        ("merz", "Friedrich Merz"),
    ],
)
def test_the_name_search_tolerates_typos_and_transliterations(client, speakers, typed, found):
    assert names(client.get("/speakers/", {"q": typed})) == [found]


def test_a_search_that_finds_nobody_suggests_the_closest_names(client, speakers):
    response = client.get("/speakers/", {"q": "Blorr"})
    assert names(response) == []
    assert [s.name for s in response.context["suggestions"]] == ["Tony Blair"]
    assert 'href="/speakers/?q=Tony%20Blair"' in response.content.decode()


def test_a_search_that_finds_someone_suggests_nothing(client, speakers):
    assert client.get("/speakers/", {"q": "Blair"}).context["suggestions"] == []


def test_the_name_search_costs_the_same_queries_for_few_and_many_speakers(client, page_queries):
    SpeakerFactory(name="Tony Blair")
    few = len(page_queries(client, "/speakers/?q=Blaire"))
    SpeakerFactory.create_batch(40)
    assert len(page_queries(client, "/speakers/?q=Blaire")) == few
