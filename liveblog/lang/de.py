"""German."""

from liveblog.lang import Language
from liveblog.lang.clock import ClockWords
from liveblog.lang.speech import SpeechWords

MONTHS = {
    "januar": 1, "jan": 1, "jänner": 1, "februar": 2, "feb": 2, "märz": 3,
    "mär": 3, "april": 4, "apr": 4, "mai": 5, "juni": 6, "jun": 6, "juli": 7,
    "jul": 7, "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
    "oktober": 10, "okt": 10, "november": 11, "nov": 11, "dezember": 12, "dez": 12,
}  # fmt: skip

LANGUAGE = Language(
    code="de",
    name="Deutsch",
    common_words=frozenset(
        "der die das und ist nicht ein eine sich mit auf für dem den des von "
        "sagte sagt auch es im zu wurde werden hat".split()
    ),
    clock=ClockWords(
        hour_suffixes=("uhr",),
        hour_prefixes=("um",),
        stamp_labels=("veröffentlicht", "gepostet"),
        update_labels=("aktualisiert", "zuletzt aktualisiert", "update"),
        date_labels=("stand", "veröffentlicht", "datum"),
        months=MONTHS,
        relative_before=("vor",),
        relative_units={
            "sekunde": 1, "sekunden": 1, "minute": 60, "minuten": 60, "min": 60,
            "stunde": 3600, "stunden": 3600, "std": 3600, "tag": 86400, "tagen": 86400,
        },  # fmt: skip
    ),
    speech=SpeechWords(
        speech_verbs=("sagte", "sagt", "betonte", "erklärte"),
        according_to=("laut", "zufolge", "nach angaben von"),
        complementizers=("dass",),
        pronouns_male=("er",),
        pronouns_female=("sie",),
        pronouns_plural=("sie",),
        determiners=("der", "die", "das", "den", "dem", "des"),
    ),
    chrome_headings=(
        "meistgelesen", "meistgelesene artikel", "mehr zum thema", "das könnte sie auch interessieren",
        "weitere artikel", "empfehlungen", "top-themen", "neueste artikel",
    ),  # fmt: skip
)
