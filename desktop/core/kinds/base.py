"""What every rule kind provides: the fields it reads and how it finds hits.

A kind knows *how* to look (a phrase list, a request missing its specifics, shouting);
the YAML says *what* to look for. New kinds register in `desktop.core.kinds`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import ClassVar, Protocol

from ..document import Document
from ..yamlview import View


@dataclass(frozen=True)
class Hit:
    """A span a kind matched, with optional per-hit suggestions and message values."""

    start: int
    end: int
    suggestions: tuple[str, ...] | None = None
    values: Mapping[str, str] = field(default_factory=dict)


@dataclass
class BuildContext:
    """What a kind may consult while it is built: the shared named specifics, and the
    folder of the rule file (a rule may name a data file beside it)."""

    specific_refs: list[tuple[str, View]] = field(default_factory=list)
    folder: Path | None = None


class Kind(Protocol):
    """A way of finding hits in a document.

    A `local` kind finds each hit inside one sentence, from that sentence and the few
    characters before it alone (the patterns it `searched` are run through
    `Document.finditer`), so what it found in a sentence is remembered with the sentence
    and an edit searches only the sentences it changed (see sentence_memo). Whatever
    such a kind must read beyond the sentence goes in `keeps`, asked of every hit on
    every analysis.
    """

    name: ClassVar[str]
    #: kind-specific YAML fields -> one-line description (also used for the docs)
    fields: ClassVar[dict[str, str]]
    local: ClassVar[bool]

    @classmethod
    def build(cls, spec: Mapping[str, View], ctx: BuildContext) -> Kind: ...

    def find(self, doc: Document, specifics: Mapping[str, object]) -> Iterable[Hit]: ...

    def searched(self) -> Iterable[re.Pattern[str]]:
        """The patterns `find` searches the draft with (only asked of local kinds)."""
        ...

    def keeps(self, doc: Document, specifics: Mapping[str, object], hit: Hit) -> bool:
        """Whether `hit`, found by `find`, stands in this document."""
        ...

    def narrowed(
        self, doc: Document, hit: Hit, spoken_for: Callable[[int, int], bool]
    ) -> Iterable[Hit]:
        """For a deferring rule whose `hit` another finding already speaks for in part:
        hits on what is left of it, if any stand on their own."""
        ...


class WholeDraftKind:
    """What a kind that reads the whole draft at once says about sentences: it isn't
    `local`, and `find` alone decides."""

    local: ClassVar[bool] = False

    def searched(self) -> Iterable[re.Pattern[str]]:
        return ()

    def keeps(self, doc: Document, specifics: Mapping[str, object], hit: Hit) -> bool:
        return True

    def narrowed(
        self, doc: Document, hit: Hit, spoken_for: Callable[[int, int], bool]
    ) -> Iterable[Hit]:
        return ()


class SentenceKind(WholeDraftKind):
    """A `local` kind: it names the patterns it searches; unless it says otherwise,
    nothing beyond a hit's sentence decides whether it stands."""

    local: ClassVar[bool] = True
