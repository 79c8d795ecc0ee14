"""Writes that touch several rows: keyword-only functions, one transaction each."""
