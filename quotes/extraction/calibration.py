"""How far to trust a speaker: confidences calibrated on the Wikinews dev gold set, and the
threshold below which a speaker is only a suggestion.

The rules leave each quotation a raw confidence: a base for the rule that found the
speaker, less for a pronoun, a description, a surname two people share, a recovered
quote mark. `calibrated` turns it into the probability that the speaker is right: the
share of right speakers among dev-gold quotations of the same rule, speaker type
(person, organisation, anonymous; none when unattributed, whose "speaker" is right when
the gold has none either) and raw band, taken from the most specific cell fitted: rule,
type and band; else rule and type; else rule (a rule dev gold never exercised keeps
its raw confidence). Each cell's share is shrunk towards its parent's (a Beta prior
worth four quotations), so a cell of three right answers does not claim 1.0.
`bench/calibrate.py` fits the table from tests/gold_wikinews/dev and rewrites it here;
it also cross-validates, leaving one article out at a time, and prints the precision
the threshold gives there.
"""

from typing import Final

# Raw confidence bands, highest first: a raw confidence falls in the first it reaches.
BANDS: Final[tuple[float, ...]] = (0.9, 0.8, 0.7, 0.6, 0.5, 0.0)

# --- fitted by bench/calibrate.py from tests/gold_wikinews/dev; do not edit by hand ---
TABLE: Final[dict[str, float]] = {
    "*": 0.899,
    "according-to": 0.872,
    "according-to|person": 0.936,
    "according-to|person|0.9": 0.968,
    "colon-subject": 0.96,
    "colon-subject|person": 0.984,
    "colon-subject|person|0.7": 0.994,
    "cue-after": 0.965,
    "cue-after|person": 0.972,
    "cue-after|person|0.9": 0.972,
    "cue-before": 0.975,
    "cue-before-colon": 0.866,
    "cue-before-colon|person": 0.89,
    "cue-before-colon|person|0.9": 0.897,
    "cue-before|anonymous": 0.988,
    "cue-before|anonymous|0.8": 0.994,
    "cue-before|organisation": 0.845,
    "cue-before|organisation|0.8": 0.819,
    "cue-before|person": 0.999,
    "cue-before|person|0.9": 1.0,
    "description": 0.584,
    "description|organisation": 0.394,
    "description|organisation|0.5": 0.286,
    "none": 0.207,
    "none|none": 0.105,
    "none|none|0.0": 0.115,
    "none|none|0.5": 0.042,
    "pronoun": 0.925,
    "pronoun|anonymous": 0.856,
    "pronoun|anonymous|0.6": 0.775,
    "pronoun|organisation": 0.7,
    "pronoun|organisation|0.8": 0.725,
    "pronoun|person": 0.978,
    "pronoun|person|0.6": 0.936,
    "pronoun|person|0.8": 0.998,
    "reported-speech": 0.955,
    "reported-speech|anonymous": 0.918,
    "reported-speech|anonymous|0.6": 0.915,
    "reported-speech|organisation": 0.929,
    "reported-speech|organisation|0.7": 0.927,
    "reported-speech|person": 0.997,
    "reported-speech|person|0.7": 1.0,
    "role-guess": 0.575,
    "role-guess|person": 0.412,
    "role-guess|person|0.0": 0.331,
    "same-sentence": 0.978,
    "same-sentence|person": 0.995,
    "same-sentence|person|0.7": 0.997,
    "same-sentence|person|0.8": 0.999,
    "sentence-subject": 0.844,
    "sentence-subject|person": 0.82,
    "sentence-subject|person|0.0": 0.809,
    "split-cue": 0.95,
    "split-cue|person": 0.957,
    "split-cue|person|0.8": 0.983,
    "split-cue|person|0.9": 0.947,
}
# --- end of fitted table ---

# A speaker whose calibrated confidence is below this is not given as the quotation's
# speaker but as its suggestion, for an editor to accept or not. Chosen with
# bench/calibrate.py for speaker precision of at least 0.95: on dev 0.963 in sample and
# 0.959 with each article left out of the fit, for recall 0.81 of the gold speakers.
# Out of sample, precision stays between 0.955 and 0.965 from 0.5 to 0.92 while recall
# falls; 0.80 keeps the rule cells that are right about nine times in ten (an
# organisation named before the quotation) and leaves out pronouns for organisations,
# descriptions and guesses.
DEFAULT_THRESHOLD: Final = 0.80


def band(raw: float) -> float:
    """The band a raw confidence falls in."""
    for floor in BANDS:
        if raw >= floor:
            return floor
    return 0.0


def calibrated(rule: str, speaker_type: str | None, raw: float) -> float:
    """The probability that a speaker found by `rule` is right, from the fitted table; a
    rule dev gold never exercised keeps the raw confidence its author gave it."""
    kind = speaker_type or "none"
    for key in (f"{rule}|{kind}|{band(raw)}", f"{rule}|{kind}", rule):
        value = TABLE.get(key)
        if value is not None:
            return value
    return raw
