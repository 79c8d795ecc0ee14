"""Matching a cue next to a quotation: who is named, by which verb, and where.

`cue_after` reads the narration right after a closing mark (`," said the coach, Ana
Ruiz.` / `," Mr Zelensky told reporters.` / `" — Ana Ruiz`), `cue_before` the narration
of the same sentence before an opening mark (`Mr Merz said: "` / `He warned that ...
"`). Both return the speaker noun phrase unresolved; attribution resolves it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Final, Literal

from .capitals import CAPSEQ
from .clauses import FINITE
from .cues import MEDIUM, SPEECH_AT_START, SPEECH_VERB, WEEKDAY, alternation, negated, strip_aux
from .facts import cue_words
from .lexicon import (
    CLAUSE_DETERMINERS,
    DOCUMENTS,
    LABELLING,
    NATIONALITIES,
    NOUN_HEADS_AFTER_NAME,
    OBJECT_STOP,
    PARTICIPLES,
    SPEECH_WORDS,
    TELLING_VERBS,
    TOLD_FORMS,
)
from .mentions import parse_subject, two_people
from .names import fold
from .phrase import NP
from .sentences import starts_between, without_dateline

_TAIL_LEAD = re.compile(r"\s*(?:[,;]\s*)?")
# An em dash, an en dash, a horizontal bar (U+2015, the quotation dash of some styles) or a
# hyphen with a space.
_DASH_LEAD: Final = re.compile(r"\s*(?:[—–―]|-\s)\s*")
_ACCORDING_AFTER: Final = re.compile(r"\s*,?\s*according\s+to\s+", re.IGNORECASE)
_ACCORDING_LEAD: Final = re.compile(
    r"\s*[Aa]ccording\s+to\s+([^,]{2,80}(?:,\s*[^,]{2,120}?(?=,))?),\s"
)
_ACCORDING_BEFORE: Final = re.compile(r"\b[Aa]ccording\s+to\s+([^,]{2,80}),\s*$")
# A full stop that does not end an abbreviation, checked after the stop.
_NOT_ABBREVIATION: Final = (
    r"(?<!\bMr\.)(?<!\bMs\.)(?<!\bDr\.)(?<!\bSt\.)(?<!\bJr\.)(?<!\bSr\.)(?<!\bMrs\.)"
    r"(?<!\bRev\.)(?<!\bGen\.)(?<!\bSen\.)(?<!\bRep\.)(?<!\bGov\.)(?<!\bProf\.)(?<!\b[A-Z]\.)"
)
# A written thing after "according to", and where the phrase naming it ends.
_DOCUMENT_LEAD: Final = re.compile(
    rf"(?:an?|the|his|her|their|its)\s+(?:[\w-]+\s+){{0,2}}?(?:{alternation(DOCUMENTS)})\b"
)
_DOCUMENT_RELATIVE: Final = re.compile(rf"\b(?:{alternation(DOCUMENTS)})\s*,?\s*(?:which|that)\s*$")
_PHRASE_END: Final = re.compile(r"[,;:!?—–(]|\." + _NOT_ABBREVIATION)
# It starts with one character class so that re skips ahead to the next candidate
# instead of trying every alternative at every position.
_NP_STOP: Final = re.compile(
    r"[;:!?—–(.,\s](?:(?<=[;:!?—–(])|(?<=\.)" + _NOT_ABBREVIATION + r"|"
    r"(?<=\s)(?:on|in|at|during|after|before|when|as|while|following|yesterday|"
    r"today|tonight|last|outside|inside|told|adding|earlier|later|this|via|through|amid|"
    r"because|since|ahead|of|about|told|from|per|to)\b|(?<=,)\s(?:adding|before|after|as|when|"
    r"while|in|on|at|during|speaking|according|referring|citing|noting|but|and|saying)\b)"
)
_ADJUNCT: Final = re.compile(
    r"\s*(?:$|[,.;:!?—–)…]|(?:on|in|at|during|after|before|when|as|while|following|"
    r"outside|inside|from|to|with|of|about|yesterday|today|tonight|last|earlier|later|"
    r"this|recently|afterwards|again|also|via|through|amid|despite|because|ahead|back|"
    r"then|shortly|late|early|over|under|upon|moments?|minutes?|hours?|days?|weeks?|"
    r"months?|years?|once|simply|bluntly|flatly|firmly|angrily|quietly|calmly|"
    r"previously|alongside|near|by|for|ahead|into|onto|across|around|outside|"
    r"repeatedly|later|and|" + WEEKDAY + r")\b)"
)
_CLAUSE_END: Final = re.compile(
    r"[,.;:!?—–(]|\s(?:said|says|told|adding|before|after|when|as|while)\b"
)
_NEXT_WORD: Final = re.compile(r"\s+([\w'’.-]+)")
_SENTENCE_BREAK: Final = re.compile(
    r"[!?;]|(?<!\b[A-Z])(?<!\bM[rs])(?<!\bMrs)(?<!\bDr)(?<!\bSt)\.\s"
)
_CLAUSE_BREAK: Final = re.compile(
    r"[,;]\s+(?:(?:which|who|whom|that|and|but|while|whereas|although|though|as|when|after|"
    r"before|because|so|if)\s+)?|"
    r"\s(?:and|but|that|while|as|when|after|before|because|so|if|where|said|says|"
    r"reported|reports|claimed|claims|stated|states|wrote|writes|which|whom)\s+"
)
# A written thing named before a participle ("a statement ... saying").
_DOCUMENT: Final = re.compile(rf"\b(?:{alternation(DOCUMENTS)})\b")
# An aside set off by commas between a subject and its verb ("has, in a statement,").
_TRAILING_ASIDE: Final = re.compile(
    r",\s*(?:in|on|at|during|after|before|following|via|through|speaking|writing)\s([^,]{1,60})$"
)
_WHAT_SUBJECT: Final = re.compile(r"\bwhat\s+([^,;:]{2,60})$")
_ELIDED: Final = re.compile(r"(?:,\s*|\s)(?:and|but)\s*$")
_FIRST_VERB: Final = re.compile(
    r"\s(?:have|has|had|is|are|was|were|will|would|can|could|may|might|must|should|do|does|"
    r"did|\w+ed)\b"
)
_CITED_AS: Final = re.compile(r"\b(?:quoted|cited|quoting|citing)\s+(.{2,120}?),?\s+as$")
_WITH_SUBJECT: Final = re.compile(r"(?:^|,)\s*with\s+([^,]{2,60})$")
_BE_BEFORE: Final = re.compile(r"\b(?:was|were|is|are|been|being|be)\s+(?:\w+ly\s+)?$")
_BY_AGENT: Final = re.compile(
    r"\s+by\s+(.{2,80}?)(?=\s+(?:of|as|that|to|about|in|on|at|for|with)\b|\s*[,;:]|\s*$)"
)
_ENDS_WITH_RELATIVE: Final = re.compile(r",?\s*\bwho\s*$")
_TRAILING_PARTICIPLE: Final = re.compile(
    r",\s*(?:speaking|writing|asked|talking|responding)\b[^,]*,?\s*$"
)
OPEN_RELATIVE: Final = re.compile(r",\s*(?:who|which|whose|where)\b[^,]*$")
_TRAILING_PRONOUN: Final = re.compile(r"\b(he|she|they|it)\s*$", re.IGNORECASE)
# Every match of MEDIUM has one of these ("in"/"on" and a space, as IGNORECASE folds them).
_MEDIUM_HINT: Final = re.compile("[iIoO\u0130\u0131][nN]\\s")
_ACCORDING_IN_TAIL: Final = re.compile(r",?\s*according\s+to\s+", re.IGNORECASE)


@dataclass(slots=True)
class Cue:
    np: NP
    cue: str
    start: int  # where the cue's text starts in the paragraph
    end: int  # where it ends
    rule: str  # cue-after | cue-before | cue-before-colon | according-to | dash
    labelling: bool = False  # a verb like "called" that governs a partial quote

    # Written out: mypyc compiles it to C, where dataclass's own runs in the interpreter.
    def __init__(
        self, np: NP, cue: str, start: int, end: int, rule: str, labelling: bool = False
    ) -> None:
        self.np = np
        self.cue = cue
        self.start = start
        self.end = end
        self.rule = rule
        self.labelling = labelling


def cue_after(text: str, start: int, end: int) -> Cue | None:
    """The cue right after a closing mark at `start`, within text[start:end]."""
    cue = _cue_after_cached(text[start:end])
    return None if cue is None else _shifted(cue, start)


def _shifted(cue: Cue, offset: int) -> Cue:
    """A cue found in a slice (and cached by it), placed in the whole text."""
    return Cue(cue.np, cue.cue, cue.start + offset, cue.end + offset, cue.rule, cue.labelling)


@lru_cache(maxsize=8192)
def _cue_after_cached(tail: str) -> Cue | None:
    return _cue_after(tail, 0, len(tail))


def _cue_after(text: str, start: int, end: int) -> Cue | None:
    according = _ACCORDING_AFTER.match(text, start, end)
    if according:
        np = _according_np(text, according.end(), end)
        if np:
            return Cue(np, "according to", according.start(), end, "according-to")
        return None
    dash = _DASH_LEAD.match(text, start, end)
    if dash and dash.end() > start and text[dash.end() : dash.end() + 1].isupper():
        np = _np_until_stop(text, dash.end(), end)
        if np and np.kind in ("name", "organisation"):
            return Cue(np, "—", dash.start(), end, "dash")
    lead = _TAIL_LEAD.match(text, start, end)
    position = lead.end() if lead else start
    verb = SPEECH_AT_START.match(text, position, end)
    if verb:
        stop = _NP_STOP.search(text, verb.end(), end)
        np_end = stop.start() if stop else end
        np = parse_subject(text[verb.end() : np_end])
        if (np is None or np.kind == "description") and text.startswith(
            (" of ", " to ", "of ", "to "), np_end
        ):
            # "tweeted Mayor of London Sadiq Khan", "said US Ambassador to Germany Richard
            # Grenell": the title's object, then the name ("said Dasbach to Wikinews" ends
            # the name at "to").
            beyond = _NP_STOP.search(text, text.index(" ", np_end + 1), end)
            titled = parse_subject(text[verb.end() : beyond.start() if beyond else end])
            if titled is not None and titled.kind == "name":
                np, np_end = titled, beyond.start() if beyond else end
        if np is None:
            return None
        if np.kind == "anonymous" and stop and text[stop.start()].isspace():
            longer = _CLAUSE_END.search(text, np_end, end)
            extended = parse_subject(text[verb.end() : longer.start() if longer else end])
            if extended is not None and extended.kind == "anonymous":
                np, np_end = extended, longer.start() if longer else end
        cue, cue_end = cue_text(text, verb.group(), verb.end(), np_end, end)
        return Cue(np, cue, position, cue_end, "cue-after")
    for verb in SPEECH_VERB.finditer(text, position, min(end, position + 200)):
        subject = text[position : verb.start()]
        if not subject.strip() or _SENTENCE_BREAK.search(subject):
            return None
        if OPEN_RELATIVE.search(subject):
            continue
        if negated(subject):
            return None
        np = parse_subject(strip_aux(subject))
        if np is None:
            return None
        cue, cue_end = cue_text(text, " ".join(verb.group().split()), verb.end(), verb.end(), end)
        if not _ADJUNCT.match(text, cue_end, end) and not _medium_modified(text, cue, cue_end, end):
            return None
        return Cue(np, cue, position, cue_end, "cue-after")
    return None


# A participle describing the statement or letter the cue names: "said in a statement
# released on Tuesday", "wrote in a letter sent to the board" (the sentence goes on about
# the medium, not into a clause of the speaker's).
_MEDIUM_MODIFIER: Final = re.compile(
    r"\s+(?:released|issued|posted|published|sent|shared|given|made|written|signed|"
    r"distributed|circulated|delivered|broadcast|aired|uploaded|filed|emailed|e-mailed|"
    r"addressed|obtained|seen|reviewed|provided|tweeted|read)\b"
)


def _medium_modified(text: str, cue: str, cue_end: int, end: int) -> bool:
    return bool(_MEDIUM_MODIFIER.match(text, cue_end, end)) and bool(MEDIUM.search(cue))


def unread_cue(text: str, start: int, end: int) -> bool:
    """Does a speech verb follow the quotation ending at `start` (`," said ...`), whose
    subject `cue_after` could not read?"""
    lead = _TAIL_LEAD.match(text, start, end)
    position = lead.end() if lead else start
    return bool(SPEECH_AT_START.match(text, position, end))


def according_in_tail(text: str, start: int, end: int) -> Cue | None:
    """`... "the most disruptive" for commuters, according to Alan Shaw.`"""
    according = _ACCORDING_IN_TAIL.search(text, start, end)
    if according is None or starts_between(text, start, according.start()):
        # '"... ourselves." Seventeen rockets struck, according to the military': the
        # next sentence's source, not the quotation's.
        return None
    np = _according_np(text, according.end(), end)
    if np is None:
        return None
    return Cue(np, "according to", according.start(), end, "according-to")


def cue_before(text: str, start: int, end: int) -> Cue | Literal[False] | None:
    """The cue of the sentence part text[start:end] before an opening mark.

    Returns False when the only cue is negated ("declined to say").
    """
    head = text[start:end]
    if not head.strip():  # a quote opening its sentence: most do
        return None
    cue = _cue_before_cached(head)
    return _shifted(cue, start) if cue else cue


@lru_cache(maxsize=8192)
def _cue_before_cached(head: str) -> Cue | Literal[False] | None:
    # The same short heads come back ("Mr Cho added, ", "she wrote on X. "); what is
    # found depends on the head alone, as it starts and ends where no word goes on.
    according = _ACCORDING_BEFORE.search(head) if "ccording" in head else None
    if according:
        np = parse_subject(according.group(1))
        if np:
            return Cue(np, "according to", according.start(), len(head), "according-to")
    verbs = []
    for hit in cue_words(head).between(0, len(head)):
        if hit[2] in _TALK and not _TALK_OBJECT.match(head, hit[1]):
            continue  # "Ceasefire talks collapse": talks with no "to" or "about" is a noun
        # A word that both reports and labels is tried as a label first.
        if hit[2] in SPEECH_WORDS or hit[2] in PARTICIPLES:  # "..., noting \"...\""
            verbs.append((hit, False))
        if hit[2] in LABELLING:
            verbs.append((hit, True))
    denied = False
    for (verb_start, verb_end, word), labelling in reversed(verbs):
        pre = head[:verb_start]
        if _inside_aside(head, verb_start, verb_end):
            continue  # "X commented — which the BBC noted as unusual — "...": X's words
        if negated(pre):
            denied = True
            continue
        agent = _BY_AGENT.match(head, verb_end) if _BE_BEFORE.search(pre[-12:]) else None
        if agent is not None and len(head[agent.end(1) :].split()) <= 3:
            # "he was told by Minister Yevgeny Zinichev of", "were described by Johnson as":
            # the passive's agent is the speaker.
            np = parse_subject(agent.group(1))
            if np is None:
                continue
            colon = head.rstrip().endswith(":")
            rule = "cue-before-colon" if colon else "cue-before"
            return Cue(np, f"{word} by", verb_start, agent.end(1), rule, labelling)
        np = subject_before(pre, participle=word.endswith("ing"))
        if np is None:
            continue
        cue, cue_end = cue_text(head, word, verb_end, verb_end, len(head))
        medium = (
            None
            if labelling or " in " in cue or " on " in cue or not _MEDIUM_HINT.search(pre)
            else MEDIUM.search(pre)
        )
        if medium:
            cue += " " + medium.group(0).strip(" ,").lower()
        colon = head.rstrip().endswith(":")
        rule = "cue-before-colon" if colon else "cue-before"
        return Cue(np, cue, verb_start, cue_end, rule, labelling)
    if denied:
        return False
    lead = _ACCORDING_LEAD.match(head) if not head.rstrip().endswith(":") else None
    if lead is not None:
        # "According to Dr Tom Frieden, a former director, the pandemic is \"...\"": the
        # source the sentence opens with, when no verb of its own cues the quotation.
        # When the clause after it has a speaker of its own as subject ("According to the
        # BBC, a spokesman for No 10 expressed disappointment; \"...\""), the source
        # only says where the news came from: the quotation is not its.
        subject = sentence_subject(head[lead.end() :])
        if subject is not None and subject.kind in ("name", "anonymous"):
            return None
        np = parse_subject(lead.group(1))
        if np is not None:
            return Cue(np, "according to", lead.start(), lead.end(1), "according-to")
    return None


# "Talk" takes its topic or hearer through a preposition ("talked about", "talks to"), or
# comes right before the quotation; otherwise the word is the noun ("peace talks").
_TALK: Final = frozenset(("talks", "talked"))
_TALK_OBJECT: Final = re.compile(r"\s*(?:$|[,:\"“‘]|(?:to|with|about|of|up|over|through)\b)")
_ASIDE_DASH: Final = re.compile(r"\s[—–―]\s|\s-\s")


def _inside_aside(head: str, start: int, end: int) -> bool:
    """Is head[start:end] inside an aside closed before the quotation, between dashes or
    in brackets?"""
    opened = head.rfind("(", 0, start)
    if opened > head.rfind(")", 0, start) and head.find(")", end) >= 0:
        return True
    if "—" not in head and "–" not in head and " - " not in head:
        return False
    dashes = len(_ASIDE_DASH.findall(head, 0, start))
    return dashes % 2 == 1 and _ASIDE_DASH.search(head, end) is not None


def subject_before(pre: str, participle: bool = False) -> NP | None:
    """The subject noun phrase that ends right before a verb; for a participle after a
    comma ("..., calling it"), the subject of the clause it hangs on."""
    text = strip_aux(pre).rstrip(" ,")
    if not text:
        return None
    if participle:
        cited = _CITED_AS.search(text)
        if cited:  # "Politico quoted Tim Manning, a former official, as saying"
            return parse_subject(cited.group(1))
        absolute = _WITH_SUBJECT.search(text)
        if absolute:  # "..., with Steve Scalise calling the inquiry"
            return parse_subject(absolute.group(1))
        if pre.rstrip().endswith(","):
            return sentence_subject(text, pronouns=True)
        documents = [m.start() for m in _DOCUMENT.finditer(text)]
        if documents:
            # "Trump issued a statement outside Washington, D.C. saying"
            return _issuer(text[: documents[-1]])
    aside = _TRAILING_ASIDE.search(text)
    if aside is not None and _INDEFINITE.match(text, aside.start(1)):
        # "... in Reno, Nevada, after someone near the stage had shouted": no aside but
        # the clause of the one who spoke, whom no one names.
        return None
    if aside is not None:
        # "The ministry has, in a statement, called on": the subject before the aside.
        text = strip_aux(text[: aside.start()]).rstrip(" ,")
    np = parse_subject(text)
    if np is not None:
        return np
    relative = _ENDS_WITH_RELATIVE.search(text)
    if relative:
        return _antecedent(text[: relative.start()])
    what = _WHAT_SUBJECT.search(text)
    if what:
        # "met with what WalesOnline called": a named source's word; "what physicists
        # call" is a group's term for a thing, no one's speech.
        np = parse_subject(what.group(1))
        return np if np is not None and np.kind in ("name", "organisation") else None
    written = _DOCUMENT_RELATIVE.search(text)
    if written:
        return _issuer(text[: written.start()])  # "They released a statement which said"
    trimmed = _TRAILING_PARTICIPLE.sub("", text)
    if trimmed != text:
        np = subject_before(trimmed)
        if np is not None:
            return np
    pronoun = trailing_pronoun(text)
    if pronoun:  # "On September 13 — two days after the ruling — he said"
        return parse_subject(pronoun.group(1))
    if _two_named(text):
        return None
    # The subject of a later clause, the nearest first: "..., while ALDI, in a Facebook
    # post on Tuesday, called it" is ALDI, past the aside after it.
    for clause_break in reversed(list(_CLAUSE_BREAK.finditer(text))[-3:]):
        np = parse_subject(text[clause_break.end() :])
        if np is not None:
            return np
    if _ELIDED.search(text):
        verb = _FIRST_VERB.search(text)
        if verb:
            np = parse_subject(text[: verb.start()])
            if np is not None and np.kind != "pronoun":
                return np
    subject = sentence_subject(text, pronouns=True)
    if subject is not None and not FINITE.search(
        text, text.find(subject.surface) + len(subject.surface)
    ):
        # "Greek prime minister Kyriakos Mitsotakis speaking to the think tank called ...":
        # the sentence's subject, with a participle phrase and no verb of its own after it.
        return subject
    return None


_INDEFINITE: Final = re.compile(
    r"(?:someone|somebody|anyone|anybody|no\s+one|nobody|everyone|everybody|a\s+man|"
    r"a\s+woman|a\s+person|a\s+voice|a\s+protester|a\s+heckler)\b",
    re.IGNORECASE,
)
_LEAD_CONJUNCTION: Final = re.compile(r"(?:But|And|Yet|So)\s+")


def _two_named(text: str) -> bool:
    """Does `text` open with two people joined by "and", with no verb of its own ("But Mr.
    Clyburn and Mr. Butterfield, the chairman of ..., said")? They said it together: the
    second alone, or the body in an apposition, is not who said it."""
    head = text.split(",", 1)[0]
    if " and " not in head or FINITE.search(head):
        return False
    lead = _LEAD_CONJUNCTION.match(head)
    return two_people(head[lead.end() :] if lead else head)


def _issuer(clause: str) -> NP | None:
    """Who issued the written thing named at the end of `clause` ("Trump issued a"): what
    it says is its author's, the subject of the clause that issued it."""
    verb = FINITE.search(clause)
    return sentence_subject(clause[: verb.start()] if verb else clause, pronouns=True)


def sentence_subject(text: str, pronouns: bool = False) -> NP | None:
    """The subject at the start of a sentence (after a dateline), as long a phrase as
    reads as one."""
    tokens = without_dateline(text).split()
    for count in range(min(8, len(tokens)), 0, -1):
        np = parse_subject(" ".join(tokens[:count]))
        if np is not None and (pronouns or np.kind != "pronoun"):
            if count < len(tokens) and tokens[count].casefold() in NOUN_HEADS_AFTER_NAME:
                # "an official government Twitter account made": the phrase goes on to its
                # head noun, so the name is only its modifier, not the subject.
                return None
            if (
                count < len(tokens)
                and np.name.endswith(("'s", "’s"))
                and tokens[count].casefold().strip(",:") not in SPEECH_WORDS
            ):
                # "Day's animal foundation said": a possessive owns the words after it;
                # only before its verb is it a firm's name ("McDonald's said").
                return None
            return np
    return None


def trailing_pronoun(text: str) -> re.Match | None:
    """He, she, they or it at the end of text. The pronoun ends where the trailing white
    space starts, so only its last four characters are searched (an end-anchored search
    is otherwise tried from every position)."""
    return _TRAILING_PRONOUN.search(text, max(0, len(text.rstrip()) - 4))


def _antecedent(text: str) -> NP | None:
    """The person a relative "who" refers to: the last name before it."""
    for part in reversed(text.split(",")):
        np = parse_subject(part)
        if np is None:
            names = list(CAPSEQ.finditer(part.rstrip()))
            if names and names[-1].end() == len(part.rstrip()):
                np = parse_subject(names[-1].group(0))
        if np is not None and np.kind == "name":
            return np
    return None


def _according_np(text: str, start: int, end: int) -> NP | None:
    """Who "according to" names: a name, or a written thing with its author however far
    ("a tweet on Monday by US Secretary of State Mike Pompeo")."""
    if _DOCUMENT_LEAD.match(text, start, end):
        stop = _PHRASE_END.search(text, start, end)
        np = parse_subject(text[start : stop.start() if stop else end])
        if np is not None:
            return np
    return _np_until_stop(text, start, end)


def dash_line(paragraph: str) -> Cue | None:
    """A paragraph that only says who spoke the quotation before it: "― Maria Gonzalez,
    resident" on a line of its own, as block quotes are signed. Short, no quote marks,
    and nothing after the name and its role."""
    if len(paragraph.split()) > _DASH_LINE_WORDS or not _DASH_LINE.match(paragraph):
        return None
    if any(mark in paragraph for mark in _LINE_QUOTE_MARKS) or _SENTENCE_BREAK.search(
        paragraph.rstrip()
    ):
        return None  # a sentence of narration that opens with a dash
    if paragraph.rstrip(" .").endswith(("—", "–", "―")):
        return None  # "– Ready to quiz Trump –.": a section's heading between dashes
    cue = cue_after(paragraph, 0, len(paragraph))
    return cue if cue is not None and cue.rule == "dash" else None


_DASH_LINE: Final = re.compile(r"\s*[—–―]\s*\S")
# A name, its role and where: "― Maria Gonzalez, a resident of Leith since 1990".
_DASH_LINE_WORDS: Final = 14
_LINE_QUOTE_MARKS: Final = ('"', "“", "”", "«", "»", "„")


# A passive label before a quotation, with its article: `was described as a "..."`.
PASSIVE_LABEL: Final = re.compile(
    r"\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?(called|dubbed|labelled|labeled|"
    r"branded|described\s+as|termed|characteri[sz]ed\s+as|hailed\s+as|dismissed\s+as|"
    r"denounced\s+as|condemned\s+as|criticised\s+as|criticized\s+as)\s+(?:(?:a|an|the)\s+)?$"
)
_AGENT_AFTER: Final = re.compile(r"[\"”’']?,?\s+by\s+(?=\S)")


def passive_agent(text: str, start: int, end: int) -> NP | None:
    """`The move was described as "unprecedented" by analysts at Moody's`: the agent of
    the passive label, right after the quotation (`start`: where it closes)."""
    by = _AGENT_AFTER.match(text, start, end)
    if by is None:
        return None
    np = _np_until_stop(text, by.end(), end)
    return np if np is not None and np.kind in _AGENT_KINDS else None


_AGENT_KINDS: Final = frozenset(("name", "organisation", "anonymous", "description"))


def _np_until_stop(text: str, start: int, end: int) -> NP | None:
    stop = _NP_STOP.search(text, start, end)
    return parse_subject(text[start : stop.start() if stop else end])


def cue_text(
    text: str, verb: str, verb_end: int, after: int, end: int, clause: bool = False
) -> tuple[str, int]:
    """The cue words ("told reporters", "said in a statement") and where they end;
    `clause`: a reported clause follows, so "the" after the object starts it."""
    cue = verb
    position = after if after > verb_end else verb_end
    # "told reporters"; after a quotation also "informed the press", "assured fans".
    if cue in TOLD_FORMS or (not clause and cue in TELLING_VERBS):
        words: list[str] = []
        cursor = verb_end
        for word in _NEXT_WORD.finditer(text[cursor:end]):
            token = word.group(1)
            # "told French news channel BFM TV": a nationality is no name of its own.
            after_name = (
                bool(words) and words[-1][0].isupper() and fold(words[-1]) not in NATIONALITIES
            )
            if len(words) >= 6 or (
                token[0].islower()
                and token.strip(".") in OBJECT_STOP
                and not (token in ("of",) and after_name)
            ):
                break
            # "told Reuters they saw ...": the object is a name ("the House of Commons"); a
            # lower-case word after it starts the reported clause.
            if after_name and token[0].islower() and token not in ("of",):
                break
            # "told reporters the state had ...": a new determiner starts the clause.
            if (
                clause
                and token in CLAUSE_DETERMINERS
                and any(w.casefold() not in CLAUSE_DETERMINERS for w in words)
            ):
                break
            words.append(token.rstrip(".,"))
            cursor = verb_end + word.end()
            if token.endswith((".", ",")):
                break
        if words:
            cue += " " + " ".join(words)
            position = max(position, cursor)
    medium = MEDIUM.match(text, position, end)
    if medium:
        cue += " " + " ".join(medium.group(0).strip(" ,").split())
        position = medium.end()
    return cue, position
