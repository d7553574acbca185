"""Sync between libraries through the API: change feed, apply, client (see protocol.py)."""
