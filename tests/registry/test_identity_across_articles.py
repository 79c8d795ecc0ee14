"""One record per real speaker across articles: short given names, peers, acronyms,
countries, and bare surnames that join only a recent, unambiguous person."""

import datetime

import pytest

from quotes.extraction import SpeakerCluster
from quotes.importing.speakers import SpeakerResolver
from quotes.models import Quote, Speaker
from quotes.registry.clusters import ArticleFacts
from tests.factories import QuoteFactory, SpeakerAliasFactory, SpeakerFactory
from tests.importing import article, run_import, write

pytestmark = pytest.mark.django_db
Match = Quote.SpeakerMatch
TODAY = datetime.date(2025, 12, 14)
ARTICLE = ArticleFacts(outlet="Example News", date=TODAY)


def person(name, *mentions, role=None):
    return SpeakerCluster(name=name, type="person", mentions=(name, *mentions), role=role)


def body(name, *mentions):
    return SpeakerCluster(name=name, type="organisation", mentions=(name, *mentions), role=None)


def known(name, *aliases, kind="person", quoted_on=None):
    speaker = SpeakerFactory(name=name, kind=kind)
    for alias in (name, *aliases):
        SpeakerAliasFactory(speaker=speaker, name=alias)
    if quoted_on:
        QuoteFactory(speaker=speaker, source__published_on=quoted_on)
    return speaker


def resolve(cluster, article=ARTICLE):
    plan = SpeakerResolver.load().resolve([cluster], article)
    return plan, plan.resolutions[cluster.name]


def aliases_planned(plan):
    return sorted(key for _, _, key in plan.new_aliases)


@pytest.mark.parametrize(
    ("known_name", "mention"),
    [
        ("Vincent Cable", "Vince Cable"),
        ("Vince Cable", "Vincent Cable"),
        ("William Hague", "Bill Hague"),
        ("Robert Jenrick", "Bob Jenrick"),
        ("Michael Gove", "Mike Gove"),
        ("Alexander Stubb", "Alex Stubb"),
    ],
)
def test_a_short_given_name_is_the_same_person_as_the_formal_one(known_name, mention):
    speaker = known(known_name)
    plan, resolution = resolve(person(mention))
    assert (resolution.match, resolution.speaker_id) == (Match.FUZZY, speaker.pk)
    assert mention.casefold() in aliases_planned(plan)  # an exact match next time


def test_a_short_given_name_two_formal_names_share_is_not_guessed():
    known("Alexander Johnson")
    known("Alexandra Johnson")
    _, resolution = resolve(person("Alex Johnson"))
    assert resolution.match == Match.AMBIGUOUS


def test_an_office_before_a_peers_title_is_dropped_and_the_peerage_form_is_the_name():
    _, resolution = resolve(person("Attorney General Lord Goldsmith"))
    assert (resolution.match, resolution.new.name) == (Match.NEW, "Lord Goldsmith")


def test_every_form_of_a_peer_reaches_the_one_record():
    lord = known("Lord Goldsmith", quoted_on=datetime.date(2025, 12, 1))
    SpeakerFactory(name="Zac Goldsmith")  # another Goldsmith, not quoted lately
    for cluster in (
        person("Lord Goldsmith"),
        person("Attorney General Lord Goldsmith"),
        person("Goldsmith", "Mr Goldsmith"),
    ):
        _, resolution = resolve(cluster)
        assert resolution.speaker_id == lord.pk, cluster.name


def test_a_peers_title_keeps_him_apart_from_others_of_his_surname():
    known("Zac Goldsmith", quoted_on=datetime.date(2025, 12, 1))
    _, resolution = resolve(person("Lord Goldsmith"))
    assert resolution.match == Match.NEW


@pytest.mark.parametrize(
    ("known_name", "mention"),
    [
        ("European Union", "EU"),
        ("EU", "European Union"),
        ("US Federal Reserve", "The Fed"),
        ("Federal Reserve", "US Federal Reserve"),
        ("National Aeronautics and Space Administration", "NASA"),
    ],
)
def test_an_organisations_acronym_and_full_name_are_one_record_by_the_table(known_name, mention):
    speaker = known(known_name, kind="organisation")
    _, resolution = resolve(body(mention))
    assert resolution.speaker_id == speaker.pk


