"""A search's SQL built once per shape (selectors.compiled): the second search of a
shape builds nothing and still finds its own words, and every page is the one the
querysets built afresh would give."""

import re
from unittest import mock

import pytest
from django.db import connection
from django.db.models.signals import post_init
from django.test.utils import CaptureQueriesContext

from quotes.models import Quote
from quotes.selectors import compiled
from tests.factories import (
    ClaimFactory,
    QuoteFactory,
    RatingFactory,
    SourceFactory,
    SpeakerFactory,
    VerdictFactory,
)

pytestmark = pytest.mark.django_db
URL = "/quotes/"
POSTGRES = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="only PostgreSQL takes the words as they are"
)


@pytest.fixture
def compiles(monkeypatch):
    """How many times SQL was built, from here on."""
    calls = []
    build = compiled._compile

    def counted(queryset, values):
        calls.append(queryset)
        return build(queryset, values)

    monkeypatch.setattr(compiled, "_compile", counted)
    return calls


def listed(response):
    return [quote.text.rstrip(",.") for quote in response.context["search"].page.items]


@POSTGRES
def test_a_second_search_of_the_same_shape_builds_no_sql_and_finds_its_own_words(client, compiles):
    QuoteFactory(words="Grain exports resumed at dawn")
    QuoteFactory(words="The harbour reopened to tankers")
    assert listed(client.get(URL, {"q": "grain"})) == ["Grain exports resumed at dawn"]
    built = len(compiles)
    assert built == 3  # the facets' sample, the page, the facets' names and verdicts
    assert listed(client.get(URL, {"q": "harbour"})) == ["The harbour reopened to tankers"]
    assert listed(client.get(URL, {"q": "tankers grain"})) == []
    assert len(compiles) == built
    client.get(URL, {"q": "grain", "order": "oldest"})  # another shape: sample and page
    assert len(compiles) == built + 2


@POSTGRES
def test_words_that_look_like_sql_or_the_stand_in_are_only_words(client):
    QuoteFactory(words="Grain exports resumed at dawn")
    for words in ("grain'); DROP TABLE quotes_quote; --", compiled.STAND_IN, "grain %s %(x)s"):
        response = client.get(URL, {"q": words})
        assert response.status_code == 200
    assert listed(client.get(URL, {"q": "grain"})) == ["Grain exports resumed at dawn"]


def test_sqlite_builds_each_search_afresh_and_postgresql_once(client, compiles):
    QuoteFactory(words="Grain exports resumed at dawn")
    for _ in range(2):
        assert listed(client.get(URL, {"q": "grain"})) == ["Grain exports resumed at dawn"]
    assert len(compiles) == (0 if connection.vendor == "sqlite" else 3)


def _page(response) -> bytes:
    # The CSP nonce and the CSRF token change with every response.
    return re.sub(rb'nonce="[^"]*"|name="csrfmiddlewaretoken" value="[^"]*"', b"", response.content)


@POSTGRES
@pytest.mark.parametrize("cap", [1000, 12])  # 12: "grain" is ranked among its newest 12
def test_pages_from_built_once_sql_are_the_pages_built_afresh(client, monkeypatch, cap):
    monkeypatch.setattr("quotes.selectors.search.COUNT_CAP", cap)
    mayor, minister = SpeakerFactory(name="Ada Mayor"), SpeakerFactory(name="Bo Minister")
    for k in range(30):
        QuoteFactory(
            words=f"Grain deal number {k} is close",
            speaker=mayor if k % 3 else minister,
            source=SourceFactory(outlet="Daily Planet" if k % 2 else "The Courier"),
            kind="indirect" if k % 5 == 0 else "direct",
        )
    QuoteFactory(words="A quote without a speaker about grain", speaker=None)
    false = RatingFactory(slug="false", label="False")
    checked = ClaimFactory(status="published")
    checked.appearances.add(*Quote.objects.filter(kind="indirect"))
    VerdictFactory(claim=checked, rating=false)
    queries = [
        {"q": "grain"},
        {"q": "grain", "page": "2"},
        {"q": "grain deal", "order": "newest"},
        {"q": "grain", "order": "oldest", "page": "2"},
        {"q": "grain", "speaker": mayor.slug},
        {"q": "grain", "speaker": [mayor.slug, minister.slug], "kind": "indirect"},
        {"q": "grain", "outlet": "Daily Planet"},
        {"q": '"deal number 7"'},
        {"q": "grain -close"},
        {"q": "nothing-matches-this"},
        {"q": "grain", "verdict": "false"},
    ]
    for params in queries:
        once = client.get(URL, params)
        assert once.status_code == 200
        with mock.patch.object(compiled, "usable", lambda using: False):
            afresh = client.get(URL, params)
        assert _page(once) == _page(afresh), params
        assert listed(once) == listed(afresh)
        if params == {"q": "grain"}:  # the verdict facet is counted, not only shown empty
            assert b"False" in once.content and "verdict=false" in once.content.decode()
    assert compiled._built  # the built-once SQL really served them
    ranked = client.get(URL, {"q": "grain"}).context["search"].ranked_newest
    assert ranked == (12 if cap == 12 else 0)


