"""Writes consult_desktop/printing/locale/{fr,ru}/LC_MESSAGES/documents.po from the
table below: the French and Russian of the printed documents' fixed words. Run it
after changing a message (tests/unit/printing/test_words.py names any message missing).
Plural messages give a tuple: French two forms, Russian three (one, few, many)."""

from __future__ import annotations

from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.pofile import write_po

ROOT = Path(__file__).resolve().parents[1] / "consult_desktop" / "printing" / "locale"

# (context or None, msgid, plural or None) -> (French, Russian)
M: dict[tuple[str | None, str, str | None], tuple[object, object]] = {}


def add(msgid: str, fr: str, ru: str) -> None:
    M[(None, msgid, None)] = (fr, ru)


def plural(msgid: str, msgid_plural: str, fr: tuple[str, str],
           ru: tuple[str, str, str]) -> None:
    M[(None, msgid, msgid_plural)] = (fr, ru)


def context(ctx: str, msgid: str, fr: str, ru: str) -> None:
    M[(ctx, msgid, None)] = (fr, ru)


# ----- masthead, page ---------------------------------------------------------------
add("United Nations", "Nations Unies", "Организация Объединенных Наций")
add("Distr.: General", "Distr. générale", "Distr.: общая")
add("Distr.: Limited", "Distr. limitée", "Distr.: ограниченная")
add("Distr.: Restricted", "Distr. restreinte", "Distr.: закрытая")
add("Informal document", "Document informel", "Неофициальный документ")
add("Original: {language}", "Original\u00a0: {language}", "Язык оригинала: {language}")
context("original", "English", "anglais", "английский")
context("original", "French", "français", "французский")
context("original", "Russian", "russe", "русский")
context("version", "English", "Anglais", "Английский")
context("version", "French", "Français", "Французский")
context("version", "Russian", "Russe", "Русский")
add("Item {item} of the provisional agenda", "Point {item} de l'ordre du jour provisoire",
    "Пункт {item} предварительной повестки дня")
add("Contents", "Table des matières", "Содержание")
add("Meeting pack", "Dossier de la réunion", "Комплект документов совещания")
# ----- document titles (domain/vocab.py DOCUMENT_KINDS) -------------------------------
add("Provisional annotated agenda", "Ordre du jour provisoire annoté",
    "Аннотированная предварительная повестка дня")
add("List of participants", "Liste des participants", "Список участников")
add("Budget", "Budget", "Бюджет")
add("Options note", "Note sur les options", "Записка о вариантах")
add("Summary of discussions", "Résumé des débats", "Резюме обсуждений")
add("{title}: options", "{title}\u00a0: options", "{title}: варианты")
# ----- agenda -------------------------------------------------------------------------
add("I. Provisional agenda", "I. Ordre du jour provisoire", "I. Предварительная повестка дня")
add("II. Annotations to the provisional agenda",
    "II. Annotations à l'ordre du jour provisoire",
    "II. Аннотации к предварительной повестке дня")
add("III. Timetable", "III. Calendrier", "III. Расписание")
add("No agenda items yet.", "Aucun point à l'ordre du jour pour l'instant.",
    "Пунктов повестки дня пока нет.")
add("Chair: {name}", "Présidence\u00a0: {name}", "Председатель: {name}")
add("Speakers: {names}", "Intervenants\u00a0: {names}", "Выступающие: {names}")
add("Documentation", "Documentation", "Документация")
add("Time", "Heure", "Время")  # the Word timetable's columns
add("Item", "Point", "Пункт")
# ----- the list of documents --------------------------------------------------------
add("List of documents", "Liste des documents", "Перечень документов")
add("Other documents", "Autres documents", "Прочие документы")
add("Item {number}", "Point {number}", "Пункт {number}")
add("No documents are listed yet.", "Aucun document n\u2019est encore inscrit.",
    "Документы еще не внесены в перечень.")
add("Symbol", "Cote", "Условное обозначение")
add("Title", "Titre", "Название")
add("Languages", "Langues", "Языки")
add("The meeting will be held at {venue}, starting at {time} {on_day}.",
    "Lieu de la réunion\u00a0: {venue}. La réunion s'ouvrira {on_day} à {time}.",
    # No full stop of its own: a Russian time ends with one ("10 ч. 00 м.").
    "Место проведения совещания: {venue}. Совещание откроется {on_day}, в {time}")
