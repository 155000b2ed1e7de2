"""The registry of rule kinds a YAML rule may name in its `kind` field."""

from __future__ import annotations

from .base import BuildContext, Hit, Kind
from .phrase import PhraseKind
from .request import RequestKind
from .shouting import ShoutingKind

KINDS: dict[str, type[Kind]] = {
    kind.name: kind for kind in (PhraseKind, RequestKind, ShoutingKind)  # type: ignore[misc]
}

__all__ = ["KINDS", "BuildContext", "Hit", "Kind"]
