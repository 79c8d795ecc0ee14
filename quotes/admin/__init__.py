"""The editors' admin, one module per record."""

from . import annotations, claims, imports, quotes, sources, speakers, tags  # noqa: F401
