"""Fixtures for the grammar tests: an isolated data dir, one shared Harper engine,
and a fake LanguageTool HTTP server on 127.0.0.1 that answers like the real one."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import importlib.util
import json
import re
import socket
import threading
import urllib.parse
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

# The repository root may not be on sys.path when pytest runs without an installed
# package (e.g. `pytest tests/grammar`); make `import desktop` work either way.
if importlib.util.find_spec("desktop") is None:
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from desktop.grammar.harper_backend import HarperBackend

ORIGINAL_LTP_PATH = os.environ.get("LTP_PATH")
"""The developer's own LanguageTool location, before tests isolate it."""


@pytest.fixture(autouse=True)
def isolated_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Each test gets its own data dir and an empty LanguageTool download folder, so
    nothing on the developer's machine leaks in (or gets written to)."""
    data = tmp_path / "data"
    monkeypatch.setenv("COMPOSURE_DATA_DIR", str(data))
    monkeypatch.setenv("LTP_PATH", str(tmp_path / "lt"))
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    monkeypatch.setenv("no_proxy", "127.0.0.1,localhost")
    return data


@pytest.fixture
def real_languagetool_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """Undo the isolation of LTP_PATH, for the test that wants a real install."""
    if ORIGINAL_LTP_PATH:
        monkeypatch.setenv("LTP_PATH", ORIGINAL_LTP_PATH)
    else:
        monkeypatch.delenv("LTP_PATH", raising=False)


@pytest.fixture(scope="session")
def shared_harper() -> HarperBackend:
    """Harper takes about a second to load its dictionary: load it once per run."""
    backend = HarperBackend()
    backend.check("Warm up.")
    return backend


@pytest.fixture
def harper_backend(shared_harper: HarperBackend) -> Iterator[HarperBackend]:
    shared_harper.dictionary = None
    yield shared_harper
    shared_harper.dictionary = None


def java_index(text: str, index: int) -> int:
    """What a Java server reports for Python index ``index``: UTF-16 code units."""
    return len(text[:index].encode("utf-16-le")) // 2


# (pattern, rule id, issue type, category id, category name, message, replacements)
FAKE_RULES = [
    (
        r"\bTeh\b",
        "MORFOLOGIK_RULE_EN_US",
        "misspelling",
        "TYPOS",
        "Possible Typo",
        "Possible spelling mistake found.",
        ["The", "Tech", "Ten", "Tea", "Tel", "Teg", "Tet"],
    ),
    (
        r"\b(?<=he )go\b",
        "HE_VERB_AGR",
        "grammar",
        "GRAMMAR",
        "Grammar",
        "The pronoun ‘he’ is usually used with a third-person or a past tense verb. "
        "Did you mean <suggestion>goes</suggestion>?",
        ["goes", "went"],
    ),
    (
        r"  ",
        "WHITESPACE_RULE",
        "whitespace",
        "TYPOGRAPHY",
        "Typography",
        "Possible typo: you repeated a whitespace",
        [" "],
    ),
]


def fake_check_reply(text: str, language: str) -> dict:
    """A /v2/check reply shaped like LanguageTool 6.x's, offsets in Java chars."""
    matches = []
    for pattern, rule_id, issue, cat_id, cat_name, message, replacements in FAKE_RULES:
        for m in re.finditer(pattern, text, flags=re.IGNORECASE if rule_id == "HE_VERB_AGR" else 0):
            offset = java_index(text, m.start())
            length = java_index(text, m.end()) - offset
            ctx_start = max(0, m.start() - 20)
            context = text[ctx_start : m.end() + 20]
            matches.append(
                {
                    "message": message,
                    "shortMessage": "Spelling mistake" if issue == "misspelling" else "",
                    "replacements": [{"value": r} for r in replacements],
                    "offset": offset,
                    "length": length,
                    "context": {
                        "text": context,
                        "offset": java_index(text, m.start()) - java_index(text, ctx_start),
                        "length": length,
                    },
                    "sentence": text.strip(),
                    "type": {"typeName": "Other" if issue != "misspelling" else "UnknownWord"},
                    "rule": {
                        "id": rule_id,
                        "description": message[:40],
                        "issueType": issue,
                        "category": {"id": cat_id, "name": cat_name},
                    },
                    "ignoreForIncompleteSentence": False,
                    "contextForSureMatch": 0,
                }
            )
    matches.sort(key=lambda m: m["offset"])
    return {
        "software": {
            "name": "LanguageTool",
            "version": "6.8",
            "buildDate": "2025-12-01 10:00:00 +0000",
            "apiVersion": 1,
            "premium": False,
            "status": "",
        },
        "warnings": {"incompleteResults": False},
        "language": {
            "name": "English (US)",
            "code": language,
            "detectedLanguage": {"name": "English (US)", "code": "en-US", "confidence": 0.99},
        },
        "matches": matches,
    }


LANGUAGES = [
    {"name": "English", "code": "en", "longCode": "en"},
    {"name": "English (US)", "code": "en", "longCode": "en-US"},
    {"name": "English (GB)", "code": "en", "longCode": "en-GB"},
    {"name": "German (Germany)", "code": "de", "longCode": "de-DE"},
]


@dataclass
class FakeLanguageTool:
    """Controls for the fake server: set ``mode`` to "ok", "slow", "malformed" or
    "wrong-shape"; ``requests`` records each /v2/check form."""

    url: str
    mode: str = "ok"
    slow_seconds: float = 1.0
    requests: list[dict[str, str]] = field(default_factory=list)
    release: threading.Event = field(default_factory=threading.Event)


def _make_handler(state: FakeLanguageTool) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:  # keep test output quiet
            pass

        def _send(self, status: int, body: bytes, content_type: str) -> None:
            try:
                self.send_response(status)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
            except OSError:  # the client gave up (timeout test): fine
                pass

        def _json(self, payload: object) -> None:
            self._send(200, json.dumps(payload).encode(), "application/json")

        def do_GET(self) -> None:
            path = urllib.parse.urlsplit(self.path).path
            if path == "/v2/languages":
                self._json(LANGUAGES)
            elif path == "/v2/healthcheck":
                self._send(200, b"OK", "text/plain")
            else:
                self._send(404, b"Not found", "text/plain")

        def do_POST(self) -> None:
            path = urllib.parse.urlsplit(self.path).path
            length = int(self.headers.get("Content-Length", "0"))
            form = dict(urllib.parse.parse_qsl(self.rfile.read(length).decode("utf-8")))
            if path != "/v2/check":
                self._send(404, b"Not found", "text/plain")
                return
            state.requests.append(form)
            if state.mode == "slow":
                state.release.wait(state.slow_seconds)
                self._json(fake_check_reply(form.get("text", ""), form.get("language", "")))
            elif state.mode == "malformed":
                self._send(200, b"<html>Internal error: java.lang.OutOfMemory", "text/html")
            elif state.mode == "wrong-shape":
                self._json({"matches": [{"offset": 0}]})
            else:
                self._json(fake_check_reply(form.get("text", ""), form.get("language", "")))

    return Handler


@pytest.fixture
def fake_lt() -> Iterator[FakeLanguageTool]:
    """A LanguageTool look-alike on a random free port of 127.0.0.1."""
    state = FakeLanguageTool(url="")
    server = ThreadingHTTPServer(("127.0.0.1", 0), _make_handler(state))
    server.daemon_threads = True
    server.handle_error = lambda request, client_address: None  # type: ignore[method-assign]
    state.url = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    yield state
    state.release.set()
    server.shutdown()
    server.server_close()


@pytest.fixture
def closed_port_url() -> str:
    """A URL where nothing listens (connection refused at once)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}"
