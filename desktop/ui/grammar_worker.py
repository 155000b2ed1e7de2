"""Runs grammar and spelling checks off the UI thread and hands back fresh results.

LanguageTool can take hundreds of milliseconds (seconds when its JVM starts) and
Harper needs a second to load its dictionary, so neither may run on the UI thread: a
keystroke must never wait for them. `GrammarWorker` owns one `QThread` with a small
engine object on it. The backend is created lazily there on the first check, so
start-up stays fast. Every request gets a generation number; requests overtaken by a
newer one are skipped before they run and dropped if they finish late, so the editor
only ever sees findings for the text it shows.

Usage (the main window connects it once)::

    worker = GrammarWorker()                      # mode "auto"; or configure(...)
    worker.grammarReady.connect(on_grammar)       # (generation, list[Finding])
    worker.statusChanged.connect(status_bar.showMessage)
    generation = worker.check(draft_text)         # after the debounce timer fires
    ...
    worker.shutdown()                             # on close: stops the thread, the JVM
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal, Slot

from desktop.grammar import GrammarBackend, GrammarUnavailable, create_backend
from desktop.grammar.personal_dictionary import PersonalDictionary

log = logging.getLogger(__name__)

BackendFactory = Callable[[], GrammarBackend]


class _Engine(QObject):
    """Lives on the worker thread; owns the backend and runs the checks."""

    finished = Signal(int, list)
    statusChanged = Signal(str)

    def __init__(self, factory: BackendFactory, latest: Callable[[], int]) -> None:
        super().__init__()
        self._factory = factory
        self._latest = latest
        self._backend: GrammarBackend | None = None
        self._status = ""

    def _announce(self, status: str) -> None:
        if status and status != self._status:
            self._status = status
            self.statusChanged.emit(status)

    @Slot(int, str)
    def run(self, generation: int, text: str) -> None:
        if generation != self._latest():
            return  # a newer request is already queued behind this one
        try:
            if self._backend is None:
                self._backend = self._factory()
            findings = list(self._backend.check(text))
            self._announce(self._backend.status())
        except GrammarUnavailable as exc:
            findings = []
            self._announce(str(exc))
        except Exception as exc:  # a backend bug must not kill the thread or the app
            log.exception("grammar check failed")
            findings = []
            self._announce(f"Grammar check failed: {exc}".splitlines()[0][:160])
        self.finished.emit(generation, findings)

    @Slot(object)
    def replace_factory(self, factory: BackendFactory) -> None:
        self.close_backend()
        self._factory = factory
        self._status = ""

    def close_backend(self) -> None:
        backend, self._backend = self._backend, None
        if backend is not None:
            try:
                backend.close()
            except Exception:
                log.exception("closing the grammar backend failed")


class GrammarWorker(QObject):
    """Checks text with a grammar backend on its own thread.

    Signals:
        grammarReady(int generation, list findings): findings (core ``Finding``s, offsets
            into the text passed to `check`) for the latest request only.
        statusChanged(str): which engine is checking, or why it fell back / is off.

    Call `check` with the current draft (debounced), `configure` when the user changes
    the grammar settings, and `shutdown` when the window closes.
    """

    grammarReady = Signal(int, list)
    statusChanged = Signal(str)

    _requested = Signal(int, str)
    _factoryReplaced = Signal(object)

    def __init__(
        self,
        backend_factory: BackendFactory | None = None,
        parent: QObject | None = None,
        *,
        dictionary: PersonalDictionary | None = None,
    ) -> None:
        super().__init__(parent)
        # Shared with the UI: "Add to dictionary" / "Ignore rule" act on this instance
        # and the next check honours them (it is thread-safe).
        self.dictionary = dictionary if dictionary is not None else PersonalDictionary()
        self._generation = 0
        self._latest = 0
        self._status = ""
        self._thread = QThread()
        self._thread.setObjectName("grammarWorkerThread")
        self._engine = _Engine(
            backend_factory or (lambda: create_backend("auto", dictionary=self.dictionary)),
            lambda: self._latest,
        )
        self._engine.moveToThread(self._thread)
        self._requested.connect(self._engine.run)
        self._factoryReplaced.connect(self._engine.replace_factory)
        self._engine.finished.connect(self._deliver)
        self._engine.statusChanged.connect(self._on_status)
        self._running = True
        self._thread.start()
        app = QCoreApplication.instance()
        if app is not None:  # a running QThread destroyed at exit would abort the app
            app.aboutToQuit.connect(self.shutdown)

    @property
    def latest_generation(self) -> int:
        """The generation of the newest request; only its results are emitted."""
        return self._latest

    @property
    def status(self) -> str:
        """The last status the engine reported ("" before the first check)."""
        return self._status

    def check(self, text: str) -> int:
        """Queue a check of ``text``; return its generation (superseding older ones)."""
        self._generation += 1
        self._latest = self._generation
        if self._running:
            self._requested.emit(self._generation, text)
        return self._generation

    def configure(
        self,
        mode: str = "auto",
        *,
        server_url: str | None = None,
        language: str = "en-US",
        dictionary: PersonalDictionary | None = None,
    ) -> None:
        """Switch engines (a mode from ``GRAMMAR_MODES``); takes effect on the next check.

        ``dictionary`` defaults to `dictionary`, the worker's shared word list.

        In-flight results are dropped, since they came from the old engine.
        """
        if mode not in ("auto", "languagetool", "harper", "off"):
            raise ValueError(f"unknown grammar mode {mode!r}")

        words = dictionary if dictionary is not None else self.dictionary

        def factory() -> GrammarBackend:
            return create_backend(mode, server_url=server_url, language=language, dictionary=words)

        self.set_backend_factory(factory)

    def set_backend_factory(self, factory: BackendFactory) -> None:
        """Use backends made by ``factory`` from now on (tests inject fakes here)."""
        self._latest = self._generation = self._generation + 1
        self._factoryReplaced.emit(factory)

    def shutdown(self, timeout_ms: int = 5000) -> None:
        """Stop the thread and close the backend (stops a local LanguageTool)."""
        if not self._running:
            return
        self._running = False
        self._latest = -1  # queued requests are now all stale and return at once
        self._thread.quit()
        self._thread.wait(timeout_ms)
        self._engine.close_backend()

    @Slot(int, list)
    def _deliver(self, generation: int, findings: list) -> None:
        if generation == self._latest and self._running:
            self.grammarReady.emit(generation, findings)

    @Slot(str)
    def _on_status(self, status: str) -> None:
        self._status = status
        if self._running:
            self.statusChanged.emit(status)
