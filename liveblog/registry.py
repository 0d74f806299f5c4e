"""Load an optional speakers registry file (YAML or JSON).

The format (see examples/speakers.yml)::

    speakers:
      - name: Jane Example
        aliases: [J. Example]
        description: Example minister
        roles:
          - title: foreign minister
            start: 2020-01-01
            end: 2023-06-30
"""

from __future__ import annotations

from pathlib import Path

from pydantic import ValidationError

from liveblog.errors import LiveblogError
from liveblog.models import Speaker
from liveblog.yamlfile import read_yaml


def load_registry(path: str | Path) -> list[Speaker]:
    """Read a registry file into Speakers; LiveblogError when it is unreadable."""
    label = str(path)
    data = read_yaml(path, "registry")
    items = data.get("speakers") if isinstance(data, dict) else data
    if not isinstance(items, list):
        raise LiveblogError(label, "a registry is a list of speakers (or 'speakers:' holding one)")
    speakers = []
    for number, item in enumerate(items, 1):
        if isinstance(item, str):
            item = {"name": item}
        try:
            speakers.append(Speaker.model_validate(_stringify_dates(item)))
        except ValidationError as err:
            problem = err.errors()[0]
            where = ".".join(str(part) for part in problem["loc"])
            raise LiveblogError(label, f"speaker {number}: {where}: {problem['msg']}") from None
    return speakers


def _stringify_dates(item: object) -> object:
    """YAML reads 2020-01-01 as a date; the model keeps ISO strings."""
    if isinstance(item, dict):
        return {key: _stringify_dates(value) for key, value in item.items()}
    if isinstance(item, list):
        return [_stringify_dates(value) for value in item]
    if hasattr(item, "isoformat"):
        return item.isoformat()
    return item
