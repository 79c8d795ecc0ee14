"""What the registry stores as a name: clause fragments cleaned off or refused."""

import pytest

from quotes.registry.shapes import clean_name, person_name, shape_problem


@pytest.mark.parametrize(
    ("surface", "name"),
    [
        ("Though Mr Brown", "Mr Brown"),
        ("Commenting Mr Jones", "Mr Jones"),
        ("Afterwards Trump", "Trump"),
        ("Whereas Pierce", "Pierce"),
        ("Upon arrival, Zapata", "Zapata"),
        ("His opponent, Biden", "Biden"),
        ("According to investigators, Zhukovskyy", "Zhukovskyy"),
        ("ABC News.", "ABC News"),
        ("Centre for Aviation's", "Centre for Aviation"),
        ("BBC's Jonathan Marcus", "Jonathan Marcus"),
        ("Hong Kong's Carrie Lam", "Carrie Lam"),
        ("Trump's State Department", "State Department"),
        ("Fourteen-year-old Zoe", "Zoe"),
        ("Florida Department of Transportation official Troy Roberts", "Troy Roberts"),
        ("Carl Hensman of the Bill and Melinda Gates Foundation", "Carl Hensman"),
        ("Yesterday the Search and Rescue Agency", "Search and Rescue Agency"),
        ("Robert Downey Jr.", "Robert Downey Jr."),
    ],
)
def test_words_around_a_name_are_cleaned_off(surface, name):
    assert clean_name(surface) == name


@pytest.mark.parametrize(
    "surface",
    ["Taiwan's Constitutional Court", "Alachua Sheriff's Office", "People's Liberation Army"],
)
def test_a_possessive_that_is_part_of_the_name_stays(surface):
    assert clean_name(surface) == surface


def test_a_person_loses_the_titles_and_descriptions_before_the_name():
    assert person_name("Attorney General Lord Goldsmith") == "Lord Goldsmith"
    assert person_name("Vermont Bernie Sanders") == "Bernie Sanders"
    assert person_name("US Secretary of State Mike Pompeo") == "Mike Pompeo"
    assert person_name("Legislator Tanya Chan") == "Tanya Chan"
    assert person_name("President Trump") == "Trump"
    assert person_name("Pope Francis") == "Pope Francis"  # a regnal name keeps its title


def test_the_first_part_that_is_a_name_wins():
    assert clean_name("A Republican Assemblywoman, Jill Tolles", "person") == "Jill Tolles"
    assert clean_name("Jan Schmidt, the president of the federation") == "Jan Schmidt"


@pytest.mark.parametrize(
    ("name", "kind", "problem"),
    [
        ("Pierce derided the two party", "", "a clause, not a name"),
        ("Air Force issued warnings against attempts to", "", "a clause, not a name"),
        ("D.C. They", "", "a pronoun inside"),
        ("Recently", "", "starts with a discourse word"),
        ("Information Minister", "person", "a title, not a name"),
        ("Lord President", "person", "a title, not a name"),
        ("Vietnam War", "", "a thing, not a speaker"),
        ("State", "organisation", "a common noun, not a name"),
        ("D.C.", "organisation", "initials only"),
        ("Investigative Committee and the Federal Security Service", "", "two names joined"),
        ("Tunisian League for the Defence of Human Rights", "person", "an organisation's shape"),
    ],
)
def test_what_is_not_a_name_is_refused_with_the_reason(name, kind, problem):
    assert shape_problem(name, kind) == problem


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Ursula von der Leyen", "person"),
        ("Abdel Fattah el-Sisi", "person"),
        ("Doris Day", "person"),
        ("John Major", "person"),
        ("Lord Goldsmith", "person"),
        ("Department of Health and Human Services", "organisation"),
        ("Samoan government", "organisation"),
        ("U.S. Geological Survey", "organisation"),
        ("PG&E", "organisation"),
        ("Wayne A. I. Frederick", "person"),
    ],
)
def test_real_names_pass_the_shape_check(name, kind):
    assert shape_problem(name, kind) is None


@pytest.mark.parametrize("name", ["Kwame Green", "Wei Sheikh", "Ngozi King", "Hugo Bishop"])
def test_a_surname_that_is_also_a_title_word_is_still_a_name(name):
    assert shape_problem(name, "person") is None
