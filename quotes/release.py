"""Which code is serving: a digest of the templates, static files and Python sources,
the same in every worker of one deployment. Cached pages and ETags carry it, so a
deployment that changes how a page looks never serves a copy rendered by the old code."""

import hashlib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _digest() -> str:
    files = []
    for folder, pattern in (("templates", "*"), ("static", "*"), ("quotes", "*.py")):
        files.extend(path for path in (ROOT / folder).rglob(pattern) if path.is_file())
    digest = hashlib.sha256()
    for path in sorted(files):
        stat = path.stat()
        digest.update(f"{path.relative_to(ROOT)}:{stat.st_size}:{stat.st_mtime_ns}\n".encode())
    return digest.hexdigest()[:12]


RELEASE = _digest()
