"""Norwegian (bokmål and nynorsk)."""

from liveblog.lang import Language
from liveblog.lang.clock import ClockWords
from liveblog.lang.speech import SpeechWords

MONTHS = {
    "januar": 1, "jan": 1, "februar": 2, "feb": 2, "mars": 3, "mar": 3,
    "april": 4, "apr": 4, "mai": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7,
    "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9, "oktober": 10,
    "okt": 10, "november": 11, "nov": 11, "desember": 12, "des": 12,
}  # fmt: skip

LANGUAGE = Language(
    code="no",
    name="Norsk",
    common_words=frozenset(
        "og i det som er på til en et av for med har den ikke sa sier at de "
        "han hun fra vi om etter også skal".split()
    ),
    clock=ClockWords(
        hour_prefixes=("kl.", "kl", "klokka", "klokken"),
        stamp_labels=("publisert", "postet"),
        update_labels=("oppdatert", "sist oppdatert"),
        date_labels=("publisert", "oppdatert", "dato"),
        months=MONTHS,
        relative_before=("for",),
        relative_after=("siden",),
        relative_units={
            "sekund": 1, "sekunder": 1, "minutt": 60, "minutter": 60, "min": 60,
            "time": 3600, "timer": 3600, "dag": 86400, "dager": 86400,
        },  # fmt: skip
    ),
    speech=SpeechWords(
        speech_verbs=("sa", "sier", "mente", "hevdet", "opplyste"),
        according_to=("ifølge",),
        complementizers=("at",),
        pronouns_male=("han",),
        pronouns_female=("hun", "ho"),
        pronouns_plural=("de",),
        determiners=("den", "det", "de"),
    ),
    chrome_headings=(
        "mest lest", "siste nytt", "les også", "relaterte saker", "flere saker",
        "anbefalt", "les mer",
    ),  # fmt: skip
)
