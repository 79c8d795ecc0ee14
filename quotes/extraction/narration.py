"""Names in narration: the people, organisations and anonymous sources an article
mentions outside its quotations, with their roles, and the registry built from them.

Only narration counts: a name inside a quotation ("If Ukraine falls, he won't stop")
never becomes a speaker or an antecedent. A name that opens its sentence or comes right
before a speech verb is a subject, which pronoun resolution weighs more.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import Final

from .article import Article
from .capitals import (
    CAPSEQ,
    CAPSEQ_ASCII,
    HONORIFIC_ONLY,
    UPPER,
    NameHit,
    after_title_object,
    classify_tokens,
    gender_of,
    is_title_word,
    word_key,
)
from .clustering import MENTION, OBJECT, SPEAKER, SUBJECT, Entity, Registry
from .cues import AUX_WORDS, ITSELF, alternation
from .descriptions import leads_common_phrase
from .facts import CueWords, cue_words
from .lexicon import (
    ANONYMOUS_HEADS,
    ANONYMOUS_WORDS,
    CLAUSE_OPENERS,
    GENDERED_NOUNS,
    KNOWN_ORGS,
    LABELLING,
    MEDIA_NOUNS,
    NOT_NAMES,
    ORG_HEADS,
    ROLE_HEADS,
    ROLE_STOP,
    SPEECH,
    SUBJECT_PRONOUNS,
    TITLE_WORDS,
)
from .marks import scan_paragraph
from .mentions import LEAD_ADVERBIAL, TITLE_OBJECT, parse_subject
from .organisations import joined_names, organisation_hit, organisation_kind
from .sentences import DATELINE, sentence_start

# What may come between a name and the speech verb that makes it the subject: an aside
# ("Smith, the club's captain, said") and auxiliaries ("has repeatedly said"). Matched
# in parts by _before_verb; as one regex it tried the auxiliaries after every length of
# aside.
_BEFORE_VERB: Final = re.compile(rf"\s*(?:,[^,]{{1,100}})?,?\s*(?:(?:{AUX_WORDS})\s+)*")
_NO_ASIDE: Final = re.compile(rf"\s*,?\s*(?:(?:{AUX_WORDS})\s+)*")
_ASIDE_OPENS: Final = re.compile(r"\s*,")
_AFTER_ASIDE: Final = re.compile(rf",?\s*(?:(?:{AUX_WORDS})\s+)*")
_POSSESSIVE_ORG: Final = re.compile(
    rf"['’]s\s+(?:[{UPPER}][\w-]*\s+)?(?:Hospital|Church|School|College|University|"
    r"Trust|Society|Fund|Foundation|Club|Association|Union|Office|Bank|Court|Museum|Centre|"
    r"Center|Party|League|Council|Institute|Department)\b"
)
# Written to begin with a character class (the word boundary checked after the first
# letter) so that re skips ahead instead of trying every position.
_ANONYMOUS_INTRO: Final = re.compile(
    r"[AaOoTtSs](?<!\w.)(?:(?<=[Aa])n?|(?<=[Oo])ne|(?<=[Tt])wo|(?<=[Tt])hree|(?<=[Ss])everal|"
    r"(?<=[Ss])ome)\s+((?:[\w&'’-]+\s+){0,3}?(?:"
    + alternation(ANONYMOUS_WORDS)
    + r"))\b(?![\w'’-])"
)
_NICKNAME: Final = re.compile(
    rf"([{UPPER}](?<!\w.)[\w'’-]+)\s+[“\"‘'][^”\"’'“‘]{{1,30}}[”\"’']\s+([{UPPER}][\w'’-]+)"
)
# Its quoted middle alone, which starts with a mark and so is quick to look for.
_NICKNAME_MIDDLE: Final = re.compile(rf"[“\"‘'][^”\"’'“‘]{{1,30}}+[”\"’']\s+[{UPPER}]")


_APPOSITION_AFTER: Final = re.compile(
    r",\s+(?:the|a|an)\s+([a-z][\w'’-]*(?:\s+[\w'’-]+){0,5}?)\s*(?=,|\.|;|$|\s+(?:said|says|"
    r"told|added|warned|who))"
)
_APPOSITION_BEFORE: Final = re.compile(r"(?:^|[.!?]\s+)(?:The|the)\s+([a-z][\w'’ -]{2,50}?),\s*$")


def anonymous_sources(text: str, start: int, end: int) -> list[tuple[int, str, str | None]]:
    """Unnamed people introduced in narration: "one EU diplomat", "a senior official"."""
    found: list[tuple[int, str, str | None]] = []
    first, last = start, end
    after = text[end : end + 1]
    if not (after.isalnum() or after == "_"):
        # A match ends with an anonymous-source noun (each is a cue word), looks one
        # character past it, and starts within the four words (runs of non-space) before
        # it: re need only search from four words before the stretch's first such noun to
        # just past its last. (Where a word character follows the stretch, re could take
        # the part of a word before it for a noun, which the cue words do not list.)
        # Only the hits inside the stretch, found by bisection: reading every hit of the
        # paragraph for each stretch made a long paragraph cost its length squared.
        nouns = [
            (a, b) for a, b, word in cue_words(text).between(start, end) if word in ANONYMOUS_WORDS
        ]
        if not nouns:
            return found
        before = text[start : nouns[0][0]].rsplit(None, 4)
        first = start + len(before[0]) if len(before) == 5 else start
        last = min(end, nouns[-1][1] + 1)
    for match in _ANONYMOUS_INTRO.finditer(text, first, last):
        phrase = match.group(1)
        head = phrase.split()[-1].casefold()
        if phrase.startswith("of "):  # "one of the victims": the whole phrase names them
            whole = match.group()
            found.append((match.start(), whole[0].lower() + whole[1:], GENDERED_NOUNS.get(head)))
        else:
            found.append((match.start(1), phrase, GENDERED_NOUNS.get(head)))
    return found


def nicknamed(text: str) -> list[tuple[int, str]]:
    """Names split by a nickname in quotes: Boris "the Bulldozer" Petrov -> Boris Petrov."""
    found: list[tuple[int, str]] = []
    if not _NICKNAME_MIDDLE.search(text):
        return found
    for match in _NICKNAME.finditer(text):
        first = word_key(match.group(1))
        if first not in NOT_NAMES and first not in TITLE_WORDS:
            found.append((match.start(), f"{match.group(1)} {match.group(2)}"))
    return found


def scan_names(text: str, start: int, end: int) -> list[NameHit]:
    """The people and organisations named in text[start:end]."""
    hits: list[NameHit] = []
    joined = joined_names(text, start, end) if _joined_hint(text, start, end) else []
    covered = 0
    for match in (CAPSEQ_ASCII if text.isascii() else CAPSEQ).finditer(text, start, end):
        match_start, match_end = match.span()
        if match_start < covered:
            continue
        if joined and any(hit.start <= match_start < hit.end for hit in joined):
            continue
        matched = match.group()
        if _title_object_before(text, match_start, start):
            # "Mayor of London Sadiq Khan": the title's object is not part of the name.
            tokens = matched.split()
            named = after_title_object(tokens)
            if len(named) < len(tokens):
                match_start = match_start + matched.index(named[0])
                matched = matched[matched.index(named[0]) :]
        sequence = _sequence(matched)
        if sequence is None:
            continue
        kind, titles, surface, offset, name_text, given, title_gender, name_gender = sequence
        if text.startswith(_POSSESSIVE, match_end) and _POSSESSIVE_ORG.match(text, match_end):
            covered = match_end + 3
            continue
        if (
            kind != "organisation"
            and matched.startswith("The ")
            and (sentence_start(text, 0, match_start) != match_start)
        ):
            # "The" inside a sentence is part of a name: a band, a paper, a company.
            kind = "organisation"
            hits.append(NameHit(match_start, match_end, matched, kind, matched, (), None))
            continue
        if (
            kind in ("person", "bare")
            and text.startswith(_POSSESSIVE, match_end)
            and _OWNED_BY_A_BODY.match(text, match_end + 2)
            and not titles
        ):
            # "Wells Fargo's board", "Unilever's chief executive": what has a board or
            # shareholders is a body, whatever its name looks like.
            owner = NameHit(
                match_start + offset, match_end, surface, "organisation", name_text, (), None
            )
            hits.append(owner)
            continue
        following = _NEXT_WORD.match(text, match_end)
        next_word = following.group(1) if following else ""
        if (
            kind == "organisation"
            and " " not in matched
            and next_word.endswith("s")
            and next_word in ANONYMOUS_WORDS
        ):
            continue  # "State prosecutors", "City officials": a modifier, not a name
        if next_word in MEDIA_NOUNS:
            # "his official Twitter account", "the BBC website": a place something was
            # posted, which no pronoun later means.
            continue
        if kind == "organisation":
            hit = organisation_hit(text, match, start, end)
            if hit is not None:
                if not _generic(hit.name):  # "Regulator says": a noun, not a name
                    hits.append(hit)
                covered = hit.end
                continue
            if _generic(matched):
                continue
        hit_start = match_start + offset
        role = gender = None
        if kind in ("person", "bare"):
            role = _role_around(text, hit_start, match_end, titles, start)
        if kind == "bare" and role:
            kind = "person"  # "Turkish president Erdoğan": one name, but a person's
        if kind in ("person", "bare"):
            # A given name says more than a role noun ("Trump spokesman Hope Hicks ... she
            # said"): "spokesman" and "chairman" are used of women too.
            gender = title_gender or name_gender or (role and _role_gender(role))
        hits.append(NameHit(hit_start, match_end, surface, kind, name_text, given, gender, role))
    if joined:
        hits = sorted(hits + joined, key=lambda hit: hit.start)
    for hit in hits:
        if hit.kind == "organisation":
            hit.role = organisation_kind(text, hit.start, hit.end, start)
    return hits


_POSSESSIVE = ("'s", "’s")
# A speech verb after a comma, right before a name: the name is the speaker ("..., said
# Robert Shapiro").
_INVERTED_CUE: Final = re.compile(
    r",[\"”’']?\s+(?:said|says|added|adds|explained|noted|argued|warned|told\s+\w+)\s+$"
)
# What only a body has, after a name's "'s".
_OWNED_BY_A_BODY: Final = re.compile(
    r"\s+(?:(?:former|new|interim|acting|incoming|outgoing)\s+)?(?:board|shareholders|"
    r"subsidiary|subsidiaries|headquarters|branches|stores|share\s+price|shares|"
    r"chief\s+executive|chief\s+financial\s+officer|chief\s+operating\s+officer|"
    r"parent\s+company|annual\s+report|quarterly\s+results|workforce)\b"
)
# A speech verb right after a name, then a clause about "it" (cues.ITSELF), after whom it
# told and "that": "said it would", "told investors that its".
_ABOUT_ITSELF: Final = re.compile(
    rf"\s+(?:(?:has|had|have|will|would)\s+)?(?:{alternation(SPEECH)})"
    rf"\s+(?:[\w-]+\s+){{0,2}}?(?:that\s+)?(?:{ITSELF.pattern})"
)
# The lower-case word right after a name: a group it qualifies ("State prosecutors") or a
# medium ("the BBC website").
_NEXT_WORD: Final = re.compile(r" ([a-z]+)\b")
# A name right after a preposition is an object: "Speaking to Martin Smith", "with Trump".
_OBJECT_AFTER: Final = frozenset(
    "to with by of for from at on about against than toward towards between among "
    "including visited met thanked congratulated told".split()
)


def _words_before(text: str, start: int, floor: int) -> list[str]:
    """The last three words before `start` (not before `floor`), without a "the"; read
    by splitting a short slice, which is cheaper than an end-anchored regex search."""
    words = text[max(floor, start - 40) : start].split()[-3:]
    if words and words[-1] == "the":
        words.pop()
    return words


def _after_preposition(text: str, start: int) -> bool:
    """Is a name at `start` the object of a preposition ("Speaking to Martin Smith")?"""
    words = _words_before(text, start, 0)
    return bool(words) and words[-1] in _OBJECT_AFTER


def _title_object_before(text: str, start: int, floor: int) -> bool:
    """Does a title with its object's preposition come right before `start` ("Senator from
    Vermont Bernie Sanders", "Mayor of London Sadiq Khan")?"""
    # Most names follow no such word: an ending test on the same stretch rules them out
    # before it is split into words.
    if not text[max(floor, start - 40) : start].rstrip().endswith(_TITLE_OBJECT_ENDINGS):
        return False
    words = _words_before(text, start, floor)
    return len(words) > 1 and words[-1] in TITLE_OBJECT and is_title_word(words[-2])


