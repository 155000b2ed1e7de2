"""Tone rules: blame, dismissal, shouting and sarcasm; acronyms, kind '!' and quotes are fine."""

import pytest

from desktop.core import analyze


def tone(draft: str, customer: str = "") -> list:
    return [f for f in analyze(draft, customer).findings if f.category == "tone"]


@pytest.mark.parametrize(
    ("draft", "words"),
    [
        ("You should have read the documentation first.", "You should have read"),
        ("This is user error.", "user error"),
        ("As I already said, the limit is 2 GB.", "As I already said"),
        ("Per my last email, the limit is 2 GB.", "Per my last email"),
        ("Obviously the limit is 2 GB.", "Obviously"),
        ("Simply restart the app.", "Simply"),
        ("This is not a bug.", "This is not a bug"),
        ("There is NOTHING WRONG with the service.", "NOTHING WRONG"),
        ("Read the notice!!!", "!!!"),
        ("Great, another ticket about this.", "Great, another ticket about this."),
        ("Sorry, but that's how it works.", "Sorry, but that's how it works"),
    ],
)
def test_blame_dismissal_and_heat_are_flagged(draft: str, words: str) -> None:
    found = tone(draft)
    assert any(words in f.text or f.text.strip(" .") in words for f in found), found


def test_each_tone_finding_offers_a_gentler_alternative_where_one_exists() -> None:
    (finding,) = [f for f in tone("As I already said, the limit is 2 GB.")]
    assert finding.suggestions == ("To recap,",)


@pytest.mark.parametrize(
    "draft",
    [
        "The VM's API returns HTTP 502 after the DNS change.",
        "Thanks so much for spotting this!",
        "I'm not saying you did anything wrong: Google Play handles the charge itself.",
        "Great news: the fix is live.",
        "You should have a refund within 5 working days.",
        "That's a bug on our side, and it's not your fault.",
    ],
)
def test_acronyms_kind_exclamations_and_negations_are_not_flagged(draft: str) -> None:
    assert tone(draft) == []


def test_the_customers_own_words_quoted_back_are_listening_not_shouting() -> None:
    customer = "It scaled our node pool to ZERO during peak traffic."
    draft = "You wrote that the pool went 'to ZERO during peak traffic', and you're right."
    assert tone(draft, customer) == []
    assert tone("It went to ZERO during peak traffic.", customer) != []


def test_tone_findings_untick_kind_or_humble() -> None:
    heated = analyze("There is NOTHING WRONG with it!!!")
    blaming = analyze("You should have read the release notes.")
    assert heated.item("grace.kind").done is False
    assert blaming.item("grace.humble").done is False
    assert blaming.item("grace.kind").done is True


def _shouted(draft: str) -> list[str]:
    return [f.text for f in analyze(draft).findings if f.rule.endswith("shouting")]


def test_capitals_at_the_very_start_of_a_draft_are_shouting() -> None:
    assert _shouted("NOTHING WRONG here.") == ["NOTHING WRONG"]


def test_capitals_glued_to_a_word_or_a_hyphen_are_not_a_shouted_word() -> None:
    # the run must start a word: "xNOTHING" and "pre-RELEASED" are not shouted words
    assert _shouted("It is xNOTHING and pre-RELEASED.") == []


def test_capitals_joined_by_an_asterisk_are_one_code_not_shouting() -> None:
    # a card statement's descriptor is a code; capitals on their own still shout
    assert _shouted("It appears on statements as 'SMESH*ANNUAL'.") == []
    assert _shouted("The charge shows as PAYPAL*STREAMCO on your card.") == []
    assert _shouted("PLEASE CHECK the terms.") == ["PLEASE CHECK"]


def test_capitals_paired_by_a_slash_are_names_not_shouting() -> None:
    # "STIR/SHAKEN", "TCP/IP": two names read as one; the same word on its own still shouts
    assert _shouted("Calls to mobiles carry a STIR/SHAKEN attestation.") == []
    assert _shouted("Check the TCP/IP settings on the SIMPLE router.") == ["SIMPLE"]


