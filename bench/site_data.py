"""Synthetic data for the site benchmark: 1,000,000 quotes with a Zipf vocabulary,
~50,000 speakers with aliases, articles and published claims, loaded by COPY."""

import datetime
import hashlib
import os
import random
import re
import subprocess
import time

from site_env import DATABASE_URL, manage

N_QUOTES = int(os.environ.get("BENCH_QUOTES", 1_000_000))
N_SPEAKERS = int(os.environ.get("BENCH_SPEAKERS", 50_000))
QUOTES_PER_SOURCE = 8
N_CLAIMS = N_QUOTES // 200
SEED = 20251214

FIRST = """Anna Ben Carla David Elena Farid Greta Hans Ines Jonas Kaja Luis Maria Nils Olga Pavel
Rosa Samir Tanja Ugo Vera Walter Xenia Yusuf Zofia Adam Bettina Cyril Dora Emil Fatima Gustav
Hana Igor Julia Karim Lena Marek Nadia Oskar Petra Rafael Sofia Tomas Ulla Viktor Wanda Yann
Zeynep Aleksander Birgit Chiara Dmitri Eva Felix Giulia Henrik Irena Jakub Katarina Lorenzo
Mila Nikolai Olena Piotr Renata Stefan Teresa Valentin Wiktoria Arjun Bianca Carlos Daria
Enzo Freya Goran Helga Ivan Jana Kostas Lucia Matteo Nora Otto Paula Radek Sanne Timo Ursula
Vasyl Wim Yara Zdenek Agnes Bruno Clara Dario Edith Fabian Gisela Hugo Ida Jens Klara Leon
Magda Noah Oliwia Paolo Quentin Rita Sven Tilda Uwe Vlad Wilma Xavier Yvonne Zoltan""".split()
LAST = """Novak Schmidt Rossi Kowalski Petrov Dubois Jensen Horvat Silva Garcia Muller Nowak
Ivanova Fischer Weber Meyer Wagner Becker Schulz Hoffmann Koch Richter Klein Wolf Neumann
Schwarz Zimmermann Braun Hofmann Hartmann Lange Schmitt Werner Krause Meier Lehmann Schmid
Schulze Maier Kohler Herrmann Walter Konig Mayer Huber Kaiser Fuchs Peters Lang Scholz Moller
Weiss Jung Hahn Vogel Friedrich Keller Gunther Frank Berger Winkler Roth Beck Lorenz Baumann
Franke Albrecht Schuster Simon Ludwig Bohm Winter Kraus Martin Kramer Vogt Stein Jager Otto
Sommer Gross Seidel Heinrich Brandt Haas Schreiber Graf Schulte Dietrich Ziegler Kuhn Pohl
Engel Horn Busch Bergmann Thomas Voigt Sauer Arnold Wolff Pfeiffer Bianchi Romano Colombo
Ricci Marino Greco Bruno Gallo Conti Esposito Costa Giordano Mancini Rizzo Lombardi Moretti
Barbieri Fontana Santoro Mariani Rinaldi Caruso Ferrara Galli Martini Leone Longo Gentile
Martinelli Vitale Lombardo Serra Coppola Santis Marchetti Parisi Villa Conte Ferraro Ferri
Fabbri Bianco Marini Grasso Valentini Messina Sala Rossetti Gatti Pellegrini Palumbo Sanna
Farina Rizzi Monti Cattaneo Morelli Amato Silvestri Mazza Testa Grassi Pellegrino Carbone
Giuliani Benedetti Barone Orlando Damico Palmieri Bernardi Martino Fiore Ruggiero Sartori
Kovacs Szabo Toth Nagy Varga Kiss Molnar Nemeth Farkas Balogh Papp Takacs Juhasz Lakatos
Meszaros Olah Simon Racz Fekete Szilagyi Torok Feher Balazs Gal Kis Szucs Kocsis Orsos Pinter
Fodor Szalai Sipos Magyar Lukacs Gulyas Biro Kiraly Katona Laszlo Jakab Bogdan Balog Sandor
Boros Fazekas Kelemen Antal Orban Somogyi Fulop Veres Budai Hegedus Deak Pal Vincze Bodnar
Illes Lengyel Fischer Vass Szekeres Bakos Major Hajdu Sarkozi Mate Kozma Bozsik Bognar Novakova
Dvorak Cerny Prochazka Kucera Vesely Horak Nemec Pokorny Marek Pospisil Hajek Jelinek Kral
Ruzicka Benes Fiala Sedlacek Dolezal Zeman Kolar Navratil Cermak Vanek Urban Blaha Kriz""".split()
TOP_WORDS = """government security people country economy war peace minister president talks
europe ukraine russia nato sanctions energy prices inflation support border military troops
agreement deal negotiations guarantees future decision parliament election vote budget taxes
workers jobs growth market trade tariffs exports industry climate emissions power gas oil
health hospitals schools children families housing rents police crime justice court law rights
freedom democracy citizens voters reform crisis recovery investment banks debt interest rates
allies partners alliance defence weapons missiles drones attack ceasefire refugees migration
asylum borders sovereignty territory occupation invasion aid humanitarian reconstruction cities
villages farmers grain harvest food water electricity infrastructure railways roads transport
technology innovation digital internet media journalists truth lies responsibility leadership
stability solidarity unity independence history generation victory compromise dialogue
pressure""".split()
STOP = "we the a to of and in that is it will not be this our for are have they with".split()
OUTLETS = [
    "Example News",
    "Daily Planet",
    "The Courier",
    "Morning Post",
    "Evening Standard",
    "Global Wire",
    "City Herald",
    "The Observer Online",
]
CUES = ["said", "told reporters", "warned", "added", "said in a statement", "argued", "insisted"]


