"""The duplicate and junk finder behind the editors' queue, on plain records."""

import datetime

from quotes.registry.duplicates import Record, find_duplicates, find_junk

DAY = datetime.date(2025, 12, 1)
SEEN = {("Example News", DAY)}


def record(id, name, kind="person", *aliases, quotes=1, seen=SEEN):
    return Record(id, name, kind, list(aliases), quotes, set(seen))


def pairs(*records):
    return [(s.pair, s.score) for s in find_duplicates(list(records))]


def test_a_short_given_name_and_the_formal_one_are_suggested():
    assert pairs(record(1, "Vince Cable"), record(2, "Vincent Cable")) == [((1, 2), 95)]


def test_records_with_the_same_name_once_cleaned_are_the_surest():
    assert pairs(record(1, "Bernie Sanders"), record(2, "Vermont Bernie Sanders")) == [
        ((1, 2), 100)
    ]


def test_an_acronym_and_its_organisation_are_suggested_by_the_table_or_by_initials():
    eu = [record(1, "EU", "organisation"), record(2, "European Union", "organisation")]
    assert pairs(*eu) == [((1, 2), 100)]
    nwa = [record(3, "NWA", "organisation"), record(4, "National Widget Authority", "organisation")]
    assert pairs(*nwa) == [((3, 4), 85)]


def test_organisations_of_two_countries_are_never_suggested():
    us, china = record(1, "US EPA", "organisation"), record(2, "China's EPA", "organisation")
    assert pairs(us, china) == []


def test_a_surname_only_record_and_the_full_name_of_the_same_outlet_and_dates():
    lord = record(2, "Lord Goldsmith")
    assert pairs(record(1, "Goldsmith"), lord) == [((1, 2), 90)]
    long_ago = record(3, "Goldsmith", seen={("Example News", datetime.date(2020, 1, 1))})
    elsewhere = record(4, "Goldsmith", seen={("Other Times", DAY)})
    assert pairs(long_ago, lord) == [] and pairs(elsewhere, lord) == []


def test_a_surname_taken_for_an_organisation_still_meets_the_full_name():
    assert pairs(record(1, "Pierce", "organisation"), record(2, "Brock Pierce")) == [((1, 2), 90)]


def test_a_name_that_ends_with_another_whole_name_is_suggested():
    kong, lam = record(1, "Kong Carrie Lam"), record(2, "Carrie Lam")
    assert pairs(kong, lam) == [((1, 2), 85)]
    elsewhere = record(3, "Kong Carrie Lam", seen={("Other Times", DAY)})
    assert pairs(elsewhere, lam) == []


def test_a_surname_two_full_names_share_is_suggested_for_both_but_lower():
    found = pairs(record(1, "Johnson"), record(2, "Boris Johnson"), record(3, "Dwayne Johnson"))
    assert found == [((1, 2), 60), ((1, 3), 60)]


def test_a_typo_is_suggested_but_two_given_names_are_two_people():
    assert pairs(record(1, "Joachim Brudziński"), record(2, "Joachim Brudzinski")) == [
        ((1, 2), 100)
    ]
    assert pairs(record(3, "Anna Berg"), record(4, "Hanna Berg")) == []
    assert pairs(record(5, "Alexander Johnson"), record(6, "Alexandra Johnson")) == []


def test_junk_is_listed_with_its_reason_clause_fragments_first():
    found = find_junk(
        [
            record(1, "Nancy Pelosi"),
            record(2, "Information Minister"),
            record(3, "Pierce derided the two party", "organisation"),
            record(4, "Vermont Bernie Sanders"),
        ]
    )
    assert [(j.id, j.reason) for j in found] == [
        (3, "a clause, not a name"),
        (4, "words around the name “Bernie Sanders”"),
        (2, "a title, not a name"),
    ]
