"""Names of the platforms a page's share buttons point to: the same words on a page in any language.

A line that is only such a name ("WhatsApp", "E-Mail") is a share button copied as text, never the
post's text. What a platform is called in a sentence ("schrieb sie auf Facebook") is no concern here.
"""

from __future__ import annotations

SHARE_TARGETS: frozenset[str] = frozenset(
    {
        "facebook",
        "x",
        "twitter",
        "whatsapp",
        "messenger",
        "linkedin",
        "telegram",
        "threads",
        "bluesky",
        "reddit",
        "pinterest",
        "flipboard",
        "e-mail",
        "email",
        "sms",
    }
)