def pseudo_words(n: int, rng: random.Random) -> list[str]:
    """Pronounceable made-up words for the long tail of the vocabulary."""
    onsets = "b c d f g h j k l m n p r s t v z br dr gr kr pl st tr sk".split()
    vowels = "a e i o u ai ea io".split()
    codas = ["", "n", "r", "s", "l", "m", "nd", "rt", "st"]
    seen, words = set(TOP_WORDS), []
    while len(words) < n:
        w = "".join(rng.choice(onsets) + rng.choice(vowels) for _ in range(rng.randint(2, 3)))
        w += rng.choice(codas)
        if w not in seen:
            seen.add(w)
            words.append(w)
    return words


def vocabulary(rng):
    words = TOP_WORDS + pseudo_words(30_000, rng)
    weights = [1.0 / (rank + 50) for rank in range(1, len(words) + 1)]  # Zipf-Mandelbrot
    cumulative, total = [], 0.0
    for w in weights:
        total += w
        cumulative.append(total)
    return words, cumulative


def term_lists(words):
    """Common terms: the 100 most frequent words (~1-4% of quotes each). Rare terms:
    words ranked 15,000-30,000 (tens of quotes each)."""
    rng = random.Random(SEED + 1)
    common = words[:100]
    rare = rng.sample(words[15_000:30_000], 300)
    return common, rare


def psql(sql: str, db: str = "postgres"):
    base = DATABASE_URL.rsplit("/", 1)[0]
    subprocess.run(["psql", f"{base}/{db}", "-v", "ON_ERROR_STOP=1", "-qc", sql], check=True)


