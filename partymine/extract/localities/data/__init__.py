"""Data files shipped with partymine (not code)."""
