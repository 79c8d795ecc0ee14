"""Quote extraction: news article text in, quotations and their speakers out.

Pure Python on purpose: no Django import anywhere in this package, so it can be
tested, benchmarked and reused without a database.
"""
