"""Review: researchers confirm, reject, correct and add; an append-only log applied as an overlay.

- decisions.py: what a decision is, its stable target key and the slot it fills
- log.py: the log in the store (append, read, export, import)
- overlay.py: the log applied to the extraction output, for every view
- api.py: record decisions after checking their targets
- knowledge.py: the researcher's own knowledge base file next to the store
- reextract.py: run the current extractor again, keeping every decision that still applies
"""

from explorer.review.api import reviewed
from explorer.review.decisions import STATES, Decision, relation_key

__all__ = ["STATES", "Decision", "relation_key", "reviewed"]
