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

When the customer's message has changed, a background run also finds the heat in it
(the tone findings the customer pane highlights), so a pasted message is read off the
UI thread too.
"""

from __future__ import annotations

import contextlib
import logging
import threading

from PySide6.QtCore import QObject, QThreadPool, Signal

from desktop.core import Report, RuleSet, Span, analyze

log = logging.getLogger(__name__)

#: Any sentence will do: every rule plans its patterns on the first one it reads.
WARM_UP_TEXT = "Thanks for your patience."

#: The most text (draft and customer message together) that is checked: some 30,000
#: words, far beyond any reply, and analysed in about a second on a slow machine. A
#: pasted log of megabytes would take the worker half a minute and bury the window in
#: thousands of findings; it is kept and saved like any text, only not checked.
MAX_CHECKED_CHARS = 200_000


def too_long_to_check(draft: str, customer: str = "") -> bool:
    return len(draft) + len(customer) > MAX_CHECKED_CHARS


class AnalysisWorker(QObject):
    """Analyses drafts on a worker thread: `reportReady(generation, Report, heat)` for each,
    where `heat` is the customer's heated spans when they were asked for, else None."""

    reportReady = Signal(int, object, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)  # destroyed with us: waits for a running analysis
        self._pool.setMaxThreadCount(1)
        self._lock = threading.Lock()
        self._latest = -1
        self._running = True
        self.warmed = False  # whether warm_up has run (tests read it)

    def request(
        self, generation: int, draft: str, customer: str, ruleset: RuleSet,
        *, with_heat: bool = False,
    ) -> None:
        """Analyse in the background (and the customer's heat, `with_heat`); older requests
        still waiting are skipped."""
        self._latest = generation
        if self._running:
            self._pool.start(lambda: self._run(generation, draft, customer, ruleset, with_heat))

    def warm_up(self, ruleset: RuleSet) -> None:
        """Prepare the engine on the worker thread while nobody waits for it.

        The first analysis of a real draft works out what each of the rules' patterns
        requires (about 0.4 s on a slow machine); an empty draft needs none of it, so
        the window can show first and this runs just after. A request that comes
        meanwhile waits for it, no longer than it would have taken anyway.
        """
        if self._running:
            self._pool.start(lambda: self._warm(ruleset))

    def _warm(self, ruleset: RuleSet) -> None:
        with self._lock:
            _safe_analyze(WARM_UP_TEXT, "", ruleset)
        self.warmed = True

    def analyse(self, draft: str, customer: str, ruleset: RuleSet) -> Report:
        """Analyse now, on the calling thread (waits for a background run to finish)."""
        with self._lock:
            return _safe_analyze(draft, customer, ruleset)

    def heat(self, customer: str, ruleset: RuleSet) -> tuple[Span, ...]:
        """The customer's heated spans now, on the calling thread."""
        with self._lock:
            return _heat(customer, ruleset)

    def shutdown(self, timeout_ms: int = 5000) -> None:
        """Skip what is queued and wait for a running analysis; safe to call twice."""
        self._running = False
        self._latest = -1
        self._pool.clear()
        self._pool.waitForDone(timeout_ms)

    def _run(
        self, generation: int, draft: str, customer: str, ruleset: RuleSet, with_heat: bool
    ) -> None:
        if generation != self._latest:
            return  # the text has changed again since this was asked for
        with self._lock:
            report = _safe_analyze(draft, customer, ruleset)
            heat = _heat(customer, ruleset) if with_heat else None
        with contextlib.suppress(RuntimeError):  # the window closed meanwhile
            self.reportReady.emit(generation, report, heat)


def _safe_analyze(draft: str, customer: str, ruleset: RuleSet) -> Report:
    if too_long_to_check(draft, customer):
        return Report()  # the window says why (see MAX_CHECKED_CHARS)
    try:
        return analyze(draft, customer, ruleset)
    except Exception:  # a rule bug must never cost the user their typing
        log.exception("analysis failed")
        return Report()


def _heat(customer: str, ruleset: RuleSet) -> tuple[Span, ...]:
    """Tone findings in the customer's own message: what the customer pane highlights."""
    if not customer.strip():
        return ()
    return tuple(f.span for f in _safe_analyze(customer, "", ruleset).findings
                 if f.category == "tone")
