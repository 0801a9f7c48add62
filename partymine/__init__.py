"""partymine: statistics and practices of grassroots Party building, mined from Vietnamese articles."""

__version__ = "0.1.0"