add("The meeting will start at {time} {on_day}.",
    "La réunion s'ouvrira {on_day} à {time}.", "Совещание откроется {on_day}, в {time}")
# ----- participants -------------------------------------------------------------------
add("(no country)", "(pays non indiqué)", "(страна не указана)")
add("(no organization)", "(organisation non indiquée)", "(организация не указана)")
add("United Nations Secretariat", "Secrétariat de l'Organisation des Nations Unies",
    "Секретариат Организации Объединенных Наций")
add("United Nations bodies and regional commissions",
    "Organes des Nations Unies et commissions régionales",
    "Органы Организации Объединенных Наций и региональные комиссии")
add("Specialized agencies", "Institutions spécialisées", "Специализированные учреждения")
add("Intergovernmental organizations", "Organisations intergouvernementales",
    "Межправительственные организации")
add("Non-governmental organizations and other stakeholders",
    "Organisations non gouvernementales et autres parties prenantes",
    "Неправительственные организации и другие заинтересованные стороны")
add("Experts", "Experts", "Эксперты")
add("Secretariat", "Secrétariat", "Секретариат")
add("States members of the {body}", "États membres de la {body}", "Государства — члены {body}")
add("States not members of the {body}", "États non membres de la {body}",
    "Государства, не являющиеся членами {body}")
add("States members of the Commission", "États membres de la Commission",
    "Государства — члены Комиссии")
add("States not members of the Commission", "États non membres de la Commission",
    "Государства, не являющиеся членами Комиссии")
add("Member States", "États membres", "Государства-члены")
add("Other States", "Autres États", "Другие государства")
add("{name} (continued)", "{name} (suite)", "{name} (продолжение)")
plural("{count} participant", "{count} participants",
       ("{count} participant", "{count} participants"),
       ("{count} участник", "{count} участника", "{count} участников"))
add("State", "État", "Государство")
add("Organization", "Organisation", "Организация")
add("No participants yet.", "Aucun participant pour l'instant.", "Участников пока нет.")
add("Name", "Nom", "Имя")
add("Function", "Fonction", "Должность")
add("E-mail", "Courriel", "Эл. почта")
add("Telephone", "Téléphone", "Телефон")
# ----- budget -------------------------------------------------------------------------
add("United States dollars", "En dollars des États-Unis", "В долларах США")
add("euros", "En euros", "В евро")
add("Swiss francs", "En francs suisses", "В швейцарских франках")
add("pounds sterling", "En livres sterling", "В фунтах стерлингов")
add("Russian roubles", "En roubles russes", "В российских рублях")
add("yen", "En yen", "В иенах")
add("Programme support costs ({rate} per cent)",
    "Dépenses d'appui aux programmes ({rate}\u00a0%)",
    "Расходы на поддержку программ ({rate}\u00a0процентов)")
add("Programme support costs", "Dépenses d'appui aux programmes",
    "Расходы на поддержку программ")
add("Option {label}", "Option {label}", "Вариант {label}")
add("Category", "Catégorie", "Категория")
add("Subtotal", "Total partiel", "Промежуточный итог")
add("Total", "Total", "Итого")
add("Funding sources (including PSC)",
    "Sources de financement (dépenses d'appui aux programmes comprises)",
    "Источники финансирования (включая расходы на поддержку программ)")
add("No funding source", "Aucune source de financement", "Источник финансирования не указан")
add("Funding source", "Source de financement", "Источник финансирования")
add("Description", "Description", "Описание")
add("Quantity", "Quantité", "Количество")
add("Unit cost", "Coût unitaire", "Стоимость единицы")
add("Amount", "Montant", "Сумма")
add("No budget lines.", "Aucune ligne budgétaire.", "Статей бюджета нет.")
add("no rate", "pas de taux", "нет курса")
add("A line marked “no rate” has no rate of exchange for its currency in its month: it is"
    " not counted in the totals.",
    "Une ligne marquée «\u00a0pas de taux\u00a0» n\u2019a pas de taux de change pour sa monnaie"
    " au mois considéré\u00a0: elle n\u2019est pas comptée dans les totaux.",
    "Для статьи с пометкой «нет курса» нет обменного курса её валюты на соответствующий"
    " месяц: она не учитывается в итоговых суммах.")
