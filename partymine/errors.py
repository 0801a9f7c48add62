"""The exceptions partymine raises.

    PartymineError
     +-- FetchError      a URL could not be fetched (network, HTTP status, size cap, robots)
     +-- ParseError      an input file or page could not be read as an article
     +-- ExtractError    a document could not be processed by the NLP/extraction layer
     +-- StoreError      the corpus database cannot be opened, migrated or written
     +-- ModelError      a shipped model is missing, from another library version, or tampered

The library raises these; the CLI turns each into one line naming the input.
"""


class PartymineError(Exception):
    """Base class: the message is meant to be shown to the user as is."""


class FetchError(PartymineError):
    def __init__(self, url: str, reason: str, message: str = ""):
        self.url, self.reason = url, reason
        super().__init__(f"{url}: {message or reason}")


class ParseError(PartymineError):
    pass


class ExtractError(PartymineError):
    pass


class StoreError(PartymineError):
    pass


class ModelError(PartymineError):
    pass
