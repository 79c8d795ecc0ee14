"""Which database speaker an article's speaker is: alias, close match, new, or no guess."""

import datetime

import pytest

from quotes.extraction import SpeakerCluster
from quotes.extraction.names import alias_key
from quotes.importing import articles, import_files
from quotes.importing.speakers import SpeakerResolver
from quotes.models import Quote, Speaker, SpeakerAlias
from quotes.registry.clusters import ArticleFacts
from tests.factories import QuoteFactory, SpeakerAliasFactory, SpeakerFactory
from tests.importing import article, run_import, write

pytestmark = pytest.mark.django_db
Match = Quote.SpeakerMatch


def person(name, *mentions, role=None):
    return SpeakerCluster(name=name, type="person", mentions=(name, *mentions), role=role)


def known(name, *aliases, kind="person"):
    speaker = SpeakerFactory(name=name, kind=kind)
    for alias in (name, *aliases):
        SpeakerAliasFactory(speaker=speaker, name=alias)
    return speaker


# An article of the factories' outlet, a fortnight after their sources' default date.
RECENT_ARTICLE = ArticleFacts(outlet="Example News", date=datetime.date(2025, 12, 14))


def resolve(*clusters, article=None):
    plan = SpeakerResolver.load().resolve(list(clusters), article)
    return plan, [plan.resolutions[c.name] for c in clusters]


def planned_alias_keys(plan):
    return sorted(key for _, _, key in plan.new_aliases)


def test_the_resolver_loads_speakers_and_aliases_in_two_queries(django_assert_num_queries):
    known("Friedrich Merz", "Mr Merz")
    with django_assert_num_queries(2):
        SpeakerResolver.load()


def test_it_matches_a_known_alias_whatever_the_title():
    zelenskyy = known("Volodymyr Zelenskyy", "Mr Zelensky")
    _, [resolution] = resolve(person("Zelensky", "President Zelensky"))
    assert (resolution.match, resolution.speaker_id) == (Match.ALIAS, zelenskyy.pk)


@pytest.mark.parametrize(
    ("known_name", "mention"),
    [
        ("Volodymyr Zelenskyy", "Volodymyr Zelensky"),
        ("Volodymyr Zelensky", "Volodymyr Zelenskiy"),
        ("Volodymyr Zelenskyy", "Wolodymyr Zelenskyi"),
        ("Muammar Gaddafi", "Muammar Qaddafi"),
        ("Muammar Gaddafi", "Muammar Gadhafi"),
        ("Mikhail Gorbachev", "Mihail Gorbachov"),
        ("Vitali Klitschko", "Vitali Klychko"),
        ("Donald J. Trump", "Donald Trump"),
        ("Anna Kuznetsov", "Anna Kouznetsov"),
        ("Taras Shevchenko", "Taras Schewtschenko"),
    ],
)
def test_it_matches_transliteration_variants_of_a_known_name(known_name, mention):
    speaker = known(known_name)
    plan, [resolution] = resolve(person(mention))
    assert (resolution.match, resolution.speaker_id) == (Match.FUZZY, speaker.pk)
    assert alias_key(mention) in planned_alias_keys(plan)


def test_a_bare_surname_variant_matches_the_one_person_the_outlet_quoted_recently():
    speaker = known("Volodymyr Zelenskyy")
    QuoteFactory(speaker=speaker, source__published_on=datetime.date(2025, 12, 1))
    _, [resolution] = resolve(person("Zelenskiy", "Mr Zelenskiy"), article=RECENT_ARTICLE)
    assert (resolution.match, resolution.speaker_id) == (Match.FUZZY, speaker.pk)


def test_a_bare_surname_nobody_was_quoted_by_recently_stays_unattributed_and_creates_nothing():
    speaker = known("Volodymyr Zelenskyy")
    QuoteFactory(speaker=speaker, source__published_on=datetime.date(2024, 1, 1))
    QuoteFactory(speaker=speaker, source__outlet="Another Outlet")
    plan, [resolution] = resolve(person("Zelenskiy", "Mr Zelenskiy"), article=RECENT_ARTICLE)
    assert (resolution.match, resolution.attributed) == (Match.SURNAME, False)
    assert plan.new_speakers == [] and plan.new_aliases == []


@pytest.mark.parametrize(
    ("known_name", "mention"),
    [
        ("Mark Jones", "Mark Janes"),
        ("Anna Berg", "Anna Borg"),
        ("Alexandra Johnson", "Alexander Johnson"),
        ("Boris Johnson", "Dwayne Johnson"),
        ("Pedro Costa", "Pedro Silva-Costa"),
    ],
)
def test_different_people_with_similar_names_are_not_matched(known_name, mention):
    known(known_name)
    _, [resolution] = resolve(person(mention))
    assert resolution.match == Match.NEW


