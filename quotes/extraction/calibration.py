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
BANDS: Final = (0.9, 0.8, 0.7, 0.6, 0.5, 0.0)

# --- fitted by bench/calibrate.py from tests/gold_wikinews/dev; do not edit by hand ---
TABLE: Final[dict[str, float]] = {
    "*": 0.847,
    "according-to": 0.821,
    "colon-subject": 0.944,
    "colon-subject|person": 0.978,
    "colon-subject|person|0.7": 0.991,
    "cue-after": 0.956,
    "cue-after|person": 0.968,
    "cue-after|person|0.9": 0.97,
    "cue-before": 0.964,
    "cue-before-colon": 0.899,
    "cue-before-colon|person": 0.969,
    "cue-before-colon|person|0.9": 0.99,
    "cue-before|anonymous": 0.982,
    "cue-before|anonymous|0.8": 0.991,
    "cue-before|organisation": 0.866,
    "cue-before|organisation|0.8": 0.842,
    "cue-before|person": 0.981,
    "cue-before|person|0.9": 0.981,
    "description": 0.639,
    "description|organisation": 0.445,
    "description|organisation|0.5": 0.397,
    "none": 0.138,
    "none|none": 0.065,
    "none|none|0.0": 0.087,
    "none|none|0.5": 0.015,
    "pronoun": 0.885,
    "pronoun|anonymous": 0.791,
    "pronoun|organisation": 0.554,
    "pronoun|organisation|0.6": 0.459,
    "pronoun|person": 0.957,
    "pronoun|person|0.6": 0.927,
    "pronoun|person|0.8": 0.973,
    "reported-speech": 0.888,
    "reported-speech|anonymous": 0.901,
    "reported-speech|anonymous|0.6": 0.903,
    "reported-speech|organisation": 0.759,
    "reported-speech|organisation|0.7": 0.744,
    "reported-speech|person": 0.959,
    "reported-speech|person|0.7": 0.964,
    "same-sentence": 0.855,
    "same-sentence|person": 0.907,
    "same-sentence|person|0.7": 0.947,
    "same-sentence|person|0.8": 0.971,
    "sentence-subject": 0.839,
    "sentence-subject|person": 0.836,
    "sentence-subject|person|0.0": 0.834,
    "split-cue": 0.907,
    "split-cue|person": 0.915,
    "split-cue|person|0.8": 0.966,
    "split-cue|person|0.9": 0.936,
}
# --- end of fitted table ---

# A speaker whose calibrated confidence is below this is not given as the quotation's
# speaker but as its suggestion, for an editor to accept or not.
DEFAULT_THRESHOLD: Final = 0.0


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
