"""The settings dialog, generated from the option table in `desktop.core.settings`.

A broken file in the user's checklist folder is shown as a warning here (with its file,
line and field), never as a crash; the shipped rules keep working. The Grammar section
also offers to download LanguageTool; that only ever happens when the button is pressed.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core import RuleFileError, load_ruleset
from desktop.core.paths import user_checklists_dir
from desktop.core.settings import OPTIONS, Option, Settings

from .languagetool_download import LanguageToolDownload


class SettingsDialog(QDialog):
    def __init__(
        self,
        settings: Settings,
        problems: Sequence[RuleFileError] = (),
        parent: QWidget | None = None,
        disabled_rules: Sequence[str] = (),
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle("Composure settings")
        self.setAccessibleName("Settings")
        self._settings = settings
        self._editors: dict[str, QWidget] = {}
        layout = QVBoxLayout(self)
        forms: dict[str, QFormLayout] = {}
        for opt in OPTIONS:
            if opt.section not in forms:
                box = QGroupBox(opt.section)
                box.setObjectName(f"settings{opt.section.replace(' ', '')}Section")
                forms[opt.section] = QFormLayout(box)
                layout.addWidget(box)
            form = forms[opt.section]
            editor = self._editor(opt)
            self._editors[opt.key] = editor
            editor.setObjectName(f"setting_{opt.key}")
            if isinstance(editor, QCheckBox):
                form.addRow("", editor)
            else:
                form.addRow(opt.label, editor)
            if opt.help and isinstance(editor, QLineEdit):
                note = QLabel(opt.help)
                note.setObjectName(f"setting_{opt.key}_note")
                note.setWordWrap(True)
                form.addRow("", note)
        self.download_button = QPushButton("Download LanguageTool…")
        self.download_button.setObjectName("downloadLanguageTool")
        self.download_button.setAccessibleName("Download LanguageTool")
        self.download_button.setToolTip(
            "Download LanguageTool (about 250 MB, needs Java 17 or newer) to check "
            "grammar on this computer."
        )
        self.download = LanguageToolDownload(self)
        self.download_button.clicked.connect(self.download.start)
        self.download.running.connect(lambda busy: self.download_button.setEnabled(not busy))
        if "Grammar" in forms:
            forms["Grammar"].addRow("", self.download_button)
        layout.addWidget(self._disabled_box(disabled_rules))
        self.warning = QLabel()
        self.warning.setObjectName("checklistWarning")
        self.warning.setWordWrap(True)
        self.warning.setAccessibleName("Checklist folder problems")
        layout.addWidget(self.warning)
        self.show_problems(problems)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _disabled_box(self, rules: Sequence[str]) -> QWidget:
        box = QWidget()
        v = QVBoxLayout(box)
        v.setContentsMargins(0, 0, 0, 0)
        label = QLabel("Rules turned off everywhere:")
        self.disabled_list = QListWidget()
        self.disabled_list.setObjectName("disabledRules")
        self.disabled_list.setAccessibleName("Rules turned off everywhere")
        self.disabled_list.setMaximumHeight(110)
        self.disabled_list.addItems(sorted(rules))
        label.setBuddy(self.disabled_list)
        self.reenable_button = QPushButton("Turn back on")
        self.reenable_button.setObjectName("reenableRule")
        self.reenable_button.setAccessibleName("Turn the selected rule back on")
        self.reenable_button.clicked.connect(self._reenable)
        self.reenable_button.setEnabled(bool(rules))
        v.addWidget(label)
        v.addWidget(self.disabled_list)
        v.addWidget(self.reenable_button)
        return box

    def _reenable(self) -> None:
        for item in self.disabled_list.selectedItems() or [self.disabled_list.currentItem()]:
            if item is not None:
                self.disabled_list.takeItem(self.disabled_list.row(item))
        self.reenable_button.setEnabled(self.disabled_list.count() > 0)

    def disabled_rules(self) -> list[str]:
        return [self.disabled_list.item(i).text() for i in range(self.disabled_list.count())]

    def _editor(self, opt: Option) -> QWidget:
        value = self._settings.get(opt.key)
        if isinstance(opt.default, bool):
            box = QCheckBox(opt.label)
            box.setChecked(bool(value))
            box.setAccessibleName(opt.label)
            return box
        if isinstance(opt.default, int | float):
            spin = QDoubleSpinBox()
            spin.setDecimals(0 if isinstance(opt.default, int) else 1)
            spin.setRange(opt.minimum or 0, opt.maximum or 3600)
            spin.setSuffix(" s")
            spin.setValue(float(value))
            spin.setAccessibleName(opt.label)
            spin.setToolTip(opt.help)
            return spin
        if opt.choices:
            combo = QComboBox()
            labels = opt.choice_labels or tuple(c.title() for c in opt.choices)
            for label, choice in zip(labels, opt.choices, strict=True):
                combo.addItem(label, choice)
            combo.setCurrentIndex(max(0, combo.findData(value)))
            combo.setAccessibleName(opt.label)
            combo.setToolTip(opt.help)
            return combo
        if not opt.folder:
            line = QLineEdit(str(value))
            line.setPlaceholderText(str(opt.default))
            line.setAccessibleName(opt.label)
            line.setAccessibleDescription(opt.help)
            line.setToolTip(opt.help)
            return line
        row = QWidget()
        h = QHBoxLayout(row)
        h.setContentsMargins(0, 0, 0, 0)
        line = QLineEdit(str(value))
        line.setPlaceholderText(str(user_checklists_dir()))
        line.setAccessibleName(opt.label)
        line.setToolTip(opt.help)
        line.editingFinished.connect(lambda: self._check_folder(line.text()))
        browse = QPushButton("Choose…")
        browse.setAccessibleName(f"Choose {opt.label.lower()}")
        browse.clicked.connect(lambda: self._browse(line))
        h.addWidget(line, 1)
        h.addWidget(browse)
        row.line = line  # type: ignore[attr-defined]
        return row

    def _browse(self, line: QLineEdit) -> None:
        folder = QFileDialog.getExistingDirectory(self, "Checklist folder", line.text())
        if folder:
            line.setText(folder)
            self._check_folder(folder)

    def _check_folder(self, folder: str) -> None:
        path = Path(folder) if folder else user_checklists_dir()
        self.show_problems(load_ruleset([path]).problems if path.is_dir() else ())

    def show_problems(self, problems: Sequence[RuleFileError]) -> None:
        if not problems:
            self.warning.setText("")
            self.warning.hide()
            return
        lines = "<br/>".join(str(p) for p in problems)
        self.warning.setText(
            f"<b>Some checklist files could not be used</b> (the others still work):<br/>{lines}"
        )
        self.warning.show()

    def values(self) -> dict[str, object]:
        out: dict[str, object] = {}
        for key, editor in self._editors.items():
            if isinstance(editor, QCheckBox):
                out[key] = editor.isChecked()
            elif isinstance(editor, QDoubleSpinBox):
                out[key] = editor.value()
            elif isinstance(editor, QComboBox):
                out[key] = editor.currentData()
            elif isinstance(editor, QLineEdit):
                out[key] = editor.text().strip()
            else:
                out[key] = editor.line.text().strip()  # type: ignore[attr-defined]
        return out

    def done(self, result: int) -> None:
        self.download.cancel()  # closing Settings stops a download in progress
        super().done(result)

    def apply(self) -> None:
        for key, value in self.values().items():
            self._settings.set(key, value)
