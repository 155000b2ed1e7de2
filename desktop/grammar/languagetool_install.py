"""Finding, checking and (only when the user asks) downloading a local LanguageTool.

LanguageTool is a ~250 MB Java program. ``language_tool_python`` downloads it silently
the first time a local server is started; Composure must never do that behind the
user's back (offline machines, metered links, a start-up that hangs). So this module
answers "is it installed?" by looking at the download folder (``$LTP_PATH`` or
``~/.cache/language_tool_python``) without touching the network, checks for Java 17+,
and offers `download_languagetool` for an explicit, cancellable download from Settings.
Nothing here runs at import time.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
import tempfile
import threading
import zipfile
from collections.abc import Callable
from pathlib import Path

from desktop.grammar.base import GrammarUnavailable

MIN_JAVA = 17
JAR_NAMES = ("languagetool-server.jar", "languagetool.jar")

ProgressCallback = Callable[[int, int | None], None]
"""Called with (bytes downloaded so far, total bytes or None when unknown)."""


class DownloadCancelled(GrammarUnavailable):
    """The user cancelled the LanguageTool download; nothing was installed."""


def download_folder() -> Path:
    """Where language_tool_python keeps LanguageTool (honours ``LTP_PATH``)."""
    override = os.environ.get("LTP_PATH")
    if override:
        return Path(override)
    return Path.home() / ".cache" / "language_tool_python"


def _version_key(name: str) -> tuple[int, ...]:
    return tuple(int(part) for part in re.findall(r"\d+", name)) or (0,)


def find_installed_languagetool() -> tuple[str, Path] | None:
    """``(version, directory)`` of the newest installed LanguageTool, else None.

    Only directories named ``LanguageTool-<version>`` that hold the server jar count,
    which is exactly what ``language_tool_python`` will use without downloading.
    """
    folder = download_folder()
    if not folder.is_dir():
        return None
    found: list[tuple[tuple[int, ...], str, Path]] = []
    for path in folder.glob("LanguageTool-*"):
        version = path.name.removeprefix("LanguageTool-")
        if path.is_dir() and any((path / jar).is_file() for jar in JAR_NAMES):
            found.append((_version_key(version), version, path))
    if not found:
        return None
    _, version, path = max(found)
    return version, path


def java_major_version(java: str | None = None) -> int | None:
    """The major version of ``java`` on PATH (8 for "1.8.0"), or None when absent."""
    java = java or shutil.which("java")
    if not java:
        return None
    try:
        done = subprocess.run(
            [java, "-version"], capture_output=True, text=True, timeout=10, check=False
        )
    except (OSError, subprocess.SubprocessError):
        return None
    match = re.search(r'version "(\d+)(?:\.(\d+))?', done.stderr + done.stdout)
    if not match:
        return None
    major, minor = int(match.group(1)), int(match.group(2) or 0)
    return minor if major == 1 else major


def require_java() -> None:
    """Raise `GrammarUnavailable` with what to do when Java 17+ is missing."""
    major = java_major_version()
    if major is None:
        raise GrammarUnavailable(
            f"LanguageTool needs Java {MIN_JAVA} or newer, and no Java was found — "
            "install a Java runtime (e.g. Temurin 17)"
        )
    if major < MIN_JAVA:
        raise GrammarUnavailable(
            f"LanguageTool needs Java {MIN_JAVA} or newer; this machine has Java {major}"
        )


def default_download(version: str | None = None) -> tuple[str, str, str | None]:
    """``(version, url, expected sha256)`` of the LanguageTool release to download."""
    from language_tool_python import download_lt

    version = version or download_lt.LTP_DOWNLOAD_VERSION
    local = download_lt.LocalLanguageTool.from_version_name(version)
    expected = download_lt.EXPECTED_DOWNLOAD_SHA256.get(version)
    return version, local.download_url, expected


def download_languagetool(
    progress_callback: ProgressCallback | None = None,
    cancel_event: threading.Event | None = None,
    *,
    version: str | None = None,
    url: str | None = None,
    sha256: str | None = None,
    timeout: float = 30.0,
) -> Path:
    """Download and unpack LanguageTool into `download_folder`; return its directory.

    Meant for a Settings button run off the UI thread: ``progress_callback`` reports
    bytes, setting ``cancel_event`` stops the download (raising `DownloadCancelled`,
    leaving nothing half-installed). Every failure is a `GrammarUnavailable` whose
    message says what happened ("no network", "needs Java 17") in one line.
    ``url``/``sha256`` override the official release (tests, mirrors).
    """
    import requests

    require_java()
    if url is None:
        version, url, official_sha = default_download(version)
        sha256 = sha256 or official_sha
    version = version or "6.8"
    target = download_folder()
    try:
        target.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise GrammarUnavailable(f"Cannot create {target}: {exc.strerror or exc}") from exc

    def cancelled() -> bool:
        return cancel_event is not None and cancel_event.is_set()

    digest = hashlib.sha256()
    with tempfile.TemporaryDirectory(dir=target, prefix=".download-") as work:
        archive = Path(work) / "LanguageTool.zip"
        try:
            with requests.get(url, stream=True, timeout=timeout) as response:
                if response.status_code != 200:
                    raise GrammarUnavailable(
                        f"LanguageTool download failed: the server answered HTTP "
                        f"{response.status_code}"
                    )
                total_header = response.headers.get("Content-Length")
                total = int(total_header) if total_header and total_header.isdigit() else None
                done = 0
                with archive.open("wb") as out:
                    for chunk in response.iter_content(chunk_size=256 * 1024):
                        if cancelled():
                            raise DownloadCancelled("LanguageTool download cancelled")
                        if not chunk:
                            continue
                        out.write(chunk)
                        digest.update(chunk)
                        done += len(chunk)
                        if progress_callback is not None:
                            progress_callback(done, total)
        except requests.ConnectionError as exc:
            raise GrammarUnavailable(
                "No network: could not reach the LanguageTool download server"
            ) from exc
        except requests.Timeout as exc:
            raise GrammarUnavailable("LanguageTool download timed out — try again later") from exc
        except requests.RequestException as exc:
            raise GrammarUnavailable(f"LanguageTool download failed: {exc}") from exc
        except OSError as exc:
            raise GrammarUnavailable(
                f"Could not save LanguageTool in {target}: {exc.strerror or exc}"
            ) from exc
        if sha256 and digest.hexdigest() != sha256.lower():
            raise GrammarUnavailable("The LanguageTool download was corrupted (checksum mismatch)")
        if cancelled():
            raise DownloadCancelled("LanguageTool download cancelled")
        return _unpack(archive, Path(work), target, version)


def _unpack(archive: Path, work: Path, target: Path, version: str) -> Path:
    """Extract safely (no paths outside the folder) and move into place atomically."""
    staging = work / "unpacked"
    try:
        with zipfile.ZipFile(archive) as bundle:
            for member in bundle.namelist():
                resolved = (staging / member).resolve()
                if not resolved.is_relative_to(staging.resolve()):
                    raise GrammarUnavailable("The LanguageTool download contains unsafe paths")
            bundle.extractall(staging)
    except zipfile.BadZipFile as exc:
        raise GrammarUnavailable("The LanguageTool download is not a valid zip file") from exc
    tops = [p for p in staging.iterdir() if p.is_dir()]
    source = tops[0] if len(tops) == 1 else staging
    if not any((source / jar).is_file() for jar in JAR_NAMES):
        raise GrammarUnavailable("The LanguageTool download has no server jar in it")
    destination = target / f"LanguageTool-{version}"
    if destination.exists():
        shutil.rmtree(destination)
    shutil.move(str(source), destination)
    return destination
