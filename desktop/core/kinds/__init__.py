"""The registry of rule kinds a YAML rule may name in its `kind` field."""

from __future__ import annotations

from .base import BuildContext, Hit, Kind
from .classifier import ClassifierKind
from .personal_data import PersonalDataKind
from .phrase import PhraseKind
from .request import RequestKind
from .secret import SecretKind
from .shouting import ShoutingKind

KINDS: dict[str, type[Kind]] = {
    kind.name: kind  # type: ignore[misc]
    for kind in (
        PhraseKind, RequestKind, ShoutingKind, SecretKind, PersonalDataKind, ClassifierKind
    )
}

__all__ = ["KINDS", "BuildContext", "Hit", "Kind"]