_TITLE_OBJECT_ENDINGS: Final = (*TITLE_OBJECT, "the")


def _generic(name: str) -> bool:
    """A lone word for a kind of organisation ("Regulator", "Council") names none."""
    key = word_key(name)
    return " " not in name and key not in KNOWN_ORGS and key in ORG_HEADS


_JOINED_HINT = re.compile(rf"\s(?:and|&)\s+[{UPPER}]")
# The same without "&", beginning with the word, which re finds much faster than a class of
# characters, and looking behind it for the white space: searched from one character on.
_AND_HINT: Final = re.compile(rf"and(?<=\sand)\s+[{UPPER}]")


def _joined_hint(text: str, start: int, end: int) -> bool:
    """Could text[start:end] hold two names joined by "and" or "&" (see joined_names)?"""
    # Both tests read the stretch only, never the whole paragraph: asked for each stretch
    # of a long paragraph, that made its cost grow with the square of its length.
    if text.find("&", start, end) >= 0:
        return _JOINED_HINT.search(text, start, end) is not None
    # The substring test is a cheap necessary condition for the regex.
    return text.find("and", start, end) >= 0 and _AND_HINT.search(text, start + 1, end) is not None


@lru_cache(maxsize=16384)
def _sequence(sequence: str) -> tuple | None:
    """What a capitalised sequence is, worked out once per distinct sequence: (kind,
    titles, surface, offset of the surface, name text, given names, the gender its titles
    give, the gender its given name gives)."""
    tokens = sequence.split()
    classified = classify_tokens(tokens)
    if classified is None:
        return None
    kind, titles, name = classified
    if kind in ("person", "bare") and leads_common_phrase(tokens) and not tokens[0].isupper():
        return None  # "Coaches say", "Labour MPs", "The Italian": not a person's name
    surface_tokens = titles + name if kind in ("person", "bare") else name
    offset = max(sequence.find(surface_tokens[0]), 0) if surface_tokens else 0
    return (
        kind,
        titles,
        " ".join(surface_tokens),
        offset,
        " ".join(name),
        tuple(name[:-1]) if kind == "person" else (),
        gender_of(titles, []),
        gender_of([], name),
    )