def test_capitals_in_quote_marks_are_a_label_read_out_not_shouting() -> None:
    # a sign, a button, a status: the writer quotes it; the same word bare still shouts
    assert _shouted("The bay is marked by the word 'LOADING' on the road.") == []
    assert _shouted('Press \u201cCANCEL\u201d, then start again.') == []
    assert _shouted("It was LOADING for an hour, which is NOT acceptable.") == [
        "LOADING", "NOT"]


def _calmer(draft: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(f.text, f.suggestions) for f in analyze(draft).findings if f.rule.endswith("shouting")]


def test_a_and_i_inside_a_shouted_phrase_belong_to_it() -> None:
    # the rewrite gives back the whole phrase, not "not" with "A BUG" left in capitals
    assert _calmer("This is NOT A BUG in our code.") == [("NOT A BUG", ("not a bug",))]
    assert _calmer("Honestly, WHY DID I EVER BOTHER") == [
        ("WHY DID I EVER BOTHER", ("why did I ever bother",))
    ]


def test_a_lone_capital_a_or_i_is_not_shouting_and_ends_no_phrase() -> None:
    assert _calmer("I think VM A restarted.") == []
    assert _calmer("Please read SECTION A now.") == [("SECTION", ("section",))]


def test_a_small_word_in_capitals_is_shouting_beside_another_but_alone_a_label() -> None:
    # "IN ORDER", "ON HIS WAY": a raised voice; "to ON", "ON or OFF": a switch's label
    assert _calmer("Claims are processed IN ORDER, like everyone's.") == [
        ("IN ORDER", ("in order",))
    ]
    assert _calmer("He is ON HIS WAY.") == [("ON HIS WAY", ("on his way",))]
    assert _calmer("Flip the isolator to ON, then tell me if it is ON or OFF.") == []
    # a small word beside a lone "A" or "I" is still one word
    assert _calmer("Is it ON A timer?") == []


def test_the_calmer_wording_keeps_i_and_a_sentence_start_capitalised() -> None:
    assert _calmer("It was fine. I'M NOT KIDDING.") == [("I'M NOT KIDDING", ("I'm not kidding",))]
    assert _calmer("NOT A BUG.") == [("NOT A BUG", ("Not a bug",))]


def _tone(draft: str) -> list[str]:
    return [f.text for f in analyze(draft).findings if f.category == "tone"]


def test_blame_pinned_on_them_in_a_relative_clause_or_on_people_like_them() -> None:
    assert _tone("It was in the terms, which you clearly haven't read.") == [
        "which you clearly haven't read"]
    assert _tone("Most of these are people who didn't read the purchase screen.") == [
        "people who didn't read the purchase screen"]
    # explaining who is affected is not blame
    assert _tone("Customers who didn't receive the invoice can download it under Billing.") == []


def test_mock_astonishment_and_weary_dismissal_read_as_heat() -> None:
    assert _tone("Wow, 14 whole hours.")
    assert _tone("It'll come round when it comes round.")
    assert _tone("That's really all there is to it.")
    # the same words said kindly are not
    assert _tone("I know 14 hours is a long wait, and I'm sorry.") == []
    assert _tone("The reset will happen when it's convenient for you.") == []


def test_capitals_the_customer_wrote_or_a_keyword_to_type_are_not_shouting() -> None:
    customer = "Since the migration half our customers get NXDOMAIN. This is UNACCEPTABLE."
    assert _shouted_with("Every NXDOMAIN costs you orders, I know.", customer) == []
    assert _shouted_with("Reply YES and I'll book it.", "") == []
    # our own capitals still are, and so is a shouted word the customer also used
    assert _shouted_with("It is NOT our fault.", "It is NOT acceptable.") == ["NOT"]
    assert _shouted_with("That is UNACCEPTABLE to us too.", "") == ["UNACCEPTABLE"]
    # one word of theirs, named as a thing (a mode, a key), is their term
    plc = "The CPU goes to STOP mode after the update."
    assert _shouted_with("Which setting triggers the STOP?", plc) == []
    assert _shouted_with("Is the CPU in STOP now?", plc) == []
    assert _shouted_with("Which setting triggers the STOP?", "") == ["STOP"]
    assert _shouted_with("Please STOP calling.", plc) == ["STOP"]


