"""Read a YAML (or JSON) file the user wrote, with a one-line error when it is unreadable."""

from __future__ import annotations

from pathlib import Path

import yaml

from liveblog.errors import LiveblogError


def read_yaml(path: str | Path, what: str) -> object:
    """The parsed content of ``path``; ``what`` names the file in errors ("registry", "config")."""
    label = str(path)
    try:
        return yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise LiveblogError(label, f"no such {what} file") from None
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as err:
        raise LiveblogError(label, f"unreadable {what}: {str(err).splitlines()[0]}") from None
