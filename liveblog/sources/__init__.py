"""Read the world: files (and, later, URLs and feeds) -> RawDocument.

``read(source)`` decides what a source is and hands it to the right reader.
"""

from __future__ import annotations

from pathlib import Path

from liveblog.errors import LiveblogError
from liveblog.models import RawDocument
from liveblog.sources.decode import decode_bytes
from liveblog.sources.text import read_text

# Larger inputs are refused rather than parsed for minutes; a real live-blog
# page is a few megabytes.
MAX_BYTES = 32 * 1024 * 1024


def read(source: str | Path, *, name: str | None = None, max_bytes: int = MAX_BYTES) -> RawDocument:
    """Read a file into a RawDocument.

    ``name`` (a feeds.yml name) becomes the document's identity; otherwise
    the resolved path does. Raises LiveblogError with a one-line reason.
    """
    label = str(source)
    path = Path(source)
    data = read_file_bytes(path, label, max_bytes)
    text = decode_bytes(data, label)
    identity = name or str(path.resolve())
    return read_text(text, label, identity)


def read_documents(
    source: str | Path, *, name: str | None = None, feed_kind: str | None = None, max_bytes: int = MAX_BYTES
) -> list[RawDocument]:
    """Every document a source holds: one for a page or file, many for a feed of articles.

    ``feed_kind`` ("liveblog" or "articles") says how a feed's items are read;
    ``name`` is the feeds.yml name. Raises LiveblogError with a one-line reason.
    """
    return [read(source, name=name, max_bytes=max_bytes)]


def read_file_bytes(path: Path, label: str, max_bytes: int = MAX_BYTES) -> bytes:
    """The bytes of ``path``, or a LiveblogError saying why not."""
    try:
        size = path.stat().st_size
        if path.is_dir():
            raise LiveblogError(label, "is a folder, not a file")
        if size > max_bytes:
            raise LiveblogError(label, f"{size / 1e6:.1f} MB is over the {max_bytes / 1e6:.0f} MB limit")
        return path.read_bytes()
    except FileNotFoundError:
        raise LiveblogError(label, "no such file") from None
    except PermissionError:
        raise LiveblogError(label, "permission denied") from None
    except OSError as err:
        raise LiveblogError(label, err.strerror or str(err)) from None
