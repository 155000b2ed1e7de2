"""`request`: an ask that lacks the specifics that would make it actionable.

"Send me the logs" fires; "send me the logs from the ZYX VM for 7:00pm–7:40pm" doesn't,
because the same sentence names a system and a time window. What counts as a system, a
time window, a version… is defined once as named `specifics` in the YAML and shared by
every request rule, so improving how a host name is recognised improves every rule.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import ClassVar

from ..document import Document
from ..yamlview import View
from .base import BuildContext, Hit


@dataclass(frozen=True)
class Need:
    specifics: tuple[str, ...]
    label: str
    placeholder: str


def _join_labels(labels: list[str]) -> str:
    if len(labels) <= 1:
        return "".join(labels)
    return ", ".join(labels[:-1]) + " and " + labels[-1]


class RequestKind:
    name: ClassVar[str] = "request"
    fields: ClassVar[dict[str, str]] = {
        "asks": "regular expressions for the request itself (the words that get underlined)",
        "needs": "list of {specific, label, placeholder}: what a clear version names; "
        "`specific` is a name (or list of names) from a file's `specifics`",
        "require": "`all` (default): every need must be met; `any`: one need is enough",
        "clear_if": "names of specifics that make the whole request clear when present "
        "(for example an honest 'I can't say which right now')",
    }

    def __init__(
        self,
        asks: list[re.Pattern[str]],
        needs: list[Need],
        require_all: bool,
        clear_if: tuple[str, ...],
    ) -> None:
        self.asks = asks
        self.needs = needs
        self.require_all = require_all
        self.clear_if = clear_if

    @classmethod
    def build(cls, spec: Mapping[str, View], ctx: BuildContext) -> RequestKind:
        for required in ("asks", "needs"):
            if required not in spec:
                raise next(iter(spec.values())).error(
                    f"a request rule needs '{required}'", required
                )
        needs = []
        for item in spec["needs"].sequence():
            f = item.mapping({"specific", "label", "placeholder"}, required=set(
                ("specific", "label", "placeholder")))
            names = tuple(f["specific"].texts())
            ctx.specific_refs.extend((n, f["specific"]) for n in names)
            needs.append(Need(names, f["label"].text(), f["placeholder"].text()))
        if not needs:
            raise spec["needs"].error("must list at least one need")
        clear_if: tuple[str, ...] = ()
        if "clear_if" in spec:
            clear_if = tuple(spec["clear_if"].texts())
            ctx.specific_refs.extend((n, spec["clear_if"]) for n in clear_if)
        require_all = spec["require"].choice(("all", "any")) == "all" if "require" in spec else True
        return cls(spec["asks"].regexes(), needs, require_all, clear_if)

    def find(self, doc: Document, specifics: Mapping[str, object]) -> Iterable[Hit]:
        matches = (m for ask in self.asks for m in doc.finditer(ask))
        for m in matches:
            sentence = doc.sentence_at(m.start())
            scope = sentence.text if sentence else doc.draft[m.start() : m.end()]
            if any(_present(specifics, name, scope) for name in self.clear_if):
                continue
            missing = [
                need for need in self.needs
                if not any(_present(specifics, name, scope) for name in need.specifics)
            ]
            met = len(self.needs) - len(missing)
            if not missing or (not self.require_all and met > 0):
                continue
            yield Hit(
                m.start(),
                m.end(),
                values={
                    "missing": _join_labels([n.label for n in missing]),
                    "placeholders": " ".join(n.placeholder for n in missing),
                },
            )


def _present(specifics: Mapping[str, object], name: str, scope: str) -> bool:
    pattern = specifics.get(name)
    return isinstance(pattern, re.Pattern) and pattern.search(scope) is not None