def load():
    import psycopg

    db = DATABASE_URL.rsplit("/", 1)[1]
    assert db.startswith("claimtracker_sitebench"), "refusing to load into " + db
    started = time.monotonic()
    psql(f"DROP DATABASE IF EXISTS {db}")
    psql(f"CREATE DATABASE {db}")
    manage("migrate", "--noinput", "-v", "0")
    manage("loaddata", "fixtures/rating_scales.json", "-v", "0")
    rng = random.Random(SEED)
    words, cumulative = vocabulary(rng)
    now = datetime.datetime.now(datetime.UTC)
    with psycopg.connect(DATABASE_URL, autocommit=True) as conn:
        # The index is built in one pass below: the triggers would do it twice.
        for table in ("quotes_quote", "quotes_speaker", "quotes_speakeralias", "quotes_source"):
            conn.execute(f"ALTER TABLE {table} DISABLE TRIGGER USER")
        speakers = copy_speakers(conn, rng, now)
        copy_sources_and_quotes(conn, rng, now, speakers, words, cumulative)
        copy_claims(conn, rng, now)
        for table in ("quotes_quote", "quotes_speaker", "quotes_speakeralias", "quotes_source"):
            conn.execute(f"ALTER TABLE {table} ENABLE TRIGGER USER")
        for table in [
            "quotes_speaker",
            "quotes_speakeralias",
            "quotes_source",
            "quotes_quote",
            "quotes_claim",
            "quotes_verdict",
        ]:
            conn.execute(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                f"(SELECT max(id) FROM {table}))"
            )
        print(f"copied in {time.monotonic() - started:.0f}s", flush=True)
        t = time.monotonic()
        conn.execute("DROP INDEX quote_search_vector_gin")
        conn.execute("VACUUM ANALYZE")
    # The database's own document function, over every quote in one UPDATE.
    manage("rebuild_search_index")
    with psycopg.connect(DATABASE_URL, autocommit=True) as conn:
        print(f"search vectors in {time.monotonic() - t:.0f}s", flush=True)
        t = time.monotonic()
        conn.execute("SET maintenance_work_mem = '1GB'")
        conn.execute(
            "CREATE INDEX quote_search_vector_gin ON quotes_quote USING gin (search_vector)"
        )
        conn.execute("VACUUM ANALYZE")
        print(f"GIN index in {time.monotonic() - t:.0f}s", flush=True)
    print(f"load done in {time.monotonic() - started:.0f}s", flush=True)


def copy_speakers(conn, rng, now):
    from quotes.extraction.names import alias_key

    names = sorted({f"{f} {last}" for last in LAST for f in FIRST})
    rng.shuffle(names)
    initials, seen = "ABCDEFGHJKLMNPRSTW", set(names)
    while len(names) < N_SPEAKERS:  # then "Anna K. Novak": more people than name pairs
        name = f"{rng.choice(FIRST)} {rng.choice(initials)}. {rng.choice(LAST)}"
        if name not in seen:
            seen.add(name)
            names.append(name)
    names = names[:N_SPEAKERS]
    keys = set()
    with conn.cursor() as cur:
        with cur.copy(
            "COPY quotes_speaker (id, name, slug, kind, description, wikidata_id, photo,"
            " created_at, updated_at) FROM STDIN"
        ) as copy:
            for i, name in enumerate(names, 1):
                slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
                row = (i, name, slug, "person", "Minister for Examples", "", "", now, now)
                copy.write_row(row)
        with cur.copy(
            "COPY quotes_speakeralias (speaker_id, name, key, origin, created_at) FROM STDIN"
        ) as copy:
            for i, name in enumerate(names, 1):
                first, last = name.split(" ", 1)
                variants = [name, f"Mr {last} {first[0]}", name.replace("v", "w").replace("y", "i")]
                for variant in variants:
                    key = alias_key(variant)
                    if key not in keys:
                        keys.add(key)
                        copy.write_row((i, variant, key, "import", now))
    return names


