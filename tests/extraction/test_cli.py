import io
import json
from pathlib import Path

from quotes.extraction.cli import run

SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_190b2f4bf00dd89e.txt"


def call(paths, **kwargs):
    stdout, stderr = io.StringIO(), io.StringIO()
    status = run([str(p) for p in paths], stdout=stdout, stderr=stderr, **kwargs)
    return status, stdout.getvalue(), stderr.getvalue()


def test_it_prints_one_json_document_with_every_field(tmp_path):
    status, out, err = call([SEED], as_json=True)
    assert (status, err) == (0, "")
    (document,) = json.loads(out)
    assert document["file"] == SEED.name
    assert document["date"] == "2025-12-14"
    assert document["headline"].startswith("Ukraine abandons ambitions")
    assert set(document["quotes"][0]) == {
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
    }
    merz = [q for q in document["quotes"] if q["text"].startswith("If Ukraine falls")]
    assert merz[0]["speaker"] == "Friedrich Merz" and merz[0]["location"] == "body"


def test_it_prints_a_readable_summary_by_default():
    status, out, _ = call([SEED])
    assert status == 0
    assert "Friedrich Merz" in out and "If Ukraine falls, he won't stop," in out


def test_a_bad_file_gets_one_line_on_stderr_and_the_others_are_still_processed(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"caf\xe9")
    missing = tmp_path / "missing.txt"
    status, out, err = call([bad, SEED, missing], as_json=True)
    assert status == 1
    assert [d["file"] for d in json.loads(out)] == [SEED.name]
    lines = err.splitlines()
    assert lines == [
        f"{bad}: not UTF-8 text (invalid byte 0xe9 at offset 3)",
        f"{missing}: no such file",
    ]


def test_it_reports_parse_errors_directories_and_oversized_files(tmp_path):
    no_body = tmp_path / "no_body.txt"
    no_body.write_text("date 2025-01-01 Headline\nStandfirst\n", encoding="utf-8")
    big = tmp_path / "big.txt"
    big.write_bytes(b"x" * 200)
    status, out, err = call([no_body, tmp_path, big], max_bytes=100)
    assert status == 1 and out == ""
    assert err.splitlines() == [
        f"{no_body}: no body paragraphs",
        f"{tmp_path}: is a directory",
        f"{big}: file too large (over 100 bytes)",
    ]


def test_json_with_no_readable_file_is_an_empty_list(tmp_path):
    status, out, _ = call([tmp_path / "nope.txt"], as_json=True)
    assert status == 1 and json.loads(out) == []