def _role_gender(role: str) -> str | None:
    return gender_of([], [], role)


def _role_around(text: str, begin: int, end: int, titles: list[str], floor: int) -> str | None:
    parts = []
    window = text[max(floor, begin - 60) : begin]
    kept: list[str] = []
    # The loop reads at most four words back.
    for word in reversed(window.rsplit(None, 4)[-4:]):
        if word.casefold() in ROLE_STOP or word.endswith((",", ";", ".", ":")):
            break
        if word[0].isupper():
            if kept:
                kept.insert(0, word)
            break
        kept.insert(0, word)
        if len(kept) >= 4:
            break
    if (
        kept
        and kept[-1][0].islower()
        and (word_key(kept[-1]) in ROLE_HEADS or word_key(kept[-1]) in TITLE_WORDS)
    ):
        parts.append(" ".join(kept))
    if titles:
        titles_text = " ".join(t for t in titles if word_key(t) not in HONORIFIC_ONLY)
        if titles_text:
            parts.append(titles_text)
    if text.startswith(",", end):
        after = _APPOSITION_AFTER.match(text, end)
        if after and word_key(after.group(1).split()[-1]) in _APPOSITION_HEADS:
            parts.append(after.group(1))
    appos = _APPOSITION_BEFORE.search(window) if window.rstrip().endswith(",") else None
    if appos and word_key(appos.group(1).split()[-1]) in ROLE_HEADS:
        parts.append(appos.group(1))
    return "; ".join(parts) or None


