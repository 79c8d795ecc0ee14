"""Realistic, varied news articles for the import benchmark, written one at a time.

A pool of recurring speakers (people with titles, roles and genders; some whose
surname the press spells several ways; organisations) is quoted in many styles:
cue after or before, "said X", a quote over two paragraphs, pronouns, "Mr X told
reporters", partial quotes, reported speech, anonymous officials. Deterministic for
a seed.
"""

import datetime
import random
from dataclasses import dataclass
from pathlib import Path

FIRST_MALE = """James Olaf Tomas Pedro Ahmed Yusuf Igor Dmitri Marco Luca Jan Pieter Kwame
Hiroshi Kenji Arjun Rahul Mateo Diego Lars Nils Stefan Anton Viktor Oleksandr Andriy Mykola
Emmanuel Olivier Thomas Daniel Samuel Michael David Peter Paul George Henry Felix Hugo Omar
Karim Tariq Bilal Chen Wei Jun Min-jun Rafael Bruno Carlos Javier Sergio Ivan Pavel""".split()
FIRST_FEMALE = """Anna Maria Sofia Elena Olga Irina Natalia Aisha Fatima Leila Yasmin Priya Ananya
Mei Yuki Hana Ingrid Astrid Freya Clara Sophie Julia Laura Emma Chloe Amelie Marta Lucia
Carmen Isabel Ewa Katarzyna Agnieszka Oksana Yulia Kateryna Tetiana Rachel Sarah Rebecca Helen
Grace Alice Nora Ida Zainab Amina Ngozi Chiamaka Kaja Ursula Giorgia Annalena Mette""".split()
SURNAMES = """Lindqvist Berg Holm Sandvik Eide Andersen Nilsen Johansson Novak Kowalski Nowak
Wisniewski Horvat Kovacs Nagy Popescu Ionescu Petrov Ivanov Smirnov Sokolov Morozov Volkov
Shevchenko Kovalenko Bondarenko Tkachenko Kravchenko Melnyk Boyko Rossi Russo Ferrari Esposito
Bianchi Romano Garcia Martinez Lopez Gonzalez Rodriguez Fernandez Sanchez Perez Silva Santos
Oliveira Costa Pereira Almeida Muller Schmidt Schneider Fischer Weber Meyer Wagner Becker
Hoffmann Schulz Dubois Martin Bernard Moreau Laurent Lefebvre Leroy Roux Fournier Girard
Smith Jones Taylor Brown Williams Wilson Davies Evans Thomas Roberts Walker Wright Thompson
White Hughes Edwards Green Hall Wood Harris Clarke Jackson Turner Hill Moore Cooper Ward
Okafor Adeyemi Mensah Owusu Diallo Traore Kamara Mwangi Otieno Kariuki Haddad Khalil Nasser
Rahman Hussain Ahmed Khan Malik Sheikh Iqbal Qureshi Chaudhry Tanaka Suzuki Takahashi
Watanabe Yamamoto Nakamura Kobayashi Kim Lee Park Choi Jung Kang Zhang Wang Liu Chen Yang
Huang Zhao Wu Zhou Sun Gupta Sharma Patel Singh Kumar Reddy Iyer Nair Menon Das Bose""".split()
# Surnames the press transliterates several ways: (usual, variants).
TRANSLITERATED = [
    ("Zelenskyy", ["Zelensky", "Zelenskiy"]),
    ("Gaddafi", ["Qaddafi", "Gadhafi"]),
    ("Tymoshenko", ["Timoshenko"]),
    ("Podolyak", ["Podoliak"]),
    ("Yermak", ["Iermak"]),
    ("Kuleba", ["Kouleba"]),
    ("Klitschko", ["Klychko"]),
    ("Shmyhal", ["Shmygal"]),
    ("Kuznetsov", ["Kouznetsov", "Kuznetsoff"]),
    ("Medvedev", ["Medvedyev"]),
    ("Lavrov", ["Lavroff"]),
    ("Peskov", ["Peskoff"]),
    ("Erdogan", ["Erdoğan"]),
    ("Mohammed", ["Mohammad"]),
]
ROLES = """finance minister|foreign minister|defence minister|health secretary|mayor of the city|
chief economist at Fjordbank|governor of the central bank|head of the regional council|
spokesperson for the ministry|chief executive of the company|union leader|opposition leader|
professor of economics|head of the aid agency|police chief|coach of the national team|
prosecutor in the case|lawyer for the family|president of the federation|party chair""".replace(
    "\n", ""
).split("|")
TITLES = {"finance minister": "Finance Minister", "foreign minister": "Foreign Minister"}
ORGANISATIONS = """Ministry of Finance|Ministry of Defence|European Commission|World Health
Organization|Norges Bank|Red Cross|Transport Workers Union|Nordkyst Securities|Port Authority|
National Weather Service|Football Association|Supreme Court""".replace("\n", " ").split("|")
OUTLETS = ["Wire Service", "Morning Post", "Daily Ledger", "Evening Star", "Coast Herald"]
TOPICS = [
    ("budget", "spending", "tax", "deficit", "cuts"),
    ("talks", "ceasefire", "deal", "border", "guarantees"),
    ("rates", "inflation", "growth", "prices", "wages"),
    ("flooding", "storm", "rescue", "shelters", "roads"),
    ("election", "vote", "campaign", "coalition", "ballot"),
    ("strike", "pay", "union", "contracts", "hours"),
    ("hospital", "waiting lists", "doctors", "vaccines", "beds"),
    ("match", "final", "season", "transfer", "stadium"),
]
VERBS = "said warned insisted argued explained admitted conceded".split()
HEADLINE_VERBS = ["speaks out on", "warns over", "defends", "criticises", "questions"]
CLAIMS = [
    "We will not accept any {n} that ignores the {m}",
    "The {n} is working, and the figures show it",
    "Nobody wants to see the {n} collapse, but the {m} has to come first",
    "This is the most serious {n} we have faced in a decade",
    "I have been clear from the start: the {m} is not up for negotiation",
    "We expect the {n} to improve by the end of the year",
    "There is no quick fix for the {m}, and anyone who says otherwise is wrong",
    "The {n} was a mistake, and we said so at the time",
    "Our priority is the {m}, and it will stay that way",
    "If the {n} fails, the {m} will be the first thing to suffer",
    "We are listening, but the 'emergency' {n} is not the answer",
    "People are tired of promises about the {m}",
]
FILLER = [
    "The {n} has dominated debate for weeks, with {k} meetings held since {month}.",
    "Figures published on {day} showed the {m} had changed by {p}% over the year.",
    "Critics say the {n} was rushed through without proper scrutiny.",
    "The decision follows months of pressure over the {m}.",
    "Officials expect a further announcement on the {n} within {k} days.",
    "Markets reacted calmly, with little movement after the news on the {m}.",
    "The {n} is expected to cost about {k} million over {p} years.",
    "Local groups have organised {k} public meetings about the {m} since {month}.",
]
DAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
MONTHS = "January February March April May June July August September October".split()


