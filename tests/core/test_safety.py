"""Safety rules: placeholders, internal notes, secrets (always masked) and personal data.

Fake credentials are assembled from parts at run time, so no real-looking secret sits in
the repository verbatim.
"""

from __future__ import annotations

import random
import re
import string
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core import Finding, RuleFileError, analyze, load_ruleset
from desktop.core.kinds.personal_data import iban_valid, luhn_valid
from desktop.core.kinds.secret import mask

ALNUM = string.ascii_letters + string.digits
UPPER27 = string.ascii_uppercase + "234567"


def safety(draft: str, customer: str = "") -> list[Finding]:
    return [f for f in analyze(draft, customer).findings if f.category == "safety"]


def rules(draft: str, customer: str = "") -> set[str]:
    return {f.rule for f in safety(draft, customer)}


def body(n: int, alphabet: str = ALNUM, seed: int = 7) -> str:
    rng = random.Random(seed * 1000 + n)
    return "".join(rng.choice(alphabet) for _ in range(n))


def fake(service: str, seed: int = 7) -> str:
    """A well-formed but fake credential of each kind the secret rule knows."""
    b = lambda n, alphabet=ALNUM: body(n, alphabet, seed)  # noqa: E731
    return {
        "aws": "AK" + "IA" + b(16, UPPER27),
        "aws-session": "AS" + "IA" + b(16, UPPER27),
        "github": "gh" + "p_" + b(36),
        "github-oauth": "gh" + "o_" + b(36),
        "github-app": "gh" + "s_" + b(36),
        "github-refresh": "gh" + "r_" + b(36),
        "github-user": "gh" + "u_" + b(36),
        "github-fine": "github" + "_pat_" + b(22) + "_" + b(59),
        "gitlab": "gl" + "pat-" + b(20),
        "slack-bot": "xo" + "xb-" + b(12, string.digits) + "-" + b(13, string.digits) + "-" + b(24),
        "slack-user": "xo"
        + "xp-"
        + b(11, string.digits)
        + "-"
        + b(12, string.digits)
        + "-"
        + b(32, string.hexdigits.lower()[:16]),
        "stripe-live": "sk" + "_live_" + b(24),
        "stripe-restricted": "rk" + "_live_" + b(24),
        "stripe-test": "sk" + "_test_" + b(24),
        "google": "AI" + "za" + b(35, ALNUM + "-_"),
        "jwt": "ey" + "J" + b(20) + ".ey" + "J" + b(30) + "." + b(43, ALNUM + "-_"),
    }[service]


SERVICES = [
    "aws",
    "aws-session",
    "github",
    "github-oauth",
    "github-app",
    "github-refresh",
    "github-user",
    "github-fine",
    "gitlab",
    "slack-bot",
    "slack-user",
    "stripe-live",
    "stripe-restricted",
    "stripe-test",
    "google",
    "jwt",
]


def assert_masked(finding: Finding, secret: str) -> None:
    assert secret not in finding.message
    assert all(secret not in s for s in finding.suggestions)


# -- unfilled placeholders ---------------------------------------------------------------
@pytest.mark.parametrize(
    ("draft", "placeholder"),
    [
        ("Could you send me the logs from <which system>?", "<which system>"),
        ("Hi <customer name>, thanks for waiting.", "<customer name>"),
        ("Hi {{name}}, thanks for waiting.", "{{name}}"),
        ("The fix ships on [TODO].", "[TODO]"),
        ("The new ETA is TBD.", "TBD"),
        ("Your account ID is XXX, and the fix is live.", "XXX"),
        ("Hi [customer name], thanks for waiting.", "[customer name]"),
    ],
)
def test_unfilled_placeholder_is_an_error(draft: str, placeholder: str) -> None:
    (finding,) = [f for f in safety(draft) if f.rule == "safety.unfilled-placeholder"]
    assert finding.text == placeholder
    assert finding.severity == "error"
    assert finding.message.startswith(f"Fill in {placeholder} before sending")