_APPOSITION_HEADS = ROLE_HEADS | ANONYMOUS_HEADS


def build_registry(article: Article, spans: dict[int, list[tuple[int, int]]]) -> Registry:
    """Every person and organisation named in the narration, with a mention timeline."""
    registry = Registry()
    paragraphs, offsets = article.paragraphs, article.paragraph_offsets
    standfirst = article.standfirst
    first_person = True
    for hit in _narration_hits(standfirst, [(p.start, p.end) for p in scan_paragraph(standfirst)]):
        # The first person the standfirst names is the story's subject: a bare surname two
        # people share means them ("Donald Trump ... Ivanka Trump", then "Trump took").
        subject = first_person and hit.kind == "person"
        first_person = first_person and not subject
        named = registry.add_hit(hit, -1, SUBJECT if subject else MENTION)
        if hit.alias and named is not None:  # "Pacific Gas and Electric Company (PG&E)"
            registry.alias("organisation", hit.alias, named)
    for number, text in enumerate(paragraphs):
        quoted = spans.get(number, [])
        if quoted:  # a nickname is in quote marks
            for position, name in nicknamed(text):
                registry.person(name, name, position=offsets[number] + position)
        narration = _narration(text, quoted)
        dateline = DATELINE.match(text) if number == 0 else None
        if dateline and narration and narration[0][0] == 0:  # a place, not a name
            narration[0] = (dateline.end(), narration[0][1])
        cues = cue_words(text)
        # Where each speech verb among the cue words starts: what a name's verb must be.
        verbs = [start for start, _, word in cues.hits if word.split(" ", 1)[0] in SPEECH]
        if not ANONYMOUS_WORDS.isdisjoint(cues.words):
            for start, end in narration:
                for position, phrase, gender in anonymous_sources(text, start, end):
                    entity = registry.keyed("anonymous", phrase)
                    entity.gender = entity.gender or gender
                    opens = not text[sentence_start(text, 0, position) : position].strip()
                    registry.note(offsets[number] + position, entity, SUBJECT if opens else MENTION)
            for position, name in _group_subjects(text, narration, cues):
                # "State prosecutors charged the suspect ..., they said": a group that a
                # later "they" can mean.
                entity = registry.keyed("anonymous", name)
                entity.gender = "p"
                registry.note(offsets[number] + position, entity, SUBJECT)
        if "The " in text:
            for position, entity in _described_subjects(registry, text, offsets, number):
                # "The former ambassador also discussed ...": the person the article named
                # with that role is the subject here, whom a "he" after it means.
                registry.note(offsets[number] + position, entity, SUBJECT)
        for hit in _hits_in(text, narration):
            after_preposition = hit.kind != "organisation" and _after_preposition(text, hit.start)
            if text.startswith(_POSSESSIVE, hit.end) or after_preposition:
                opens = cued = False
            else:
                opens = _starts_sentence(text, hit)
                # A name that opens its sentence is a subject already: a speech verb after
                # it matters then only to make a bare name a person's.
                cued = (not opens or hit.kind == "bare") and _followed_by_cue(text, hit.end, verbs)
            weight = SUBJECT if opens or cued else OBJECT if after_preposition else MENTION
            if (
                weight == MENTION
                and hit.kind != "organisation"
                and _INVERTED_CUE.search(text, max(0, hit.start - 24), hit.start)
            ):
                # "..., said Robert Shapiro, a professor": the speaker of what came before,
                # whom a "he" in the next sentence means.
                weight = SPEAKER
            if hit.kind == "bare" and cued and _ABOUT_ITSELF.match(text, hit.end):
                # "Unilever said it would cut jobs": what says "it" of itself is a body.
                hit.kind = "organisation"
            elif hit.kind == "bare" and cued and opens:
                hit.kind = "person"
            named = registry.add_hit(hit, offsets[number] + hit.start, weight)
            if hit.alias and named is not None:
                registry.alias("organisation", hit.alias, named)
    return registry


