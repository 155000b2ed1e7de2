"""The findings list on its own: a long draft's findings don't become thousands of cards,
and an edit rebuilds only the cards whose words changed."""

from __future__ import annotations

from desktop.core import Finding
from desktop.ui.app import stylesheet
from desktop.ui.findings_list import MAX_CARDS, FindingsList


def _finding(i: int, shift: int = 0, text: str = "the logs") -> Finding:
    start = 40 * i + shift
    return Finding(
        rule="clarity.logs-without-scope", category="clarity", severity="warning",
        start=start, end=start + len(text), text=text,
        message=f"Which logs? ({i})", suggestions=(f"{text} from <which system>",),
    )


def _list(qtbot) -> FindingsList:
    findings = FindingsList()
    qtbot.addWidget(findings)
    findings.resize(360, 600)
    findings.show()
    return findings


def test_a_draft_with_thousands_of_findings_lists_a_readable_number_and_counts_the_rest(
    qtbot,
) -> None:
    findings = _list(qtbot)
    findings.show_findings([_finding(i) for i in range(2500)])
    assert findings.count() == MAX_CARDS + 1
    assert findings.more_count() == 2500 - MAX_CARDS
    more = findings.item(MAX_CARDS)
    assert more.text().startswith(f"{2500 - MAX_CARDS} more further on")
    assert findings.finding(MAX_CARDS) is None
    with qtbot.assertNotEmitted(findings.findingActivated):
        findings.itemClicked.emit(more)
    findings.show_findings([_finding(i) for i in range(3)])
    assert findings.count() == 3 and findings.more_count() == 0


def test_ignored_findings_stay_listed_after_the_count_of_the_rest(qtbot) -> None:
    findings = _list(qtbot)
    ignored = [(_finding(9000, text="the old logs"), "they asked for these")]
    findings.show_findings([_finding(i) for i in range(100)], ignored)
    assert findings.count() == MAX_CARDS + 2
    assert findings.more_count() == 100 - MAX_CARDS
    assert findings.finding(MAX_CARDS) is None  # the count
    assert findings.is_ignored(MAX_CARDS + 1)
    assert findings.finding(MAX_CARDS + 1) == ignored[0][0]


def test_an_edit_rebuilds_only_the_cards_whose_words_changed(qtbot) -> None:
    findings = _list(qtbot)
    findings.show_findings([_finding(i) for i in range(6)])
    cards = [findings.itemWidget(findings.item(i)) for i in range(6)]
    # typing three characters in the fourth finding's words: it changes, the ones after
    # it move by three, the ones before stay where they were
    edited = [_finding(i) for i in range(3)] + [_finding(3, text="the new logs")]
    edited += [_finding(i, shift=3) for i in range(4, 6)]
    findings.show_findings(edited)
    now = [findings.itemWidget(findings.item(i)) for i in range(6)]
    assert [a is b for a, b in zip(cards, now, strict=True)] == [True] * 3 + [False] + [True] * 2
    assert [findings.finding(i) for i in range(6)] == edited
    assert now[5].finding == edited[5]  # the fix buttons act on today's offsets


def test_a_finding_gone_from_the_middle_takes_only_its_card_with_it(qtbot) -> None:
    findings = _list(qtbot)
    findings.show_findings([_finding(i) for i in range(5)])
    cards = [findings.itemWidget(findings.item(i)) for i in range(5)]
    findings.show_findings([_finding(i) for i in (0, 1, 3, 4)])
    now = [findings.itemWidget(findings.item(i)) for i in range(4)]
    assert now == [cards[0], cards[1], cards[3], cards[4]]


def test_a_long_suggestion_in_a_narrow_list_shows_its_start_and_ends_in_an_ellipsis(
    qtbot,
) -> None:
    findings = _list(qtbot)
    suggestion = "send me the photos of <which command, screen or page> from <which device>"
    findings.show_findings([Finding(
        rule="clarity.artefact-without-source", category="clarity", severity="warning",
        start=0, end=18, text="Send me the photos", message="Which one?",
        suggestions=(suggestion,),
    )])
    findings.resize(300, 600)
    button = findings.fix_buttons(0)[0]
    # the card is laid out at the list's width (its button narrower than the label needs)
    qtbot.waitUntil(lambda: button.width() < 200, timeout=3000)
    assert button.text().endswith("…")
    shown = button.text()[:-1]
    assert shown and suggestion.startswith(shown)
    assert button.toolTip() == f"Replace with: {suggestion}"
    # the whole shown label fits the button (Qt used to clip it at both ends)
    assert button.fontMetrics().horizontalAdvance(button.text()) <= button.contentsRect().width()


def test_a_short_suggestion_is_shown_whole(qtbot) -> None:
    # "To recap," was cut to "To rec…" in a card with room to spare: the button's own
    # padding was guessed wider than the style draws it
    findings = _list(qtbot)
    findings.setStyleSheet(stylesheet())  # the app's padding round a suggestion's label
    findings.show_findings([Finding(
        rule="tone.told-you-so", category="tone", severity="warning",
        start=0, end=17, text="As I already said", message="This reads as 'I told you so'.",
        suggestions=("To recap,",),
    )])
    findings.resize(460, 600)
    button = findings.fix_buttons(0)[0]
    qtbot.waitUntil(lambda: button.isVisible() and button.width() > 0, timeout=3000)
    qtbot.wait(50)  # let the card's layout settle
    assert button.text() == "To recap,"


def test_two_rewrites_of_the_same_words_show_where_they_differ(qtbot) -> None:
    # one card for two rules: both rewrites start with the flagged words, so cut short
    # from the right both buttons read "fill in the relevan…"
    findings = _list(qtbot)
    details = "fill in the relevant form: <which details, e.g. the app version>"
    link = "fill in the relevant form (<link or section>)"
    findings.show_findings([Finding(
        rule="clarity.details-without-list", category="clarity", severity="warning",
        start=7, end=32, text="fill in the relevant form", message="Which details?",
        suggestions=(details, link),
    )])
    first, second = findings.fix_buttons(0)
    assert first.text().startswith("…form: <which")
    assert second.text().startswith("…form (<link")
    assert first.toolTip() == f"Replace with: {details}"
    assert second.toolTip() == f"Replace with: {link}"
