"""Which engine checks the text, and that LanguageTool is never downloaded implicitly."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.grammar import GRAMMAR_MODES, create_backend, languagetool_install
from desktop.grammar.base import GrammarBackend, GrammarUnavailable, OffBackend
from desktop.grammar.harper_backend import HarperBackend
from desktop.grammar.languagetool_backend import LanguageToolBackend, NotInstalled


@pytest.fixture
def no_download(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fail loudly if anything asks language_tool_python to download LanguageTool."""
    from language_tool_python import download_lt

    def refuse(*args, **kwargs):
        raise AssertionError("LanguageTool download triggered implicitly")

    monkeypatch.setattr(download_lt.LocalLanguageTool, "_get_remote_zip", refuse)


def test_modes_are_listed():
    assert GRAMMAR_MODES == ("auto", "languagetool", "harper", "off")


def test_auto_without_languagetool_uses_harper_and_says_why(no_download):
    backend = create_backend("auto")
    assert isinstance(backend, HarperBackend)
    assert backend.status() == "LanguageTool not installed — using the built-in checker"


def test_languagetool_mode_without_install_also_falls_back(no_download):
    backend = create_backend("languagetool")
    assert isinstance(backend, HarperBackend)
    assert backend.status().startswith("LanguageTool not installed")


def test_local_languagetool_refuses_to_start_when_not_installed(no_download):
    backend = LanguageToolBackend()
    assert not backend.available()
    with pytest.raises(NotInstalled, match="LanguageTool not installed"):
        backend.check("Teh end.")


def test_installed_but_no_java_falls_back_with_reason(tmp_path: Path, monkeypatch, no_download):
    jar_dir = tmp_path / "lt" / "LanguageTool-6.8"
    jar_dir.mkdir(parents=True)
    (jar_dir / "languagetool-server.jar").write_bytes(b"PK")
    monkeypatch.setattr(languagetool_install, "java_major_version", lambda java=None: None)
    assert languagetool_install.find_installed_languagetool() == ("6.8", jar_dir)
    backend = create_backend("auto")
    assert isinstance(backend, HarperBackend)
    assert "needs Java 17 or newer" in backend.status()
    assert backend.status().endswith("— using the built-in checker")


def test_old_java_is_named(monkeypatch):
    monkeypatch.setattr(languagetool_install, "java_major_version", lambda java=None: 11)
    with pytest.raises(GrammarUnavailable, match="this machine has Java 11"):
        languagetool_install.require_java()


def test_harper_and_off_modes():
    assert isinstance(create_backend("harper"), HarperBackend)
    off = create_backend("off")
    assert isinstance(off, OffBackend)
    assert off.check("Teh end.") == []
    assert off.status() == "Grammar and spelling checks are off"


def test_every_backend_meets_the_interface(fake_lt):
    for backend in (
        OffBackend(),
        HarperBackend(),
        LanguageToolBackend(server_url=fake_lt.url),
        create_backend("auto", server_url=fake_lt.url),
    ):
        assert isinstance(backend, GrammarBackend)
        backend.close()
        backend.close()  # closing twice is fine


def test_unknown_mode_is_a_programming_error():
    with pytest.raises(ValueError, match="unknown grammar mode"):
        create_backend("spellcheck-please")


def test_importing_the_package_neither_starts_java_nor_imports_qt():
    import subprocess
    import sys

    code = (
        "import sys, desktop.grammar; "
        "assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt imported'; "
        "assert 'language_tool_python' not in sys.modules, 'LT imported eagerly'; "
        "assert 'harper' not in sys.modules, 'harper imported eagerly'"
    )
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=root, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr


def test_real_local_languagetool_checks_with_emoji(real_languagetool_env):
    """Runs only where LanguageTool is really installed (it starts a JVM: slow)."""
    if languagetool_install.find_installed_languagetool() is None:
        pytest.skip("LanguageTool not installed (set LTP_PATH or download it from Settings)")
    backend = LanguageToolBackend(timeout=60)
    try:
        if not backend.available():
            pytest.skip("LanguageTool is installed but Java 17+ is missing")
        text = "🙂🙂 Teh customer is upset. He go home."
        findings = backend.check(text)
        assert any(f.category == "spelling" and f.text == "Teh" for f in findings)
        for finding in findings:
            assert text[finding.start : finding.end] == finding.text
    finally:
        backend.close()


@pytest.mark.skipif(
    languagetool_install.java_major_version() is None, reason="needs a real `java` to launch"
)
def test_broken_local_install_fails_once_and_falls_back(tmp_path: Path, no_download):
    jar_dir = tmp_path / "lt" / "LanguageTool-6.8"
    jar_dir.mkdir(parents=True)
    (jar_dir / "languagetool-server.jar").write_bytes(b"not a jar")
    backend = create_backend("auto", timeout=5)
    assert backend.status() == "Checking with LanguageTool 6.8 (local)"
    with pytest.raises(GrammarUnavailable, match=r"^LanguageTool could not start \("):
        backend.primary.check("Teh end.")  # one JVM launch, not one per port
    backend.fall_back("LanguageTool could not start")
    assert backend.status() == "LanguageTool could not start — using the built-in checker"
    backend.close()
