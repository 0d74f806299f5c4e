"""Bytes -> text: BOMs, declared charsets, detection, and refusing binary data."""

from __future__ import annotations

import codecs

from charset_normalizer import from_bytes

from liveblog.errors import LiveblogError

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Control characters that never occur in text (tab, newline, CR, FF excluded).
_BINARY_BYTES = frozenset(range(0, 9)) | {11} | frozenset(range(14, 32)) - {27}
_SNIFF = 4096
# The Latin-script single-byte code pages a detector guesses for short Western text (a line of
# German or Norwegian in Latin-1 comes back as "mac_latin2" or "cp1250"); Cyrillic, Greek and
# the other scripts' code pages are not among them and stay as detected.
_WESTERN_LOOKALIKES = frozenset(
    {
        *("cp1250", "cp1252", "cp1254", "cp1257", "cp1258", "latin_1", "hp_roman8"),
        *("iso8859_2", "iso8859_3", "iso8859_4", "iso8859_9", "iso8859_10", "iso8859_13", "iso8859_14"),
        *("iso8859_15", "iso8859_16", "mac_roman", "mac_latin2", "mac_iceland", "mac_turkish"),
        *("cp437", "cp775", "cp850", "cp852", "cp858"),
    }
)


def decode_bytes(data: bytes, source: str, declared: str | None = None) -> str:
    """Decode ``data`` read from ``source`` into text.

    Order of trust: a byte-order mark, then a ``declared`` charset (HTTP
    header, meta tag) that decodes cleanly, then strict UTF-8, then detection.
    Raises LiveblogError for empty or binary input.
    """
    if not data.strip():
        raise LiveblogError(source, "empty document")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as err:
                raise LiveblogError(source, f"broken {encoding} text: {err.reason}") from None
    if _looks_binary(data[:_SNIFF]):
        raise LiveblogError(source, "binary data, not text")
    if declared:
        if _is_single_byte(declared) and not data.isascii():
            # Servers often label UTF-8 pages as Latin-1; non-ASCII bytes that
            # happen to form valid UTF-8 almost never occur in real Latin-1 text.
            try:
                return data.decode("utf-8")
            except UnicodeDecodeError:
                pass
        try:
            return data.decode(declared)
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong label is common; fall through to detection
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    best = from_bytes(data[:1_000_000]).best()
    encoding = best.encoding if best is not None else "cp1252"
    if encoding in _WESTERN_LOOKALIKES:
        # Detectors confuse the Latin single-byte code pages on short texts;
        # for the languages we read, cp1252 (a superset of latin-1) is right.
        encoding = "cp1252"
    try:
        return data.decode(encoding)
    except (LookupError, UnicodeDecodeError):
        # Latin-1 maps every byte; cp1252 is what "latin-1" files usually are.
        return data.decode("cp1252", errors="replace")


def _looks_binary(head: bytes) -> bool:
    if b"\x00" in head:
        return True
    odd = sum(1 for byte in head if byte in _BINARY_BYTES)
    return odd > max(2, len(head) // 100)


def _is_single_byte(charset: str) -> bool:
    try:
        name = codecs.lookup(charset).name
    except LookupError:
        return False
    return name in _WESTERN_LOOKALIKES or name.startswith(("iso8859", "cp125", "latin", "windows-125", "ascii"))