# "The former ambassador also discussed": a definite description of a person (a role
# noun after at most three words) opening a sentence, before a verb.
# It begins with its literal "The " (a sentence start is checked after), so that re skips
# from one "The" to the next.
_DESCRIBED_SUBJECT: Final = re.compile(
    r"The ((?:[a-z][\w-]* ){0,3}?[a-z][\w-]*) (?:also |then |later )?[a-z]+ed\b"
)
_SENTENCE_ENDS: Final = (". ", "! ", "? ")


def _described_subjects(
    registry: Registry, text: str, offsets: tuple[int, ...], number: int
) -> list[tuple[int, Entity]]:
    """(position, person) for each sentence of the paragraph that opens with a
    description of a person the article has named with that role."""
    found = []
    floor = offsets[max(0, number - 3)]
    for match in _DESCRIBED_SUBJECT.finditer(text):
        at = match.start()
        if at and text[at - 2 : at] not in _SENTENCE_ENDS:
            continue
        if word_key(match.group(1).rsplit(" ", 1)[-1]) not in ROLE_HEADS:
            continue
        np = parse_subject("the " + match.group(1))
        if np is None or np.kind != "description":
            continue
        entity = registry.description(np, offsets[number] + match.start(), floor)
        if entity is not None and entity.kind == "person":
            found.append((match.start(), entity))
    return found


