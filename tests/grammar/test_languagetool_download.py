"""The explicit LanguageTool download (a Settings button): progress, cancel, reasons."""

from __future__ import annotations

import hashlib
import io
import threading
import zipfile
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from desktop.grammar import languagetool_install
from desktop.grammar.base import GrammarUnavailable
from desktop.grammar.languagetool_install import (
    DownloadCancelled,
    download_languagetool,
    find_installed_languagetool,
)


def _zip_bytes() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as bundle:
        bundle.writestr("LanguageTool-6.8/languagetool-server.jar", b"PK fake jar" * 5000)
        bundle.writestr("LanguageTool-6.8/README.md", "LanguageTool")
    return buffer.getvalue()


ZIP = _zip_bytes()
REAL_JAVA_MAJOR = languagetool_install.java_major_version


@pytest.fixture
def zip_server() -> Iterator[str]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format, *args):
            pass

        def do_GET(self):
            self.send_response(200)
            self.send_header("Content-Length", str(len(ZIP)))
            self.end_headers()
            for i in range(0, len(ZIP), 8192):
                try:
                    self.wfile.write(ZIP[i : i + 8192])
                except OSError:
                    return

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/LanguageTool-6.8.zip"
    server.shutdown()
    server.server_close()


@pytest.fixture(autouse=True)
def java_17(monkeypatch):
    monkeypatch.setattr(languagetool_install, "java_major_version", lambda java=None: 17)


def test_download_installs_where_language_tool_python_looks(zip_server, tmp_path: Path):
    progress: list[tuple[int, int | None]] = []
    path = download_languagetool(
        lambda done, total: progress.append((done, total)),
        url=zip_server,
        version="6.8",
        sha256=hashlib.sha256(ZIP).hexdigest(),
    )
    assert path == tmp_path / "lt" / "LanguageTool-6.8"
    assert (path / "languagetool-server.jar").is_file()
    assert find_installed_languagetool() == ("6.8", path)
    assert progress[-1] == (len(ZIP), len(ZIP))


def test_cancel_leaves_nothing_installed(zip_server):
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(DownloadCancelled):
        download_languagetool(None, cancel, url=zip_server, version="6.8")
    assert find_installed_languagetool() is None


def test_checksum_mismatch_is_refused(zip_server):
    with pytest.raises(GrammarUnavailable, match="checksum mismatch"):
        download_languagetool(url=zip_server, version="6.8", sha256="0" * 64)
    assert find_installed_languagetool() is None


def test_no_network_says_so(closed_port_url):
    with pytest.raises(GrammarUnavailable, match=r"^No network"):
        download_languagetool(url=closed_port_url + "/LanguageTool-6.8.zip", version="6.8")


def test_no_java_says_so_before_downloading(monkeypatch, zip_server):
    monkeypatch.setattr(languagetool_install, "java_major_version", lambda java=None: None)
    with pytest.raises(GrammarUnavailable, match="needs Java 17 or newer"):
        download_languagetool(url=zip_server, version="6.8")
    assert find_installed_languagetool() is None


@pytest.mark.parametrize(
    ("output", "major"),
    [
        ('openjdk version "17.0.15" 2025-04-15\nOpenJDK Runtime Environment', 17),
        ('java version "1.8.0_392"\nJava(TM) SE Runtime Environment', 8),
        ('openjdk version "21" 2023-09-19', 21),
        ("nonsense", None),
    ],
)
def test_java_version_parsing(monkeypatch, output, major):
    import subprocess

    monkeypatch.setattr(languagetool_install, "java_major_version", REAL_JAVA_MAJOR)
    monkeypatch.setattr(languagetool_install.shutil, "which", lambda name: "/usr/bin/java")
    monkeypatch.setattr(
        subprocess,
        "run",
        lambda *a, **k: subprocess.CompletedProcess(a, 0, stdout="", stderr=output),
    )
    assert languagetool_install.java_major_version() == major
