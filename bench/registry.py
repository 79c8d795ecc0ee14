"""The speaker registry measured on real news: import a corpus into a fresh database
and count what an editor would have to fix.

    .venv/bin/python bench/registry.py [PATH ...] [--answers FILE] [--outlet NAME]
        [--database-url URL] [--list] [--top 20]

PATH defaults to the 170 Wikinews articles in /work/shared/corpus/wikinews/articles
(CC BY 2.5, see its LICENSE.md and SOURCES.tsv). The import runs in this process on a
fresh SQLite database in a temporary directory (or `--database-url`, which must be an
empty database: it is migrated, not dropped), all articles as one outlet, as a
newsroom's archive would be. It prints:

- speakers created, and persons / organisations / groups;
- names failing the name-shape check (quotes/registry/shapes.py);
- by the hand-made answer list (tests/registry/wikinews_answers.json): junk records
  (not a speaker, or a broken name), records of the wrong kind, and duplicate records
  (more than one record for one real speaker), each as a share of the speakers;
- the duplicate finder's suggestions (quotes/registry/duplicates.py), how many are
  true by the answer list, precision overall and in the top N, and recall over the
  true duplicate pairs present;
- names the answer list has not judged, so it can be completed by reading them.

`--list` prints every speaker with its kind, quote count and first quote's article,
to make or check the answer list. The figures depend on the extraction engine of the
day (another engineer is changing it): re-run it, and say which day's engine.
"""

import argparse
import json
import os
import sys
import tempfile
from collections import defaultdict
from itertools import combinations
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = Path("/work/shared/corpus/wikinews/articles")
ANSWERS = ROOT / "tests" / "registry" / "wikinews_answers.json"
BEFORE = ROOT / "tests" / "registry" / "wikinews_registry_before.json"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="*", type=Path, help="article files or directories")
    parser.add_argument("--answers", type=Path, default=ANSWERS, help="the answer list")
    parser.add_argument("--outlet", default="Wikinews", help="the outlet of every article")
    parser.add_argument("--database-url", help="an empty database to use instead of SQLite")
    parser.add_argument("--list", action="store_true", help="print every speaker")
    parser.add_argument("--top", type=int, default=20, help="precision of the first N")
    parser.add_argument(
        "--before",
        type=Path,
        default=BEFORE,
        help="a registry made before (JSON records) to run the duplicate finder on too",
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        url = args.database_url or f"sqlite:///{tmp}/registry.sqlite3"
        setup_django(url)
        records, quotes = import_corpus(args.paths or [CORPUS], args.outlet)
        answers = json.loads(args.answers.read_text()) if args.answers.exists() else {}
        if args.list:
            print_list(records, quotes)
        print(f"== the import of {len(records)} speakers, today")
        report(records, answers, args.top)
        if args.before and args.before.exists():
            before = load_records(args.before)
            print(f"\n== the registry the previous resolver made ({args.before.name})")
            report(before, answers, args.top)


def load_records(path: Path):
    """Records saved as JSON (see tests/registry/README.md): name, kind, aliases,
    quotes and (outlet, date) pairs."""
    import datetime

    from quotes.registry.duplicates import Record

    rows = json.loads(path.read_text())
    return [
        Record(
            i + 1,
            row["name"],
            row["kind"],
            row["aliases"],
            row["quotes"],
            {(outlet, datetime.date.fromisoformat(day)) for outlet, day in row["seen"]},
        )
        for i, row in enumerate(rows)
    ]


def setup_django(url: str) -> None:
    os.environ.update(DATABASE_URL=url, DEBUG="true")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "claimtracker.settings")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def import_corpus(paths, outlet: str):
    from quotes.importing import ImportOptions, import_files
    from quotes.models import Quote
    from quotes.selectors.registry import speaker_records

    failed = 0
    for outcome in import_files(paths, options=ImportOptions(outlet=outlet, workers=0)):
        failed += type(outcome).__name__ == "Failed"
    if failed:
        print(f"{failed} article(s) failed to import", file=sys.stderr)
    first_quote = {}
    for speaker_id, file, text in (
        Quote.objects.filter(speaker__isnull=False)
        .values_list("speaker_id", "source__origin_file", "text")
        .order_by("said_on", "pk")
    ):
        first_quote.setdefault(speaker_id, (Path(file).stem, text[:70]))
    return speaker_records(), first_quote


