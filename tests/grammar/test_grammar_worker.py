"""The grammar worker: checks off the UI thread, only fresh results reach the UI."""

from __future__ import annotations

import threading

import pytest

from desktop.core.model import Finding
from desktop.grammar.base import GrammarUnavailable
from desktop.ui.grammar_worker import GrammarWorker


class FakeBackend:
    """Finds every "Teh"; blocks on ``gate`` for texts starting with "block"."""

    name = "fake"

    def __init__(self) -> None:
        self.gate = threading.Event()
        self.started = threading.Event()
        self.checked: list[str] = []
        self.threads: set[int] = set()
        self.closed = False

    def available(self) -> bool:
        return True

    def status(self) -> str:
        return "Checking with the fake"

    def check(self, text: str) -> list[Finding]:
        self.threads.add(threading.get_ident())
        self.checked.append(text)
        if text.startswith("block"):
            self.started.set()
            self.gate.wait(5)
        start = text.find("Teh")
        if start < 0:
            return []
        return [Finding("fake.teh", "spelling", "warning", start, start + 3, "Teh", "Typo.")]

    def close(self) -> None:
        self.closed = True


@pytest.fixture
def fake() -> FakeBackend:
    return FakeBackend()


@pytest.fixture
def worker(qtbot, fake):
    created: list[int] = []

    def factory():
        created.append(threading.get_ident())
        return fake

    w = GrammarWorker(factory)
    w.created_in = created
    yield w
    fake.gate.set()
    w.shutdown()


def test_results_arrive_with_their_generation_from_another_thread(qtbot, worker, fake):
    with qtbot.waitSignal(worker.grammarReady, timeout=3000) as ready:
        generation = worker.check("Hello. Teh end.")
    got_generation, findings = ready.args
    assert got_generation == generation
    assert [(f.start, f.text) for f in findings] == [(7, "Teh")]
    assert threading.get_ident() not in fake.threads
    assert worker.created_in and worker.created_in[0] not in (threading.get_ident(),)


def test_backend_is_created_lazily_on_the_first_check(qtbot, worker):
    qtbot.wait(50)
    assert worker.created_in == []
    with qtbot.waitSignal(worker.grammarReady, timeout=3000):
        worker.check("Teh")
    assert len(worker.created_in) == 1


def test_stale_results_are_dropped_and_queued_ones_skipped(qtbot, worker, fake):
    emitted: list[int] = []
    worker.grammarReady.connect(lambda generation, findings: emitted.append(generation))
    first = worker.check("block Teh")
    qtbot.waitUntil(fake.started.is_set, timeout=3000)
    worker.check("overtaken Teh")  # queued behind the blocked check, then superseded
    with qtbot.waitSignal(worker.grammarReady, timeout=3000) as ready:
        latest = worker.check("latest Teh")
        fake.gate.set()
    assert ready.args[0] == latest
    qtbot.wait(50)
    assert emitted == [latest]
    assert first not in emitted
    assert "overtaken Teh" not in fake.checked


def test_status_is_reported_once(qtbot, worker):
    statuses: list[str] = []
    worker.statusChanged.connect(statuses.append)
    with qtbot.waitSignal(worker.grammarReady, timeout=3000):
        worker.check("one")
    with qtbot.waitSignal(worker.grammarReady, timeout=3000):
        worker.check("two")
    assert statuses == ["Checking with the fake"]
    assert worker.status == "Checking with the fake"


def test_unavailable_backend_gives_empty_findings_and_a_reason(qtbot):
    class Broken(FakeBackend):
        def check(self, text):
            raise GrammarUnavailable("LanguageTool server unreachable")

    worker = GrammarWorker(Broken)
    try:
        with qtbot.waitSignals([worker.grammarReady, worker.statusChanged], timeout=3000):
            worker.check("Teh")
        assert worker.status == "LanguageTool server unreachable"
    finally:
        worker.shutdown()


def test_a_backend_bug_does_not_kill_the_worker(qtbot):
    calls = {"n": 0}

    class Buggy(FakeBackend):
        def check(self, text):
            calls["n"] += 1
            if calls["n"] == 1:
                raise RuntimeError("boom")
            return super().check(text)

    worker = GrammarWorker(Buggy)
    try:
        with qtbot.waitSignal(worker.grammarReady, timeout=3000) as ready:
            worker.check("Teh")
        assert ready.args[1] == []
        assert worker.status == "Grammar check failed: boom"
        with qtbot.waitSignal(worker.grammarReady, timeout=3000) as ready:
            worker.check("Teh")
        assert len(ready.args[1]) == 1
    finally:
        worker.shutdown()


def test_configure_switches_engine_and_shutdown_closes_it(qtbot, fake):
    worker = GrammarWorker(lambda: fake)
    with qtbot.waitSignal(worker.grammarReady, timeout=3000):
        worker.check("Teh")
    worker.configure("off")
    with qtbot.waitSignal(worker.grammarReady, timeout=3000) as ready:
        worker.check("Teh")
    assert ready.args[1] == []
    assert fake.closed
    assert worker.status == "Grammar and spelling checks are off"
    worker.shutdown()
    worker.shutdown()  # twice is harmless


def test_real_harper_through_the_worker(qtbot, shared_harper):
    worker = GrammarWorker(lambda: shared_harper)
    try:
        text = "🙂 Teh reply."
        with qtbot.waitSignal(worker.grammarReady, timeout=5000) as ready:
            worker.check(text)
        (finding,) = ready.args[1]
        assert text[finding.start : finding.end] == "Teh"
    finally:
        worker._engine._backend = None  # keep the shared engine loaded for other tests
        worker.shutdown()


def test_default_engine_honours_the_shared_personal_dictionary(qtbot):
    worker = GrammarWorker()
    worker.dictionary.add_word("Zorbulator")
    try:
        # the default factory is create_backend("auto", dictionary=worker.dictionary)
        backend = worker._engine._factory()
        assert backend.dictionary is worker.dictionary
    finally:
        worker.shutdown()