@dataclass(eq=False)
class Speaker:
    first: str
    surname: str
    gender: str
    role: str
    variants: tuple[str, ...] = ()

    def full(self, surname=None):
        return f"{self.first} {surname or self.surname}"


def speaker_pool(rng: random.Random, size: int) -> list[Speaker]:
    pool, seen = [], set()
    for surname, variants in TRANSLITERATED:  # the variant-spelled ones recur often
        first = rng.choice(FIRST_MALE + FIRST_FEMALE)
        gender = "f" if first in FIRST_FEMALE else "m"
        pool.append(Speaker(first, surname, gender, rng.choice(ROLES), tuple(variants)))
        seen.add((first, surname))
    while len(pool) < size:
        gender = rng.choice("mf")
        first = rng.choice(FIRST_FEMALE if gender == "f" else FIRST_MALE)
        surname = rng.choice(SURNAMES)
        if rng.random() < 0.15:
            surname = f"{surname}-{rng.choice(SURNAMES)}"
        if (first, surname) not in seen:
            seen.add((first, surname))
            pool.append(Speaker(first, surname, gender, rng.choice(ROLES)))
    return pool


class ArticleWriter:
    def __init__(self, seed: int = 1, speakers: int = 2000):
        self.rng = random.Random(seed)
        self.pool = speaker_pool(self.rng, speakers)
        # Zipf-like popularity: a few speakers are quoted very often.
        self.weights = [1 / (rank + 1) ** 0.8 for rank in range(len(self.pool))]
        self.quoted = set()  # the people and organisations quoted by name

    def article(self, number: int) -> str:
        rng = self.rng
        topic = rng.choice(TOPICS)
        date = datetime.date(2023, 1, 1) + datetime.timedelta(days=rng.randrange(1000))
        people = list(dict.fromkeys(rng.choices(self.pool, self.weights, k=rng.randint(2, 4))))
        spelled = {
            p.surname: rng.choice(p.variants) for p in people if p.variants and rng.random() < 0.3
        }
        who, verb, day = rng.choice(people).surname, rng.choice(HEADLINE_VERBS), number % 97 + 2
        headline = f"{who} {verb} {topic[0]} as {topic[1]} row enters day {day}"
        standfirst = f"{self._filler(topic)} Report number {number}."
        quotes_wanted = rng.randint(3, 10)
        paragraphs, introduced, last = [self._filler(topic)], set(), None
        while quotes_wanted > 0 or len(paragraphs) < 8:
            if quotes_wanted > 0 and rng.random() < 0.7:
                person = last if last and rng.random() < 0.3 else rng.choice(people)
                paragraphs += self._quote(
                    person, topic, spelled, person in introduced, person is last
                )
                introduced.add(person)
                last = person
                quotes_wanted -= 1
            else:
                paragraphs.append(self._filler(topic))
                last = None
            if len(paragraphs) >= 20:
                break
        return "\n".join([f"date {date} {headline}", standfirst, *paragraphs[:20]]) + "\n"

    def _claim(self, topic) -> str:
        n, m = self.rng.sample(topic, 2)
        return self.rng.choice(CLAIMS).format(n=n, m=m)

    def _filler(self, topic) -> str:
        rng = self.rng
        n, m = rng.sample(topic, 2)
        return " ".join(
            rng.choice(FILLER).format(
                n=n,
                m=m,
                k=rng.randint(2, 90),
                p=rng.randint(1, 40),
                day=rng.choice(DAYS),
                month=rng.choice(MONTHS),
            )
            for _ in range(rng.randint(1, 3))
        )

    def _quote(self, person: Speaker, topic, spelled, known: bool, again: bool) -> list[str]:
        rng = self.rng
        surname = spelled.get(person.surname, person.surname)
        title = "Ms" if person.gender == "f" else "Mr"
        pronoun = "she" if person.gender == "f" else "he"
        claim, verb = self._claim(topic), rng.choice(VERBS[:4])
        if not known:
            self.quoted.add(person)
            style = rng.randrange(3)
            full = person.full(surname)
            if style == 0:
                return [f'"{claim}," {full}, the {person.role}, {verb}.']
            if style == 1:
                return [f'{full}, the {person.role}, {verb}: "{claim}."']
            return [f'"{claim}," said {full}, the {person.role}.']
        style = rng.randrange(7)
        if style == 0 and again:
            return [f'"{claim}," {pronoun} {verb}.']
        if style == 1:
            return [f'"{claim}," {title} {surname} told reporters.']
        if style == 2:  # over two paragraphs
            return [f'"{claim}.', f'"{self._claim(topic)}," {surname} added.']
        if style == 3:
            n = rng.choice(topic)
            what = rng.choice(["disaster", "turning point", "test"])
            return [f'{title} {surname} described the {n} as "a {what} for everyone".']
        if style == 4:
            n, month = rng.choice(topic), rng.choice(MONTHS)
            return [f"{title} {surname} said that the {n} would be reviewed by {month}."]
        if style == 5:
            return [f'"{claim}," one official said, speaking on condition of anonymity.']
        if style == 6:
            organisation = rng.choice(ORGANISATIONS)
            self.quoted.add(organisation)
            return [f'"{claim}," the {organisation} said in a statement.']
        return [f'"{claim}," {title} {surname} {verb}.']


def write_articles(directory: Path, count: int, *, seed: int = 1, per_folder: int = 1000) -> int:
    """Write `count` articles under directory/NN/NNNNNN.txt, one at a time; return how
    many different people and organisations they quote by name."""
    writer = ArticleWriter(seed=seed)
    for number in range(count):
        folder = directory / f"{number // per_folder:02d}"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{number:06d}.txt").write_text(writer.article(number), encoding="utf-8")
    return len(writer.quoted)