def _followed_by_cue(text: str, end: int, verbs: list[int]) -> bool:
    """Does a speech verb follow the name ending at `end`, after at most an aside and
    auxiliaries? `verbs`: where the paragraph's speech verbs start (each is a cue word),
    so only those within reach are tried, each by what stands between it and the name
    (_before_verb). (A single regex from the name tried every verb after every length of
    aside.)"""
    k = bisect.bisect_left(verbs, end)
    while k < len(verbs) and verbs[k] <= end + _CUE_REACH:
        if _before_verb(text, end, verbs[k]):
            return True
        if not _ASIDE_OPENS.match(text, end):
            # Without an aside (which opens with a comma) only auxiliaries can come
            # between the name and its verb, and no verb is one: only the first verb
            # after the name can be its verb.
            return False
        k += 1
    return False


def _before_verb(text: str, end: int, verb: int) -> bool:
    """Does text[end:verb] match _BEFORE_VERB? Either no aside, or a comma, an aside of
    1 to 100 characters without one, and what may follow it: the aside ends at the next
    comma if there is one (the aside has none, and what follows has one only first), or
    else it may take the whole stretch."""
    if _NO_ASIDE.fullmatch(text, end, verb):
        return True
    opening = _ASIDE_OPENS.match(text, end, verb)
    if opening is None:
        return False
    aside = opening.end()
    if text[aside:verb].strip().casefold() in SUBJECT_PRONOUNS:
        # "whether he respects Putin, he said": the pronoun is the verb's subject, the
        # name before the comma no speaker.
        return False
    if sentence_start(text, aside, verb) > aside:
        # "Linda Hale, attended the vigil. Hale said": the verb is another sentence's.
        return False
    comma = text.find(",", aside, verb)
    if comma >= 0:
        return 0 < comma - aside <= 100 and _AFTER_ASIDE.fullmatch(text, comma, verb) is not None
    if verb - aside <= 100:
        return verb > aside
    return _BEFORE_VERB.fullmatch(text, end, verb) is not None  # a longer aside: rare


# Farther than an aside of at most 100 characters, its commas and spaces, and
# auxiliaries and adverbs ("would not normally have") reach in any sentence.
_CUE_REACH: Final = 250


def _narration(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The stretches of a paragraph outside its quotations."""
    ranges, position = [], 0
    for start, end in sorted(spans):
        if start > position:
            ranges.append((position, start))
        position = max(position, end)
    if position < len(text):
        ranges.append((position, len(text)))
    return ranges


def _narration_hits(text: str, spans: list[tuple[int, int]]) -> list[NameHit]:
    return _hits_in(text, _narration(text, spans))


def _hits_in(text: str, ranges: list[tuple[int, int]]) -> list[NameHit]:
    hits = []
    for start, end in ranges:
        hits += scan_names(text, start, end)
    return hits


def _starts_sentence(text: str, hit: NameHit) -> bool:
    """Does the name open its sentence (after an adverbial or a role)?"""
    sentence = sentence_start(text, 0, hit.start)
    if sentence == hit.start:
        return True
    prefix = text[sentence : hit.start].lstrip()
    if "," in prefix:  # an adverbial ends with one
        prefix = LEAD_ADVERBIAL.sub("", prefix)
    # At most four words may come before the name: split no further than that shows.
    words = prefix.split(None, 4)
    if len(words) > 4:
        return False
    if _NAME_AND_VERB.search(prefix):
        return False  # "Obama departs the UK": the subject and its verb come first
    # A loop rather than any(): a generator costs a frame, and this runs for every name.
    for word in words:
        key = word.casefold().strip(",")
        if key in CLAUSE_OPENERS or key in _OBJECT_VERBS:
            # "Warren called SEC Chair Mary Jo White the ...": the name is the verb's object.
            return False
    return True


_OBJECT_VERBS: Final = (SPEECH | LABELLING) - {"according"}
# A name, then a verb in the present or past: "Obama departs", "Trump visited".
_NAME_AND_VERB: Final = re.compile(r"\b[A-Z][\w'’.-]*\s+[a-z]{3,}(?:s|ed)\b")


def _group_subjects(
    text: str, narration: list[tuple[int, int]], cues: CueWords
) -> list[tuple[int, str]]:
    """Groups that open a sentence with no determiner ("Police said", "State prosecutors
    charged"): (position, name) for each."""
    found: list[tuple[int, str]] = []
    for a, b, word in cues.hits:
        if word not in ANONYMOUS_WORDS or not word.endswith("s"):
            continue
        start = sentence_start(text, 0, a)
        if a - start > 30 or not any(s <= start and b <= e for s, e in narration):
            continue
        np = parse_subject(text[start:b])
        if np is not None and np.kind == "anonymous" and np.gender == "p":
            found.append((start, np.name))
    return found