def sentence(rng, words, cumulative, n):
    picked = rng.choices(words, cum_weights=cumulative, k=n)
    stops = rng.choices(STOP, k=n // 2)
    out = []
    for i, w in enumerate(picked):
        out.append(w)
        if i < len(stops):
            out.append(stops[i])
    text = " ".join(out)
    return text[0].upper() + text[1:]


def copy_sources_and_quotes(conn, rng, now, speakers, words, cumulative):
    n_sources = N_QUOTES // QUOTES_PER_SOURCE
    speaker_ids = range(1, len(speakers) + 1)
    speaker_cumulative, total = [], 0.0
    for rank in speaker_ids:
        total += 1.0 / (rank + 5)
        speaker_cumulative.append(total)
    start_day = datetime.date(2015, 1, 1)
    quote_rows = []
    with (
        conn.cursor() as cur,
        cur.copy(
            "COPY quotes_source (id, headline, standfirst, body, published_on, outlet, url,"
            " language, content_hash, origin_file, extractor_version, imported_at, byline)"
            " FROM STDIN"
        ) as copy,
    ):
        for source_id in range(1, n_sources + 1):
            day = start_day + datetime.timedelta(days=rng.randrange(4000))
            headline = sentence(rng, words, cumulative, 5)
            who = rng.choices(speaker_ids, cum_weights=speaker_cumulative, k=3)
            paragraphs = [f"{headline}, the talks went on."]
            offset = len(paragraphs[0]) + 1
            for p in range(QUOTES_PER_SOURCE):
                text = sentence(rng, words, cumulative, rng.randint(8, 16))
                speaker_id = who[p % 3]
                cue = rng.choice(CUES)
                para = f"“{text},” {speakers[speaker_id - 1]} {cue}."
                roll = rng.random()
                status = "rejected" if roll < 0.01 else "verified" if roll < 0.05 else "unreviewed"
                quote_rows.append(
                    (
                        len(quote_rows) + 1,
                        source_id,
                        speaker_id,
                        speakers[speaker_id - 1],
                        text + ",",
                        "direct",
                        "body",
                        cue,
                        len(paragraphs),
                        offset,
                        offset + len(text) + 3,
                        "cue-after",
                        0.9,
                        "alias",
                        status,
                        "machine",
                        day,
                        "bench",
                        now,
                        f"{speakers[speaker_id - 1]} {cue}.",  # context: the paragraph's rest
                        "",  # no suggestion: the speaker is given
                    )
                )
                paragraphs.append(para)
                offset += len(para) + 1
            body = "\n".join(paragraphs)
            digest = hashlib.sha256(f"{source_id}{body}".encode()).hexdigest()
            copy.write_row(
                (
                    source_id,
                    headline,
                    "",
                    body,
                    day,
                    rng.choice(OUTLETS),
                    f"https://news.example.org/{source_id}",
                    "en",
                    digest,
                    f"bench/{source_id}.txt",
                    "bench",
                    now,
                    "",
                )
            )
    print(f"  {n_sources} sources", flush=True)
    with (
        conn.cursor() as cur,
        cur.copy(
            "COPY quotes_quote (id, source_id, speaker_id, speaker_mention, text, kind, location,"
            ' cue, paragraph, start, "end", attribution_rule, attribution_confidence,'
            " speaker_match, status, origin, said_on, extractor_version, created_at, context,"
            " speaker_suggestion)"
            " FROM STDIN"
        ) as copy,
    ):
        for row in quote_rows:
            copy.write_row(row)
    print(f"  {len(quote_rows)} quotes", flush=True)


def copy_claims(conn, rng, now):
    ratings = [r[0] for r in conn.execute("SELECT id FROM quotes_rating ORDER BY id")]
    with conn.cursor() as cur:
        quote_ids = rng.sample(range(1, N_QUOTES + 1), N_CLAIMS)
        speakers = dict(
            cur.execute(
                "SELECT id, speaker_id FROM quotes_quote WHERE id = ANY(%s)", [quote_ids]
            ).fetchall()
        )
        with cur.copy(
            "COPY quotes_claim (id, text, slug, claimant_id, status, created_at, updated_at)"
            " FROM STDIN"
        ) as copy:
            for i, qid in enumerate(quote_ids, 1):
                copy.write_row(
                    (i, f"Claim number {i}", f"claim-{i}", speakers[qid], "published", now, now)
                )
        with cur.copy("COPY quotes_claim_appearances (claim_id, quote_id) FROM STDIN") as copy:
            for i, qid in enumerate(quote_ids, 1):
                copy.write_row((i, qid))
        with cur.copy(
            "COPY quotes_verdict (id, claim_id, rating_id, explanation, conclusion_only,"
            " published_at, updated_at) FROM STDIN"
        ) as copy:
            for i in range(1, N_CLAIMS + 1):
                row = (i, i, rng.choice(ratings), "Checked against the record.", False, now, now)
                copy.write_row(row)
