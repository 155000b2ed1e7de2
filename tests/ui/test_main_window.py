"""The main window, driven through its object names like a user would."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QPushButton, QTreeWidget

from desktop import __version__
from desktop.ui.about import about_text
from desktop.ui.checklist_panel import ChecklistPanel
from desktop.ui.findings_list import FindingsList

ANGRY = (
    "Why does the export keep failing?? This is UNACCEPTABLE, we launch tomorrow!!! "
    "When will it be fixed?"
)


def _widgets(window):
    return (
        window.findChild(QPlainTextEdit, "customerEditor"),
        window.findChild(QPlainTextEdit, "draftEditor"),
        window.findChild(QTreeWidget, "checklistPanel"),
        window.findChild(FindingsList, "findingsList"),
    )


def test_every_named_control_is_there_with_an_accessible_name(window) -> None:
    for cls, name in [
        (QPlainTextEdit, "customerEditor"),
        (QPlainTextEdit, "draftEditor"),
        (ChecklistPanel, "checklistPanel"),
        (FindingsList, "findingsList"),
        (QPushButton, "breathButton"),
        (QPushButton, "copyButton"),
    ]:
        widget = window.findChild(cls, name)
        assert widget is not None, name
        assert widget.accessibleName(), name
    assert window.findChild(object, "breathTimer") is not None
    assert "Composure" in window.windowTitle()
    assert not window.windowIcon().isNull() or window.windowHandle() is not None


def test_vague_logs_request_shows_a_clarity_finding_and_unticks_clear(
    qtbot, window, type_reply
) -> None:
    _, draft, checklist, findings = _widgets(window)
    type_reply(window, "Thanks for the details. Could you send me the logs?")
    rules = [findings.finding(i).rule for i in range(findings.count())]
    assert "clarity.logs-without-scope" in rules
    assert not checklist.is_done("grace.clear")
    underlined = [s.cursor.selectedText() for s in draft.extraSelections()]
    assert "send me the logs" in underlined


def test_quick_fix_replaces_the_words_and_selects_the_first_placeholder(
    qtbot, window, type_reply, analysed
) -> None:
    _, draft, _, findings = _widgets(window)
    type_reply(window, "Could you send me the logs?")
    row = next(
        i
        for i in range(findings.count())
        if findings.finding(i).rule == "clarity.logs-without-scope"
    )
    qtbot.mouseClick(findings.fix_buttons(row)[0], Qt.MouseButton.LeftButton)
    assert "send me the logs from <which system> for <time window>" in draft.toPlainText()
    assert draft.textCursor().selectedText() == "<which system>"
    analysed(window)
    # unfilled placeholders are findings that block copying
    assert any(f.rule == "safety.unfilled-placeholder" for f in window.report.findings)
    assert window.blockers()
    # typing over the selected placeholder fills it in
    qtbot.keyClicks(draft, "the ZYX VM")
    analysed(window)
    assert "from the ZYX VM for <time window>" in draft.toPlainText()


def test_checklist_ticks_as_leap_phrases_are_typed(qtbot, window, type_reply, analysed) -> None:
    customer, _, checklist, _ = _widgets(window)
    customer.setPlainText(ANGRY)
    analysed(window)
    assert not checklist.is_done("leap.empathize")
    assert len(checklist.unanswered_questions()) == 2
    type_reply(window, "I'm sorry the export failed right before your launch. ")
    assert checklist.is_done("leap.empathize")
    type_reply(window, "I've raised it with the team and will update you by 3pm today.")
    assert checklist.is_done("grace.urgent")


def test_clicking_a_done_item_highlights_its_evidence_in_the_draft(
    qtbot, window, type_reply
) -> None:
    _, draft, checklist, _ = _widgets(window)
    type_reply(window, "Hello. I'm sorry about the outage.")
    assert checklist.is_done("leap.empathize")
    item = checklist.item_for("leap.empathize")
    rect = checklist.visualItemRect(item)
    qtbot.mouseClick(checklist.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    highlighted = [s.cursor.selectedText() for s in draft.extraSelections()]
    assert any("sorry" in h for h in highlighted)


def test_tone_findings_are_underlined_with_their_own_style(qtbot, window, type_reply) -> None:
    _, draft, _, _ = _widgets(window)
    type_reply(window, "As I already said, send me the logs.")
    styles = {
        s.cursor.selectedText(): s.format.underlineColor().name() for s in draft.extraSelections()
    }
    assert styles["As I already said"] != styles["send me the logs"]


def test_a_second_opinion_is_dotted_labelled_and_its_card_fits_the_list(
    qtbot, window, analysed
) -> None:
    _, draft, _, findings = _widgets(window)
    window.resize(1100, 700)
    draft.setPlainText(
        "Honestly, these things happen with older hubs after an update. Also please check "
        "your settings."
    )
    analysed(window)
    lines = {
        s.cursor.selectedText(): s.format.underlineStyle() for s in draft.extraSelections()
    }
    sentence = "Honestly, these things happen with older hubs after an update."
    assert lines[sentence] == QTextCharFormat.UnderlineStyle.DotLine
    assert lines["check your settings"] != QTextCharFormat.UnderlineStyle.DotLine
    heads = [findings.itemWidget(findings.item(i)).findChildren(QLabel)[0].text()
             for i in range(findings.count())]
    assert [("second opinion" in h) for h in heads] == [True, False]
    width = findings.viewport().width()
    assert all(findings.item(i).sizeHint().width() <= width for i in range(findings.count()))
    assert findings.horizontalScrollBar().maximum() == 0


def test_offsets_stay_right_after_emoji(qtbot, window, analysed) -> None:
    _, draft, _, _ = _widgets(window)
    draft.setPlainText("Hi 😀🙏 there. Could you send me the logs?")
    analysed(window)
    underlined = [s.cursor.selectedText() for s in draft.extraSelections()]
    assert "send me the logs" in underlined


def test_about_box_names_the_version(window) -> None:
    assert __version__ in about_text()
    assert "Ctrl+Shift+C" in about_text().replace("Ctrl+Shift+C", "Ctrl+Shift+C")


def test_next_suggestion_selects_the_next_underlined_words(qtbot, window, type_reply) -> None:
    _, draft, _, _ = _widgets(window)
    type_reply(window, "Send me the logs. As I already said, it works.")
    cursor = draft.textCursor()
    cursor.setPosition(0)
    draft.setTextCursor(cursor)
    window.actions_["next_finding"].trigger()
    assert draft.textCursor().selectedText().lower() == "send me the logs"
    assert draft.textCursor().hasSelection()
    assert draft.textCursor().selectionStart() == 0
    assert QTextCursor  # keeps the import meaningful for readers of this test


def test_a_checklist_item_done_without_evidence_says_what_it_rests_on(window) -> None:
    from desktop.core.model import ChecklistResult, Span

    panel = window.checklist_panel
    panel.show_checklist([
        ChecklistResult("leap.partner", "Partner", True, (), "Propose a next step.",
                        "read from the reply as a whole"),
        ChecklistResult("leap.affirm", "Affirm", True, (Span(0, 5),), "Affirm them."),
        ChecklistResult("grace.kind", "Kind", True, (), "Take the heat out.", "nothing flagged"),
    ])
    assert (panel.item_for("leap.partner").toolTip(0)
            == "Partner: done — read from the reply as a whole.")
    assert panel.item_for("leap.affirm").toolTip(0) == "Affirm: done — click to see where."
    assert panel.item_for("grace.kind").toolTip(0) == "Kind: done — nothing flagged."