def prepared_statements() -> dict[str, tuple[int, int]]:
    """The statements prepared on this connection: SQL -> (generic plans, custom plans)."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT statement, generic_plans, custom_plans FROM pg_prepared_statements")
        return {sql: (generic, custom) for sql, generic, custom in cursor.fetchall()}


def page_plans() -> list[tuple[int, int]]:
    """(generic, custom) plans of each prepared page query (the card columns' SELECT)."""
    page = 'SELECT "quotes_quote"."id" AS "id"'
    return [plans for sql, plans in prepared_statements().items() if sql.startswith(page)]


@POSTGRES
def test_a_word_searchs_page_is_planned_once_and_a_date_orders_per_search(client):
    QuoteFactory(words="Grain exports resumed at dawn")
    QuoteFactory(words="Grain prices fell")
    QuoteFactory(words="The harbour reopened to tankers")
    assert set(listed(client.get(URL, {"q": "grain"}))) == {
        "Grain exports resumed at dawn",
        "Grain prices fell",
    }
    assert listed(client.get(URL, {"q": "harbour"})) == ["The harbour reopened to tankers"]
    assert listed(client.get(URL, {"q": "tankers"})) == ["The harbour reopened to tankers"]
    assert page_plans() == [(3, 0)]  # one statement, one plan, three searches
    # A date order's best plan depends on the words (a common word's date index walked, a
    # rare word's few matches sorted): planned per search.
    oldest = listed(client.get(URL, {"q": "grain", "order": "oldest"}))
    assert sorted(oldest) == ["Grain exports resumed at dawn", "Grain prices fell"]
    assert page_plans() == [(3, 0)]
    # A filter narrows the sample, planned per search; the page chosen from it is the same
    # look-up by ids, planned once.
    client.get(URL, {"q": "grain", "kind": "direct"})
    assert page_plans() == [(4, 0)]


def test_a_pages_quotes_are_made_by_init_when_something_listens_for_it(client):
    """Cards' quotes are made without Model.__init__ (selectors.search._loader) only while
    no receiver of pre_init or post_init would miss them."""
    quote = QuoteFactory(words="Grain exports resumed at dawn")
    made = []

    def receiver(sender, instance, **kwargs):
        made.append(instance.pk)

    post_init.connect(receiver, sender=Quote)
    try:
        assert listed(client.get(URL, {"q": "grain"})) == ["Grain exports resumed at dawn"]
    finally:
        post_init.disconnect(receiver, sender=Quote)
    assert quote.pk in made


@POSTGRES
def test_a_prepared_statement_is_logged_with_its_words_like_the_others(client):
    QuoteFactory(words="Grain exports resumed at dawn")
    with CaptureQueriesContext(connection) as captured:
        client.get(URL, {"q": "grain"})
    logged = [query["sql"] for query in captured.captured_queries]
    assert all(isinstance(sql, str) for sql in logged)
    assert sum("'grain'" in sql for sql in logged) >= 2  # the sample and the page


@POSTGRES
def test_a_ranked_page_is_chosen_from_the_sample_not_ranked_again_by_a_second_query(client):
    for n in range(25):
        QuoteFactory(words=f"Grain report number {n} of the season")
    with CaptureQueriesContext(connection) as captured:
        second = listed(client.get(URL, {"q": "grain", "page": 2}))
    cards = [
        query["sql"]
        for query in captured.captured_queries
        if query["sql"].startswith('SELECT "quotes_quote"."id" AS "id"')
    ]
    assert len(cards) == 1 and "LIMIT" not in cards[0]  # the chosen ids, nothing re-ranked
    assert len(second) == 5
