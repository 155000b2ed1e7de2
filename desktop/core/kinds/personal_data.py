"""`personal_data`: someone's email, phone, IP address, card number or IBAN in a reply.

Echoing the customer's own details back to them is fine, so a value also found in the
customer's message (compared normalised: lower-case email, digits of a phone or card,
IBAN without spaces, canonical IP) is not reported. Everything else is: it may belong to
another customer, a colleague or a third party.

Detection is offline and cheap: one precompiled regex per detector finds candidates,
and only candidates are checked further (Luhn for cards, mod-97 for IBANs, `ipaddress`
for IPs, `phonenumbers` for phones, which is far too slow to run over a whole draft).
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import ClassVar

import phonenumbers
from phonenumbers import Leniency, PhoneNumberMatcher, PhoneNumberType

from ..document import Document
from ..yamlview import View
from .base import BuildContext, Hit, WholeDraftKind
from .secret import mask


@dataclass(frozen=True)
class Value:
    """One detected value: where it is, its text and its normalised form for comparing."""

    start: int
    end: int
    key: str


# -- email -----------------------------------------------------------------------------
_EMAIL = re.compile(
    r"(?<![\w.%+\-:/@])[A-Za-z0-9](?:[\w.%+\-]{0,63})@[A-Za-z0-9](?:[A-Za-z0-9\-]{0,62})"
    r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9\-]{0,62}))*\.[A-Za-z]{2,24}(?![\w\-@])"
)


def emails(text: str, region: str) -> Iterator[Value]:
    # Only the text around each "@" can hold an address; scanning just there keeps a
    # draft without addresses (most of them) nearly free.
    at = text.find("@")
    pos = 0
    while at >= 0:
        m = _EMAIL.search(text, max(pos, at - 65), at + 360)
        if m is not None and m.start() <= at < m.end():
            yield Value(m.start(), m.end(), m.group().lower())
            pos = m.end()
        at = text.find("@", max(pos, at + 1))


# -- IP addresses ----------------------------------------------------------------------
# Patterns start with the character they need ("\d", "[2-6]") and check what comes
# before with a look-behind after it: `re` then skips ahead fast instead of trying
# every position.
_IPV4 = re.compile(r"\d(?<![\w.]\d)\d{0,2}\.\d{1,3}\.\d{1,3}\.\d{1,3}(?!\w|\.\d)")
_VERSION_BEFORE = re.compile(
    r"(?:\b(?:version|ver|release|build|firmware|driver|patch|update)\s*:?\s*|\bv\s?)$", re.I
)
_IPV6 = re.compile(
    r"(?<![\w:.])(?=[0-9A-Fa-f:]*::|(?:[0-9A-Fa-f]{1,4}:){7})"
    r"[0-9A-Fa-f:]{2,39}(?:\.\d{1,3}){0,3}(?![\w:.]?\w)"
)
_DIGIT = re.compile(r"\d")
_IPV6_HINT = re.compile(r"::|:[0-9A-Fa-f]{1,4}:[0-9A-Fa-f]{1,4}:")


def ip_addresses(text: str, region: str) -> Iterator[Value]:
    if "." in text:
        for m in _IPV4.finditer(text):
            if _VERSION_BEFORE.search(text, max(0, m.start() - 12), m.start()):
                continue
            try:
                addr = ipaddress.IPv4Address(m.group())
            except ValueError:
                continue
            yield Value(m.start(), m.end(), str(addr))
    # An IPv6 address has "::" or colon-separated hex groups; times like 14:07:33 don't
    # reach the full pattern, which only runs in a window around each such spot.
    done = -1
    for hint in _IPV6_HINT.finditer(text):
        if hint.start() < done:
            continue
        m6 = _IPV6.search(text, max(0, done, hint.start() - 40), hint.end() + 40)
        if m6 is None or m6.end() <= done:
            continue
        done = m6.end()
        if len([g for g in m6.group().split(":") if g]) < 3 or not _DIGIT.search(m6.group()):
            continue
        try:
            addr6 = ipaddress.IPv6Address(m6.group())
        except ValueError:
            continue
        yield Value(m6.start(), m6.end(), str(addr6))


# -- payment cards ---------------------------------------------------------------------
_CARD = re.compile(r"[2-6](?<![\w.,/-][2-6])\d{3}(?:[ -]?\d){9,15}(?![\w-]|[.,/]\d)")


def luhn_valid(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = ord(ch) - 48
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def cards(text: str, region: str) -> Iterator[Value]:
    for m in _CARD.finditer(text):
        digits = re.sub(r"\D", "", m.group())
        if 13 <= len(digits) <= 19 and len(set(digits)) > 1 and luhn_valid(digits):
            yield Value(m.start(), m.end(), digits)


# -- IBAN ------------------------------------------------------------------------------
_IBAN = re.compile(
    r"[A-Z](?<![\w-][A-Z])[A-Z]\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?(?![\w-])"
)


def iban_valid(iban: str) -> bool:
    if not 15 <= len(iban) <= 34:
        return False
    rearranged = iban[4:] + iban[:4]
    number = "".join(str(int(ch, 36)) for ch in rearranged)
    return int(number) % 97 == 1


def ibans(text: str, region: str) -> Iterator[Value]:
    for m in _IBAN.finditer(text):
        compact = m.group().replace(" ", "")
        if iban_valid(compact):
            yield Value(m.start(), m.end(), compact)


# -- phone numbers ---------------------------------------------------------------------
# A cheap candidate: at least seven digits with phone-like separators. Only candidates
# go to `phonenumbers`, which is accurate but takes ~20 ms over a 1,000-word draft.
_PHONE_CANDIDATE = re.compile(r"[+(\d](?<![\w.,:/#$€£+(-].)[\d ().-]{5,21}\d(?!\w|[.,:/]\d)")
_DATE_OR_TIME = re.compile(
    r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}|\d{1,2}:\d{2}(?::\d{2})?"
)
_NOT_PHONE_BEFORE = re.compile(
    r"(?:\b(?:version|ver|release|build|order|ticket|case|invoice|id|ref|reference|account|"
    r"acct|po|sku|serial|tracking|transaction)(?:\s+(?:number|no\.?|id))?\s*[:#]?\s*"
    r"|[#$€£v]\s?)$",
    re.I,
)
# A bare run of digits ("2147483647") is a phone number only when the words before say so.
_PHONE_WORDS = re.compile(
    r"\b(?:call|phone|tel|telephone|mobile|cell|ring|text|sms|whatsapp|fax|dial|reach|number)"
    r"\b[^.\n\d]{0,24}$",
    re.I,
)
# Company lines (toll-free, shared-cost, premium) are nobody's personal data.
_NOT_PERSONAL = frozenset(
    {
        PhoneNumberType.TOLL_FREE,
        PhoneNumberType.PREMIUM_RATE,
        PhoneNumberType.SHARED_COST,
        PhoneNumberType.UAN,
    }
)


def phones(text: str, region: str) -> Iterator[Value]:
    for cand in _PHONE_CANDIDATE.finditer(text):
        digits = sum(ch.isdigit() for ch in cand.group())
        if not 7 <= digits <= 15:
            continue
        if _NOT_PHONE_BEFORE.search(text, max(0, cand.start() - 16), cand.start()):
            continue
        if _DATE_OR_TIME.search(cand.group()):
            continue
        if cand.group().isdigit() and not _PHONE_WORDS.search(
            text, max(0, cand.start() - 40), cand.start()
        ):
            continue
        lo = max(0, cand.start() - 1)
        for start, end, key in _match_phones(text[lo : cand.end() + 1], region):
            yield Value(lo + start, lo + end, key)


@lru_cache(maxsize=2048)
def _match_phones(window: str, region: str) -> tuple[tuple[int, int, str], ...]:
    # The draft is re-analysed on every keystroke and most candidates don't change.
    return tuple(
        (m.start, m.end, str(m.number.national_number))
        for m in PhoneNumberMatcher(window, region, leniency=Leniency.VALID)
        if phonenumbers.number_type(m.number) not in _NOT_PERSONAL
    )


def _digit_runs(text: str) -> set[str]:
    return {re.sub(r"\D", "", m.group()) for m in re.finditer(r"\+?\d[\d ().-]*\d", text)}


Detector = Callable[[str, str], Iterator[Value]]

DETECTORS: dict[str, Detector] = {
    "email": emails,
    "phone": phones,
    "ip": ip_addresses,
    "card": cards,
    "iban": ibans,
}


class PersonalDataKind(WholeDraftKind):
    name: ClassVar[str] = "personal_data"
    fields: ClassVar[dict[str, str]] = {
        "detect": f"what to look for: {', '.join(DETECTORS)}",
        "region": "two-letter country code for phone numbers written without +country "
        "code (default US)",
        "allow": "regular expressions (case-insensitive); a value that matches one in full "
        "is never reported (your company's own addresses, example domains, 127.0.0.1)",
        "customer_echo": "true (default): a value that also appears in the customer's "
        "message is theirs to hear back, so it is not reported",
    }

    def __init__(
        self, detect: str, region: str, allow: re.Pattern[str] | None, echo_ok: bool
    ) -> None:
        self.detect = detect
        self.detector = DETECTORS[detect]
        self.region = region
        self.allow = allow
        self.echo_ok = echo_ok

    @classmethod
    def build(cls, spec: Mapping[str, View], ctx: BuildContext) -> PersonalDataKind:
        if "detect" not in spec:
            raise next(iter(spec.values())).error("a personal_data rule needs 'detect'", "detect")
        detect = spec["detect"].choice(DETECTORS)
        region = "US"
        if "region" in spec:
            region = spec["region"].text().upper()
            if region not in phonenumbers.SUPPORTED_REGIONS:
                raise spec["region"].error(
                    f"{region!r} is not a two-letter country code "
                    "phonenumbers knows (for example US, GB, DE)"
                )
        allow = spec["allow"].either_regex(re.I) if "allow" in spec else None
        echo_ok = spec["customer_echo"].boolean() if "customer_echo" in spec else True
        return cls(detect, region, allow, echo_ok)

    def _customer_keys(self, doc: Document) -> tuple[set[str], set[str]]:
        keys = {v.key for v in self.detector(doc.customer, self.region)}
        runs = _digit_runs(doc.customer) if self.detect in ("phone", "card") else set()
        return keys, runs

    def _echoed(self, value: Value, keys: set[str], runs: set[str]) -> bool:
        if value.key in keys:
            return True
        if self.detect == "phone":
            return any(run.endswith(value.key) for run in runs)
        return self.detect == "card" and value.key in runs

    def find(self, doc: Document, specifics: Mapping[str, object]) -> Iterable[Hit]:
        customer: tuple[set[str], set[str]] | None = None
        for value in self.detector(doc.draft, self.region):
            text = doc.original[value.start : value.end]
            if self.allow and (self.allow.fullmatch(text) or self.allow.fullmatch(value.key)):
                continue
            if self.echo_ok and doc.customer:
                if customer is None:
                    customer = self._customer_keys(doc)
                if self._echoed(value, *customer):
                    continue
            # A card is named by its last four digits, as on a receipt.
            masked = "…" + value.key[-4:] if self.detect == "card" else mask(text)
            yield Hit(value.start, value.end, values={"kind": self.detect, "masked": masked})
