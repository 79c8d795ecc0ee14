"""One article's speakers, named as the registry stores them.

The extractor gives each article's speakers as clusters (name, type, mentions, role);
`name_clusters` turns each into a `Named`: its name cleaned (a person's without
titles), its kind from the article's evidence, the mentions that are names (its
aliases to be), and why it is not a name when it is not one. A one-word person
("Schiff", "Mr Tong") takes the full name the article gives, when it gives exactly
one: in the cluster's mentions, in another speaker of the article, or in the text
("Representative Adam Schiff"). Organisations take the acronyms the article pairs
with their names ("United States Geological Survey (USGS)").
"""

import datetime
import re
from dataclasses import dataclass, field

from rapidfuzz.distance import Levenshtein

from quotes.extraction.names import alias_key

from .kinds import GROUP, ORGANISATION, PERSON, decide_kind
from .organisations import acronym_pairs, split_country, without_determiner
from .people import name_key, same_given_name, titled_form
from .shapes import clean_name, person_name, shape_problem

ANONYMOUS = "anonymous"


@dataclass
class ArticleFacts:
    """What the resolver knows of the article beside its speakers."""

    text: str = ""  # headline, standfirst and body
    outlet: str = ""
    date: datetime.date | None = None


@dataclass(eq=False)
class Named:
    cluster: object  # the extractor's SpeakerCluster
    name: str
    kind: str  # person, organisation, group, or anonymous
    evidence: str = ""
    forms: list[str] = field(default_factory=list)
    problem: str | None = None
    country: str = ""  # an organisation's country qualifier, when it has one
    fuller_from: str = ""  # where a one-word person's full name came from

    @property
    def key(self) -> str:
        return name_key(self.name)

    @property
    def bare(self) -> bool:
        """A one-word person name that is not a peerage or regnal form."""
        words = self.name.split()
        return self.kind == PERSON and len(words) == 1


def name_clusters(clusters, facts: ArticleFacts) -> list[Named]:
    pairs = acronym_pairs(facts.text)
    named = [_named(cluster, pairs) for cluster in clusters]
    people = [n for n in named if n.kind == PERSON and not n.problem and " " in n.name]
    for one in named:
        if one.bare and not one.problem:
            _take_full_name(one, people, facts.text)
    return named


def _named(cluster, pairs: dict[str, str]) -> Named:
    if cluster.type == ANONYMOUS:
        return Named(cluster, cluster.name, ANONYMOUS)
    hint = PERSON if cluster.type == PERSON else ""
    cleaned = clean_name(cluster.name, hint)
    if not cleaned or _problem(cleaned, hint):
        # The cluster's name is not one ("Current Director"): a mention may be
        # ("Current Director of National Intelligence John Ratcliffe").
        better = (clean_name(m, hint) for m in cluster.mentions)
        cleaned = next((b for b in better if " " in b and not _problem(b, hint)), cleaned)
    # Judged as the person it would be, unless as a person it is no name at all
    # ("Ministry of Defence", which the extractor took for a person).
    judged = person_name(cleaned) if hint == PERSON else cleaned
    if shape_problem(judged, PERSON):
        judged = cleaned
    kind, evidence = decide_kind(judged, cluster.mentions, cluster.role, cluster.type)
    name = _as_kind(cleaned, kind)
    forms = []
    for mention in (cluster.name, *cluster.mentions):
        form = _as_kind(clean_name(mention, hint), kind)
        if form and not shape_problem(form, kind) and form not in forms:
            forms.append(form)
    country = ""
    if kind != PERSON:
        name = _fullest_body_name(name, forms)
        if name not in forms:
            forms.append(name)
        for form in list(forms):
            paired = pairs.get(alias_key(form))
            if paired and paired not in forms:
                forms.append(paired)
        country = next((c for c, _ in map(split_country, [name, *forms]) if c), "")
    return Named(cluster, name, kind, evidence, forms, shape_problem(name, kind), country)


def _fullest_body_name(name: str, forms: list[str]) -> str:
    """An organisation's name as its fullest mention gives it: "Ireland" said as
    "Northern Ireland" is Northern Ireland."""
    key = alias_key(name)
    fuller = [f for f in forms if alias_key(f).endswith(f" {key}") and "'" not in f]
    return max(fuller, key=len) if fuller else name


def _problem(name: str, hint: str) -> str | None:
    return shape_problem(person_name(name) if hint == PERSON else name, hint)


def _as_kind(name: str, kind: str) -> str:
    if kind == PERSON:
        return person_name(name)
    if kind in (ORGANISATION, GROUP):
        return without_determiner(name)
    return name


def _take_full_name(one: Named, people: list[Named], text: str) -> None:
    """Give a one-word person the full name the article gives, if it gives one."""
    word = alias_key(one.name)
    titled = {f for f in one.forms if _titled(f) and alias_key(f).split()[-1] == word}
    if len(titled) == 1:  # "Pope Francis", "Lord Goldsmith": a name of its own
        one.name = titled.pop()
        one.fuller_from = "title"
        return
    fuller = {f for f in one.forms if " " in f and word in alias_key(f).split() and not _titled(f)}
    how = "mentions"
    if not fuller:
        fuller = {p.name for p in people if _fits(word, alias_key(p.name))}
        how = "speakers"
    if not fuller:
        fuller = set(_in_text(one.name, text))
        how = "text"
    keys = {alias_key(f) for f in fuller}
    if fuller and _one_person(keys):
        one.name = max(fuller, key=len)
        one.fuller_from = how
        if one.name not in one.forms:
            one.forms.append(one.name)


def _titled(name: str) -> bool:
    return titled_form(name.split())


def _fits(word: str, full_key: str) -> bool:
    """A one-word name that can be this article's full name: its surname, a close
    spelling of it ("Saree" for "Yahya Sarea", "Wasif" for "Sally Wasef"), or its
    given name ("Hardeep" for "Hardeep Singh Puri")."""
    words = full_key.split()
    last = words[-1]
    if word == last or (same_given_name(word, words[0]) and len(word) > 2):
        return True
    return (
        min(len(word), len(last)) >= 5
        and word[0] == last[0]
        and Levenshtein.distance(word, last) <= 1
    )


def _one_person(keys: set[str]) -> bool:
    """Whether the full names found are one person's ("Adam Schiff" twice, or "Gordon
    Brown" and "James Gordon Brown")."""
    if len(keys) == 1:
        return True
    firsts = [key.split() for key in keys]
    return all(a[-1] == b[-1] and same_given_name(a[0], b[0]) for a in firsts for b in firsts)


def _in_text(word: str, text: str) -> list[str]:
    """Full names ending in `word` in the article's text: "Represenative Adam Schiff"
    -> "Adam Schiff"."""
    found = []
    pattern = rf"((?:[A-Z][\w'’.-]*\s+){{1,5}}){re.escape(word)}\b"
    for match in re.finditer(pattern, text or ""):
        name = person_name(clean_name(match.group(0), PERSON))
        if " " in name and not shape_problem(name, PERSON) and not _titled(name):
            found.append(name)
    return found
