"""The demo plan's texts in French and Russian (issue 17), by their English original: the
demo carries its three language versions, so `check --lang fr` and `--lang ru` pass on
it. Unofficial translations made for the demo; UN bodies' names as UNTERM gives them."""

from __future__ import annotations

# English original -> (French, Russian)
DEMO_TRANSLATIONS: dict[str, tuple[str, str]] = {
    "Regional consultation on the global compact for migration": (
        "Consultation régionale sur le pacte mondial pour les migrations",
        "Региональная консультация по глобальному договору о миграции"),
    "United Nations Economic Commission for Europe (ECE)": (
        "Commission économique des Nations Unies pour l'Europe (CEE)",
        "Европейская экономическая комиссия Организации Объединенных Наций (ЕЭК)"),
    "Executive Committee (EXCOM)": (
        "Comité exécutif (EXCOM)", "Исполнительный комитет (ИСКОМ)"),
    "Economic and Social Council": (
        "Conseil économique et social", "Экономический и Социальный Совет"),
    "Economic Commission for Europe": (
        "Commission économique pour l'Europe", "Европейская экономическая комиссия"),
    "Palais des Nations, Geneva": ("Palais des Nations, Genève", "Дворец Наций, Женева"),
    ("Draft General Assembly resolution A/71/L.58, paragraph 22 (a): the regional economic "
     "commissions are requested to organize discussions among Member States and other "
     "relevant stakeholders to examine regional and subregional aspects of international "
     "migration and to provide inputs to the preparatory process of the global compact. "
     "Paragraph 23: a preparatory meeting in Mexico in late November 2017 takes stock of "
     "the inputs."): (
        "Projet de résolution de l'Assemblée générale A/71/L.58, alinéa a) du paragraphe 22\u00a0: "
        "les commissions économiques régionales sont priées d'organiser des débats entre "
        "les États Membres et les autres parties prenantes concernées afin d'examiner les "
        "aspects régionaux et sous-régionaux des migrations internationales et de "
        "contribuer au processus préparatoire du pacte mondial. Paragraphe 23\u00a0: une réunion "
        "préparatoire tenue au Mexique à la fin de novembre 2017 fait le bilan des "
        "contributions.",
        "Проект резолюции Генеральной Ассамблеи A/71/L.58, пункт 22 a): региональным "
        "экономическим комиссиям предлагается организовать обсуждения с участием "
        "государств-членов и других соответствующих заинтересованных сторон для изучения "
        "региональных и субрегиональных аспектов международной миграции и внести вклад в "
        "подготовительный процесс глобального договора. Пункт 23: подготовительное "
        "совещание в Мексике в конце ноября 2017 года подводит итоги этих материалов."),
    "States members of the Commission": (
        "États membres de la Commission", "Государства — члены Комиссии"),
    "States not members of the Commission": (
        "États non membres de la Commission", "Государства, не являющиеся членами Комиссии"),
    "Ninetieth meeting\nGeneva, 24 March 2017": (
        "Quatre-vingt-dixième réunion\nGenève, 24 mars 2017",
        "Девяностое совещание\nЖенева, 24 марта 2017 года"),
    "Full-fledged regional consultation with partners of the UN system": (
        "Consultation régionale à part entière avec les partenaires du système des Nations "
        "Unies",
        "Полноформатная региональная консультация с партнерами из системы Организации "
        "Объединенных Наций"),
    ("A self-standing multi-stakeholder meeting organised with other partners of the UN "
     "system in the region."): (
        "Une réunion multipartite autonome organisée avec d'autres partenaires du système des "
        "Nations Unies dans la région.",
        "Отдельное совещание с участием многих заинтересованных сторон, организуемое вместе "
        "с другими партнерами из системы Организации Объединенных Наций в регионе."),
    ("Extrabudgetary resources of about 158,000 USD including programme support costs: "
     "substantive support (GTA, consultant), travel support to member States, conference "
     "servicing."): (
        "Des ressources extrabudgétaires d'environ 158\u00a0000\u00a0dollars, dépenses d'appui aux "
        "programmes comprises\u00a0: appui fonctionnel (personnel temporaire, consultant), "
        "financement des voyages des États membres, services de conférence.",
        "Внебюджетные ресурсы в размере около 158\u00a0000\u00a0долл. США, включая расходы на "
        "поддержку программ: оперативно-функциональная поддержка (временный персонал, "
        "консультант), оплата поездок представителей государств-членов, конференционное "
        "обслуживание."),
    "A full regional input to the global compact.": (
        "Une contribution régionale complète au pacte mondial.",
        "Полноценный региональный вклад в глобальный договор."),
    ("Duplicating existing regional processes on migration; inconsistent inputs from the "
     "region into the global process; no substantive expertise or free capacity in the "
     "secretariat."): (
        "Double emploi avec les processus régionaux existants sur les migrations\u00a0; "
        "contributions incohérentes de la région au processus mondial\u00a0; ni compétences "
        "spécialisées ni capacités disponibles au secrétariat.",
        "Дублирование существующих региональных процессов по миграции; несогласованность "
        "материалов региона для глобального процесса; отсутствие у секретариата "
        "профильного опыта и свободных ресурсов."),
    "Extended session of EXCOM open to other stakeholders": (
        "Session élargie de l'EXCOM ouverte aux autres parties prenantes",
        "Расширенная сессия ИСКОМ, открытая для других заинтересованных сторон"),
    ("An extended session of the Executive Committee open to other stakeholders, in "
     "particular the relevant organisations of the regional UN system, building on the 7th "
     "Global Regional Consultative Processes Meeting organised by IOM on 10-11 October 2017 "
     "in Geneva. Its summary constitutes the input for the preparatory meeting in Mexico."): (
        "Une session élargie du Comité exécutif ouverte aux autres parties prenantes, en "
        "particulier aux organismes compétents du système régional des Nations Unies, qui "
        "s'appuie sur la septième Réunion mondiale des processus consultatifs régionaux "
        "organisée par l'OIM les 10 et 11 octobre 2017 à Genève. Son résumé constitue la "
        "contribution à la réunion préparatoire de Mexico.",
        "Расширенная сессия Исполнительного комитета, открытая для других "
        "заинтересованных сторон, в частности соответствующих организаций региональной "
        "системы Организации Объединенных Наций, с опорой на седьмое Глобальное совещание "
        "региональных консультативных процессов, организованное МОМ 10 и 11 октября 2017 "
        "года в Женеве. Ее резюме является вкладом в подготовительное совещание в Мексике."),
    ("Possibly a consultant for the substantive preparations in coordination with IOM; an "
     "IOM expert; conference servicing within existing resources."): (
        "Éventuellement un consultant pour les préparatifs de fond, en coordination avec "
        "l'OIM\u00a0; un expert de l'OIM\u00a0; des services de conférence dans la limite des "
        "ressources existantes.",
        "Возможно, консультант для подготовки по существу в координации с МОМ; эксперт МОМ; "
        "конференционное обслуживание в рамках имеющихся ресурсов."),
    ("One process (IOM GRCP) feeds into another: no duplication, no inconsistent "
     "messages."): (
        "Un processus (la réunion mondiale de l'OIM) alimente l'autre\u00a0: ni double emploi, ni "
        "messages incohérents.",
        "Один процесс (глобальное совещание МОМ) служит основой для другого: без "
        "дублирования и без противоречивых сигналов."),
    "A smaller meeting; depends on the timing of the IOM outcome.": (
        "Une réunion plus restreinte\u00a0; dépend du calendrier des résultats de l'OIM.",
        "Менее масштабное совещание; зависит от сроков получения итогов МОМ."),
    "GTA (illustrative)": (
        "Personnel temporaire (à titre indicatif)", "Временный персонал (для иллюстрации)"),
    "Substantive consultant (illustrative)": (
        "Consultant chargé des questions de fond (à titre indicatif)",
        "Консультант по вопросам существа (для иллюстрации)"),
    "Travel support to member States (illustrative)": (
        "Financement des voyages des États membres (à titre indicatif)",
        "Оплата поездок представителей государств-членов (для иллюстрации)"),
    "Interpretation E/F/R, 3 teams x 2 days (illustrative)": (
        "Interprétation A/F/R, 3 équipes x 2 jours (à titre indicatif)",
        "Устный перевод А/Ф/Р, 3 группы x 2 дня (для иллюстрации)"),
    "Translation of documents (illustrative)": (
        "Traduction des documents (à titre indicatif)",
        "Письменный перевод документов (для иллюстрации)"),
    "Rooms and equipment (illustrative)": (
        "Salles et équipement (à titre indicatif)", "Залы и оборудование (для иллюстрации)"),
    "Consultant, substantive preparations with IOM": (
        "Consultant, préparatifs de fond avec l'OIM",
        "Консультант, подготовка по существу вместе с МОМ"),
    "Travel of the IOM expert": ("Voyage de l'expert de l'OIM", "Поездка эксперта МОМ"),
    "Interpretation E/F/R, 3 teams x 1 day": (
        "Interprétation A/F/R, 3 équipes x 1 jour", "Устный перевод А/Ф/Р, 3 группы x 1 день"),
    "Opening of the meeting": ("Ouverture de la réunion", "Открытие совещания"),
    "Room XII": ("Salle XII", "Зал XII"),
    "Adoption of the agenda": ("Adoption de l'ordre du jour", "Утверждение повестки дня"),
    "The Committee is invited to adopt its agenda.": (
        "Le Comité est invité à adopter son ordre du jour.",
        "Комитету предлагается утвердить свою повестку дня."),
    "Regional and subregional aspects of international migration": (
        "Aspects régionaux et sous-régionaux des migrations internationales",
        "Региональные и субрегиональные аспекты международной миграции"),
    ("Delegations are invited to share their views on the regional and subregional aspects "
     "of international migration, as requested by draft resolution A/71/L.58, paragraph 22 "
     "(a)."): (
        "Les délégations sont invitées à faire part de leurs vues sur les aspects régionaux et "
        "sous-régionaux des migrations internationales, comme le demande l'alinéa a) du "
        "paragraphe 22 du projet de résolution A/71/L.58.",
        "Делегациям предлагается высказать свои мнения о региональных и субрегиональных "
        "аспектах международной миграции, как это предусмотрено в пункте 22 a) проекта "
        "резолюции A/71/L.58."),
    "Outcomes of the 7th Global Meeting of Regional Consultative Processes": (
        "Résultats de la septième Réunion mondiale des processus consultatifs régionaux",
        "Итоги седьмого Глобального совещания региональных консультативных процессов"),
    "Coffee break": ("Pause café", "Перерыв на кофе"),
    "Statements by delegations and stakeholders": (
        "Déclarations des délégations et des parties prenantes",
        "Заявления делегаций и заинтересованных сторон"),
    "Lunch": ("Déjeuner", "Обед"),
    "Input to the preparatory meeting in Mexico": (
        "Contribution à la réunion préparatoire de Mexico",
        "Вклад в подготовительное совещание в Мексике"),
    ("The Committee will discuss the main messages of the region for the preparatory meeting "
     "to be held in Mexico in late November 2017."): (
        "Le Comité examinera les principaux messages de la région pour la réunion "
        "préparatoire qui se tiendra au Mexique à la fin de novembre 2017.",
        "Комитет обсудит основные идеи региона для подготовительного совещания, которое "
        "состоится в Мексике в конце ноября 2017 года."),
    "Other business": ("Questions diverses", "Прочие вопросы"),
    "Adoption of the summary of discussions": (
        "Adoption du résumé des débats", "Утверждение резюме обсуждений"),
    "Workplan for Member States due (A/71/L.58, para. 22)": (
        "Plan de travail pour les États Membres attendu (A/71/L.58, par. 22)",
        "Срок представления плана работы государствам-членам (A/71/L.58, п. 22)"),
    "EXCOM guidance on the options": (
        "Orientations de l'EXCOM sur les options", "Руководящие указания ИСКОМ по вариантам"),
    "7th Global Meeting of Regional Consultative Processes (IOM), Geneva": (
        "Septième Réunion mondiale des processus consultatifs régionaux (OIM), Genève",
        "Седьмое Глобальное совещание региональных консультативных процессов (МОМ), Женева"),
    "Regional consultation (ECE), Geneva": (
        "Consultation régionale (CEE), Genève", "Региональная консультация (ЕЭК), Женева"),
    "Preparatory meeting, Mexico: outcome of the regional consultation due": (
        "Réunion préparatoire, Mexique\u00a0: résultats de la consultation régionale attendus",
        "Подготовительное совещание, Мексика: срок представления итогов региональной "
        "консультации"),
    ("(Illustrative, fictional summary.) Delegations exchanged views on the regional and "
     "subregional aspects of international migration.\n\n- Several delegations stressed the "
     "value of reliable migration statistics.\n- Some delegations recalled the Madrid "
     "International Plan of Action on Ageing and the needs of older migrants."): (
        "(Résumé fictif, à titre d'illustration.) Les délégations ont échangé leurs vues sur "
        "les aspects régionaux et sous-régionaux des migrations internationales.\n\n"
        "- Plusieurs délégations ont souligné l'intérêt de statistiques fiables sur les "
        "migrations.\n- Certaines délégations ont rappelé le Plan d'action international de "
        "Madrid sur le vieillissement et les besoins des migrants âgés.",
        "(Вымышленное резюме для иллюстрации.) Делегации обменялись мнениями о региональных "
        "и субрегиональных аспектах международной миграции.\n\n- Ряд делегаций подчеркнули "
        "важность достоверной статистики миграции.\n- Некоторые делегации напомнили о "
        "Мадридском международном плане действий по проблемам старения и о потребностях "
        "пожилых мигрантов."),
    ("(Illustrative, fictional summary.) The Committee discussed the main messages of the "
     "region for the preparatory meeting in Mexico."): (
        "(Résumé fictif, à titre d'illustration.) Le Comité a examiné les principaux messages "
        "de la région pour la réunion préparatoire de Mexico.",
        "(Вымышленное резюме для иллюстрации.) Комитет обсудил основные идеи региона для "
        "подготовительного совещания в Мексике."),
    "Key messages": ("Messages clefs", "Основные идеи"),
    ("(Illustrative.)\n- Building on existing regional processes avoids duplication.\n- "
     "Inputs from the region should be consistent with those of IOM's processes."): (
        "(À titre d'illustration.)\n- S'appuyer sur les processus régionaux existants évite "
        "les doubles emplois.\n- Les contributions de la région devraient être cohérentes "
        "avec celles des processus de l'OIM.",
        "(Для иллюстрации.)\n- Опора на существующие региональные процессы позволяет избежать "
        "дублирования.\n- Материалы региона должны согласовываться с материалами процессов "
        "МОМ."),
    "Recommendations": ("Recommandations", "Рекомендации"),
    ("(Illustrative.) The Committee may wish to transmit this summary to the co-facilitators "
     "as the region's input."): (
        "(À titre d'illustration.) Le Comité souhaitera peut-être transmettre le présent "
        "résumé aux cofacilitateurs en tant que contribution de la région.",
        "(Для иллюстрации.) Комитет, возможно, пожелает препроводить настоящее резюме "
        "сокоординаторам в качестве вклада региона."),
    # The documents written elsewhere (issue 22).
    ("Outcomes of the 7th Global Meeting of Regional Consultative Processes on "
     "Migration"): (
        "Résultats de la septième Réunion mondiale des processus consultatifs régionaux "
        "sur la migration",
        "Итоги седьмого Глобального совещания региональных консультативных процессов по "
        "миграции"),
    "Migration in the ECE region: facts and figures": (
        "Les migrations dans la région de la CEE\u00a0: faits et chiffres",
        "Миграция в регионе ЕЭК: факты и цифры"),
    "Main messages of the region: draft for discussion": (
        "Principaux messages de la région\u00a0: projet pour discussion",
        "Основные идеи региона: проект для обсуждения"),
}
