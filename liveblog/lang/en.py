"""English."""

from liveblog.lang import Language
from liveblog.lang.clock import ClockWords
from liveblog.lang.speech import SpeechWords

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
    "april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
    "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9, "october": 10,
    "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip

LANGUAGE = Language(
    code="en",
    name="English",
    common_words=frozenset(
        "the and of to in is was that for on with said says he she it are "
        "were has have by from at this which but not".split()
    ),
    clock=ClockWords(
        stamp_labels=("posted", "published", "published at", "posted at"),
        update_labels=("updated", "updated at", "last updated"),
        date_labels=("date", "published", "updated", "posted"),
        months=MONTHS,
        relative_after=("ago",),
        relative_units={
            "second": 1, "seconds": 1, "sec": 1, "secs": 1,
            "minute": 60, "minutes": 60, "min": 60, "mins": 60,
            "hour": 3600, "hours": 3600, "hr": 3600, "hrs": 3600,
            "day": 86400, "days": 86400,
        },  # fmt: skip
    ),
    speech=SpeechWords(
        speech_verbs=("said", "says", "say", "told", "added", "stated"),
        according_to=("according to",),
        complementizers=("that",),
        pronouns_male=("he",),
        pronouns_female=("she",),
        pronouns_plural=("they",),
        determiners=("the",),
    ),
    chrome_headings=(
        "popular stories", "latest stories", "related stories", "most read",
        "most popular", "more stories", "read more", "related", "trending",
        "you may also like", "recommended",
    ),  # fmt: skip
)
