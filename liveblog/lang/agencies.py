"""The world's news agencies (wire services), as written in any language.

Why a list of names is allowed here: the wire services are a small, closed class
of *sources*, like the names of time zones, and this table is used for one thing
only: a name in it that a text cites ("according to Reuters", "Ifølge NTB",
"Laut dpa", "Reuters said") is a source and never a speaker. It is never used to
find speakers, and it holds no person's name.

The spellings are exact (case matters): "AP" is the Associated Press, "Ap" a
Norwegian party; "PA" alone is no agency (the Palestinian Authority), "PA Media"
is. A text counts a name as an agency only where it writes it in one of these
forms.
"""

from __future__ import annotations

NEWS_AGENCIES: tuple[str, ...] = (
    # Global and English-language
    "Reuters",
    "Thomson Reuters",
    "Associated Press",
    "AP",
    "Agence France-Presse",
    "Agence France Presse",
    "AFP",
    "Bloomberg",
    "Bloomberg News",
    "PA Media",
    "Press Association",
    "PA news agency",
    "Canadian Press",
    "Australian Associated Press",
    "AAP",
    "Press Trust of India",
    "PTI",
    "United Press International",
    "UPI",
    # German-speaking
    "dpa",
    "Deutsche Presse-Agentur",
    "epd",
    "Evangelischer Pressedienst",
    "KNA",
    "Katholische Nachrichten-Agentur",
    "dpa-AFX",
    "AFX",
    "APA",
    "Austria Presse Agentur",
    "Keystone-SDA",
    "SDA",
    # Nordic
    "NTB",
    "Norsk Telegrambyrå",
    "Ritzau",
    "TT",
    "TT Nyhetsbyrån",
    "STT",
    # Rest of Europe
    "ANP",
    "ANSA",
    "EFE",
    "Belga",
    "Lusa",
    "PAP",
    "CTK",
    "ČTK",
    "MTI",
    "Tanjug",
    "HINA",
    "ANA-MPA",
    "TASS",
    "ITAR-TASS",
    "RIA Novosti",
    "Interfax",
    "Interfax-Ukraine",
    "Ukrinform",
    "Anadolu",
    "Anadolu Agency",
    # Asia, Middle East, Africa, Americas
    "Xinhua",
    "Kyodo",
    "Kyodo News",
    "Jiji Press",
    "Yonhap",
    "KCNA",
    "Bernama",
    "Antara",
    "IRNA",
    "WAFA",
    "Agencia Brasil",
    "Notimex",
    "Prensa Latina",
)
