"""The logic of `manage.py extract_quotes FILE... [--json]`, as a plain function.

Extraction only: nothing is written to a database. Each file is read as bytes (up to a
size limit), decoded and parsed; a file that cannot be read or parsed gets one line on
stderr naming it and the reason, the others are still processed, and the exit status
is then 1.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TextIO

from .article import ArticleError, decode_article, parse_article
from .extractor import Extraction, Quotation, extract

DEFAULT_MAX_BYTES = 5 * 1024 * 1024
_FIELDS = (
    "text",
    "kind",
    "speaker",
    "suggestion",
    "speaker_mention",
    "cue",
    "location",
    "paragraph",
    "start",
    "end",
    "rule",
    "confidence",
)


def run(
    paths: list[str],
    *,
    as_json: bool = False,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    verbosity: int = 1,
) -> int:
    """Extract from every file; print text or one JSON document; return the exit status."""
    stdout = stdout or sys.stdout
    stderr = stderr or sys.stderr
    status = 0
    documents = []
    for path in paths:
        try:
            extraction = extract(parse_article(decode_article(read_limited(path, max_bytes))))
        except (ArticleError, OSError) as error:
            stderr.write(f"{path}: {_reason(error)}\n")
            status = 1
            continue
        if as_json:
            documents.append(as_document(Path(path).name, extraction))
        elif verbosity > 0:
            stdout.write(as_text(path, extraction, verbose=verbosity > 1))
    if as_json:
        stdout.write(json.dumps(documents, ensure_ascii=False, indent=2) + "\n")
    return status


def read_limited(path: str, max_bytes: int) -> bytes:
    """The bytes of a file, or ArticleError if it is not a regular file or too large."""
    file = Path(path)
    if file.is_dir():
        raise ArticleError("is a directory")
    with file.open("rb") as handle:
        data = handle.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise ArticleError(f"file too large (over {max_bytes:,} bytes)")
    return data


def _reason(error: Exception) -> str:
    if isinstance(error, ArticleError):
        return str(error)
    if isinstance(error, FileNotFoundError):
        return "no such file"
    if isinstance(error, PermissionError):
        return "permission denied"
    return error.strerror or error.__class__.__name__ if isinstance(error, OSError) else str(error)


def as_document(name: str, extraction: Extraction) -> dict:
    article = extraction.article
    return {
        "file": name,
        "headline": article.headline,
        "date": article.date.isoformat(),
        "quotes": [{field: getattr(q, field) for field in _FIELDS} for q in extraction.quotes],
    }


def as_text(path: str, extraction: Extraction, *, verbose: bool = False) -> str:
    article = extraction.article
    lines = [
        f"== {path} ({article.date.isoformat()}) {article.headline}",
        f"   {len(extraction.quotes)} quotations",
    ]
    for quote in extraction.quotes:
        lines.append(_quote_line(quote, verbose))
    lines.append("")
    return "\n".join(lines) + "\n"


def _quote_line(quote: Quotation, verbose: bool) -> str:
    where = quote.location if quote.paragraph is None else f"¶{quote.paragraph}"
    speaker = quote.speaker or (
        f"(unattributed; suggested: {quote.suggestion})" if quote.suggestion else "(unattributed)"
    )
    details = [
        d
        for d in (
            quote.speaker_mention and f"as {quote.speaker_mention!r}",
            quote.cue and f"cue {quote.cue!r}",
        )
        if d
    ]
    if verbose:
        details.append(
            f"rule {quote.rule}, confidence {quote.confidence:.2f}, "
            f"offsets {quote.start}-{quote.end}"
        )
    suffix = f" [{'; '.join(details)}]" if details else ""
    text = f"≈ {quote.text}" if quote.kind == "indirect" else f"“{quote.text}”"
    return f"  {where:>10} {quote.kind:<8} {speaker}{suffix}\n{'':13}{text}"
