"""The "Download LanguageTool…" flow: a progress dialog over a download on its own thread.

It never starts by itself: only `start` (the Settings button) downloads. The work is
`desktop.grammar.download_languagetool`, run on a plain Python thread that reports
back through queued signals; Cancel sets the cancel event and the download stops
without leaving anything half-installed. A failure is shown as its one-line reason
("no network", "needs Java 17") in a message box; the app keeps working either way.
"""

from __future__ import annotations

import contextlib
import threading
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from desktop.grammar.languagetool_install import DownloadCancelled, download_languagetool

_MB = 1024 * 1024


class LanguageToolDownload(QObject):
    """Downloads LanguageTool for the widget ``parent`` (dialogs are shown over it)."""

    progress = Signal(int, object)  # (bytes done, total bytes or None)
    failed = Signal(str)  # the one-line reason
    succeeded = Signal(str)  # where it was installed
    cancelled = Signal()
    running = Signal(bool)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._parent = parent
        self._cancel: threading.Event | None = None
        self._thread: threading.Thread | None = None
        self.progress_dialog: QProgressDialog | None = None
        self.message_box: QMessageBox | None = None
        self.progress.connect(self._on_progress)
        self.failed.connect(self._on_failed)
        self.succeeded.connect(self._on_succeeded)
        self.cancelled.connect(self._finish)

    def is_running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self) -> None:
        if self.is_running():
            return
        self._cancel = threading.Event()
        dialog = QProgressDialog("Downloading LanguageTool…", "Cancel", 0, 0, self._parent)
        dialog.setObjectName("languageToolProgress")
        dialog.setAccessibleName("LanguageTool download progress")
        dialog.setWindowTitle("Download LanguageTool")
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumDuration(0)
        dialog.canceled.connect(self.cancel)
        dialog.show()
        self.progress_dialog = dialog
        self.running.emit(True)
        self._thread = threading.Thread(
            target=self._run, args=(self._cancel,), name="languagetool-download", daemon=True
        )
        self._thread.start()

    def cancel(self) -> None:
        if self._cancel is not None:
            self._cancel.set()

    def _run(self, cancel: threading.Event) -> None:
        try:
            path = download_languagetool(
                lambda done, total: self._emit(self.progress, done, total), cancel
            )
        except DownloadCancelled:
            self._emit(self.cancelled)
        except Exception as exc:  # every failure is shown as one line, never a traceback
            text = str(exc).strip().splitlines()
            self._emit(self.failed, text[0] if text else type(exc).__name__)
        else:
            self._emit(self.succeeded, str(path))

    @staticmethod
    def _emit(signal, *args: object) -> None:
        with contextlib.suppress(RuntimeError):  # Settings closed, this object deleted
            signal.emit(*args)

    def _on_progress(self, done: int, total: int | None) -> None:
        dialog = self.progress_dialog
        if dialog is None:
            return
        if total:
            dialog.setMaximum(max(1, total // 1024))
            dialog.setValue(min(total, done) // 1024)
            dialog.setLabelText(
                f"Downloading LanguageTool… {done / _MB:.0f} of {total / _MB:.0f} MB"
            )
        else:
            dialog.setLabelText(f"Downloading LanguageTool… {done / _MB:.0f} MB")

    def _finish(self) -> None:
        if self.progress_dialog is not None:
            self.progress_dialog.hide()
            self.progress_dialog.deleteLater()
            self.progress_dialog = None
        self._cancel = None
        self.running.emit(False)

    def _show(self, icon: QMessageBox.Icon, text: str) -> None:
        box = QMessageBox(
            icon, "Download LanguageTool", text, QMessageBox.StandardButton.Ok, self._parent
        )
        box.setObjectName("languageToolMessage")
        box.setAccessibleName("LanguageTool download result")
        box.open()
        self.message_box = box

    def _on_failed(self, reason: str) -> None:
        self._finish()
        self._show(QMessageBox.Icon.Warning, f"LanguageTool could not be downloaded: {reason}")

    def _on_succeeded(self, folder: str) -> None:
        self._finish()
        self._show(
            QMessageBox.Icon.Information,
            f"LanguageTool is installed in {Path(folder)}. Choose LanguageTool or "
            "Automatic under Grammar to use it.",
        )
