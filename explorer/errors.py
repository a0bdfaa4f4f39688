"""One root for every error a user can cause; the message says what to do next."""


class ExplorerError(Exception):
    """A problem with the user's input or environment (not a bug)."""


class InputError(ExplorerError):
    """A file or value that cannot be used; the message names it and the reason."""
