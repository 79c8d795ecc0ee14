"""HTML pages beside the seed's text format: how many articles a second each imports.

    .venv/bin/python bench/import_formats.py [--articles 2000] [--database NAME]

1. Writes N generated articles (bench/article_generator.py) twice: as text files in
   the seed format, and as the same articles in saved web pages, in turn in three CMS
   layouts (a WordPress post, a news site with JSON-LD and an ad slot, a Drupal node),
   each with a menu, a sidebar or related links, and a footer around the article.
2. Reads and parses every file in this process, the stage that differs by format:
   articles per second (text: decode and split lines; HTML: trafilatura).
3. Imports each set with `import_articles` into a fresh PostgreSQL database
   (claimtracker_formatbench, dropped and created for each): wall time and articles
   per second, everything included (reading, extraction, speakers, writes).
Both sets must give the same number of sources and quotes.
"""

import argparse
import html
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psycopg

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "claimtracker.settings")
os.environ.setdefault("SECRET_KEY", "bench")

from article_generator import ArticleWriter  # noqa: E402

SERVER = os.environ.get("BENCH_SERVER", "postgres://postgres@127.0.0.1:5432")

WORDPRESS = """<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8">
<title>{title} | The Riverside Gazette</title>
<meta property="og:site_name" content="The Riverside Gazette">
<meta property="og:title" content="{title}"><meta name="description" content="{standfirst}">
<meta property="article:published_time" content="{date}T09:00:00+00:00"></head>
<body><header><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
</header><article class="post"><h1 class="entry-title">{title}</h1>
<div class="entry-meta"><time datetime="{date}T09:00:00+00:00">{date}</time> by Jane Smith</div>
<div class="entry-content">{paragraphs}</div></article>
<aside id="secondary"><h2>Most read</h2><ul><li><a href="/a">Mayor resigns</a></li>
<li><a href="/b">Flood warning lifted</a></li></ul></aside>
<footer><p>&copy; 2025 The Riverside Gazette</p></footer></body></html>"""
NEWSROOM = """<!doctype html><html lang="en-US"><head><meta charset="utf-8"><title>{title}</title>
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle",
"headline":"{title}","datePublished":"{date}T22:41:00Z","author":[{{"@type":"Person",
"name":"Luis Ortega"}}],"publisher":{{"@type":"Organization","name":"Capital Ledger"}}}}</script>
</head><body><div class="cookie-banner">We use cookies. <button>Accept</button></div>
<header><a href="/">Capital Ledger</a></header><main><h1 class="headline">{title}</h1>
<meta name="description" content="{standfirst}">
<div class="article-body">{paragraphs}
<div class="ad-slot">Advertisement</div></div>
<aside class="related"><h3>Related</h3><ul><li><a href="/x">House leaders meet</a></li></ul></aside>
</main><footer><p>Capital Ledger 2025</p></footer></body></html>"""
DRUPAL = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8" />
<meta property="og:site_name" content="The Lakeside Courier" />
<meta property="og:title" content="{title}" />
<meta property="og:description" content="{standfirst}" />
<meta property="article:published_time" content="{date}T07:00:00+02:00" />
<title>{title} | The Lakeside Courier</title></head><body>
<nav class="breadcrumb"><ol><li><a href="/">Home</a></li>
<li><a href="/news">News</a></li></ol></nav>
<main><article class="node node--type-article"><h1><span>{title}</span></h1>
<div class="field field--name-body">{paragraphs}</div></article></main>
<footer><p>Legal notices · Contact</p></footer></body></html>"""
LAYOUTS = [WORDPRESS, NEWSROOM, DRUPAL]


def as_page(text: str, number: int) -> str:
    lines = text.splitlines()
    date, _, title = lines[0].removeprefix("date ").partition(" ")
    paragraphs = "".join(f"<p>{html.escape(p, quote=False)}</p>\n" for p in lines[2:])
    return LAYOUTS[number % 3].format(
        title=html.escape(title), standfirst=html.escape(lines[1]), date=date,
        paragraphs=paragraphs,
    )  # fmt: skip


def write_sets(directory: Path, count: int) -> tuple[Path, Path]:
    text_dir, html_dir = directory / "text", directory / "html"
    text_dir.mkdir()
    html_dir.mkdir()
    writer = ArticleWriter(seed=1)
    for number in range(count):
        text = writer.article(number)
        (text_dir / f"{number:06d}.txt").write_text(text, encoding="utf-8")
        (html_dir / f"{number:06d}.html").write_text(as_page(text, number), encoding="utf-8")
    return text_dir, html_dir


def parse_rate(directory: Path) -> tuple[float, int]:
    """Articles read and parsed per second in this process, and how many parsed."""
    import django

    django.setup()
    from quotes.importing.pages import read_page
    from quotes.importing.parsing import parse_file

    files = sorted(directory.iterdir())
    read = read_page if files[0].suffix == ".html" else parse_file
    started = time.perf_counter()
    parsed = sum(1 for path in files if read(str(path), path.read_bytes()))
    return len(files) / (time.perf_counter() - started), parsed


def import_rate(directory: Path, database: str, count: int) -> tuple[float, float, str]:
    with psycopg.connect(f"{SERVER}/postgres", autocommit=True) as connection:
        connection.execute(f"DROP DATABASE IF EXISTS {database} WITH (FORCE)")
        connection.execute(f"CREATE DATABASE {database}")
    env = {**os.environ, "DATABASE_URL": f"{SERVER}/{database}"}
    manage = [sys.executable, "manage.py"]
    subprocess.run([*manage, "migrate", "--noinput", "-v", "0"], cwd=ROOT, env=env, check=True)
    started = time.perf_counter()
    done = subprocess.run(
        [*manage, "import_articles", str(directory), "-v", "0"],
        cwd=ROOT, env=env, capture_output=True, text=True,
    )  # fmt: skip
    seconds = time.perf_counter() - started
    if done.returncode:
        sys.exit(f"import_articles failed:\n{done.stderr[-2000:]}")
    lines = [line.strip() for line in done.stdout.splitlines() if "created" in line]
    return seconds, count / seconds, "; ".join(lines[:2])


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--database", default="claimtracker_formatbench")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as temporary:
        text_dir, html_dir = write_sets(Path(temporary), options.articles)
        print(f"{options.articles:,} articles, as text files and as HTML pages")
        print("\nread and parse, one process (articles/s):")
        for name, directory in (("text", text_dir), ("HTML", html_dir)):
            rate, parsed = parse_rate(directory)
            print(f"  {name:<5} {rate:9,.0f}   ({parsed:,} parsed)")
        print("\nimport_articles on PostgreSQL, everything included:")
        for name, directory in (("text", text_dir), ("HTML", html_dir)):
            seconds, rate, created = import_rate(directory, options.database, options.articles)
            print(f"  {name:<5} {seconds:7.1f} s {rate:7,.0f} articles/s   {created}")
    with psycopg.connect(f"{SERVER}/postgres", autocommit=True) as connection:
        connection.execute(f"DROP DATABASE IF EXISTS {options.database} WITH (FORCE)")


if __name__ == "__main__":
    main()