@pytest.mark.parametrize(
    "draft",
    [
        "Run `kubectl get cronjob <name> -o yaml` and send me the output.",
        "Line one<br>line two, and press <Enter> to continue.",
        "Write to <support@example.com> or see <https://status.example.com>.",
        "The card on file is XXXX-XXXX-XXXX-4242.",
        "If latency is < 200 ms and load is > 80%, scale out. 3 < 5 > 2.",
        "I'll send the todo list and a toDo app link; see the [docs](https://example.com).",
        "We love you <3 and the fix is in 5.2.1.",
    ],
)
def test_real_text_is_not_a_placeholder(draft: str) -> None:
    assert "safety.unfilled-placeholder" not in rules(draft)


# -- internal notes ----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("draft", "note"),
    [
        (
            "Thanks!\nInternal: customer is on 4.x, probably their config.\nBye",
            "Internal: customer is on 4.x, probably their config.",
        ),
        ("INTERNAL NOTE: escalate if it recurs", "INTERNAL NOTE: escalate if it recurs"),
        ("Note to self - check the 3.8 migration", "Note to self - check the 3.8 migration"),
        ("[internal] refund approved by Maria", "[internal] refund approved by Maria"),
        ("We're on it (note to self: ask Sam).", "(note to self: ask Sam)"),
    ],
)
def test_internal_note_is_an_error(draft: str, note: str) -> None:
    (finding,) = [f for f in safety(draft) if f.rule == "safety.internal-note"]
    assert finding.text == note
    assert finding.severity == "error"
    assert "Remove it" in finding.message


def test_the_word_internal_in_prose_is_not_a_note() -> None:
    draft = "Internal server errors are down since 10:05. Our internal network check passed."
    assert "safety.internal-note" not in rules(draft)


# -- secrets -----------------------------------------------------------------------------
@pytest.mark.parametrize("service", SERVICES)
def test_each_service_credential_is_flagged_and_masked(service: str) -> None:
    secret = fake(service)
    draft = f"Hi Dana, the value you need is {secret} and it works from today."
    (finding,) = [f for f in safety(draft) if f.rule == "safety.secret"]
    assert finding.text == secret
    assert finding.severity == "error"
    assert_masked(finding, secret)
    assert f"({mask(secret)})" in finding.message
    assert mask(secret).startswith(secret[:4])


@pytest.mark.parametrize("service", ["github", "aws", "jwt"])
def test_secrets_are_flagged_inside_code_and_quotes(service: str) -> None:
    secret = fake(service)
    for draft in (f"Run `deploy --key {secret}` now.", f'You wrote "{secret}" in the form.'):
        findings = [
            f for f in safety(draft, customer=f"my key is {secret}") if f.rule == "safety.secret"
        ]
        assert [f.text for f in findings] == [secret]


def test_private_key_block_is_flagged_whole_and_never_shown() -> None:
    key_body = body(64, ALNUM + "+/")
    block = (
        "-----BEGIN "
        + "RSA PRIVATE KEY-----\n"
        + key_body
        + "\n"
        + "-----END "
        + "RSA PRIVATE KEY-----"
    )
    (finding,) = [f for f in safety(f"Here it is:\n{block}\nThanks") if f.rule == "safety.secret"]
    assert finding.text == block
    assert key_body not in finding.message
    assert "private key" in finding.message


@pytest.mark.parametrize(
    ("draft", "secret"),
    [
        ("curl -H 'Authorization: Bearer {s}' https://api.acme.io", "{s}"),
        ("Send the header Authorization: Basic {s}= with it.", "{s}="),
        ("Set DB_PASSWORD={s} and restart.", "{s}"),
        ('password: "{s}9!" in the config', "{s}9!"),
        ("api_key = {s}", "{s}"),
        ("aws_secret_access_key={s}", "{s}"),
        ("Use ?token={s} in the URL.", "{s}"),
        ("Connect to postgres://app:{s}@db1.acme.io:5432/app", "{s}"),
        ("Connect to mongodb+srv://admin:{s}@cluster0.acme.io/test", "{s}"),
        (
            "Post to https://hooks.slack.com/services/T0{s}/B0{s}/{s}",
            "https://hooks.slack.com/services/T0{s}/B0{s}/{s}",
        ),
    ],
)
def test_headers_assignments_and_url_credentials_are_flagged(draft: str, secret: str) -> None:
    value = body(20) + "7"
    draft, secret = draft.format(s=value), secret.format(s=value)
    (finding,) = [f for f in safety(draft) if f.rule == "safety.secret"]
    assert finding.text == secret
    assert_masked(finding, secret)
    assert finding.suggestions == ("[redacted]",)