def test_an_acronym_the_article_pairs_with_a_name_becomes_its_alias():
    text = "The National Widget Authority (NWA) said prices would rise."
    plan, resolution = resolve(body("National Widget Authority"), ArticleFacts(text=text))
    assert resolution.match == Match.NEW
    assert "nwa" in aliases_planned(plan)


def test_the_same_acronym_in_two_countries_is_two_organisations():
    us = known("US Environmental Protection Agency", kind="organisation")
    plan, china = resolve(body("China's EPA"))
    assert (china.match, china.new.name) == (Match.NEW, "China's EPA")
    assert "epa" not in aliases_planned(plan)  # the bare acronym stays the US agency's
    _, bare = resolve(body("EPA"))
    assert bare.speaker_id == us.pk
    _, qualified = resolve(body("U.S. EPA"))
    assert qualified.speaker_id == us.pk


def test_a_record_of_one_country_never_takes_a_name_of_another():
    us = known("US Embassy Council", "Embassy Council", kind="organisation")
    _, french = resolve(body("French Embassy Council", "Embassy Council"))
    assert french.match == Match.NEW and french.speaker_id != us.pk


def test_a_bare_surname_takes_the_full_name_the_articles_text_gives():
    text = "Representative Adam Schiff questioned the power. Schiff called it a non-starter."
    _, resolution = resolve(person("Schiff"), ArticleFacts(text=text))
    assert (resolution.match, resolution.new.name) == (Match.NEW, "Adam Schiff")


def test_a_bare_surname_takes_the_one_full_name_among_the_articles_speakers():
    resolver = SpeakerResolver.load()
    plan = resolver.resolve([person("Yahya Sarea"), person("Saree")], ARTICLE)
    assert plan.resolutions["Saree"] is plan.resolutions["Yahya Sarea"]


def test_a_bare_surname_joins_the_person_the_outlet_quoted_this_month():
    brown = known("Gordon Brown", quoted_on=datetime.date(2025, 11, 20))
    known("Chris Brown", quoted_on=datetime.date(2023, 5, 1))  # long ago
    _, resolution = resolve(person("Brown", "Mr Brown"))
    assert (resolution.match, resolution.speaker_id) == (Match.FUZZY, brown.pk)


def test_a_title_settles_which_recent_person_a_bare_surname_is():
    donald = known("Donald Trump", quoted_on=datetime.date(2025, 12, 10))
    donald.description = "President of the United States"
    donald.save()
    known("Mary Trump", quoted_on=datetime.date(2025, 12, 10))
    _, resolution = resolve(person("Trump", "President Trump"))
    assert resolution.speaker_id == donald.pk
    _, mister = resolve(person("Trump", "Mr Trump"))
    assert mister.speaker_id == donald.pk


def test_a_bare_surname_nobody_fits_is_never_a_new_record_and_keeps_its_mention(tmp_path):
    write(tmp_path, "a.txt", article('"We will rebuild the pier," Mr Tong said.'))
    outcome = run_import(tmp_path)
    assert not outcome.failed
    quote = Quote.objects.get()
    assert (quote.speaker, quote.speaker_mention, quote.speaker_match) == (
        None,
        "Mr Tong",
        Match.SURNAME,
    )
    assert Speaker.objects.count() == 0
    assert "1 a bare surname no known speaker fits" in outcome.stdout


def test_a_name_that_is_a_clause_is_never_stored_and_the_quote_keeps_its_mention():
    plan, resolution = resolve(person("Pierce derided the two party"))
    assert (resolution.match, resolution.attributed) == (Match.NOT_A_NAME, False)
    assert plan.new_speakers == [] and plan.new_aliases == []


def test_aliases_are_stored_as_names_never_as_clause_fragments():
    plan, _ = resolve(
        person(
            "Donald Trump",
            "Afterwards Trump",
            "After President Trump",
            "During the speech Trump",
            "President Donald Trump congratulated Pelosi",
            "Trump.",
        )
    )
    assert aliases_planned(plan) == ["donald trump", "trump"]
    assert all(" " not in name or name == "Donald Trump" for _, name, _ in plan.new_aliases)


def test_a_regnal_or_peerage_form_is_a_name_of_its_own_not_a_bare_surname():
    _, pope = resolve(person("Francis", "Pope Francis"))
    assert (pope.match, pope.new.name) == (Match.NEW, "Pope Francis")