add("The options side by side", "Les options comparées", "Сопоставление вариантов")
add("The plan has no options yet.", "Le plan ne comporte encore aucune option.",
    "В плане пока нет вариантов.")
add("Summary by category", "Récapitulatif par catégorie", "Сводка по категориям")
add("Temporary staff / GTA", "Personnel temporaire (autre que pour les réunions)",
    "Временный персонал общего назначения")
add("Consultants", "Consultants", "Консультанты")
add("Participants' travel", "Voyages des participants", "Поездки участников")
add("Staff travel", "Voyages du personnel", "Поездки персонала")
add("Conference servicing: interpretation", "Services de conférence\u00a0: interprétation",
    "Конференционное обслуживание: устный перевод")
add("Conference servicing: translation and documents",
    "Services de conférence\u00a0: traduction et documentation",
    "Конференционное обслуживание: письменный перевод и документация")
add("Conference servicing: rooms and equipment",
    "Services de conférence\u00a0: salles et équipement",
    "Конференционное обслуживание: залы и оборудование")
add("Hospitality", "Frais de représentation", "Представительские расходы")
add("Other", "Autres", "Прочее")
for one, many, fr, ru in (
        ("work-month", "work-months", ("mois de travail", "mois de travail"),
         ("человеко-месяц", "человеко-месяца", "человеко-месяцев")),
        ("day", "days", ("jour", "jours"), ("день", "дня", "дней")),
        ("trip", "trips", ("voyage", "voyages"), ("поездка", "поездки", "поездок")),
        ("person", "persons", ("personne", "personnes"), ("человек", "человека", "человек")),
        ("page", "pages", ("page", "pages"), ("страница", "страницы", "страниц")),
        ("lump sum", "lump sums", ("montant forfaitaire", "montants forfaitaires"),
         ("паушальная сумма", "паушальные суммы", "паушальных сумм"))):
    plural(one, many, fr, ru)  # type: ignore[arg-type]
# ----- options note -------------------------------------------------------------------
add("{lead}:", "{lead}\u00a0:", "{lead}:")  # "Coût : ...", a paragraph's lead words
add("; ", "\u00a0; ", "; ")  # between items of a list in running text
add("{first} and {last}", "{first} et {last}", "{first} и {last}")
for en, fr, ru in (("no", "aucune", "ни одного"), ("one", "un", "один"), ("two", "deux", "два"),
                   ("three", "trois", "три"), ("four", "quatre", "четыре"),
                   ("five", "cinq", "пять"), ("six", "six", "шесть"), ("seven", "sept", "семь"),
                   ("eight", "huit", "восемь"), ("nine", "neuf", "девять")):
    add(en, fr, ru)
plural("{count} option", "{count} options", ("{count} option", "{count} options"),
       ("{count} вариант", "{count} варианта", "{count} вариантов"))
plural("{count} day", "{count} days", ("{count} jour", "{count} jours"),
       ("{count} день", "{count} дня", "{count} дней"))
add("about {number}", "environ {number}", "около {number}")
add("Format, dates and venue:", "Format, dates et lieu\u00a0:", "Формат, сроки и место:")
add("Cost:", "Coût\u00a0:", "Стоимость:")
add("{cost}, including programme support costs of {psc}",
    "{cost}, dont {psc} au titre des dépenses d'appui aux programmes",
    "{cost}, включая расходы на поддержку программ в размере {psc}")
add("Resources needed:", "Ressources nécessaires\u00a0:", "Необходимые ресурсы:")
add("Benefits:", "Avantages\u00a0:", "Преимущества:")
add("Risks:", "Risques\u00a0:", "Риски:")
add("the governing body", "l'organe directeur", "руководящий орган")
add("Note by the secretariat", "Note du secrétariat", "Записка секретариата")
add("I. Background and mandate", "I. Contexte et mandat", "I. Справочная информация и мандат")
add("The present note sets out the options for organizing the meeting and what each "
    "would cost, and seeks the guidance of {body}.",
    "La présente note expose les options envisagées pour l'organisation de la réunion et "
    "leur coût, et sollicite les orientations de l'organe suivant\u00a0: {body}.",
    "В настоящей записке излагаются варианты организации совещания и их стоимость, и "
    "запрашиваются руководящие указания органа: {body}.")
