"""An archive built from hand-written documents and the seeds, and a Datasette serving it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from datasette.utils.testing import TestClient as Client
from datasette_archive import build_archive

from liveblog.serve import make_datasette

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"


@pytest.fixture(scope="package")
def archive_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_archive(tmp_path_factory.mktemp("archive") / "archive.db", seeds=SEEDS)


@pytest.fixture(scope="package")
def datasette(archive_db: Path) -> Iterator[Any]:
    ds = make_datasette(archive_db, metadata=ROOT / "metadata.yml")
    yield ds
    for db in ds.databases.values():
        db.close()


@pytest.fixture(scope="package")
def client(datasette: Any) -> Client:
    return Client(datasette)
