"""The benchmark's environment: where the database and the server are, and the
production-like settings the site runs with."""

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
DATABASE_URL = os.environ.get(
    "BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/claimtracker_sitebench"
)
PORT = int(os.environ.get("BENCH_PORT", 8011))
sys.path.insert(0, str(ROOT))


def bench_env(**extra):
    return {
        **os.environ,
        "DATABASE_URL": DATABASE_URL,
        "SECRET_KEY": "bench-" + "x" * 40,
        "DEBUG": "false",
        "SECURE_SSL_REDIRECT": "false",
        "SECURE_HSTS_SECONDS": "0",
        "ALLOWED_HOSTS": "127.0.0.1,localhost,testserver",
        **extra,
    }


def manage(*args, **env):
    subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=bench_env(**env), check=True)


def save(name, data):
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / f"{name}.json").write_text(json.dumps(data, indent=2))
