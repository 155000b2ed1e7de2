"""Composure: an offline assistant for calm, clear replies to upset customers."""

__version__ = "0.1.0"
