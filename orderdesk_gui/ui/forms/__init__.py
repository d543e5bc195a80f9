"""Compiled Qt Designer forms (generated from forms/*.ui)."""
