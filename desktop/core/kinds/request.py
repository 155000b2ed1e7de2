"""`request`: an ask that lacks the specifics that would make it actionable.

"Send me the logs" fires; "send me the logs from the ZYX VM for 7:00pm–7:40pm" doesn't,
because the same sentence names a system and a time window. What counts as a system, a
time window, a version… is defined once as named `specifics` in the YAML and shared by
every request rule, so improving how a host name is recognised improves every rule.

A request is something the *customer* is asked to do. "We'll look into it" and "someone
may be able to check it" name the same verbs but ask nothing of them, so an ask whose
clause starts with us doing it (I, we, our team, someone… plus only helper words like
"will", "may be able to") is never a request, nor is a question about what was already
done ("Did you check the box before you signed?"). Overlapping asks of one rule make one
finding. With `imperative: true` a rule only counts asks addressed to the reader: at the
start of a clause, or after "please", "could you", "try", "you should", "have you tried"….
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import ClassVar

from ..document import Document
from ..match_cache import remembered
from ..yamlview import View
from .base import BuildContext, Hit, SentenceKind


@dataclass(frozen=True)
class Need:
    specifics: tuple[str, ...]
    label: str
    placeholder: str


def _join_labels(labels: list[str]) -> str:
    if len(labels) <= 1:
        return "".join(labels)
    return ", ".join(labels[:-1]) + " and " + labels[-1]


class RequestKind(SentenceKind):  # but for `clear_if_before`, which `keeps` reads
    name: ClassVar[str] = "request"
    fields: ClassVar[dict[str, str]] = {
        "asks": "regular expressions for the request itself (the words that get underlined)",
        "needs": "list of {specific, label, placeholder}: what a clear version names; "
        "`specific` is a name (or list of names) from a file's `specifics`",
        "require": "`all` (default): every need must be met; `any`: one need is enough",
        "clear_if": "names of specifics that make the whole request clear when present "
        "(for example an honest 'I can't say which right now')",
        "clear_if_before": "names of specifics that make the request clear when an earlier "
        "sentence of the same paragraph has them ('It was fixed at 09:55. Please try again.')",
        "imperative": "true: only asks addressed to the reader count (clause start, or after "
        "please / could you / try / you should…); default false",
    }

    def __init__(
        self,
        asks: list[re.Pattern[str]],
        needs: list[Need],
        require_all: bool,
        clear_if: tuple[str, ...],
        clear_if_before: tuple[str, ...] = (),
        imperative: bool = False,
    ) -> None:
        self.asks = tuple(asks)  # (kept as they are: see Document.with_candidates)
        self.needs = needs
        self.require_all = require_all
        self.clear_if = clear_if
        self.clear_if_before = clear_if_before
        self.imperative = imperative

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
        clear_if_before: tuple[str, ...] = ()
        if "clear_if_before" in spec:
            clear_if_before = tuple(spec["clear_if_before"].texts())
            ctx.specific_refs.extend((n, spec["clear_if_before"]) for n in clear_if_before)
        require_all = spec["require"].choice(("all", "any")) == "all" if "require" in spec else True
        imperative = spec["imperative"].boolean() if "imperative" in spec else False
        return cls(spec["asks"].regexes(), needs, require_all, clear_if, clear_if_before,
                   imperative)

    def searched(self) -> Iterable[re.Pattern[str]]:
        return self.asks

    def keeps(self, doc: Document, specifics: Mapping[str, object], hit: Hit) -> bool:
        """No, when an earlier sentence of the paragraph has a `clear_if_before` specific.
        (It decides for every ask of a sentence alike, so dropping them after `find` is
        the same as never taking them: an ask's reach ends with its sentence.)"""
        if not self.clear_if_before:
            return True
        sentence = doc.sentence_at(hit.start)
        start = sentence.start if sentence is not None else hit.start
        earlier = _paragraph_before(doc.draft, start)
        return not _in_text(doc, specifics, self.clear_if_before, earlier)

    def find(self, doc: Document, specifics: Mapping[str, object]) -> Iterable[Hit]:
        reach = -1  # where the last ask taken ends: asks come in order of their start,
        matches = sorted(  # so one overlaps an earlier finding exactly when it starts before
            (m for i in doc.with_candidates(self.asks) for m in doc.finditer(self.asks[i])),
            key=lambda m: (m.start(), -m.end()),
        )
        for m in matches:
            if m.start() < reach:
                continue
            k = doc.sentence_index_at(m.start())
            if k is None:  # (finditer only finds asks inside sentences)
                continue
            sentence = doc.sentences[k]
            lead = doc.draft[sentence.start : m.start()]
            gerund = _is_gerund(m.group())
            # "Making sure the app is up to date would be a good idea."
            advised = gerund and bool(_GERUND_ADVISED.match(doc.draft, m.end(), sentence.end))
            if not _asks_the_reader(lead, self.imperative, gerund, advised):
                continue
            if _in_sentence(doc, specifics, self.clear_if, k):
                continue
            missing = [
                need for need in self.needs
                if not _in_sentence(doc, specifics, need.specifics, k)
            ]
            met = len(self.needs) - len(missing)
            if not missing or (not self.require_all and met > 0):
                continue
            reach = max(reach, m.end())
            yield Hit(
                m.start(),
                m.end(),
                values={
                    "missing": _join_labels([n.label for n in missing]),
                    "placeholders": " ".join(n.placeholder for n in missing),
                },
            )


def _patterns(specifics: Mapping[str, object], names: tuple[str, ...]) -> Iterator[re.Pattern[str]]:
    """The patterns of the named specifics (names are checked when the rules load)."""
    for name in names:
        pattern = specifics.get(name)
        if isinstance(pattern, re.Pattern):
            yield pattern


def _in_sentence(
    doc: Document, specifics: Mapping[str, object], names: tuple[str, ...], k: int
) -> bool:
    """Whether sentence k names one of these specifics."""
    return any(doc.sentence_has(p, k) for p in _patterns(specifics, names))


def _in_text(
    doc: Document, specifics: Mapping[str, object], names: tuple[str, ...], text: str
) -> bool:
    """Whether `text` (a stretch of the draft) names one of these specifics."""
    return any(doc.text_has(p, text) for p in _patterns(specifics, names))


# Words that end in -ing without being a verb's -ing form.
_NOT_GERUNDS = frozenset(
    {"everything", "something", "anything", "nothing", "morning", "evening", "during",
     "building", "ceiling", "string", "spring", "setting", "settings", "things"}
)


def _is_gerund(ask: str) -> bool:
    """Whether the ask starts with an -ing form ("restarting the router")."""
    first = ask.split(None, 1)[0].lower() if ask.strip() else ""
    return len(first) >= 6 and first.endswith("ing") and first not in _NOT_GERUNDS


@remembered
def _asks_the_reader(
    lead: str, imperative: bool, gerund: bool = False, advised: bool = False
) -> bool:
    """Whether an ask after `lead` (its sentence up to the ask) is something the reader
    is asked to do, rather than something we do.

    An ask in the -ing form is one only after a word that asks for it ("try restarting",
    "I'd suggest reinstalling", "it's worth checking") or when the rest of its clause
    recommends it (`advised`: "… would be a good idea"): "Thanks for already restarting
    the tablet" and "Reinstalling the app twice wiped it" ask nothing.
    """
    if _SELF_ACTION.search(lead) or _SELF_COORDINATED.search(lead):
        return False
    if _NEGATED.search(lead):  # "you don't need to send anything"
        return False
    if _ASKED_WHAT_WAS_DONE.search(lead):  # "Did you check the box before you signed?"
        return False
    if _PURPOSE.search(lead):  # "I'll call you … so that you can inspect the work"
        return False
    if gerund:
        if _GERUND_IN_A_TIME_CLAUSE.search(lead):  # "worth talking to them before contacting us"
            return False
        return advised or bool(_GERUND_ASKED.search(lead))
    return not imperative or bool(_ADDRESSED.search(lead))


# A hedge or a manner between our subject and our verb: "we can maybe look at it".
_HEDGES = r"maybe|perhaps|possibly|happily|gladly|easily"
# Words that may sit between a subject and its verb without changing who acts ("we did
# try to ring the number on the order" is our attempt, not an ask).
_HELPERS = (
    r"(?:will|shall|can|could|may|might|must|should|would|also|then|now|just|first|did|tried|had|"
    r"be|able|to|going|gonna|happy|glad|need|needs|want|wants|try|'ll|’ll|'d|’d|'re|’re|"
    r"are|is|am|was|were|have|has|already|still|definitely|certainly|probably|quickly|usually|always|"
    rf"absolutely|{_HEDGES}|"
    r"personally|immediately|today|right|away|and|or|not|trying|hoping|planning|aiming|working)"
)
# The lead of our own offer: "What I can do is …", "All we can offer is …", "The best we
# can do would be …" (not "What I'd suggest is …": that is advice to them).
_OUR_OFFER = (
    r"\b(?:what|all|the\s+(?:best|most|least))\s+(?:I|we)(?:['’](?:ll|d)|\s+(?:can|could|will|would))?"
    r"\s+(?:also\s+|now\s+)?(?:do|offer)\s+(?:instead\s+|now\s+|today\s+)?(?:is|would\s+be)\s+"
)
# The clause before the ask says we (or a third party) do it: "We'll look into it", or
# offers it: "What I can do is send the files to the new school".
_SELF_ACTION = re.compile(
    r"(?:^|[.;:,!?(]\s*|\b(?:and|so|but|then|when|while|whilst|as|because|since|until|if|"
    r"though|although)\s+)"
    r"(?:I|we|I'll|we'll|I’ll|we’ll|I'm|we're|I’m|we’re|I've|we've|someone|somebody|"
    r"our\s+(?:\w+\s+)?(?:team|engineers?|staff|support|specialists?)|the\s+team|they)"
    rf"(?:\s+{_HELPERS})*\s*$"
    # …or we, with a modal and a hedge, anywhere in the clause: "if you really can't get
    # it going we can maybe look at it" (the hedge alone would read as a polite ask of them)
    r"|\b(?:I|we)(?:['’](?:ll|d)|\s+(?:can|could|will|would|shall|may|might))"
    rf"(?:\s+{_HELPERS})*?\s+(?:{_HEDGES})(?:\s+{_HELPERS})*\s*$"
    rf"|{_OUR_OFFER}(?:to\s+)?$",
    re.I,
)
# "Please don't pull the drives or reset the NAS": a step *not* to take is no request; nor
# is one judged not worth taking ("the Frontalini isn't worth restoring"). A "so" or "but"
# starts a clause of its own: "emails don't always arrive so check your settings" asks.
# "Please do not hesitate to provide further particulars" invites the step it names.
_NEGATED = re.compile(
    r"\b(?:(?:don't|don’t|do\s+not)(?!\s+hesitate\b)|never|no\s+need\s+to|without|"
    r"(?:not|isn['’]t|wasn['’]t|aren['’]t|weren['’]t)\s+(?:really\s+)?worth)\b"
    r"(?:(?!\b(?:so|but)\s)[^.;:!?,])*$",
    re.I,
)
# "Did you check the box before you signed for it?", "Did anyone actually check them on
# delivery?": a question about what was done, not a step to take now (none of the 320
# "did you …?" questions in the labelled replies holds a vague ask; 14 were flagged as
# one). "Did you try restarting it?" still suggests the step, so it stays an ask.
_ASKED_WHAT_WAS_DONE = re.compile(
    r"(?:^|[.;:!?,]\s*)(?:and\s+|but\s+|so\s+)?did\s+(?:you|anyone|anybody|someone|somebody|"
    r"they|your\s+[\w-]+)\s+(?!(?:try|tried)\b)[^.;:!?,]*$",
    re.I,
)
# "I'll telephone you once the team has finished so that you can inspect the work": what
# our step lets them do, not something we ask of them.
_PURPOSE = re.compile(
    r"\bso\s+(?:that\s+)?you\s+(?:can|could|may|might|will\s+be\s+able\s+to|(?:'|’)ll\s+be\s+able\s+to)"
    r"(?:\s+(?:also|then|easily|still))?\s+$",
    re.I,
)
# A character inside one clause: a time's or a price's colon or point ("at 10:00",
# "£12.50") doesn't end it, so "our lead, Ben, can come at 10:00 and go through the attic
# with you" is still ours from start to end.
_IN_CLAUSE = r"(?:[^.;:!?]|(?<=\d)[.:](?=\d))"
_IN_CLAUSE_NO_COMMA = r"(?:[^.;:!?,]|(?<=\d)[.:](?=\d))"
# "We'll reset the counter and restore the report": a second verb shares our subject.
_SELF_COORDINATED = re.compile(
    # (or one of ours, named: "Our framer, Helen Marsh, will open it and check the mount")
    r"(?:^|[.;:!?]\s*)(?:I|we|our\s+[\w-]+(?:\s+[\w-]+)?(?:,\s+[^,.;:!?]{2,40},)?)"
    r"(?:'ll|’ll|\s+will|\s+can|'re\s+going\s+to|\s+are\s+going\s+to)\b"
    r"(?:(?!\b(?:please|(?:could|can|would|will)\s+you|you\s+(?:could|can|should|need|may|might|must))\b)"
    rf"{_IN_CLAUSE})*\band\s+(?:then\s+|also\s+)?$"
    # …or mid-sentence, with no comma between: "every new database means we must test
    # and fix it for years"
    # (or a refusal: "I'm sorry, but we can't remove and restore the window in a week")
    r"|\b(?:means|that|so|because|but|where|when|and)\s+(?:I|we)(?:'ll|’ll|'d|’d|\s+will|\s+can|"
    r"\s+must|\s+need\s+to|\s+have\s+to|\s+should|\s+would|\s+can(?:not|['’]t)|\s+won['’]t|"
    rf"\s+couldn['’]t)\s+{_IN_CLAUSE_NO_COMMA}*?\band\s+"
    r"(?:then\s+|also\s+)?$"
    # …or after a clause that says when (or if): "As soon as I have it I'll re-bill you and
    # email the corrected amount", "if anything looks off I'll come out and check the fit"
    # (not "I'll need you to restart it and send…": that's theirs)
    rf"|\b(?:once|as\s+soon\s+as|when|after|if)\b{_IN_CLAUSE}{{1,60}}?[\s,]\s*(?:I|we)(?:'ll|’ll|\s+will|"
    rf"\s+can)\s+(?!(?:need|want|ask|like)\s+you\b){_IN_CLAUSE_NO_COMMA}*?\band\s+(?:then\s+|also\s+)?$"
    # …or after our offer: "Happy to jump on a quick call and go through the bucket with
    # you", "I'm glad to check the meter and send you the reading"
    r"|(?:^|[.;:!?]\s*)(?:(?:I['’]m|I\s+am|we['’]re|we\s+are|I['’]d\s+be|we['’]d\s+be)\s+)?"
    r"(?:more\s+than\s+|really\s+|very\s+|always\s+|also\s+)?(?:happy|glad|keen|delighted)\s+to\b"
    rf"{_IN_CLAUSE_NO_COMMA}*?\band\s+(?:then\s+|also\s+)?$"
    # …or after the purpose of something we arranged: "I've booked him back on Friday at 10am
    # to re-grease the rail and check the drive" (not when it is asked of them: "We'd ask
    # you to restart it and check …", "Please remember to …")
    r"|(?:^|[.;:!?]\s*)(?:I|we)(?:['’](?:ve|ll|m|re|d))?\s+"
    rf"(?:(?!\b(?:you|your|please)\b){_IN_CLAUSE})*?\bto\s+{_IN_CLAUSE_NO_COMMA}*?\band\s+(?:then\s+|also\s+)?$"
    # …or inside our offer: "What I can do is book you a review and check the fit"
    rf"|{_OUR_OFFER}(?:(?!\bplease\b){_IN_CLAUSE})*?\band\s+(?:then\s+|also\s+)?$",
    re.I,
)
# The last word of an "if" clause that leaves it unfinished (an auxiliary, a subject, "to",
# a determiner or a preposition): the ask is still the clause's own verb or noun.
_CONDITION_UNFINISHED = (
    r"(?:(?:does|do|did|is|are|was|were|has|have|had|wo|ca|could|would|should)n['’]?t|"
    r"does|do|did|is|are|was|were|has|have|had|will|can|could|should|must|may|might|would|"
    r"need|needs|want|wants|to|not|it|that|this|they|he|she|them|someone|somebody|"
    r"a|an|the|your|our|my|his|her|their|its|every|each|any|some|no|of|in|on|at|for|with|"
    r"by|after|before|from|into|"
    r"[\w-]+['’](?:ll|re|s|d|ve))"
)
# The clause before the ask addresses the reader: "Please reinstall…", "Could you try…"
# (or, in chat, "can u check…"),
# or asks them to get someone else to do it: "Have the teacher check…", "Get an
# electrician to look at it" (only at a clause start: "we'll have an engineer look" is ours).
_ADDRESSED = re.compile(
    r"(?:^|[.;:,!?(]\s*|\b(?:and|or|so|then|also|first|next|otherwise)\s+|"
    r"(?:^|[.;:!?]\s*|\b(?:suggest|recommend|worth)\s+)(?:please\s+)?"
    r"(?:have|get|ask|having|getting|asking)\s+(?:(?:the|your|an?)\s+)?[\w'’-]+"
    r"(?:\s+[\w-]+)?\s+(?:to\s+)?|"
    r"\b(?:please|pls|kindly|just|simply|maybe|perhaps|feel\s+free\s+to|try(?:ing)?(?:\s+to)?|"
    r"you(?:['’]re|\s+are)\s+(?:more\s+than\s+|very\s+|always\s+)?welcome\s+to|"
    r"(?:could|can|would|will)\s+(?:you|u)(?:\s+(?:please|kindly|also|just|maybe|try(?:\s+to)?))*|"
    r"you\s+(?:also\s+)?(?:could|should|can|may|might|must|need\s+to|have\s+to|"
    r"will\s+need\s+to|(?:may|might)\s+(?:also\s+)?(?:want|wish)\s+to)|"
    # "you'll want to look around online for …": advice to them, like "you may want to"
    r"you(?:['’]ll|\s+will)\s+(?:also\s+)?(?:need|have|want)\s+to|have\s+you\s+tried|"
    # the formal letter: "You are advised to review…", "We'd ask you to check…"
    r"you(?:['’]re|\s+are)\s+(?:strongly\s+|kindly\s+|therefore\s+)?(?:advised|asked|"
    r"requested|required|reminded)\s+to|"
    r"(?:I|we)(?:['’]d|\s+would)?\s+(?:ask|advise|urge)\s+you\s+to|"
    # "We would ask that you allow further time …", "we kindly ask that you provide …"
    r"(?:I|we)(?:['’]d|\s+would)?(?:\s+(?:also|kindly))*\s+(?:ask|request)\s+that\s+you|"
    r"did\s+you\s+try|have\s+you|(?:make|making)\s+sure(?:\s+that)?|ensure(?:\s+that)?|"
    # "your IT team should…" (but "run your tap for a while and it should clear": a new
    # subject after "and" is not theirs)
    r"(?:someone|somebody|your)(?:\s+(?!(?:and|but|or|so|then|it|this|that|they|which)\b)\w+){0,4}?"
    r"\s+(?:should|needs?\s+to|must|has\s+to|have\s+to)|"
    # the passive instruction of a formal letter: "Any further queries should be directed …"
    r"(?:any|all)\s+(?:further\s+|other\s+|future\s+)?[\w-]+\s+(?:should|must|needs?\s+to|"
    r"will\s+need\s+to)(?:\s+be)?|"
    r"it(?:'s|\s+is|\s+(?:may|might|would|could)(?:\s+also)?\s+be)\s+(?:also\s+)?worth|"
    r"I(?:'d|\s+would)?\s+(?:suggest|recommend)(?:\s+(?:that\s+)?you)?|"
    r"it\s+(?:would|might|may|could)(?:\s+also)?\s+help\s+(?:if\s+you|to)|why\s+not)\s+|"
    # a condition with no comma after it: "If it's not there ring the office", "If the light
    # stays red check the cable"; not one the reader meets ("If you ring …") and not while
    # the condition is still running ("If that doesn't fix it", "When they get in touch",
    # "If the engineer needs to check …", "If he agrees the repair …": its last word is in
    # `_CONDITION_UNFINISHED`)
    rf"(?:^|[.;:!?]\s*)(?:if|when|once|unless)\s+(?!(?:you|u|we|I)\b)(?:[^.;:!?,]{{1,60}}?\s)?"
    rf"(?!{_CONDITION_UNFINISHED}\s+$)[\w'’-]+\s+)"
    # (an emphatic "do": "Going forward, do keep an eye out for any changes")
    r"(?:(?:please|kindly|just|also|then|maybe|first|now|again|quickly|always|that|do)\s+)*$",
    re.I,
)


# Words that ask for an -ing form, somewhere earlier in the same clause: "try restarting",
# "consider upgrading", "it might be worth tuning … and making sure …".
# …or a clause that goes on to recommend it: "Making sure the app is up to date would be a
# good idea", "Letting us know … would help us plan".
_GERUND_ADVISED = re.compile(
    r"[^.;:!?]*?\b(?:would|could|might|will|may|should)\s+(?:also\s+|really\s+)?"
    r"(?:help|be\s+(?:a\s+)?(?:good|great|helpful|useful|wise|worth\s+it|best|ideal|smart))",
    re.I,
)
# …but not one that only says when or instead of what: "… before contacting support",
# "rather than calling the shop" ("without" is `_NEGATED`'s).
_GERUND_IN_A_TIME_CLAUSE = re.compile(
    r"\b(?:before|after|instead\s+of|rather\s+than|while|since)\s+$"
    # …or what they keep doing, as a condition: "If you keep ringing the office like this
    # we'll cancel the booking" (not "Keep ringing the office until someone answers")
    r"|\b(?:if|when|whenever|as\s+long\s+as|unless)\s+you\s+keep\s+(?:on\s+)?$",
    re.I,
)
# (the formal letter's "We would advise checking back with us in due course" too; not
# advice against: "We advise against tightening it further")
_GERUND_ASKED = re.compile(
    r"\b(?:try|trying|consider|considering|suggest|recommend|advise(?!\s+against)|worth|"
    r"how\s+about|what\s+about|start\s+by|begin\s+by|keep|avoid|stop)\b[^.;:!?]*$",
    re.I,
)


def _paragraph_before(text: str, pos: int) -> str:
    """The text of the paragraph (up to a blank line) before `pos`."""
    start = text.rfind("\n\n", 0, pos)
    return text[start + 1 if start >= 0 else 0 : pos]