@pytest.mark.parametrize("odd", ["İstanbul office: ", "ſee ", "İİİ "])
def test_case_insensitive_secrets_keep_their_offsets_after_odd_capitals(odd: str) -> None:
    """The case-insensitive patterns read a folded draft, which must line up with it
    even where "İ" lower-cases to two characters."""
    value = body(20) + "7"
    draft = f"{odd}Set DB_PASSWORD={value} and restart."
    (finding,) = [f for f in safety(draft) if f.rule == "safety.secret"]
    assert finding.text == value


def test_a_token_in_an_assignment_is_reported_once() -> None:
    secret = fake("github")
    findings = [f for f in safety(f"export GITHUB_TOKEN={secret}") if f.rule == "safety.secret"]
    assert [(f.text, "GitHub token" in f.message) for f in findings] == [(secret, True)]


@pytest.mark.parametrize(
    "draft",
    [
        "Please reset your password from the account page, then sign in again.",
        "Your API key expired at 03:15; create a new token under Settings → Tokens.",
        "Password: reset it from the portal. The secret: patience. Token: expired.",
        "Set `DB_PASSWORD=${DB_PASSWORD}` in the unit file; the value stays in your vault.",
        "Set password=<your password> and api_key=YOUR_API_KEY, then token=*** for the demo.",
        "Connect with postgres://app@db1.acme.io:5432/app and your usual password.",
        "The bearer of this ticket, Dana, can approve the change.",
        "Akiak and Asia are in the region list; ghp is a prefix GitHub uses.",
        "Use sk_live_ keys only in production and pk_live_ keys in the browser.",
        "Our authorization: bearer tokens expire after 1 hour.",
    ],
)
def test_talking_about_secrets_is_not_a_secret(draft: str) -> None:
    assert "safety.secret" not in rules(draft)


SECRET_FORMATS = {
    "aws": ("AK" + "IA", 16, UPPER27, ""),
    "github": ("gh" + "p_", 36, ALNUM, ""),
    "gitlab": ("gl" + "pat-", 20, ALNUM + "_-", ""),
    "slack": ("xo" + "xb-1234567890-", 24, ALNUM, ""),
    "stripe": ("sk" + "_live_", 24, ALNUM, ""),
    "google": ("AI" + "za", 35, ALNUM + "_-", ""),
    "password": ("password=", 12, ALNUM + "!#%", ""),
    "url": ("https://admin:", 12, ALNUM, "@db.acme.io"),
}


@settings(max_examples=150, deadline=None)
@given(
    fmt=st.sampled_from(sorted(SECRET_FORMATS)),
    data=st.data(),
    where=st.sampled_from(["plain", "code", "sentence-end"]),
)
def test_no_message_or_suggestion_ever_contains_a_whole_secret(fmt, data, where) -> None:
    prefix, n, alphabet, suffix = SECRET_FORMATS[fmt]
    token = data.draw(st.text(alphabet=alphabet, min_size=n, max_size=n))
    if fmt == "password" and not token.strip("*x.#-"):
        return  # all mask characters: a placeholder, not a password
    if fmt == "password" and re.fullmatch(r"%\w+%", token):
        return  # a %VARIABLE% reference (safety.yaml's ignore_values), not a password
    secret = prefix + token
    text = secret + suffix
    draft = {
        "plain": f"Try {text} again",
        "code": f"Run `login {text}` now",
        "sentence-end": f"The value is {text}.",
    }[where]
    findings = safety(draft)
    assert any(f.rule == "safety.secret" for f in findings), draft
    for f in findings:
        for whole in (secret, token):
            assert whole not in f.message, f.message
            assert all(whole not in s for s in f.suggestions)