def test_a_new_speaker_gets_a_unique_slug_its_role_and_every_surface_form_as_an_alias():
    SpeakerFactory(name="Someone Else", slug="boris-johnson")
    plan, [resolution] = resolve(
        person(
            "Boris Johnson",
            "Mr Johnson",
            "He",
            "Former prime minister Boris Johnson",
            role="Former prime minister",
        )
    )
    assert resolution.match == Match.NEW
    assert resolution.new.slug == "boris-johnson-2"
    assert resolution.new.description == "Former prime minister"
    assert planned_alias_keys(plan) == ["boris johnson", "johnson"]


def test_two_known_speakers_sharing_a_surname_make_a_bare_surname_ambiguous():
    boris = known("Boris Johnson", "Mr Johnson")  # "johnson" is even an alias of his
    dwayne = known("Dwayne Johnson")
    for speaker in (boris, dwayne):
        QuoteFactory(speaker=speaker)  # both quoted by the outlet lately
    plan, [resolution] = resolve(person("Johnson", "Mr Johnson"), article=RECENT_ARTICLE)
    assert resolution.match == Match.AMBIGUOUS
    assert not resolution.attributed
    assert plan.new_speakers == [] and plan.new_aliases == []


def test_the_full_name_in_the_article_settles_which_johnson():
    boris = known("Boris Johnson")
    known("Dwayne Johnson")
    plan, [resolution] = resolve(person("Boris Johnson", "Mr Johnson"))
    assert (resolution.match, resolution.speaker_id) == (Match.ALIAS, boris.pk)
    assert "johnson" not in planned_alias_keys(plan)  # never a shared surname as an alias


def test_two_new_speakers_sharing_a_surname_do_not_get_it_as_an_alias():
    plan, resolutions = resolve(
        person("Boris Johnson", "Mr Johnson"), person("Dwayne Johnson", "Johnson")
    )
    assert [r.match for r in resolutions] == [Match.NEW, Match.NEW]
    assert planned_alias_keys(plan) == ["boris johnson", "dwayne johnson"]


def test_organisations_match_close_spellings_and_are_created_as_organisations():
    ministry = known("Ministry of Defence", kind="organisation")
    clusters = [
        SpeakerCluster(name="Ministry of Defense", type="organisation", mentions=(), role=None),
        SpeakerCluster(
            name="World Health Organization", type="organisation", mentions=(), role=None
        ),
    ]
    _, resolutions = resolve(*clusters)
    assert (resolutions[0].match, resolutions[0].speaker_id) == (Match.FUZZY, ministry.pk)
    assert (resolutions[1].match, resolutions[1].new.kind) == (Match.NEW, "organisation")
    assert resolutions[1].new.slug == "world-health-organization"


def test_an_anonymous_source_never_becomes_a_speaker():
    cluster = SpeakerCluster(name="officials", type="anonymous", mentions=("officials",), role=None)
    plan, [resolution] = resolve(cluster)
    assert resolution.match == Match.ANONYMOUS
    assert plan.new_speakers == [] and plan.new_aliases == []


def test_what_one_article_created_resolves_the_next_article_without_a_query(
    django_assert_num_queries,
):
    resolver = SpeakerResolver.load()
    first = resolver.resolve([person("Kaja Kallas", "Ms Kallas")])
    first.new_speakers[0].id = SpeakerFactory(name="Kaja Kallas").pk
    resolver.register(first)
    with django_assert_num_queries(0):
        second = resolver.resolve([person("Kallas", "Mrs Kallas")])
    assert second.resolutions["Kallas"].match == Match.ALIAS


ARTICLE = b"""date 2025-11-02 Former prime minister returns
He spoke at a conference in London
"We will be back," Boris Johnson said at the conference.
"""


def test_an_import_that_loses_a_race_for_a_new_speaker_retries_and_uses_the_winner(
    monkeypatch, tmp_path
):
    real_write = articles.write_articles
    calls = []

    def another_process_wins_first(planned, **options):
        if not calls:  # between resolution and write, "another process" commits him
            known("Boris Johnson")
        calls.append(planned[0].plan)
        return real_write(planned, **options)

    monkeypatch.setattr(articles, "write_articles", another_process_wins_first)
    [result] = import_files([write(tmp_path, "johnson.txt", ARTICLE)])

    assert len(calls) == 2 and result.retries == 1
    assert calls[0].resolutions["Boris Johnson"].match == Match.NEW
    assert result.status == "created" and result.speakers_created == []
    assert Speaker.objects.filter(name="Boris Johnson").count() == 1
    quote = Quote.objects.get()
    assert (quote.speaker.name, quote.speaker_match) == ("Boris Johnson", Match.ALIAS)
    assert SpeakerAlias.objects.filter(key="boris johnson").count() == 1


