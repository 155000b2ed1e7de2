"""The main window: the customer's message, the reply, the checklist, the suggestions and
the take-a-breath cool-down, wired together in one constructor.

Every text change bumps a generation number and restarts a short single-shot timer;
when it fires, one `analyze` call on a worker thread (`AnalysisWorker`) produces the
Report that every widget renders, so the checklist, the underlines and the list can
never disagree; a Report for a generation that is no longer current is dropped. Grammar
runs on its own thread (`GrammarWorker`) and its findings are merged in only if they
belong to the current generation. Which draft is shown, and saving it to the SQLite store
within a second of typing, belongs to `DraftsController`; the take-a-breath cool-down, the
checks before copying and the copy itself belong to `SendController`; the window is the
view of both.

"Ignore here…" is kept per draft in the store as (rule, exact words, reason). The window
treats an ignored finding as absent: it is not underlined, does not block copying and
is listed greyed with its reason. The checklist is decided in the core from all
findings, so an item whose only condition is "no findings of these rules/categories"
(Clear, Kind, Humble) is shown done here when every finding it counts is ignored, with
"(ignored: reason)" so the tick never hides what was waived. Rules turned off everywhere
(Settings, or a finding's menu) are kept in QSettings and their findings are dropped.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QInputDialog,
    QLabel,
    QMainWindow,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.core import Finding, Report, RuleSet, Span, load_ruleset
from desktop.core.drafts import Draft, DraftStore
from desktop.core.settings import Settings
from desktop.core.waivers import Waivers, apply_waivers
from desktop.grammar.customer_words import without_customer_terms

from .about import show_about
from .actions import build_actions
from .analysis_worker import MAX_CHECKED_CHARS, AnalysisWorker, too_long_to_check
from .checklist_panel import ChecklistPanel
from .customer_editor import CustomerEditor
from .draft_editor import DraftEditor
from .drafts_controller import DraftsController
from .drafts_panel import DraftsPanel
from .findings_list import FindingsList
from .notice_bar import NoticeBar
from .qsettings_store import QSettingsMapping, open_qsettings
from .ready_panel import ReadyPanel
from .send_controller import SendController
from .settings_dialog import SettingsDialog
from .template_picker import TemplatePicker

if TYPE_CHECKING:
    from desktop.grammar.base import GrammarBackend

    from .grammar_worker import GrammarWorker

log = logging.getLogger(__name__)

ANALYSIS_DELAY_MS = 120
WARM_UP_DELAY_MS = 300  # the engine warms up this long after start (see AnalysisWorker)
APP_TITLE = "Composure"


def _section(title: str, widget: QWidget, name: str) -> QWidget:
    box = QWidget()
    box.setObjectName(name)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(4)
    label = QLabel(title)
    label.setObjectName("sectionTitle")
    label.setBuddy(widget)
    layout.addWidget(label)
    layout.addWidget(widget, 1)
    return box


class MainWindow(QMainWindow):
    draftChanged = Signal(str)
    reportReady = Signal(object)  # Report
    coolDownFinished = Signal()
    draftSaved = Signal(int)
    replyCopied = Signal(str)

    def __init__(
        self,
        store: DraftStore | None = None,
        store_message: str | None = None,
        breath_seconds: float | None = None,
        grammar: bool = True,
        grammar_factory: Callable[[], GrammarBackend] | None = None,
    ) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.setWindowTitle(APP_TITLE)
        self.qsettings = open_qsettings()
        self.prefs = Settings(QSettingsMapping(self.qsettings))
        if store is None:
            store, opened_message = DraftStore.open()
            store_message = store_message or opened_message
        self.store = store
        self.ruleset = self._load_ruleset()

        self._generation = 0
        self._analysed_generation = -1
        self._too_long = False  # whether the text is beyond what is checked
        self._report = Report()
        self._core_report = Report()
        self._grammar_generation = -1
        self._grammar_findings: list[Finding] = []
        self._customer_cache: tuple[str, tuple] = ("", ())
        self._ignored: dict[tuple[str, str], str] = {}
        self._disabled = self._load_disabled_rules()

        self._build_widgets()
        self.drafts = DraftsController(
            self.store, self.customer_editor, self.draft_editor, self.drafts_panel, self, self
        )
        self.actions_ = build_actions(
            self,
            {
                "new_draft": self.drafts.new_draft,
                "save_as": self.save_as,
                "settings": self.open_settings,
                "quit": self.close,
                "start_breath": self.start_breath,
                "copy_reply": self.copy_reply,
                "cancel_breath": self.cancel_breath,
                "next_finding": self.next_finding,
                "insert_template": self.pick_template,
                "focus_customer": lambda: self.customer_editor.setFocus(),
                "focus_draft": lambda: self.draft_editor.setFocus(),
                "toggle_drafts": self.drafts_panel.setVisible,
                "about": lambda: show_about(self),
            },
        )
        self.send = SendController(
            self.ready_panel,
            self.customer_editor,
            self.draft_editor,
            self.store,
            self.drafts,
            self.prefs,
            self.actions_["copy_reply"],
            self.actions_["cancel_breath"],
            self,
            breath_seconds,
            self,
        )

        self.analysis_worker = AnalysisWorker(self)
        self._analysis_timer = QTimer(self)
        self._analysis_timer.setSingleShot(True)
        self._analysis_timer.setInterval(ANALYSIS_DELAY_MS)

        # -- the wiring, all in one place -----------------------------------------
        self.draft_editor.draftChanged.connect(self.draftChanged)
        self.draft_editor.draftChanged.connect(self._on_text_changed)
        self.customer_editor.customerChanged.connect(self._on_text_changed)
        self.draft_editor.fixRequested.connect(self.apply_fix)
        self.draft_editor.editAttempted.connect(self.send.cancel_breath)
        self.findings_list.fixRequested.connect(self.apply_fix)
        self.draft_editor.ignoreRequested.connect(self.ignore_finding)
        self.findings_list.ignoreRequested.connect(self.ignore_finding)
        self.findings_list.unignoreRequested.connect(self.unignore_finding)
        self.findings_list.disableRequested.connect(self.disable_rule)
        self.draft_editor.addWordRequested.connect(self.add_to_dictionary)
        self.findings_list.addWordRequested.connect(self.add_to_dictionary)
        self.draft_editor.ignoreRuleRequested.connect(self.ignore_grammar_rule)
        self.findings_list.ignoreRuleRequested.connect(self.ignore_grammar_rule)
        self.findings_list.findingActivated.connect(
            lambda f: self.draft_editor.select_span(f.start, f.end)
        )
        self.checklist_panel.evidenceRequested.connect(self.draft_editor.show_evidence)
        self.checklist_panel.questionRequested.connect(
            lambda q: self.customer_editor.focus_span(q.start, q.end)
        )
        self._analysis_timer.timeout.connect(self._analyse_in_background)
        self.analysis_worker.reportReady.connect(self._on_background_report)
        self.reportReady.connect(self._render)
        self.breath_button.clicked.connect(self.send.toggle_breath)
        self.copy_button.clicked.connect(self.send.copy_reply)
        self.breath_timer.coolDownFinished.connect(self.send.on_cool_down_finished)
        self.breath_timer.coolDownCancelled.connect(self.send.on_cool_down_cancelled)
        self.send.coolDownFinished.connect(self.coolDownFinished)
        self.send.replyCopied.connect(self.replyCopied)
        self.drafts_panel.newRequested.connect(self.drafts.new_draft)
        self.drafts_panel.openRequested.connect(self.drafts.open_draft)
        self.drafts_panel.sentOpenRequested.connect(self.drafts.open_sent)
        self.drafts_panel.deleteRequested.connect(self.drafts.delete_draft)
        self.drafts_panel.undoRequested.connect(self.drafts.undo_delete)
        self.drafts_panel.searchChanged.connect(self.drafts.refresh_lists)
        self.drafts.draftSaved.connect(self.draftSaved)
        # once the window has painted, not while it does
        QTimer.singleShot(WARM_UP_DELAY_MS, lambda: self.analysis_worker.warm_up(self.ruleset))

        self.grammar_worker: GrammarWorker | None = None
        if grammar:
            self._start_grammar(grammar_factory)

        self._restore_window_state()
        self.drafts.refresh_lists()
        self.drafts.restore_latest()
        self.send.update_controls()
        if store_message:
            self.show_notice(store_message)
        if self.ruleset.problems:
            self.show_notice(
                "Some of your checklist files could not be used (the shipped ones still "
                "work): " + "; ".join(str(p) for p in self.ruleset.problems)
            )

    # -- building ------------------------------------------------------------------

    def _build_widgets(self) -> None:
        self.customer_editor = CustomerEditor()
        self.draft_editor = DraftEditor()
        self.checklist_panel = ChecklistPanel()
        self.checklist_panel.set_enabled_groups(self.prefs.enabled_groups())
        self.findings_list = FindingsList()
        self.ready_panel = ReadyPanel()
        self.breath_timer = self.ready_panel.breath_timer
        self.breath_button = self.ready_panel.breath_button
        self.copy_button = self.ready_panel.copy_button
        self.breath_note = self.ready_panel.breath_note
        self.copied_label = self.ready_panel.copied_label
        self.drafts_panel = DraftsPanel()

        self.editor_splitter = QSplitter(Qt.Orientation.Vertical)
        self.editor_splitter.setObjectName("editorSplitter")
        self.editor_splitter.addWidget(
            _section("Their message", self.customer_editor, "customerSection")
        )
        self.editor_splitter.addWidget(_section("Your reply", self.draft_editor, "replySection"))
        self.editor_splitter.setStretchFactor(0, 2)
        self.editor_splitter.setStretchFactor(1, 3)
        self.editor_splitter.setChildrenCollapsible(False)

        side = QWidget()
        side.setObjectName("sidePanel")
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.setSpacing(8)
        side_split = QSplitter(Qt.Orientation.Vertical)
        side_split.setObjectName("sideSplitter")
        side_split.addWidget(_section("Checklist", self.checklist_panel, "checklistSection"))
        side_split.addWidget(_section("Suggestions", self.findings_list, "findingsSection"))
        side_split.setChildrenCollapsible(False)
        self.side_splitter = side_split
        side_layout.addWidget(side_split, 1)
        side_layout.addWidget(self.ready_panel)

        self.main_splitter = QSplitter(Qt.Orientation.Horizontal)
        self.main_splitter.setObjectName("mainSplitter")
        self.main_splitter.addWidget(self.drafts_panel)
        self.main_splitter.addWidget(self.editor_splitter)
        self.main_splitter.addWidget(side)
        self.main_splitter.setStretchFactor(0, 0)
        self.main_splitter.setStretchFactor(1, 3)
        self.main_splitter.setStretchFactor(2, 2)
        self.main_splitter.setSizes([220, 640, 380])

        self.notice = NoticeBar()

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(10, 8, 10, 4)
        layout.addWidget(self.notice)
        layout.addWidget(self.main_splitter, 1)
        self.setCentralWidget(central)

        self.metrics_label = QLabel()
        self.metrics_label.setObjectName("metricsLabel")
        self.grammar_label = QLabel()
        self.grammar_label.setObjectName("grammarStatus")
        self.statusBar().addPermanentWidget(self.metrics_label)
        self.statusBar().addPermanentWidget(self.grammar_label)

    def _load_ruleset(self) -> RuleSet:
        folder = self.prefs.get("user_checklists_dir")
        return load_ruleset([Path(folder)] if folder else None)

    def _start_grammar(self, factory: Callable[[], GrammarBackend] | None = None) -> None:
        try:
            from .grammar_worker import GrammarWorker
        except Exception as exc:  # a missing optional backend must not stop the app
            self.grammar_label.setText(f"Grammar off: {exc}")
            return
        worker = self.grammar_worker = GrammarWorker(factory, parent=self)
        if factory is None:
            self._configure_grammar()
        worker.grammarReady.connect(self._on_grammar)
        worker.statusChanged.connect(self.grammar_label.setText)

    def _configure_grammar(self) -> None:
        """Point the worker at the engine, server and language chosen in Settings."""
        if self.grammar_worker is None:
            return
        self.grammar_worker.configure(
            self.prefs.get("grammar"),
            server_url=self.prefs.get("grammar_server_url") or None,
            language=self.prefs.get("grammar_language") or "en-US",
        )

    def show_notice(self, text: str) -> None:
        self.notice.show_text(text)
        self.statusBar().showMessage(text.split(". ")[0], 8000)

    # -- analysis ------------------------------------------------------------------

    @property
    def report(self) -> Report:
        """The Report every widget currently shows (core findings plus grammar)."""
        return self._report

    def _on_text_changed(self, _text: str = "") -> None:
        self._generation += 1
        self.send.draft_edited()
        self._analysis_timer.start()
        self.drafts.schedule_autosave()

    def analyse_now(self) -> Report:
        """Analyse the current text at once, on this thread: for moments that need the
        up-to-date Report immediately (copying, the end of the cool-down, tests)."""
        self._analysis_timer.stop()
        if self._up_to_date():
            return self._report
        draft = self.draft_editor.text()
        customer = self.customer_editor.text()
        self._show_analysis(self._generation, self.analysis_worker.analyse(
            draft, customer, self.ruleset))
        return self._report

    def _analyse_in_background(self) -> None:
        """After a pause in typing: analyse on the worker thread (see analysis_worker)."""
        if not self._up_to_date():
            customer = self.customer_editor.text()
            self.analysis_worker.request(
                self._generation, self.draft_editor.text(), customer, self.ruleset,
                with_heat=customer != self._customer_cache[0],
            )

    def _on_background_report(self, generation: int, report: Report, heat: object) -> None:
        if generation != self._generation or self._up_to_date():
            return  # the text moved on: drop it
        if isinstance(heat, tuple):
            self._show_customer_heat(self.customer_editor.text(), heat)
        self._show_analysis(generation, report)

    def _show_analysis(self, generation: int, report: Report) -> None:
        """Make `report` (of the current text, `generation`) what every widget shows."""
        draft = self.draft_editor.text()
        customer = self.customer_editor.text()
        self._core_report = report
        self._analysed_generation = generation
        self._grammar_findings = []
        self._note_length(draft, customer)
        self._update_customer_heat(customer)
        self.reportReady.emit(self._core_report)
        if self.grammar_worker is not None and draft.strip() and not self._too_long:
            self._grammar_generation = self.grammar_worker.check(draft)

    def _note_length(self, draft: str, customer: str) -> None:
        """Say so, once, when the text grows too long to check; withdraw it when it
        no longer is (see analysis_worker.MAX_CHECKED_CHARS)."""
        too_long = too_long_to_check(draft, customer)
        if too_long and not self._too_long:
            self.notice.show_text(
                f"This reply is too long to check: {len(draft) + len(customer):,} characters "
                f"with the customer's message, and Composure checks up to "
                f"{MAX_CHECKED_CHARS:,}. Nothing is lost: it is saved as it is. Shorten it "
                "(a pasted log, perhaps) to get suggestions again.",
                topic="too long",
            )
        elif not too_long and self._too_long:
            self.notice.withdraw("too long")
        self._too_long = too_long

    def _on_grammar(self, generation: int, findings: list) -> None:
        """Hook for the grammar worker: merge findings for the current text only."""
        if generation != self._grammar_generation or self._analysed_generation != self._generation:
            return  # the text moved on; these offsets no longer fit
        self._grammar_findings = self._grammar_filter(findings)
        self.reportReady.emit(self._core_report)

    def _grammar_filter(self, findings: Iterable[Finding]) -> list[Finding]:
        """Drop grammar findings the personal dictionary now allows (words, ignored rules)
        and those about names and terms the customer wrote the same way."""
        kept = without_customer_terms(findings, self.customer_editor.text())
        if self.grammar_worker is None:
            return kept
        return self.grammar_worker.dictionary.filter(kept)

    # -- the personal dictionary ---------------------------------------------------

    def add_to_dictionary(self, finding: Finding) -> None:
        """Never flag ``finding``'s words as misspelt again (in any reply)."""
        if self.grammar_worker is None:
            return
        self.grammar_worker.dictionary.add_word(finding.text)
        self._after_dictionary_change(f"“{finding.text}” added to your dictionary.")

    def ignore_grammar_rule(self, finding: Finding) -> None:
        """Stop checking ``finding``'s grammar rule in every reply."""
        if self.grammar_worker is None:
            return
        self.grammar_worker.dictionary.ignore_rule(finding.rule)
        self._after_dictionary_change(f"{finding.rule} is ignored from now on.")

    def _after_dictionary_change(self, note: str) -> None:
        self._grammar_findings = self._grammar_filter(self._grammar_findings)
        self.reportReady.emit(self._core_report)
        draft = self.draft_editor.text()
        if self.grammar_worker is not None and self._up_to_date() and draft.strip():
            self._grammar_generation = self.grammar_worker.check(draft)
        self.statusBar().showMessage(note, 5000)

    def _update_customer_heat(self, customer: str) -> None:
        """Highlight the heat in the customer's message, if it wasn't found already."""
        if customer != self._customer_cache[0]:
            self._show_customer_heat(customer, self.analysis_worker.heat(customer, self.ruleset))

    def _show_customer_heat(self, customer: str, heat: tuple[Span, ...]) -> None:
        self._customer_cache = (customer, heat)
        self.customer_editor.show_heat(heat)

    def _render(self, core: Report) -> None:
        full = core.with_findings(self._grammar_findings) if self._grammar_findings else core
        shown = apply_waivers(full, self.ruleset, Waivers(self._disabled, self._ignored))
        report = self._report = shown.report
        self.draft_editor.show_findings(report.findings)
        self.findings_list.set_checked(not self._too_long)
        self.checklist_panel.set_checked(not self._too_long)
        self.findings_list.show_findings(report.findings, shown.ignored)
        self.checklist_panel.show_checklist(report.checklist)
        self.checklist_panel.show_questions(report.questions)
        self.customer_editor.show_questions(report.questions)
        self.metrics_label.setText(
            "Not checked: too long" if self._too_long else _metrics_line(report.metrics))
        self.send.update_controls()

    # -- ignoring ------------------------------------------------------------------

    def ignore_finding(self, finding: Finding, reason: str | None = None) -> bool:
        """Accept ``finding`` (its rule on exactly these words) in this draft only.

        Without ``reason`` the user is asked for a short, optional one; cancelling
        ignores nothing.
        """
        if reason is None:
            reason, ok = QInputDialog.getText(
                self,
                "Ignore here",
                f"Why is “{finding.text[:60]}” fine here? (optional)",
            )
            if not ok:
                return False
        reason = reason.strip()[:200]
        try:
            self.store.ignore(self.drafts.ensure_draft(), finding.rule, finding.text, reason)
        except sqlite3.Error as exc:
            self.statusBar().showMessage(f"Could not save that choice: {exc}", 6000)
            return False
        self._ignored[finding.rule, finding.text] = reason
        self.reportReady.emit(self._core_report)
        self.statusBar().showMessage(
            "Ignored in this draft. It comes back if the words change.", 5000
        )
        return True

    def unignore_finding(self, finding: Finding) -> None:
        # A card for several rules may have been ignored under any of them.
        keys = [(m.rule, m.text) for m in finding.members()]
        if self.drafts.draft_id is not None:
            try:
                for rule, text in keys:
                    self.store.unignore(self.drafts.draft_id, rule, text)
            except sqlite3.Error as exc:
                self.statusBar().showMessage(f"Could not save that choice: {exc}", 6000)
                return
        for key in keys:
            self._ignored.pop(key, None)
        self.reportReady.emit(self._core_report)

    # -- rules turned off everywhere -----------------------------------------------

    def _load_disabled_rules(self) -> frozenset[str]:
        raw = self.qsettings.value("rules/disabled", "")
        return frozenset(r for r in str(raw or "").split("\n") if r.strip())

    def disabled_rules(self) -> frozenset[str]:
        return self._disabled

    def set_disabled_rules(self, rules: Iterable[str]) -> None:
        self._disabled = frozenset(rules)
        self.qsettings.setValue("rules/disabled", "\n".join(sorted(self._disabled)))
        self.qsettings.sync()
        self.reportReady.emit(self._core_report)

    def disable_rule(self, rule_id: str) -> None:
        self.set_disabled_rules(self._disabled | {rule_id})
        self.statusBar().showMessage(
            f"{rule_id} is off everywhere. Turn it back on in Settings.", 6000
        )

    # -- templates -----------------------------------------------------------------

    def pick_template(self) -> None:
        if self.draft_editor.isReadOnly():
            self.cancel_breath()
        picker = TemplatePicker(self.ruleset, self)
        chosen = picker.chosen() if picker.exec() else None
        if chosen is not None:
            self.insert_template(chosen.body)

    def insert_template(self, body: str) -> None:
        self.draft_editor.insert_text(body)
        if self.draft_editor.placeholder_spans():
            self.statusBar().showMessage("Fill in each <placeholder>: Tab jumps to the next.", 6000)

    def up_to_date(self) -> bool:
        """Whether the Report shown is of the text now in the editors."""
        return self._analysed_generation == self._generation

    _up_to_date = up_to_date  # the name tests and tests/benchmarks/ still use

    # -- quick fixes ---------------------------------------------------------------

    def apply_fix(self, finding: Finding, suggestion: str) -> None:
        if not self.draft_editor.isReadOnly() and self.draft_editor.apply_fix(finding, suggestion):
            self.statusBar().showMessage("Applied. Fill in anything in <angle brackets>.", 4000)

    def next_finding(self) -> None:
        self.analyse_now()
        cursor = self.draft_editor.textCursor().selectionEnd()
        findings = self._report.findings
        if not findings:
            return
        after = [f for f in findings if f.start >= cursor]
        f = (after or list(findings))[0]
        self.draft_editor.select_span(f.start, f.end)
        self.statusBar().showMessage(f.message, 6000)

    # -- the cool-down and the copy: kept by `self.send` (SendController) ------------

    def breath_seconds(self, heated: bool) -> float:
        return self.send.breath_seconds(heated)

    def start_breath(self) -> None:
        self.send.start_breath()

    def cancel_breath(self) -> None:
        self.send.cancel_breath()

    def blockers(self) -> list[Finding]:
        return self.send.blockers()

    def copy_reply(self) -> bool:
        return self.send.copy_reply()

    # -- export --------------------------------------------------------------------

    def save_as(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            "Save reply as",
            str(Path.home() / "reply.txt"),
            "Text (*.txt);;Markdown (*.md)",
        )
        if path:
            self.save_reply_to(Path(path))

    def save_reply_to(self, path: Path) -> None:
        try:
            path.write_text(self.draft_editor.text(), encoding="utf-8")
        except OSError as exc:
            self.show_notice(f"Could not save {path}: {exc.strerror or exc}. Try another folder.")
            return
        self.statusBar().showMessage(f"Saved to {path}", 5000)

    # -- drafts: kept by `self.drafts` (DraftsController); the window's side -------

    def new_draft(self) -> None:
        self.drafts.new_draft()

    def open_draft(self, draft_id: int) -> None:
        self.drafts.open_draft(draft_id)

    def open_sent(self, sent_id: int) -> None:
        self.drafts.open_sent(sent_id)

    def delete_draft(self, draft_id: int) -> None:
        self.drafts.delete_draft(draft_id)

    def undo_delete(self) -> None:
        self.drafts.undo_delete()

    def autosave_now(self) -> None:
        self.drafts.autosave_now()

    def draft_status(self) -> str:
        return self.send.draft_status()

    def prepare_for_draft(self, draft: Draft | None) -> None:
        """Another draft fills the editors: any cool-down ends; its own ignores apply."""
        self.send.end_quietly()
        self._ignored = self.store.ignored(draft.id) if draft else {}

    def show_draft_title(self, title: str) -> None:
        self.setWindowTitle(f"{title} — {APP_TITLE}")

    def show_status(self, message: str, timeout: int = 0) -> None:
        self.statusBar().showMessage(message, timeout)

    # -- settings ------------------------------------------------------------------

    def open_settings(self) -> None:
        dialog = SettingsDialog(self.prefs, self.ruleset.problems, self, sorted(self._disabled))
        if dialog.exec():
            dialog.apply()
            self.set_disabled_rules(dialog.disabled_rules())
            self.apply_settings()

    def apply_settings(self) -> None:
        self.ruleset = self._load_ruleset()
        self.checklist_panel.set_enabled_groups(self.prefs.enabled_groups())
        self._configure_grammar()
        from .app import apply_theme

        apply_theme(self.prefs.get("theme"))
        self._analysed_generation = -1
        self._customer_cache = ("\0", ())
        self.analyse_now()
        if self.ruleset.problems:
            self.show_notice(
                "Some of your checklist files could not be used: "
                + "; ".join(str(p) for p in self.ruleset.problems)
            )

    # -- window state --------------------------------------------------------------

    def _restore_window_state(self) -> None:
        q = self.qsettings
        geometry = q.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        for name, splitter in (
            ("main", self.main_splitter),
            ("editors", self.editor_splitter),
            ("side", self.side_splitter),
        ):
            state = q.value(f"window/{name}Splitter")
            if isinstance(state, QByteArray):
                splitter.restoreState(state)
        show_drafts = str(q.value("window/draftsVisible", "true")).lower() == "true"
        self.drafts_panel.setVisible(show_drafts)
        self.actions_["toggle_drafts"].setChecked(show_drafts)

    def save_window_state(self) -> None:
        q = self.qsettings
        q.setValue("window/geometry", self.saveGeometry())
        q.setValue("window/mainSplitter", self.main_splitter.saveState())
        q.setValue("window/editorsSplitter", self.editor_splitter.saveState())
        q.setValue("window/sideSplitter", self.side_splitter.saveState())
        q.setValue(
            "window/draftsVisible", "true" if self.drafts_panel.isVisibleTo(self) else "false"
        )
        q.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.autosave_now()
        self.save_window_state()
        self.analysis_worker.shutdown()
        if self.grammar_worker is not None:
            self.grammar_worker.shutdown()
        self.store.purge_deleted()
        super().closeEvent(event)


def _metrics_line(m: Mapping[str, Any]) -> str:
    """Words, reading grade and open questions, for the status line under the draft."""
    parts = [f"{m.get('words', 0)} words"]
    if m.get("words"):
        parts.append(f"grade {m.get('reading_grade', 0):.0f}")
    if m.get("customer_questions"):
        open_ = m.get("unanswered_questions", 0)
        parts.append(f"{open_} question{'s' if open_ != 1 else ''} unanswered")
    return " · ".join(parts)
