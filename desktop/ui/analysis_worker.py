"""Runs `analyze` off the UI thread, so a long draft on a slow machine never stalls typing.

A 1,000-word analysis takes a few milliseconds on a quick machine and over 15 on a slow
or busy one; on the UI thread that is a dropped frame for any key pressed meanwhile. The
debounced analysis therefore runs on one worker thread of a private `QThreadPool`, and
its Report comes back through a queued signal. Python's GIL still lets the UI thread
in every few milliseconds (`sys.getswitchinterval`), so a keystroke waits for a slice,
not for the whole analysis.

Each request carries the window's text generation; a request overtaken by a newer one
is skipped before it runs, and the window drops a Report whose generation is no longer
current. `analyse` runs synchronously for the moments that need the up-to-date Report
at once (copying, the end of the cool-down); a lock keeps it from overlapping a
background run, because the engine's memories are shared by both.
"""

from __future__ import annotations

import contextlib
import logging
import threading

from PySide6.QtCore import QObject, QThreadPool, Signal

from desktop.core import Report, RuleSet, analyze

log = logging.getLogger(__name__)


class AnalysisWorker(QObject):
    """Analyses drafts on a worker thread; `reportReady(generation, Report)` for each."""

    reportReady = Signal(int, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)  # destroyed with us: waits for a running analysis
        self._pool.setMaxThreadCount(1)
        self._lock = threading.Lock()
        self._latest = -1
        self._running = True

    def request(self, generation: int, draft: str, customer: str, ruleset: RuleSet) -> None:
        """Analyse in the background; older requests still waiting are skipped."""
        self._latest = generation
        if self._running:
            self._pool.start(lambda: self._run(generation, draft, customer, ruleset))

    def analyse(self, draft: str, customer: str, ruleset: RuleSet) -> Report:
        """Analyse now, on the calling thread (waits for a background run to finish)."""
        with self._lock:
            return _safe_analyze(draft, customer, ruleset)

    def shutdown(self, timeout_ms: int = 5000) -> None:
        """Skip what is queued and wait for a running analysis; safe to call twice."""
        self._running = False
        self._latest = -1
        self._pool.clear()
        self._pool.waitForDone(timeout_ms)

    def _run(self, generation: int, draft: str, customer: str, ruleset: RuleSet) -> None:
        if generation != self._latest:
            return  # the text has changed again since this was asked for
        with self._lock:
            report = _safe_analyze(draft, customer, ruleset)
        with contextlib.suppress(RuntimeError):  # the window closed meanwhile
            self.reportReady.emit(generation, report)


def _safe_analyze(draft: str, customer: str, ruleset: RuleSet) -> Report:
    try:
        return analyze(draft, customer, ruleset)
    except Exception:  # a rule bug must never cost the user their typing
        log.exception("analysis failed")
        return Report()
