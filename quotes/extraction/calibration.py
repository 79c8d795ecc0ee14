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
it also cross-validates by article (fit on four fifths, score the fifth) and prints the
precision the threshold gives there.
"""

from typing import Final

# Raw confidence bands, highest first: a raw confidence falls in the first it reaches.
BANDS: Final[tuple[float, ...]] = (0.9, 0.8, 0.7, 0.6, 0.5, 0.0)

# --- fitted by bench/calibrate.py from tests/gold_wikinews/dev; do not edit by hand ---
TABLE: Final[dict[str, float]] = {
    "*": 0.872,
    "according-to": 0.832,
    "colon-subject": 0.953,
    "colon-subject|person": 0.981,
    "colon-subject|person|0.7": 0.992,
    "cue-after": 0.959,
    "cue-after|person": 0.969,
    "cue-after|person|0.9": 0.97,
    "cue-before": 0.988,
    "cue-before-colon": 0.852,
    "cue-before-colon|person": 0.886,
    "cue-before-colon|person|0.9": 0.896,
    "cue-before|anonymous": 0.994,
    "cue-before|anonymous|0.8": 0.997,
    "cue-before|organisation": 0.934,
    "cue-before|organisation|0.8": 0.921,
    "cue-before|person": 1.0,
    "cue-before|person|0.9": 1.0,
    "description": 0.649,
    "description|organisation": 0.45,
    "description|organisation|0.5": 0.4,
    "none": 0.144,
    "none|none": 0.068,
    "none|none|0.0": 0.087,
    "none|none|0.5": 0.017,
    "pronoun": 0.918,
    "pronoun|anonymous": 0.852,
    "pronoun|anonymous|0.6": 0.773,
    "pronoun|organisation": 0.63,
    "pronoun|person": 0.977,
    "pronoun|person|0.6": 0.932,
    "pronoun|person|0.8": 0.998,
    "reported-speech": 0.923,
    "reported-speech|anonymous": 0.913,
    "reported-speech|anonymous|0.6": 0.912,
    "reported-speech|organisation": 0.844,
    "reported-speech|organisation|0.7": 0.835,
    "reported-speech|person": 0.978,
    "reported-speech|person|0.7": 0.982,
    "role-guess": 0.641,
    "role-guess|person": 0.509,
    "role-guess|person|0.0": 0.434,
    "same-sentence": 0.968,
    "same-sentence|person": 0.992,
    "same-sentence|person|0.7": 0.995,
    "same-sentence|person|0.8": 0.998,
    "sentence-subject": 0.849,
    "sentence-subject|person": 0.84,
    "sentence-subject|person|0.0": 0.836,
    "split-cue": 0.944,
    "split-cue|person": 0.955,
    "split-cue|person|0.8": 0.982,
    "split-cue|person|0.9": 0.944,
}
# --- end of fitted table ---

# A speaker whose calibrated confidence is below this is not given as the quotation's
# speaker but as its suggestion, for an editor to accept or not. Chosen with
# bench/calibrate.py for speaker precision of at least 0.95 with a margin: on dev 0.972
# in sample and 0.954 cross-validated by article, for recall 0.68 of the gold speakers.
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
