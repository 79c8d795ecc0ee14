"""The registry across articles: which real speaker a name stands for.

Pure Python over names and word lists (no Django here), used by the importer's
speaker resolution (quotes/importing/speakers.py), the editors' queue of likely
duplicates and junk (quotes/selectors/registry.py) and the speaker search:

- tables.py: the shipped tables in data/ (short given names, organisations and their
  acronyms, country qualifiers), loaded once;
- shapes.py: what is a name: cleaning a surface form ("Though Mr Brown" -> "Mr Brown",
  "ABC News." -> "ABC News") and the name-shape check that refuses clause fragments;
- people.py: given names and their short forms, peerage and regnal forms, keys;
- organisations.py: country qualifiers, acronyms paired in an article or in the table;
- kinds.py: person, organisation or group, from the article's evidence;
- duplicates.py: likely duplicate records and likely junk, with their reasons.
"""
