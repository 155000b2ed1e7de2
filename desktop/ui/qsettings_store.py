"""Where the app keeps window state and small preferences: one INI file via QSettings.

The file lives in Composure's config dir (`COMPOSURE_CONFIG_DIR` overrides it), so tests
and portable set-ups are isolated without touching the platform's registry or plists.
`QSettingsMapping` lets the Qt-free `desktop.core.settings.Settings` read and write it.
"""

from __future__ import annotations

from collections.abc import Iterator, MutableMapping
from typing import Any

from PySide6.QtCore import QSettings

from desktop.core.paths import user_config_dir

PREFS_GROUP = "prefs"


def open_qsettings() -> QSettings:
    folder = user_config_dir()
    folder.mkdir(parents=True, exist_ok=True)
    return QSettings(str(folder / "composure.ini"), QSettings.Format.IniFormat)


class QSettingsMapping(MutableMapping[str, Any]):
    def __init__(self, qsettings: QSettings, group: str = PREFS_GROUP) -> None:
        self._q = qsettings
        self._prefix = group + "/"

    def __getitem__(self, key: str) -> Any:
        if not self._q.contains(self._prefix + key):
            raise KeyError(key)
        return self._q.value(self._prefix + key)

    def __setitem__(self, key: str, value: Any) -> None:
        self._q.setValue(self._prefix + key, value)

    def __delitem__(self, key: str) -> None:
        self._q.remove(self._prefix + key)

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self._q.contains(self._prefix + key)

    def __iter__(self) -> Iterator[str]:
        self._q.beginGroup(self._prefix.rstrip("/"))
        keys = list(self._q.childKeys())
        self._q.endGroup()
        return iter(keys)

    def __len__(self) -> int:
        return len(list(iter(self)))
