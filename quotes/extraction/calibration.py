"""How far to trust a speaker: the threshold below which it is only a suggestion."""

from typing import Final

# A speaker whose confidence is below this is not given as the quotation's speaker but
# as its suggestion, for an editor to accept or not.
DEFAULT_THRESHOLD: Final = 0.0