add("II. Options", "II. Options", "II. Варианты")
add("The secretariat has explored {options}:",
    "Le secrétariat a examiné {options}\u00a0:", "Секретариат рассмотрел {options}:")
add("The secretariat has not yet set out any option.",
    "Le secrétariat n'a encore présenté aucune option.",
    "Секретариат пока не представил ни одного варианта.")
add("III. Timing", "III. Calendrier", "III. Сроки")
add("The timing is as follows:", "Le calendrier est le suivant\u00a0:",
    "Сроки являются следующими:")
add("Decision", "Décision", "Решение")
add("Guidance sought", "Orientations demandées", "Запрашиваемые руководящие указания")
add("{body} chose option {label}, {title}. The secretariat is organizing the meeting "
    "accordingly.",
    "{body} a retenu l'option {label}, {title}. Le secrétariat organise la réunion en "
    "conséquence.",
    "{body} выбрал вариант {label}, {title}. Секретариат организует совещание "
    "соответствующим образом.")
plural("{body} is invited to provide guidance to the secretariat on option {labels} for "
       "the organization of the meeting.",
       "{body} is invited to provide guidance to the secretariat on options {labels} for "
       "the organization of the meeting.",
       ("{body} est invité(e) à donner au secrétariat des orientations sur l'option "
        "{labels} pour l'organisation de la réunion.",
        "{body} est invité(e) à donner au secrétariat des orientations sur les options "
        "{labels} pour l'organisation de la réunion."),
       ("{body} предлагается дать секретариату руководящие указания по варианту {labels} "
        "для организации совещания.",
        "{body} предлагается дать секретариату руководящие указания по вариантам {labels} "
        "для организации совещания.",
        "{body} предлагается дать секретариату руководящие указания по вариантам {labels} "
        "для организации совещания."))
add("{body} is invited to provide guidance to the secretariat for the organization of "
    "the meeting.",
    "{body} est invité(e) à donner au secrétariat des orientations pour l'organisation de "
    "la réunion.",
    "{body} предлагается дать секретариату руководящие указания для организации совещания.")
add("Self-standing multi-stakeholder meeting", "Réunion multipartite autonome",
    "Отдельное совещание с участием многих заинтересованных сторон")
add("Extended session of the governing body", "Session élargie de l'organe directeur",
    "Расширенная сессия руководящего органа")
add("Virtual or hybrid meeting", "Réunion virtuelle ou hybride",
    "Виртуальное или гибридное совещание")
# ----- summary ------------------------------------------------------------------------
add("(agenda item {number})", "(point {number} de l'ordre du jour)",
    "(пункт {number} повестки дня)")
add("No summary has been written yet.", "Aucun résumé n'a encore été rédigé.",
    "Резюме еще не составлено.")
add("Discussion of an agenda item", "Débat sur un point de l'ordre du jour",
    "Обсуждение пункта повестки дня")
add("Key messages", "Messages clefs", "Основные идеи")
add("Recommendations", "Recommandations", "Рекомендации")
add("General", "Généralités", "Общие вопросы")

PLURALS = {"fr": "nplurals=2; plural=(n > 1);",
           "ru": "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && "
                 "(n%100<10 || n%100>=20) ? 1 : 2);"}


def main() -> None:
    for column, lang in enumerate(("fr", "ru")):
        catalog = Catalog(locale=lang, domain="documents", project="Consult Desktop",
                          fuzzy=False)
        for (ctx, msgid, msgid_plural), forms in M.items():
            target = forms[column]
            if isinstance(target, tuple):  # Babel's French has a third form ("many")
                target = target + (target[-1],) * (catalog.num_plurals - len(target))
            key = (msgid, msgid_plural) if msgid_plural else msgid
            catalog.add(key, target, context=ctx)  # type: ignore[arg-type]
        path = ROOT / lang / "LC_MESSAGES" / "documents.po"
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("wb") as handle:
            write_po(handle, catalog, width=100, omit_header=False, sort_output=False)


if __name__ == "__main__":
    main()
