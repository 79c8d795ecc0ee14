"""The speaker noun phrase: what the parsers read off the text before it is resolved."""

from dataclasses import dataclass


@dataclass(slots=True)
class NP:
    """A speaker noun phrase as the text gives it."""

    surface: str
    kind: str  # name | pronoun | description | organisation | anonymous | joined (X and Y)
    name: str  # name without titles; pronoun; head noun; or the phrase itself
    role: str | None = None
    gender: str | None = None
    given: tuple[str, ...] = ()
    titled: bool = False
    age: str | None = None
