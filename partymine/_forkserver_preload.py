"""Imported by the extraction runner's fork server, and nothing else: it loads the gazetteer,
the figure patterns and the models there once, so every worker forked from the server starts
with them in memory instead of loading them itself. The one module that works at import time,
because that is its job."""
from partymine.pipeline import warm_up_extractors

warm_up_extractors()