def print_list(records, quotes) -> None:
    for record in sorted(records, key=lambda r: r.name.casefold()):
        where, text = quotes.get(record.id, ("", ""))
        print(f"{record.name}\t{record.kind}\t{record.quotes}\t{where}\t{text}")
    print()


def report(records, answers: dict, top: int) -> None:
    from quotes.registry.duplicates import find_duplicates, find_junk
    from quotes.registry.shapes import shape_problem

    created = len(records)
    kinds = defaultdict(int)
    for record in records:
        kinds[record.kind] += 1
    failing = [r for r in records if shape_problem(r.name, r.kind)]
    print(f"speakers created                 {created}")
    print(
        "  persons / organisations / groups "
        f"{kinds['person']} / {kinds['organisation']} / {kinds['group']}"
    )
    print(f"names failing the name-shape check {len(failing)} ({share(len(failing), created)})")
    for record in failing:
        print(f"    {record.name!r}: {shape_problem(record.name, record.kind)}")
    junk_found = find_junk(records)
    names_of = {r.id: r.name for r in records}
    junk_right = sum(names_of[j.id] in answers.get("junk", {}) for j in junk_found)
    print(
        f"junk suggestions (queue)         {len(junk_found)}, {junk_right} junk by the "
        f"answer list ({share(junk_right, len(junk_found))})"
    )

    by_name = {r.name: r for r in records}
    junk = [name for name in answers.get("junk", {}) if name in by_name]
    wrong_kind = [
        name
        for name, kind in answers.get("wrong_kind", {}).items()
        if name in by_name and by_name[name].kind != kind
    ]
    group_of = {name: i for i, group in enumerate(answers.get("same", [])) for name in group}
    present = defaultdict(list)
    for record in records:
        if record.name in group_of:
            present[group_of[record.name]].append(record)
    extra = sum(len(found) - 1 for found in present.values() if len(found) > 1)
    true_pairs = {
        frozenset((a.id, b.id)) for found in present.values() for a, b in combinations(found, 2)
    }
    print("by the answer list:")
    print(f"  junk records                   {len(junk)} ({share(len(junk), created)})")
    for name in junk:
        print(f"    {name!r}: {answers['junk'][name]}")
    print(f"  records of the wrong kind      {len(wrong_kind)} ({share(len(wrong_kind), created)})")
    for name in wrong_kind:
        print(f"    {name!r}: {by_name[name].kind}, should be {answers['wrong_kind'][name]}")
    print(f"  duplicate records              {extra} ({share(extra, created)})")
    for found in present.values():
        if len(found) > 1:
            print("    " + " / ".join(repr(r.name) for r in found))

    suggestions = find_duplicates(records)
    names = {r.id: r.name for r in records}
    right = [frozenset((s.a, s.b)) in true_pairs for s in suggestions]
    print(f"duplicate finder: {len(suggestions)} pair(s) suggested, {sum(right)} true")
    print(
        f"  precision {share(sum(right), len(suggestions))}, in the top {top} "
        f"{share(sum(right[:top]), len(right[:top]))}"
    )
    print(f"  recall    {share(sum(right), len(true_pairs))} of {len(true_pairs)} true pair(s)")
    for suggestion, ok in zip(suggestions, right, strict=True):
        mark = "true " if ok else "FALSE"
        print(
            f"    {mark} {suggestion.score:3d} {names[suggestion.a]!r} / "
            f"{names[suggestion.b]!r}: {suggestion.reason}"
        )
    found = {frozenset((s.a, s.b)) for s in suggestions}
    for pair in true_pairs - found:
        a, b = sorted(pair)
        print(f"    missed    {names[a]!r} / {names[b]!r}")

    judged = set(answers.get("checked", [])) | set(answers.get("junk", {}))
    judged |= set(group_of) | set(answers.get("wrong_kind", {}))
    unjudged = sorted(name for name in by_name if name not in judged)
    print(f"names the answer list has not judged: {len(unjudged)}")
    for name in unjudged:
        print(f"    {name!r}")


def share(part: int, whole: int) -> str:
    return f"{100 * part / whole:.1f}%" if whole else "n/a"


if __name__ == "__main__":
    main()
