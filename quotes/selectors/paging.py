"""Pages of lists whose length may be known only up to a cap."""

from dataclasses import dataclass

PAGE_SIZE = 20


@dataclass
class Page:
    """One page of a list whose length is known only up to a cap. Its methods are
    those of Django's Page, so a template reads either kind the same way."""

    items: list
    number: int
    count: int
    capped: bool
    size: int = PAGE_SIZE

    def has_previous(self):
        return self.number > 1

    def has_next(self):
        return self.number * self.size < self.count

    @property
    def last_number(self):
        return max(1, -(-self.count // self.size))

    def start_index(self):
        return (self.number - 1) * self.size + 1 if self.items else 0


def page_number(value, *, last: int) -> int:
    try:
        number = int(value)
    except (TypeError, ValueError):
        return 1
    return min(max(number, 1), last)
