"""The speaker noun phrase: what the parsers read off the text before it is resolved."""

from dataclasses import dataclass


@dataclass(slots=True)
class NP:
    """A speaker noun phrase as the text gives it."""

    surface: str
    kind: str  # name | pronoun | description | organisation | anonymous | joined (X and Y) |
    # document (a written thing whose author is not named: "the report")
    name: str  # name without titles; pronoun; head noun; or the phrase itself
    role: str | None = None
    gender: str | None = None
    given: tuple[str, ...] = ()
    titled: bool = False
    age: str | None = None
    written: bool = False  # the author of a written thing named as the speaker

    # Written out: mypyc compiles it to C, where dataclass's own runs in the interpreter.
    def __init__(
        self,
        surface: str,
        kind: str,
        name: str,
        role: str | None = None,
        gender: str | None = None,
        given: tuple[str, ...] = (),
        titled: bool = False,
        age: str | None = None,
        written: bool = False,
    ) -> None:
        self.surface = surface
        self.kind = kind
        self.name = name
        self.role = role
        self.gender = gender
        self.given = given
        self.titled = titled
        self.age = age
        self.written = written
