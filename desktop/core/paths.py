"""Where Composure finds its shipped files and keeps the user's own.

Shipped checklists and assets live in the repository's top-level folders during
development and inside the package (`desktop/_data/`) once installed from a wheel.
User folders follow the platform conventions and can be redirected with environment
variables (tests give every run its own).
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "Composure"
_PACKAGE_DIR = Path(__file__).resolve().parent.parent


def _shipped(name: str) -> Path:
    installed = _PACKAGE_DIR / "_data" / name
    if installed.is_dir():
        return installed
    return _PACKAGE_DIR.parent / name


def shipped_checklists_dir() -> Path:
    return _shipped("checklists")


def assets_dir() -> Path:
    return _shipped("assets")


def user_config_dir() -> Path:
    override = os.environ.get("COMPOSURE_CONFIG_DIR")
    return Path(override) if override else Path(platformdirs.user_config_dir(APP_NAME))


def user_checklists_dir() -> Path:
    return user_config_dir() / "checklists"


def user_data_dir() -> Path:
    override = os.environ.get("COMPOSURE_DATA_DIR")
    return Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME))
