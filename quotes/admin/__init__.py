"""The editors' admin, one module per record."""

from . import annotations, claims, quotes, sources, speakers, tags  # noqa: F401