def test_their_capitals_said_back_as_theirs_are_not_shouting() -> None:
    customer = "Now it routes ALL traffic through the tunnel. Roll it back NOW."
    assert _shouted_with("You said it routes ALL traffic through the tunnel.", customer) == []
    assert _shouted_with("You asked for a rollback NOW, and I understand why.", customer) == []
    # the same words in our own voice are still raised, and so is a word they never wrote
    assert _shouted_with("We route ALL traffic now.", customer) == ["ALL"]
    assert _shouted_with("Yes, it routes ALL traffic through the tunnel.", customer) == ["ALL"]
    assert _shouted_with("You said it is NOT acceptable.", customer) == ["NOT"]
    assert _shouted_with("You said so. We will fix it NOW.", customer) == ["NOW"]


def _shouted_with(draft: str, customer: str) -> list[str]:
    return [f.text for f in analyze(draft, customer).findings if f.rule.endswith("shouting")]


@pytest.mark.parametrize(
    "draft",
    [
        "As I’ve already said, the limit is 2 GB.",
        "We can’t be expected to guess which items you meant to keep.",
        "I’d have thought you’d know that by now.",
        "Sorry, but that’s how it works.",
    ],
)
def test_a_typographic_apostrophe_reads_like_a_typewriter_one(draft: str) -> None:
    """Drafts pasted from mail clients and phones carry "’"; the rules are written with
    "'". Both are flagged alike, and the finding quotes the draft as it was typed."""
    typed = tone(draft)
    plain = tone(draft.replace("’", "'"))
    assert [(f.rule, f.start, f.end) for f in typed] == [(f.rule, f.start, f.end) for f in plain]
    assert typed and all(f.text == draft[f.start : f.end] and "’" in draft for f in typed)
    assert any("’" in f.text for f in typed)


def test_a_quotation_in_typographic_quotes_is_still_a_quotation() -> None:
    customer = "Your app is RUBBISH and I want a refund."
    draft = "You wrote ‘Your app is RUBBISH’, and I’m sorry it let you down."
    assert not [f for f in tone(draft, customer) if f.rule == "tone.heat-shouting"]


def test_a_no_break_space_pasted_from_a_mail_client_reads_like_a_space() -> None:
    draft = "We did notify you this\u00a0morning, as I\u00a0already said."
    found = tone(draft)
    plain = tone(draft.replace("\u00a0", " "))
    assert [(f.rule, f.start, f.end) for f in found] == [(f.rule, f.start, f.end) for f in plain]
    assert any(f.text == "as I\u00a0already said" for f in found), found


@pytest.mark.parametrize(
    ("draft", "words"),
    [
        ("we cant be expected to guess which items you meant to keep.", "cant be expected"),
        ("thats on you, not us.", "thats on you"),
        ("Volunteers dont just forget to log returns.", "dont just forget"),
    ],
)
def test_a_contraction_typed_without_its_apostrophe_is_still_read(draft: str, words: str) -> None:
    assert any(words in f.text for f in tone(draft)), tone(draft)


def test_dropping_the_apostrophe_never_reads_another_word() -> None:
    """"we're", "we'll", "let's" and the like stay as written: "were", "well", "lets"
    are words of their own, so these must not be flagged as their contractions."""
    assert tone("The parts were ordered on Monday and the fitting went well.") == []
    assert tone("The app lets you pick a slot, and the restaurant's front desk can help.") == []
