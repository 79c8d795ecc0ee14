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
    "*": 0.895,
    "according-to": 0.871,
    "according-to|person": 0.935,
    "according-to|person|0.9": 0.968,
    "colon-subject": 0.958,
    "colon-subject|person": 0.983,
    "colon-subject|person|0.7": 0.993,
    "cue-after": 0.964,
    "cue-after|person": 0.971,
    "cue-after|person|0.9": 0.971,
    "cue-before": 0.982,
    "cue-before-colon": 0.866,
    "cue-before-colon|person": 0.89,
    "cue-before-colon|person|0.9": 0.897,
    "cue-before|anonymous": 0.991,
    "cue-before|anonymous|0.8": 0.996,
    "cue-before|organisation": 0.891,
    "cue-before|organisation|0.8": 0.872,
    "cue-before|person": 0.999,
    "cue-before|person|0.9": 1.0,
    "description": 0.632,
    "description|organisation": 0.453,
    "description|organisation|0.5": 0.352,
    "none": 0.186,
    "none|none": 0.091,
    "none|none|0.0": 0.107,
    "none|none|0.5": 0.03,
    "pronoun": 0.925,
    "pronoun|anonymous": 0.856,
    "pronoun|anonymous|0.6": 0.775,
    "pronoun|organisation": 0.7,
    "pronoun|organisation|0.8": 0.725,
    "pronoun|person": 0.978,
    "pronoun|person|0.6": 0.936,
    "pronoun|person|0.8": 0.998,
    "reported-speech": 0.953,
    "reported-speech|anonymous": 0.918,
    "reported-speech|anonymous|0.6": 0.915,
    "reported-speech|organisation": 0.92,
    "reported-speech|organisation|0.7": 0.917,
    "reported-speech|person": 0.997,
    "reported-speech|person|0.7": 1.0,
    "role-guess": 0.573,
    "role-guess|person": 0.411,
    "role-guess|person|0.0": 0.331,
    "same-sentence": 0.977,
    "same-sentence|person": 0.995,
    "same-sentence|person|0.7": 0.997,
    "same-sentence|person|0.8": 0.999,
    "sentence-subject": 0.842,
    "sentence-subject|person": 0.819,
    "sentence-subject|person|0.0": 0.808,
    "split-cue": 0.947,
    "split-cue|person": 0.955,
    "split-cue|person|0.8": 0.982,
    "split-cue|person|0.9": 0.944,
}
# --- end of fitted table ---

# A speaker whose calibrated confidence is below this is not given as the quotation's
# speaker but as its suggestion, for an editor to accept or not. Chosen with
# bench/calibrate.py for speaker precision of at least 0.95: on dev 0.967 in sample and
# 0.960 with each article left out of the fit, for recall 0.80 of the gold speakers
# (higher thresholds gain no precision out of sample until 0.95, at recall 0.56).
DEFAULT_THRESHOLD: Final = 0.85


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