@given(st.text(min_size=1, max_size=300))
def test_mask_never_shows_a_whole_value(value: str) -> None:
    shown = mask(value).replace("…", "")
    stripped = value.strip()
    assert len(shown) <= len(stripped) // 2 or not stripped


# -- personal data -----------------------------------------------------------------------
def test_customer_own_email_echoed_back_is_fine() -> None:
    customer = "Please send the report to Dana.Lee@Acme.io, it's urgent."
    assert "safety.email-address" not in rules(
        "I'll send it to dana.lee@acme.io by 16:00.", customer
    )


def test_someone_elses_email_is_flagged() -> None:
    customer = "Please send the report to dana.lee@acme.io, it's urgent."
    draft = "I'll send it to dana.lee@acme.io and copy jordan@othercorp.io, who had this too."
    (finding,) = [f for f in safety(draft, customer) if f.rule == "safety.email-address"]
    assert finding.text == "jordan@othercorp.io"
    assert finding.severity == "warning"


def test_role_addresses_and_example_domains_are_not_personal() -> None:
    draft = "Write to support@composure.app or billing@composure.app; test with a@example.com."
    assert "safety.email-address" not in rules(draft)


def test_phone_numbers_are_flagged_unless_the_customer_gave_them() -> None:
    customer = "Call me on 212-555-0199 or +44 20 7946 0958."
    draft = "I'll call you on (212) 555-0199 or +44 20 7946 0958; Sam is on +1 415-555-0132."
    found = [f.text for f in safety(draft, customer) if f.rule == "safety.phone-number"]
    assert found == ["+1 415-555-0132"]


def test_company_lines_and_bare_digit_runs_are_not_personal_phones() -> None:
    draft = "Call our support line on +1 (800) 555-0100. The limit is 2147483647 rows."
    assert "safety.phone-number" not in rules(draft)
    assert [f.text for f in safety("Call Sam on 4155550132.")] == ["4155550132"]


def test_github_actions_expressions_are_not_placeholders() -> None:
    assert rules("Use `${{ secrets.DEPLOY_KEY }}` or ${{ github.token }} in the workflow.") == set()


@pytest.mark.parametrize(
    "draft",
    [
        "Kubernetes 1.29 and the agent 5.2.0 on Windows 10.0.19045 are supported.",
        "It failed at 03:15 and again at 2024-05-12 14:07 UTC, and on 12/05/2024.",
        "Your order 48392017 and ticket #1234567890 for $1,299.00 (€480.00) are fine.",
        "Invoice INV-2024-000123 was paid on 3 May; tracking number 9400111899223334445566.",
        "We sent 1234567 events in 3600 seconds to Composure Cloud.",
        "Build 20240512.3 is on version 10.0.22631.3527.",
    ],
)
def test_versions_times_dates_orders_and_prices_are_not_personal_data(draft: str) -> None:
    assert not safety(draft), safety(draft)


def test_ip_addresses_are_flagged_unless_theirs_or_a_version() -> None:
    customer = "Our gateway 10.20.30.40 and 2a00:1450:4001:81b::200e can't connect."
    draft = (
        "Requests from 10.20.30.40 and 2a00:1450:4001:81b::200e are blocked, like "
        "84.17.42.9 yesterday and 2a01:4f8:c2c:1234::1. Upgrade to version 1.2.3.4 or "
        "v1.2.3.4; 127.0.0.1 and 192.0.2.10 are fine."
    )
    found = [f.text for f in safety(draft, customer) if f.rule == "safety.ip-address"]
    assert found == ["84.17.42.9", "2a01:4f8:c2c:1234::1"]


def _card(prefix: str, length: int) -> str:
    digits = prefix + body(length - len(prefix) - 1, string.digits)
    for check in string.digits:
        if luhn_valid(digits + check):
            return digits + check
    raise AssertionError


@pytest.mark.parametrize(("prefix", "length"), [("4", 16), ("51", 16), ("37", 15), ("6011", 16)])
def test_luhn_valid_card_numbers_are_flagged_in_any_grouping(prefix: str, length: int) -> None:
    number = _card(prefix, length)
    spaced = " ".join(number[i : i + 4] for i in range(0, len(number), 4))
    dashed = spaced.replace(" ", "-")
    for written in (number, spaced, dashed):
        (finding,) = [
            f for f in safety(f"We charged {written} today.") if f.rule == "safety.card-number"
        ]
        assert finding.text == written
        assert number not in finding.message
        assert f"…{number[-4:]}" in finding.message


