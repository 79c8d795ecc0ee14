"""Helpers for the import_articles tests: articles written to disk, the command run."""

import io
from dataclasses import dataclass

from django.core.management import call_command
from django.core.management.base import CommandError

from quotes.models import Quote, Source, Speaker, SpeakerAlias


def article(*paragraphs, headline="Talks resume in Berlin", date="2025-12-14", standfirst=None):
    """The bytes of an article file in the importer's format."""
    standfirst = standfirst or "Negotiators meet again after a week of delays"
    lines = [f"date {date} {headline}", standfirst, *paragraphs]
    return ("\n".join(lines) + "\n").encode()


QUOTED = article(
    "Talks resumed on Sunday.",
    '"We are close to a deal," Anna Lindqvist said.',
    '"Nothing is agreed until everything is agreed," Tomas Berg told reporters.',
)


@dataclass
class Outcome:
    stdout: str
    stderr: str
    error: CommandError | None

    @property
    def failed(self) -> bool:
        return self.error is not None


def run_import(*paths, **options) -> Outcome:
    out, err = io.StringIO(), io.StringIO()
    try:
        call_command("import_articles", *map(str, paths), stdout=out, stderr=err, **options)
    except CommandError as error:
        return Outcome(out.getvalue(), err.getvalue(), error)
    return Outcome(out.getvalue(), err.getvalue(), None)


def counts() -> dict[str, int]:
    """Rows in every table an import writes to, history included."""
    models = [Source, Quote, Speaker, SpeakerAlias]
    return {
        **{m.__name__: m.objects.count() for m in models},
        **{f"{m.__name__} history": m.history.count() for m in models[1:]},
    }


def write(directory, name, data: bytes):
    path = directory / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path
