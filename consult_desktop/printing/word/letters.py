# French and Russian text: its apostrophes and Cyrillic letters are meant.
# ruff: noqa: RUF001
"""The built-in letter of invitation, in English, French and Russian: a note verbale
to a permanent mission (third person, the secretariat's compliments, the closing
formula of highest consideration), or a letter to a participant. Plain values in
(the fields a user's template may name too), .docx bytes out."""

from __future__ import annotations

from collections.abc import Mapping

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt

from consult_desktop.printing.word.document import prepare, save

# Each text is a format string over the letter's fields; a paragraph whose field is
# empty (no deadline, no contact) is left out.
NOTE_VERBALE = {
    "en": [
        "The secretariat of the {organiser} presents its compliments to the {addressee} "
        "and has the honour to invite the Government of {country} to participate in the "
        "{meeting_title}, to be held at {venue} on {dates}.",
        "The secretariat would be grateful to receive the names of the members of the "
        "delegation by {deadline}.",
        "Further information may be obtained from {contact}.",
        "The secretariat of the {organiser} avails itself of this opportunity to renew to "
        "the {addressee} the assurances of its highest consideration.",
    ],
    "fr": [
        "Le secrétariat de l’organisation {organiser} présente ses compliments à la "
        "{addressee} et a l’honneur d’inviter le Gouvernement ({country}) à participer à la "
        "réunion « {meeting_title} », qui se tiendra à {venue} ({dates}).",
        "Le secrétariat saurait gré à la Mission permanente de bien vouloir lui "
        "communiquer la composition de la délégation d’ici au {deadline}.",
        "Des informations complémentaires peuvent être obtenues auprès de {contact}.",
        "Le secrétariat de l’organisation {organiser} saisit cette occasion pour "
        "renouveler à la {addressee} les assurances de sa très haute considération.",
    ],
    "ru": [
        "Секретариат организации «{organiser}» свидетельствует свое уважение {addressee} "
        "и имеет честь пригласить Правительство ({country}) принять участие в совещании "
        "«{meeting_title}», которое состоится в {venue} ({dates}).",
        "Секретариат будет признателен за представление списка членов делегации до "
        "{deadline}.",
        "Дополнительную информацию можно получить у {contact}.",
        "Секретариат организации «{organiser}» пользуется случаем, чтобы возобновить "
        "{addressee} уверения в своем самом высоком уважении.",
    ],
}
PERSONAL = {
    "en": ["Dear {addressee},",
           "On behalf of the {organiser}, I have the honour to invite you to participate in "
           "the {meeting_title}, to be held at {venue} on {dates}.",
           "I should be grateful if you would confirm your participation by {deadline}.",
           "Further information may be obtained from {contact}.",
           "Yours sincerely,"],
    "fr": ["Madame, Monsieur,",
           "Au nom de l’organisation {organiser}, j’ai l’honneur de vous inviter à participer "
           "à la réunion « {meeting_title} », qui se tiendra à {venue} ({dates}).",
           "Je vous serais reconnaissant de bien vouloir confirmer votre participation d’ici "
           "au {deadline}.",
           "Des informations complémentaires peuvent être obtenues auprès de {contact}.",
           "Je vous prie d’agréer, Madame, Monsieur, l’expression de ma considération "
           "distinguée."],
    "ru": ["Уважаемый(ая) {addressee}!",
           "От имени организации «{organiser}» имею честь пригласить Вас принять участие в "
           "совещании «{meeting_title}», которое состоится в {venue} ({dates}).",
           "Просим подтвердить Ваше участие до {deadline}.",
           "Дополнительную информацию можно получить у {contact}.",
           "С уважением,"],
}
ADDRESSEES = {  # a State's mission as the note verbale names it
    "en": "Permanent Mission of {country}",
    "fr": "Mission permanente ({country})",
    "ru": "Постоянному представительству ({country})",
}
TO = {"en": "To the {}", "fr": "À la {}", "ru": "{}"}
SECRETARIAT = {"en": "The secretariat", "fr": "Le secrétariat", "ru": "Секретариат"}


def _needed(text: str) -> list[str]:
    import string

    return [name for _, name, _, _ in string.Formatter().parse(text) if name]


def build_letter(values: Mapping[str, str], *, to: str = "states", lang: str = "en") -> bytes:
    """One letter; `to` is "states" (a note verbale) or "participants"."""
    document = prepare(lang)
    document.sections[0].top_margin = Cm(2)
    head = document.add_paragraph()
    head.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = head.add_run(values.get("organiser", ""))
    run.bold, run.font.size = True, Pt(12)
    dated = document.add_paragraph(", ".join(filter(None, (values.get("city", ""),
                                                           values.get("date", "")))))
    dated.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    texts = (NOTE_VERBALE if to == "states" else PERSONAL).get(lang, NOTE_VERBALE["en"])
    for text in texts:
        if any(not values.get(name) for name in _needed(text)):
            continue  # no deadline or contact in the plan: the sentence is left out
        filled = text.format_map(values)
        if filled.endswith(".."):  # a date that ends with its own full stop ("2017 г.")
            filled = filled[:-1]
        paragraph = document.add_paragraph(filled)
        paragraph.paragraph_format.space_after = Pt(10)
    if to == "states":
        document.add_paragraph()
        document.add_paragraph(TO.get(lang, TO["en"]).format(values.get("addressee", "")))
    else:
        document.add_paragraph(SECRETARIAT.get(lang, SECRETARIAT["en"]))
    return save(document, values.get("meeting_title", ""), values.get("organiser", ""))