def test_a_group_the_extractor_took_for_a_person_is_anonymous():
    cluster = person("Officials", "Officials at the Treasury")
    plan, [resolution] = resolve(cluster)
    assert resolution.match == Match.ANONYMOUS and plan.new_speakers == []


def test_across_articles_a_transliteration_variant_finds_the_speaker_and_says_how(tmp_path):
    write(tmp_path, "1.txt", article('"We stand firm," Volodymyr Zelenskyy said.', headline="One"))
    write(
        tmp_path,
        "2.txt",
        article('"We need air defence," Volodymyr Zelenskiy said.', headline="Two"),
    )
    outcome = run_import(tmp_path)
    assert "speakers created           1" in outcome.stdout
    assert "speakers matched           1" in outcome.stdout
    zelenskyy = Speaker.objects.get()
    assert zelenskyy.name == "Volodymyr Zelenskyy"
    assert list(
        Quote.objects.order_by("source__headline").values_list("speaker", "speaker_match")
    ) == [
        (zelenskyy.pk, Match.NEW),
        (zelenskyy.pk, Match.FUZZY),
    ]
    assert zelenskyy.aliases.filter(key="volodymyr zelenskiy").exists()  # exact next time


def test_across_articles_mr_johnson_is_not_guessed_when_two_johnsons_are_known(tmp_path):
    write(
        tmp_path,
        "1.txt",
        article('"I am back," Boris Johnson said.', '"Me too," Dwayne Johnson said.', headline="1"),
    )
    write(tmp_path, "2.txt", article('"We will win," Mr Johnson said.', headline="2"))
    outcome = run_import(tmp_path)
    quote = Quote.objects.get(source__headline="2")
    assert (quote.speaker, quote.speaker_mention, quote.speaker_match) == (
        None,
        "Mr Johnson",
        Match.AMBIGUOUS,
    )
    assert "unattributed quotes        1 (1 ambiguous)" in outcome.stdout
    assert "1 quote(s) left unattributed: the name fits several known speakers" in outcome.stdout
    assert Speaker.objects.filter(name__contains="Johnson").count() == 2
    assert not SpeakerAlias.objects.filter(key="johnson").exists()


def test_before_creating_a_speaker_it_catches_up_with_other_processes(tmp_path, monkeypatch):
    resolver = SpeakerResolver.load()  # the run starts ...
    monkeypatch.setattr(SpeakerResolver, "load", classmethod(lambda cls: resolver))
    zelenskyy = known("Volodymyr Zelenskyy")  # ... and "another process" creates him
    data = article('"We need air defence," Volodymyr Zelenskiy said.')
    [result] = import_files([write(tmp_path, "a.txt", data)])
    assert result.speakers_created == []
    quote = Quote.objects.get()
    assert (quote.speaker, quote.speaker_match) == (zelenskyy, Match.FUZZY)


def test_catching_up_is_one_query_and_only_reports_what_is_new(django_assert_num_queries):
    resolver = SpeakerResolver.load()
    known("Kaja Kallas")
    with django_assert_num_queries(1):
        assert resolver.catch_up() is True
    with django_assert_num_queries(1):
        assert resolver.catch_up() is False
    assert resolver.resolve([person("Kaja Kallas")]).resolutions["Kaja Kallas"].match == "alias"


def test_a_bare_surname_cluster_uses_the_full_name_the_article_gives():
    known("Anna Schmidt")
    known("Peter Schmidt")
    cluster = person("Schmidt", "Jan Schmidt, the president of the federation")
    plan, [resolution] = resolve(cluster)
    assert (resolution.match, resolution.new.name) == (Match.NEW, "Jan Schmidt")
    assert planned_alias_keys(plan) == ["jan schmidt"]  # not the shared "schmidt"


def test_roles_and_appositions_never_become_aliases():
    cluster = person(
        "Friedrich Merz",
        "German chancellor Friedrich Merz",
        "Russian Chancellor Friedrich Merz",
        "Friedrich Merz, the chancellor",
        "the chancellor",
        "Mr Merz",
    )
    plan, _ = resolve(cluster)
    assert planned_alias_keys(plan) == ["friedrich merz", "merz"]
    ministry = SpeakerCluster(
        name="Ministry of Defence",
        type="organisation",
        mentions=("the Ministry of Defence", "Ministry of Defence"),
        role=None,
    )
    plan, _ = resolve(ministry)
    assert planned_alias_keys(plan) == ["ministry of defence"]


def test_a_first_name_cluster_also_uses_the_full_name_the_article_gives():
    _, [resolution] = resolve(person("Diego", "Diego Sun, the union leader"))
    assert resolution.new.name == "Diego Sun"
