"""The debounced analysis runs on a worker thread; only the current text's Report shows."""

from __future__ import annotations

import threading

import pytest

import desktop.ui.analysis_worker as analysis_worker
from desktop.core import analyze

CLEAR = "Please send the logs from vm-build-07 for 09:00–09:30 UTC."


@pytest.fixture
def analyses(monkeypatch: pytest.MonkeyPatch):
    """Record which thread analysed which draft; `hold` makes the next analysis wait."""
    seen: list[tuple[str, str]] = []
    hold = threading.Event()
    hold.set()

    def recording(draft: str, customer: str = "", checklists=None):
        if draft != analysis_worker.WARM_UP_TEXT:  # the start-up warm-up isn't typing
            seen.append((threading.current_thread().name, draft))
            hold.wait(5)
        return analyze(draft, customer, checklists)

    monkeypatch.setattr(analysis_worker, "analyze", recording)
    return seen, hold


def test_the_analysis_after_a_pause_runs_off_the_ui_thread(
    qtbot, window, type_reply, analyses
) -> None:
    seen, _ = analyses
    type_reply(window, "Please send the logs.")
    assert any(f.rule == "clarity.logs-without-scope" for f in window.report.findings)
    thread, draft = seen[-1]
    assert draft == "Please send the logs." and thread != threading.main_thread().name


def test_a_report_for_text_that_has_changed_since_is_dropped(
    qtbot, window, analysed, analyses
) -> None:
    seen, hold = analyses
    shown = []
    window.reportReady.connect(shown.append)
    hold.clear()  # the first background analysis waits while the user keeps typing
    window.draft_editor.setPlainText("Please send the logs.")
    qtbot.waitUntil(lambda: bool(seen), timeout=3000)
    window.draft_editor.setPlainText(CLEAR)
    hold.set()
    analysed(window)
    assert [draft for _, draft in seen][-1].endswith("UTC.")
    vague = [r for r in shown if any(f.rule == "clarity.logs-without-scope" for f in r.findings)]
    assert vague == []  # the vague first draft's Report never reached the widgets
    assert window.report.metrics == analyze(CLEAR).metrics


def test_analysing_now_gives_the_current_text_at_once(window, analyses) -> None:
    seen, _ = analyses
    window.draft_editor.setPlainText("Please send the logs.")
    report = window.analyse_now()
    assert seen[-1] == (threading.main_thread().name, "Please send the logs.")
    assert window._up_to_date() and report is window.report


def test_the_heat_in_a_new_customer_message_is_found_off_the_ui_thread(
    qtbot, window, analysed, analyses
) -> None:
    seen, _ = analyses
    customer = "This is the THIRD time it failed!!! Fix it."
    window.customer_editor.setPlainText(customer)
    analysed(window)
    threads = {thread for thread, text in seen if text == customer}
    assert threads and threading.main_thread().name not in threads
    assert window._customer_cache == (customer, window.analysis_worker.heat(customer,
                                                                            window.ruleset))
    assert window._customer_cache[1]  # "!!!" is highlighted


def test_the_engine_warms_up_on_the_worker_thread_once_the_window_is_up(
    qtbot, make_window, monkeypatch: pytest.MonkeyPatch
) -> None:
    threads: list[str] = []

    def recording(draft: str, customer: str = "", checklists=None):
        if draft == analysis_worker.WARM_UP_TEXT:
            threads.append(threading.current_thread().name)
        return analyze(draft, customer, checklists)

    monkeypatch.setattr(analysis_worker, "analyze", recording)
    window = make_window()
    qtbot.waitUntil(lambda: window.analysis_worker.warmed, timeout=5000)
    assert threads and threading.main_thread().name not in threads


def _log(chars: int) -> str:
    line = "2026-11-28T10:00:01Z ERROR export worker: send me the logs!!! timeout after 30s\n"
    return (line * (chars // len(line) + 1))[:chars]


def test_a_pasted_log_too_long_to_check_is_kept_saved_and_not_checked(
    qtbot, window, analysed, analyses
) -> None:
    seen, _ = analyses
    huge = "Sorry about this. Here is what I found:\n" + _log(analysis_worker.MAX_CHECKED_CHARS)
    window.draft_editor.setPlainText(huge)
    analysed(window)
    assert window.draft_editor.text() == huge
    assert window.report.findings == () and window.findings_list.count() == 0
    assert huge not in [draft for _, draft in seen]  # never handed to the engine
    assert window.notice.isVisible() and "too long to check" in window.notice.label.text()
    assert window.metrics_label.text() == "Not checked: too long"
    assert window.findings_list.empty_hint().startswith("Not checked")  # not "all clear"
    assert window.checklist_panel.is_unchecked_shown()
    with qtbot.waitSignal(window.draftSaved, timeout=2000):
        pass
    assert window.store.get(window.drafts.draft_id).reply == huge
    # back under the limit: checked again, and the notice goes
    window.draft_editor.setPlainText("Sorry about this. Please send the logs.")
    analysed(window)
    assert any(f.rule == "clarity.logs-without-scope" for f in window.report.findings)
    assert not window.notice.isVisible() and not window.checklist_panel.is_unchecked_shown()
    window.draft_editor.setPlainText("Thanks for your patience.")
    analysed(window)
    assert window.findings_list.empty_hint().startswith("Nothing to suggest")


def test_a_draft_too_long_to_check_reopens_without_being_analysed(
    make_window, analyses
) -> None:
    seen, _ = analyses
    first = make_window()
    huge = _log(analysis_worker.MAX_CHECKED_CHARS + 1)
    first.draft_editor.setPlainText(huge)
    first.drafts.autosave_now()
    first.close()
    first.store.close()
    seen.clear()
    second = make_window()
    assert second.draft_editor.text() == huge
    assert second.up_to_date() and second.report.findings == ()
    assert "too long to check" in second.notice.label.text()
    assert huge not in [draft for _, draft in seen]