def test_luhn_invalid_sixteen_digits_are_not_a_card() -> None:
    number = _card("4", 16)
    wrong = number[:-1] + str((int(number[-1]) + 1) % 10)
    assert not luhn_valid(wrong)
    assert "safety.card-number" not in rules(f"Your reference is {wrong}.")


def test_ibans_need_a_valid_checksum_and_an_echo_is_fine() -> None:
    valid = "GB82" + "WEST" + "12345698765432"
    assert iban_valid(valid)
    assert not iban_valid(valid[:-1] + "3")
    spaced = " ".join(valid[i : i + 4] for i in range(0, len(valid), 4))
    assert rules(f"We paid {spaced} today.") == {"safety.iban"}
    assert rules(f"We paid {valid[:-1]}3 today.") == set()
    assert rules(f"We paid {valid} today.", customer=f"My IBAN is {spaced}.") == set()


def test_ordinary_support_prose_has_no_safety_findings() -> None:
    draft = (
        "Hi Dana,\n\nThank you for the detailed report, and I'm sorry the nightly export "
        "failed again. That's a bug in Composure Sync 5.2.0, and it's not your fault. Could "
        "you send me the scheduler log from export-01 for 02:45 to 03:30 UTC? Run "
        '`journalctl -u export --since "2024-05-12 02:45"` to collect it. Your order '
        "48392017 for $1,299.00 isn't affected. I'll write again by 16:00 today.\n\nSam"
    )
    assert safety(draft) == []


# -- a long draft ------------------------------------------------------------------------
def test_safety_on_a_thousand_word_draft_finds_exactly_what_is_there() -> None:
    filler = (
        "Thank you for your patience while we look into the export on version 5.2.0; "
        "it failed at 03:15 UTC on 2024-05-12, and your order 48392017 for $1,299.00 "
        "is not affected. "
    )
    token = fake("github", seed=3)
    planted = [
        ("safety.unfilled-placeholder", "<time of next update>"),
        ("safety.secret", token),
        ("safety.email-address", "jordan@othercorp.io"),
        ("safety.phone-number", "+1 415-555-0132"),
    ]
    paragraphs = []
    for i in range(34):
        paragraphs.append(filler)
        if i in (3, 10, 17, 24):
            paragraphs.append(f"Note this: {planted[i // 7][1]} is in this paragraph.")
    draft = "\n\n".join(paragraphs)
    assert len(draft.split()) >= 1000
    found = [(f.rule, f.text) for f in safety(draft, customer="dana@acme.io")]
    assert found == planted
    for f in safety(draft):
        assert f.start >= 0 and draft[f.start : f.end] == f.text


# -- strict loading ----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("rule", "field", "problem"),
    [
        ("    kind: personal_data\n    detect: passport\n", "detect", "must be one of"),
        ("    kind: personal_data\n    detect: phone\n    region: XX\n", "region", "country code"),
        (
            "    kind: secret\n    secrets:\n      - {pattern: '(?P<key>abc)', label: a key}\n",
            "secrets.0.pattern",
            "named group",
        ),
        (
            "    kind: secret\n    secrets:\n      - {pattern: 'abc', lable: a key}\n",
            "secrets.0.lable",
            "unknown field",
        ),
    ],
)
def test_broken_safety_rules_name_file_line_and_field(
    tmp_path: Path, rule: str, field: str, problem: str
) -> None:
    (tmp_path / "mine.yaml").write_text(
        "category: safety\nrules:\n  - id: safety.mine\n    description: Mine.\n"
        "    message: Mine.\n" + rule,
        encoding="utf-8",
    )
    with pytest.raises(RuleFileError) as err:
        load_ruleset([tmp_path], include_shipped=False, include_user=False, strict=True)
    assert err.value.path.name == "mine.yaml"
    assert err.value.field.endswith(field)
    assert err.value.line >= 6
    assert problem in err.value.problem
