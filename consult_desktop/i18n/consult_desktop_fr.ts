<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>AgendaItemDialog</name>
    <message>
        <source>Agenda item {number}</source>
        <translation>Point {number} de l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>(a main item)</source>
        <translation>(point principal)</translation>
    </message>
    <message>
        <source>on</source>
        <translation>le</translation>
    </message>
    <message>
        <source>from</source>
        <translation>de</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source> (declined)</source>
        <translation> (a décliné)</translation>
    </message>
    <message>
        <source>One symbol a line, e.g. ECE/EX/2017/L.8</source>
        <translation>Une cote par ligne, par ex. ECE/EX/2017/L.8</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>T&amp;ype</translation>
    </message>
    <message>
        <source>&amp;Part of</source>
        <translation>Pa&amp;rtie de</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Quand</translation>
    </message>
    <message>
        <source>&amp;Room</source>
        <translation>&amp;Salle</translation>
    </message>
    <message>
        <source>C&amp;hair</source>
        <translation>&amp;Présidence</translation>
    </message>
    <message>
        <source>&amp;Speakers</source>
        <translation>&amp;Orateurs</translation>
    </message>
    <message>
        <source>&amp;Annotation</source>
        <translation>&amp;Annotation</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>&amp;Documents</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Salle</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Présidence</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Orateurs</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Clash:</source>
        <translation>Conflit&#xa0;:</translation>
    </message>
</context>
<context>
    <name>AgendaTab</name>
    <message>
        <source>Unscheduled</source>
        <translation>Non programmé</translation>
    </message>
    <message>
        <source>&amp;Add item…</source>
        <translation>&amp;Ajouter un point…</translation>
    </message>
    <message>
        <source>Add &amp;break</source>
        <translation>Pause-&amp;café</translation>
    </message>
    <message>
        <source>Add &amp;lunch</source>
        <translation>&amp;Déjeuner</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Mon&amp;ter</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Descend&amp;re</translation>
    </message>
    <message>
        <source>Move to &amp;day…</source>
        <translation>Autre &amp;jour…</translation>
    </message>
    <message>
        <source>&amp;Ripple</source>
        <translation>Déca&amp;lage</translation>
    </message>
    <message>
        <source>When on, moving, resizing, adding or deleting an item shifts the later items of the day by the same amount</source>
        <translation>Activé, déplacer, redimensionner, ajouter ou supprimer un point décale d&apos;autant les points suivants de la journée</translation>
    </message>
    <message>
        <source>&amp;Standard items</source>
        <translation>Points &amp;types</translation>
    </message>
    <message>
        <source>Start an empty agenda from the standard items: opening, adoption of the agenda, election of officers, a substantive item, other business, adoption of the report</source>
        <translation>Commencer un ordre du jour vide par les points types&#xa0;: ouverture, adoption de l&apos;ordre du jour, élection du Bureau, un point de fond, questions diverses, adoption du rapport</translation>
    </message>
    <message>
        <source>E&amp;xport .ics…</source>
        <translation>E&amp;xporter .ics…</translation>
    </message>
    <message>
        <source>Write the timed items to an iCalendar file, in the plan&apos;s time zone</source>
        <translation>Écrire les points horodatés dans un fichier iCalendar, dans le fuseau horaire du plan</translation>
    </message>
    <message>
        <source>No clashes.</source>
        <translation>Aucun conflit.</translation>
    </message>
    <message numerus="yes">
        <source>%n clash(es):</source>
        <translation>
            <numerusform>%n conflit&#xa0;:</numerusform>
            <numerusform>%n conflits&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>Move to day</source>
        <translation>Déplacer à un autre jour</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>Jour&#xa0;:</translation>
    </message>
    <message>
        <source>Export the agenda</source>
        <translation>Exporter l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Export the agenda to {path}: {error}</source>
        <translation>Exportation de l&apos;ordre du jour vers {path}&#xa0;: {error}</translation>
    </message>
</context>
<context>
    <name>BudgetLinesModel</name>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>Coût unitaire</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Monnaie</translation>
    </message>
    <message>
        <source>Days / ×</source>
        <translation>Jours / ×</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation>Source de financement</translation>
    </message>
    <message>
        <source>PSC</source>
        <translation>DAP</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Réel</translation>
    </message>
    <message>
        <source>Travel follows</source>
        <translation>Voyages d&apos;après</translation>
    </message>
    <message>
        <source>Rate month</source>
        <translation>Mois du taux</translation>
    </message>
    <message>
        <source>Fixed figure</source>
        <translation>Montant fixe</translation>
    </message>
    <message>
        <source>Travellers × cost</source>
        <translation>Voyageurs × coût</translation>
    </message>
    <message>
        <source>Approved sums</source>
        <translation>Sommes approuvées</translation>
    </message>
    <message>
        <source>Temporary staff / GTA</source>
        <translation>Personnel temporaire</translation>
    </message>
    <message>
        <source>Interpretation</source>
        <translation>Interprétation</translation>
    </message>
    <message>
        <source>Translation and documents</source>
        <translation>Traduction, documents</translation>
    </message>
    <message>
        <source>Rooms and equipment</source>
        <translation>Salles et équipement</translation>
    </message>
    <message>
        <source>{rate}% PSC</source>
        <translation>DAP {rate} %</translation>
    </message>
    <message>
        <source>no PSC</source>
        <translation>pas de DAP</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>no rate</source>
        <translation>pas de taux</translation>
    </message>
    <message>
        <source>Follows the participants approved for funded travel; set &apos;Travel follows&apos; to a fixed figure to type it.</source>
        <translation>Suit les participants dont le voyage financé est approuvé&#xa0;; choisissez «&#xa0;Montant fixe&#xa0;» sous «&#xa0;Voyages d&apos;après&#xa0;» pour le saisir.</translation>
    </message>
    <message>
        <source>Not counted in the totals: {problem}</source>
        <translation>Non compté dans les totaux&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>Quantity × unit cost × days = {own}, at {rate} {currency} to the dollar ({month}, UN operational rate of exchange) = {amount}</source>
        <translation>Quantité × coût unitaire × jours = {own}, à {rate} {currency} pour un dollar ({month}, taux de change opérationnel de l&apos;ONU) = {amount}</translation>
    </message>
    <message>
        <source>Quantity × unit cost × days or multiplier, to the cent</source>
        <translation>Quantité × coût unitaire × jours ou multiplicateur, au centime près</translation>
    </message>
    <message>
        <source>The currency of the unit cost; empty: {currency}. Another currency converts at the UN operational rate of its month.</source>
        <translation>Monnaie du coût unitaire&#xa0;; vide&#xa0;: {currency}. Une autre monnaie est convertie au taux de change opérationnel de l&apos;ONU de son mois.</translation>
    </message>
    <message>
        <source>The month of the rate of exchange (YYYY-MM); empty: the month the meeting opens</source>
        <translation>Mois du taux de change (AAAA-MM)&#xa0;; vide&#xa0;: le mois d&apos;ouverture de la réunion</translation>
    </message>
    <message>
        <source>Programme support costs at {rate}% on this line; untick to leave it out</source>
        <translation>Dépenses d&apos;appui au programme de {rate} % sur cette ligne&#xa0;; décochez pour les exclure</translation>
    </message>
    <message>
        <source>No programme support costs: the line has no funding source</source>
        <translation>Pas de dépenses d&apos;appui au programme&#xa0;: la ligne n&apos;a pas de source de financement</translation>
    </message>
    <message>
        <source>No programme support costs: {source} charges none</source>
        <translation>Pas de dépenses d&apos;appui au programme&#xa0;: {source} n&apos;en prélève pas</translation>
    </message>
    <message numerus="yes">
        <source>Follows the participants: the sum of the travel support of the %n approved traveller(s), {total} (Travellers… shows each: ticket, nights × DSA, terminal expenses)</source>
        <translation>
            <numerusform>Suit les participants&#xa0;: la prise en charge du voyageur approuvé, {total} (Voyageurs… détaille chacun&#xa0;: billet, nuitées × indemnité journalière de subsistance, faux frais au départ et à l&apos;arrivée)</numerusform>
            <numerusform>Suit les participants&#xa0;: la somme des prises en charge des %n voyageurs approuvés, {total} (Voyageurs… détaille chacun&#xa0;: billet, nuitées × indemnité journalière de subsistance, faux frais au départ et à l&apos;arrivée)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Follows the participants: the %n approved traveller(s) × the line&apos;s average cost per trip</source>
        <translation>
            <numerusform>Suit les participants&#xa0;: le voyageur approuvé × le coût moyen par voyage de la ligne</numerusform>
            <numerusform>Suit les participants&#xa0;: les %n voyageurs approuvés × le coût moyen par voyage de la ligne</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fixed figure: the quantity and cost typed. Choose “Sum of approved travel amounts” to follow the %n approved traveller(s) ({total}).</source>
        <translation>
            <numerusform>Montant fixe&#xa0;: la quantité et le coût saisis. Choisissez «&#xa0;Somme des montants de voyage approuvés&#xa0;» pour suivre le voyageur approuvé ({total}).</numerusform>
            <numerusform>Montant fixe&#xa0;: la quantité et le coût saisis. Choisissez «&#xa0;Somme des montants de voyage approuvés&#xa0;» pour suivre les %n voyageurs approuvés ({total}).</numerusform>
        </translation>
    </message>
    <message>
        <source>Line {row}: {error}. Not saved.</source>
        <translation>Ligne {row}&#xa0;: {error}. Non enregistré.</translation>
    </message>
    <message>
        <source>Description: at most 500 characters</source>
        <translation>Description&#xa0;: 500 caractères au plus</translation>
    </message>
    <message>
        <source>Funding source: no such source</source>
        <translation>Source de financement&#xa0;: source inconnue</translation>
    </message>
    <message>
        <source>{column}: {value} is not one of the choices</source>
        <translation>{column}&#xa0;: {value} ne figure pas parmi les choix</translation>
    </message>
</context>
<context>
    <name>BudgetTab</name>
    <message>
        <source>&amp;Add line</source>
        <translation>Ajouter une &amp;ligne</translation>
    </message>
    <message>
        <source>&amp;Delete line</source>
        <translation>&amp;Supprimer la ligne</translation>
    </message>
    <message>
        <source>&amp;Funding sources…</source>
        <translation>Fi&amp;nancement…</translation>
    </message>
    <message>
        <source>Opt&amp;ion:</source>
        <translation>Opt&amp;ion&#xa0;:</translation>
    </message>
    <message>
        <source>Add &amp;line</source>
        <translation>Ajouter une &amp;ligne</translation>
    </message>
    <message>
        <source>Fu&amp;nding sources…</source>
        <translation>Fi&amp;nancement…</translation>
    </message>
    <message>
        <source>Tra&amp;vellers…</source>
        <translation>&amp;Voyageurs…</translation>
    </message>
    <message>
        <source>Each traveller&apos;s ticket, nights, DSA and terminal expenses, and their sum</source>
        <translation>Billet, nuitées, indemnité journalière de subsistance et faux frais de chaque voyageur, et leur somme</translation>
    </message>
    <message>
        <source>&amp;Rates…</source>
        <translation>&amp;Taux…</translation>
    </message>
    <message>
        <source>DSA rates and UN operational rates of exchange: import them, or type a rate</source>
        <translation>Taux de l&apos;indemnité journalière de subsistance et taux de change opérationnels de l&apos;ONU&#xa0;: importez-les, ou saisissez un taux</translation>
    </message>
    <message>
        <source>E&amp;xport to Excel…</source>
        <translation>E&amp;xporter vers Excel…</translation>
    </message>
    <message>
        <source>The budget as a workbook of live formulas: a sheet per option, and the options side by side</source>
        <translation>Le budget en classeur aux formules actives&#xa0;: une feuille par option, et les options côte à côte</translation>
    </message>
    <message>
        <source>&amp;Paste lines</source>
        <translation>&amp;Coller des lignes</translation>
    </message>
    <message>
        <source>Add the rows copied from a spreadsheet (Category, Description, Quantity, Unit, Unit cost, Currency, Days, Funding source) as lines: all or none</source>
        <translation>Ajouter comme lignes les rangées copiées d&apos;un tableur (catégorie, description, quantité, unité, coût unitaire, monnaie, jours, source de financement)&#xa0;: toutes ou aucune</translation>
    </message>
    <message>
        <source>PSC at the rate of each line&apos;s funding source. Not yet funded: lines on sources other than the regular budget or existing resources, with their PSC.</source>
        <translation>DAP au taux de la source de financement de chaque ligne. Non encore financé&#xa0;: lignes imputées sur des sources autres que le budget ordinaire ou les ressources existantes, DAP compris.</translation>
    </message>
    <message>
        <source>Each option&apos;s total by category, programme support costs on top</source>
        <translation>Total de chaque option par catégorie, dépenses d&apos;appui au programme en haut</translation>
    </message>
    <message>
        <source> [chosen]</source>
        <translation> [retenue]</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) not counted: {problem}</source>
        <translation>
            <numerusform>%n ligne non comptée&#xa0;: {problem}</numerusform>
            <numerusform>%n lignes non comptées&#xa0;: {problem}</numerusform>
        </translation>
    </message>
    <message>
        <source>No option yet: add one in the Options tab</source>
        <translation>Aucune option pour l&apos;instant&#xa0;: ajoutez-en une dans l&apos;onglet Options</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Sous-total</translation>
    </message>
    <message>
        <source>PSC on {source} at {rate}%</source>
        <translation>DAP sur {source} à {rate} %</translation>
    </message>
    <message>
        <source>no source</source>
        <translation>sans source</translation>
    </message>
    <message>
        <source>Programme support costs</source>
        <translation>Dépenses d&apos;appui au programme</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>From {source}</source>
        <translation>Sur {source}</translation>
    </message>
    <message>
        <source>no source yet</source>
        <translation>pas encore de source</translation>
    </message>
    <message>
        <source>Not yet funded</source>
        <translation>Non encore financé</translation>
    </message>
    <message>
        <source>Export the budget</source>
        <translation>Exporter le budget</translation>
    </message>
    <message numerus="yes">
        <source>… %n more</source>
        <translation>
            <numerusform>… et %n autre</numerusform>
            <numerusform>… et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing pasted: </source>
        <translation>Rien n&apos;a été collé&#xa0;: </translation>
    </message>
    <message>
        <source>; </source>
        <translation>&#xa0;; </translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>ComparisonModel</name>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formule</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Expected participants</source>
        <translation>Participants attendus</translation>
    </message>
    <message>
        <source>Total cost</source>
        <translation>Coût total</translation>
    </message>
    <message>
        <source>of which PSC</source>
        <translation>dont DAP</translation>
    </message>
    <message>
        <source>Cost per participant</source>
        <translation>Coût par participant</translation>
    </message>
    <message>
        <source>Not yet funded</source>
        <translation>Non encore financé</translation>
    </message>
    <message>
        <source>Main benefits</source>
        <translation>Principaux avantages</translation>
    </message>
    <message>
        <source>Main risks</source>
        <translation>Principaux risques</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>No. {number}</source>
        <translation>N° {number}</translation>
    </message>
    <message>
        <source>your change</source>
        <translation>votre modification</translation>
    </message>
    <message>
        <source>deleted by someone else</source>
        <translation>supprimé par quelqu&apos;un d&apos;autre</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <source>changed by someone else</source>
        <translation>modifié par quelqu&apos;un d&apos;autre</translation>
    </message>
    <message>
        <source>Someone else changed this meanwhile</source>
        <translation>Quelqu&apos;un d&apos;autre a modifié ceci entre-temps</translation>
    </message>
    <message numerus="yes">
        <source>Someone else saved a change to %n of these rows after you read it. Nothing of yours has been saved yet and nothing of theirs overwritten. Choose which values to keep.</source>
        <translation>
            <numerusform>Quelqu&apos;un d&apos;autre a enregistré une modification de cette ligne après que vous l&apos;avez lue. Rien de votre part n&apos;a encore été enregistré, et rien de la sienne n&apos;a été écrasé. Choisissez les valeurs à garder.</numerusform>
            <numerusform>Quelqu&apos;un d&apos;autre a enregistré une modification de %n de ces lignes après que vous les avez lues. Rien de votre part n&apos;a encore été enregistré, et rien de la sienne n&apos;a été écrasé. Choisissez les valeurs à garder.</numerusform>
        </translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Les vôtres</translation>
    </message>
    <message>
        <source>Theirs now</source>
        <translation>Les leurs, maintenant</translation>
    </message>
    <message>
        <source>Your values and theirs are the same.</source>
        <translation>Vos valeurs et les leurs sont les mêmes.</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>&amp;Garder les miennes</translation>
    </message>
    <message>
        <source>Save your values over theirs</source>
        <translation>Enregistrer vos valeurs à la place des leurs</translation>
    </message>
    <message>
        <source>&amp;Take theirs</source>
        <translation>&amp;Prendre les leurs</translation>
    </message>
    <message>
        <source>Drop your change and show theirs</source>
        <translation>Abandonner votre modification et afficher la leur</translation>
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message>
        <source>Try &amp;now</source>
        <translation>Réessa&amp;yer</translation>
    </message>
    <message>
        <source>The plan was closed while its server could not be reached ({reason}); not saved: {names}</source>
        <translation>Le plan a été fermé alors que son serveur était injoignable ({reason})&#xa0;; non enregistré&#xa0;: {names}</translation>
    </message>
    <message numerus="yes">
        <source>%n changes ({names})</source>
        <translation>
            <numerusform>%n modification ({names})</numerusform>
            <numerusform>%n modifications ({names})</numerusform>
        </translation>
    </message>
    <message>
        <source>The server cannot be reached ({reason}).</source>
        <translation>Le serveur est injoignable ({reason}).</translation>
    </message>
    <message>
        <source>Not yet saved, and kept: {changes}.</source>
        <translation>Pas encore enregistré, et conservé&#xa0;: {changes}.</translation>
    </message>
    <message>
        <source>Trying again every {seconds} s.</source>
        <translation>Nouvel essai toutes les {seconds} s.</translation>
    </message>
    <message numerus="yes">
        <source>The server is back: your %n change(s) made while it could not be reached saved at {time}.</source>
        <translation>
            <numerusform>Le serveur est de retour&#xa0;: votre modification faite pendant son absence a été enregistrée à {time}.</numerusform>
            <numerusform>Le serveur est de retour&#xa0;: vos %n modifications faites pendant son absence ont été enregistrées à {time}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes by others are not shown until the server can be reached again ({reason}); trying again by itself.</source>
        <translation>Les modifications des autres ne s&apos;affichent pas tant que le serveur est injoignable ({reason})&#xa0;; nouvel essai automatique.</translation>
    </message>
</context>
<context>
    <name>CountBox</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n semaine</numerusform>
            <numerusform>%n semaines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DateQuestions</name>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>{problem}. Correct the dates.</source>
        <translation>{problem}. Corrigez les dates.</translation>
    </message>
</context>
<context>
    <name>DocumentEntryDialog</name>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>New document</source>
        <translation>Nouveau document</translation>
    </message>
    <message>
        <source>e.g. 3 (a)</source>
        <translation>par ex. 3 a)</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>none (no meeting days)</source>
        <translation>aucune (pas de jours de réunion)</translation>
    </message>
    <message>
        <source>Unticked: the deadline rules&apos; date, </source>
        <translation>Décoché&#xa0;: la date des règles d&apos;échéance, </translation>
    </message>
    <message>
        <source>&amp;Symbol</source>
        <translation>&amp;Cote</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>empty: the document&apos;s own title</source>
        <translation>vide&#xa0;: le titre propre du document</translation>
    </message>
    <message>
        <source>T&amp;ype</source>
        <translation>T&amp;ype</translation>
    </message>
    <message>
        <source>Agenda &amp;item</source>
        <translation>&amp;Point de l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>&amp;Author or unit</source>
        <translation>&amp;Auteur ou service</translation>
    </message>
    <message>
        <source>&amp;Words</source>
        <translation>&amp;Mots</translation>
    </message>
    <message>
        <source>Languages &amp;required</source>
        <translation>Langues &amp;requises</translation>
    </message>
    <message>
        <source>Languages a&amp;vailable</source>
        <translation>Langues &amp;disponibles</translation>
    </message>
    <message>
        <source>Submission &amp;deadline</source>
        <translation>Date &amp;limite de soumission</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>Stat&amp;ut</translation>
    </message>
    <message>
        <source>Submitted on</source>
        <translation>Soumis le</translation>
    </message>
    <message>
        <source>Edited on</source>
        <translation>Édité le</translation>
    </message>
    <message>
        <source>Translated on</source>
        <translation>Traduit le</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Publié le</translation>
    </message>
    <message>
        <source>Every document needs a title.</source>
        <translation>Chaque document doit avoir un titre.</translation>
    </message>
</context>
<context>
    <name>DocumentsDialog</name>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>e.g. 3: prints “Item 3 of the provisional agenda”</source>
        <translation>par ex. 3&#xa0;: imprime «&#xa0;Point 3 de l&apos;ordre du jour provisoire&#xa0;»</translation>
    </message>
    <message>
        <source>empty: this plan&apos;s meeting</source>
        <translation>vide&#xa0;: la réunion de ce plan</translation>
    </message>
    <message>
        <source>&amp;Symbol</source>
        <translation>&amp;Cote</translation>
    </message>
    <message>
        <source>&amp;Date of issue</source>
        <translation>&amp;Date de publication</translation>
    </message>
    <message>
        <source>D&amp;istribution</source>
        <translation>D&amp;iffusion</translation>
    </message>
    <message>
        <source>&amp;Original</source>
        <translation>&amp;Original</translation>
    </message>
    <message>
        <source>Agenda ite&amp;m</source>
        <translation>&amp;Point de l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>Considered &amp;at</source>
        <translation>Examiné &amp;à</translation>
    </message>
    <message>
        <source>default: {symbol}</source>
        <translation>par défaut&#xa0;: {symbol}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Untick for the default: the distribution deadline</source>
        <translation>Décochez pour la valeur par défaut&#xa0;: la date limite de diffusion</translation>
    </message>
    <message>
        <source>Unticked: the distribution deadline, {date}</source>
        <translation>Décoché&#xa0;: la date limite de diffusion, {date}</translation>
    </message>
    <message>
        <source>Unticked: none until the meeting has dates and deadlines</source>
        <translation>Décoché&#xa0;: aucune tant que la réunion n&apos;a ni dates ni échéances</translation>
    </message>
    <message>
        <source>Documents: not saved ({error})</source>
        <translation>Documents&#xa0;: non enregistrés ({error})</translation>
    </message>
</context>
<context>
    <name>DocumentsModel</name>
    <message>
        <source>Symbol</source>
        <translation>Cote</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Point</translation>
    </message>
    <message>
        <source>Author or unit</source>
        <translation>Auteur ou service</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Mots</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Past its submission deadline and not submitted</source>
        <translation>Date limite de soumission dépassée et non soumis</translation>
    </message>
    <message>
        <source>From the deadline rules</source>
        <translation>D&apos;après les règles d&apos;échéance</translation>
    </message>
</context>
<context>
    <name>DocumentsTab</name>
    <message>
        <source>&amp;Add document</source>
        <translation>&amp;Ajouter un document</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifier</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln document(s)</source>
        <translation>
            <numerusform>%Ln document</numerusform>
            <numerusform>%Ln documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln document(s) past the submission deadline and not submitted</source>
        <translation>
            <numerusform>%Ln document dont la date limite de soumission est dépassée, non soumis</numerusform>
            <numerusform>%Ln documents dont la date limite de soumission est dépassée, non soumis</numerusform>
        </translation>
    </message>
    <message>
        <source>Add document “{name}”</source>
        <translation>Ajouter le document «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>Edit document “{name}”</source>
        <translation>Modifier le document «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>Delete document “{name}”</source>
        <translation>Supprimer le document «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>Import documents</source>
        <translation>Importer des documents</translation>
    </message>
    <message>
        <source>Tables (*.csv *.tsv *.xlsx *.xlsm);;All files (*)</source>
        <translation>Tableaux (*.csv *.tsv *.xlsx *.xlsm);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Nothing imported:</source>
        <translation>Rien n&apos;a été importé&#xa0;:</translation>
    </message>
    <message>
        <source>The table holds no documents.</source>
        <translation>Le tableau ne contient aucun document.</translation>
    </message>
</context>
<context>
    <name>DuplicateDialog</name>
    <message>
        <source>Possible duplicate</source>
        <translation>Doublon possible</translation>
    </message>
    <message>
        <source>{name} is already in the list, with the same email.</source>
        <translation>{name} figure déjà dans la liste, avec la même adresse électronique.</translation>
    </message>
    <message>
        <source>{name} is already in the list, with the same names and organisation.</source>
        <translation>{name} figure déjà dans la liste, avec les mêmes nom, prénom et organisation.</translation>
    </message>
    <message>
        <source>A separate person is {kept}.</source>
        <translation>Une personne distincte est {kept}.</translation>
    </message>
    <message>
        <source>&amp;Merge into the existing entry</source>
        <translation>&amp;Fusionner avec l&apos;entrée existante</translation>
    </message>
    <message>
        <source>&amp;Add as a separate person</source>
        <translation>&amp;Ajouter comme une autre personne</translation>
    </message>
    <message>
        <source>&amp;Keep as a separate person</source>
        <translation>&amp;Garder comme une autre personne</translation>
    </message>
</context>
<context>
    <name>EditCommand</name>
    <message>
        <source>Redo {change}: not possible ({error}); nothing was changed</source>
        <translation>Rétablir {change}&#xa0;: impossible ({error})&#xa0;; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>Undo {change}: not possible ({error}); nothing was changed</source>
        <translation>Annuler {change}&#xa0;: impossible ({error})&#xa0;; rien n&apos;a été modifié</translation>
    </message>
</context>
<context>
    <name>FundingSourcesDialog</name>
    <message>
        <source>Funding sources</source>
        <translation>Sources de financement</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>PSC rate (%)</source>
        <translation>Taux de DAP (%)</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>&amp;Add source</source>
        <translation>&amp;Ajouter une source</translation>
    </message>
    <message>
        <source>&amp;Remove source</source>
        <translation>&amp;Retirer la source</translation>
    </message>
    <message>
        <source>Programme support costs are charged at each line&apos;s source rate: 13% is usual for extrabudgetary funds, 0 for the regular budget and existing resources.</source>
        <translation>Les dépenses d&apos;appui au programme sont calculées au taux de la source de chaque ligne&#xa0;: 13 % en général pour les fonds extrabudgétaires, 0 pour le budget ordinaire et les ressources existantes.</translation>
    </message>
    <message>
        <source>Row {row}: a name is required</source>
        <translation>Ligne {row}&#xa0;: un nom est requis</translation>
    </message>
    <message>
        <source>Row {row}: the name is longer than 200 characters</source>
        <translation>Ligne {row}&#xa0;: le nom dépasse 200 caractères</translation>
    </message>
    <message>
        <source>Row {row}: another source is called {name}</source>
        <translation>Ligne {row}&#xa0;: une autre source s&apos;appelle {name}</translation>
    </message>
    <message>
        <source>Row {row}: {error}</source>
        <translation>Ligne {row}&#xa0;: {error}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not saved.&lt;/b&gt; {error}.</source>
        <translation>&lt;b&gt;Non enregistré.&lt;/b&gt; {error}.</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>{name}: user guide</source>
        <translation>{name}&#xa0;: guide de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Open in &amp;browser</source>
        <translation>Ouvrir dans le &amp;navigateur</translation>
    </message>
    <message>
        <source>Open the guide in the desktop&apos;s web browser</source>
        <translation>Ouvrir le guide dans le navigateur Web du bureau</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>UTF-16 (Excel&apos;s “Unicode text”)</source>
        <translation>UTF-16 («&#xa0;Texte Unicode&#xa0;» d&apos;Excel)</translation>
    </message>
    <message>
        <source>Windows-1252 (Western Europe)</source>
        <translation>Windows-1252 (Europe occidentale)</translation>
    </message>
    <message>
        <source>Windows-1250 (Central Europe)</source>
        <translation>Windows-1250 (Europe centrale)</translation>
    </message>
    <message>
        <source>Windows-1251 (Cyrillic)</source>
        <translation>Windows-1251 (cyrillique)</translation>
    </message>
    <message>
        <source>Windows-1254 (Turkish)</source>
        <translation>Windows-1254 (turc)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajout</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Mise à jour</translation>
    </message>
    <message>
        <source>No change</source>
        <translation>Inchangé</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>{n} to add</source>
        <translation>à ajouter&#xa0;: {n}</translation>
    </message>
    <message>
        <source>{n} to update</source>
        <translation>à mettre à jour&#xa0;: {n}</translation>
    </message>
    <message>
        <source>{n} unchanged</source>
        <translation>inchangés&#xa0;: {n}</translation>
    </message>
    <message>
        <source>{n} with problems</source>
        <translation>avec problèmes&#xa0;: {n}</translation>
    </message>
    <message>
        <source>UTF-8 (with a byte-order mark)</source>
        <translation>UTF-8 (avec indicateur d&apos;ordre des octets)</translation>
    </message>
    <message>
        <source>Import participants — {file}</source>
        <translation>Importer des participants — {file}</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Codage&#xa0;:</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Lue comme</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>&lt;b&gt;Value for rows without one&lt;/b&gt; (a field the file lacks or leaves blank):</source>
        <translation>&lt;b&gt;Valeur pour les lignes qui n&apos;en ont pas&lt;/b&gt; (champ absent du fichier ou laissé vide)&#xa0;:</translation>
    </message>
    <message>
        <source>First rows</source>
        <translation>Premières lignes</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(non importée)</translation>
    </message>
    <message>
        <source>&lt;b&gt;{file}&lt;/b&gt;: {summary}.</source>
        <translation>&lt;b&gt;{file}&lt;/b&gt;&#xa0;: {summary}.</translation>
    </message>
    <message>
        <source>read as {encoding}; choose another if names look wrong</source>
        <translation>lu en {encoding}&#xa0;; choisissez-en un autre si les noms semblent erronés</translation>
    </message>
    <message>
        <source>Problems ({n})</source>
        <translation>Problèmes ({n})</translation>
    </message>
    <message>
        <source>Notices ({n})</source>
        <translation>Remarques ({n})</translation>
    </message>
    <message>
        <source>Import only the valid rows (skip those with problems: {n})</source>
        <translation>N&apos;importer que les lignes valides (ignorer celles qui posent problème&#xa0;: {n})</translation>
    </message>
    <message>
        <source>{column}: {problem}</source>
        <translation>{column}&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>{outcome} (see Notices)</source>
        <translation>{outcome} (voir Remarques)</translation>
    </message>
    <message>
        <source>Not yet importable: {missing}. Under Columns, choose the file&apos;s column for it, or a value for all rows.</source>
        <translation>Pas encore importable&#xa0;: {missing}. Sous Colonnes, choisissez la colonne du fichier correspondante, ou une valeur pour toutes les lignes.</translation>
    </message>
    <message>
        <source>Nothing is imported while a row has a problem: correct the file (or its encoding), or import only the valid rows.</source>
        <translation>Rien n&apos;est importé tant qu&apos;une ligne pose problème&#xa0;: corrigez le fichier (ou son codage), ou n&apos;importez que les lignes valides.</translation>
    </message>
    <message>
        <source>Nothing to import: everyone is already in the list as is.</source>
        <translation>Rien à importer&#xa0;: tout le monde figure déjà tel quel dans la liste.</translation>
    </message>
    <message>
        <source>The import is one step: Edit &gt; Undo takes it back.</source>
        <translation>L&apos;importation est une seule étape&#xa0;: Édition &gt; Annuler la défait.</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import translations — %1</source>
        <translation>Importer des traductions — %1</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Nothing can be imported until each problem below is settled: correct the file, or export it again from this plan.</source>
        <translation>Rien ne peut être importé tant que chaque problème ci-dessous n&apos;est pas réglé&#xa0;: corrigez le fichier, ou exportez-le de nouveau depuis ce plan.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>{summary}. Import is one step: Edit &gt; Undo takes it back.</source>
        <translation>{summary}. L&apos;importation est une seule étape&#xa0;: Édition &gt; Annuler la défait.</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Actuellement</translation>
    </message>
    <message>
        <source>From the file</source>
        <translation>Dans le fichier</translation>
    </message>
    <message>
        <source>(untranslated)</source>
        <translation>(non traduit)</translation>
    </message>
</context>
<context>
    <name>LettersDialog</name>
    <message>
        <source>Letters of invitation</source>
        <translation>Lettres d&apos;invitation</translation>
    </message>
    <message>
        <source>Each member State&apos;s permanent mission (note verbale)</source>
        <translation>Mission permanente de chaque État membre (note verbale)</translation>
    </message>
    <message>
        <source>Each participant</source>
        <translation>Chaque participant</translation>
    </message>
    <message>
        <source>the built-in letter</source>
        <translation>la lettre intégrée</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Destinataires&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Word te&amp;mplate:</source>
        <translation>&amp;Modèle Word&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>Dossi&amp;er&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Write letters</source>
        <translation>&amp;Rédiger les lettres</translation>
    </message>
    <message>
        <source>No letters can be written: {reason}</source>
        <translation>Aucune lettre ne peut être rédigée&#xa0;: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) (Word files). The first, {name}:</source>
        <translation>
            <numerusform>%n lettre (fichier Word). La première, {name}&#xa0;:</numerusform>
            <numerusform>%n lettres (fichiers Word). La première, {name}&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>Word template</source>
        <translation>Modèle Word</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Documents Word (*.docx)</translation>
    </message>
    <message>
        <source>Write the letters into</source>
        <translation>Rédiger les lettres dans</translation>
    </message>
    <message>
        <source>No letters written</source>
        <translation>Aucune lettre rédigée</translation>
    </message>
    <message>
        <source>Not all letters written</source>
        <translation>Toutes les lettres n&apos;ont pas été rédigées</translation>
    </message>
    <message>
        <source>Letters written</source>
        <translation>Lettres rédigées</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) written to {folder}.</source>
        <translation>
            <numerusform>%n lettre rédigée dans {folder}.</numerusform>
            <numerusform>%n lettres rédigées dans {folder}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&lt;p align=center&gt;Open a plan with File &amp;gt; Open, or create one with File &amp;gt; New.&lt;/p&gt;</source>
        <translation>&lt;p align=center&gt;Ouvrez un plan avec Fichier &amp;gt; Ouvrir, ou créez-en un avec Fichier &amp;gt; Nouveau.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nouveau…</translation>
    </message>
    <message>
        <source>Start a plan for a new meeting, in a file of its own</source>
        <translation>Commencer le plan d&apos;une nouvelle réunion, dans un fichier distinct</translation>
    </message>
    <message>
        <source>New &amp;from an existing plan…</source>
        <translation>Nouveau à partir d&apos;un plan e&amp;xistant…</translation>
    </message>
    <message>
        <source>Start the next session from an earlier plan: its options, budgets, agenda and deadlines, on new dates</source>
        <translation>Commencer la session suivante à partir d&apos;un plan antérieur&#xa0;: ses options, budgets, ordre du jour et échéances, à de nouvelles dates</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open a plan file (.consult)</source>
        <translation>Ouvrir un fichier de plan (.consult)</translation>
    </message>
    <message>
        <source>Open from ser&amp;ver…</source>
        <translation>Ouvrir depuis un &amp;serveur…</translation>
    </message>
    <message>
        <source>Open a plan kept on a PostgreSQL server, to work on it with others</source>
        <translation>Ouvrir un plan conservé sur un serveur PostgreSQL, pour y travailler à plusieurs</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Every change is already saved as you make it</source>
        <translation>Chaque modification est enregistrée dès qu&apos;elle est faite</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Enregistrer so&amp;us…</translation>
    </message>
    <message>
        <source>Copy the plan to a new file and go on in that one</source>
        <translation>Copier le plan dans un nouveau fichier et continuer dans celui-ci</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Close the plan (it is saved already)</source>
        <translation>Fermer le plan (il est déjà enregistré)</translation>
    </message>
    <message>
        <source>Restore from &amp;backup…</source>
        <translation>Restaurer une sauve&amp;garde…</translation>
    </message>
    <message>
        <source>Bring back an earlier copy of a plan, kept automatically, as a new file</source>
        <translation>Récupérer une copie antérieure d&apos;un plan, conservée automatiquement, dans un nouveau fichier</translation>
    </message>
    <message>
        <source>&amp;Letters of invitation…</source>
        <translation>&amp;Lettres d&apos;invitation…</translation>
    </message>
    <message>
        <source>Write a note verbale to each State&apos;s mission, or a letter to each participant</source>
        <translation>Rédiger une note verbale à la mission de chaque État, ou une lettre à chaque participant</translation>
    </message>
    <message>
        <source>&amp;Documents…</source>
        <translation>&amp;Documents…</translation>
    </message>
    <message>
        <source>Set each document&apos;s symbol, date of issue, distribution and agenda item</source>
        <translation>Définir la cote, la date de publication, la diffusion et le point de l&apos;ordre du jour de chaque document</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Close the window; the plan is saved already</source>
        <translation>Fermer la fenêtre&#xa0;; le plan est déjà enregistré</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Take back the last change to the plan</source>
        <translation>Défaire la dernière modification du plan</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Make again the change last taken back</source>
        <translation>Refaire la dernière modification défaite</translation>
    </message>
    <message>
        <source>Plan &amp;details…</source>
        <translation>&amp;Détails du plan…</translation>
    </message>
    <message>
        <source>The meeting&apos;s title, organiser, mandate, venue, dates, currency and PSC rate</source>
        <translation>Titre, organisateur, mandat, lieu, dates, monnaie et taux de DAP de la réunion</translation>
    </message>
    <message>
        <source>Texts in other &amp;languages…</source>
        <translation>Textes dans les autres &amp;langues…</translation>
    </message>
    <message>
        <source>The plan&apos;s texts in English, French and Russian side by side: type the versions, or send them to translators and import their work</source>
        <translation>Les textes du plan en anglais, en français et en russe côte à côte&#xa0;: saisissez les versions, ou envoyez-les aux traducteurs et importez leur travail</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>Choose the window&apos;s language, applied at the next start</source>
        <translation>Choisir la langue de la fenêtre, appliquée au prochain démarrage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guide de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>How to plan a meeting with this program, offline</source>
        <translation>Comment planifier une réunion avec ce programme, hors ligne</translation>
    </message>
    <message>
        <source>&amp;About {name}</source>
        <translation>À &amp;propos de {name}</translation>
    </message>
    <message>
        <source>The version, licence, and the Qt and Python it runs on</source>
        <translation>Version, licence, et versions de Qt et de Python utilisées</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Imprimer</translation>
    </message>
    <message>
        <source>See the pages of the document ({name}), then save them as PDF or print them</source>
        <translation>Voir les pages du document ({name}), puis les enregistrer en PDF ou les imprimer</translation>
    </message>
    <message>
        <source>&amp;Undo {change}</source>
        <translation>&amp;Annuler {change}</translation>
    </message>
    <message>
        <source>&amp;Redo {change}</source>
        <translation>&amp;Rétablir {change}</translation>
    </message>
    <message>
        <source>Cannot open the plan</source>
        <translation>Impossible d&apos;ouvrir le plan</translation>
    </message>
    <message>
        <source>Opened {path}</source>
        <translation>Ouvert&#xa0;: {path}</translation>
    </message>
    <message>
        <source>Opened read-only</source>
        <translation>Ouvert en lecture seule</translation>
    </message>
    <message>
        <source>{plan}: {why}.</source>
        <translation>{plan}&#xa0;: {why}.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>Read-only: {why}</source>
        <translation>Lecture seule&#xa0;: {why}</translation>
    </message>
    <message>
        <source>Nothing can be changed in this plan here; reading, printing and exporting work.</source>
        <translation>Rien ne peut être modifié dans ce plan ici&#xa0;; la lecture, l&apos;impression et l&apos;exportation fonctionnent.</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (lecture seule)</translation>
    </message>
    <message>
        <source>Open plan</source>
        <translation>Ouvrir un plan</translation>
    </message>
    <message>
        <source>New plan</source>
        <translation>Nouveau plan</translation>
    </message>
    <message>
        <source>Save plan as</source>
        <translation>Enregistrer le plan sous</translation>
    </message>
    <message>
        <source>Consult plans (*{suffix});;All files (*)</source>
        <translation>Plans Consult (*{suffix});;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Title of the meeting:</source>
        <translation>Titre de la réunion&#xa0;:</translation>
    </message>
    <message>
        <source>Cannot create the plan</source>
        <translation>Impossible de créer le plan</translation>
    </message>
    <message>
        <source>Every change is saved as you make it.</source>
        <translation>Chaque modification est enregistrée dès qu&apos;elle est faite.</translation>
    </message>
    <message>
        <source>Cannot save the plan</source>
        <translation>Impossible d&apos;enregistrer le plan</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>There are no backups yet: a copy of a plan is kept before its first change after opening.</source>
        <translation>Il n&apos;y a pas encore de sauvegarde&#xa0;: une copie du plan est conservée avant sa première modification après ouverture.</translation>
    </message>
    <message>
        <source>Cannot restore the backup</source>
        <translation>Impossible de restaurer la sauvegarde</translation>
    </message>
    <message>
        <source>The backup cannot be used: {error}</source>
        <translation>La sauvegarde est inutilisable&#xa0;: {error}</translation>
    </message>
    <message>
        <source>No recent plans</source>
        <translation>Aucun plan récent</translation>
    </message>
    <message>
        <source>About {name}</source>
        <translation>À propos de {name}</translation>
    </message>
</context>
<context>
    <name>MilestoneDialog</name>
    <message>
        <source>Milestone</source>
        <translation>Jalon</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>F&amp;ait</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>T&amp;ype</translation>
    </message>
    <message>
        <source>D&amp;ate</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>&amp;Ends (for a meeting)</source>
        <translation>&amp;Fin (pour une réunion)</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>The milestone needs a title.</source>
        <translation>Le jalon doit avoir un titre.</translation>
    </message>
    <message>
        <source>It ends ({end}) before it starts ({start}).</source>
        <translation>Il se termine ({end}) avant de commencer ({start}).</translation>
    </message>
</context>
<context>
    <name>MilestonesModel</name>
    <message>
        <source>Done: click to mark it not done (Ctrl+D)</source>
        <translation>Fait&#xa0;: cliquez pour le marquer non fait (Ctrl+D)</translation>
    </message>
    <message>
        <source>Not done yet: click to mark it done (Ctrl+D)</source>
        <translation>Pas encore fait&#xa0;: cliquez pour le marquer fait (Ctrl+D)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Jalon</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
</context>
<context>
    <name>NewFromDialog</name>
    <message>
        <source>New plan from an existing plan</source>
        <translation>Nouveau plan à partir d&apos;un plan existant</translation>
    </message>
    <message>
        <source>Bring the &amp;participants (invited again, travel approvals cleared)</source>
        <translation>Reprendre les &amp;participants (invités de nouveau, approbations de voyage effacées)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>À partir de</translation>
    </message>
    <message>
        <source>New &amp;first day</source>
        <translation>&amp;Nouveau premier jour</translation>
    </message>
    <message>
        <source>&amp;Create…</source>
        <translation>&amp;Créer…</translation>
    </message>
    <message>
        <source>What the new plan holds:</source>
        <translation>Contenu du nouveau plan&#xa0;:</translation>
    </message>
    <message>
        <source>Meeting days:</source>
        <translation>Jours de réunion&#xa0;:</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <source>Not copied</source>
        <translation>Non copié</translation>
    </message>
    <message>
        <source>To check</source>
        <translation>À vérifier</translation>
    </message>
    <message>
        <source>{name}: {total}</source>
        <translation>{name}&#xa0;: {total}</translation>
    </message>
</context>
<context>
    <name>OptionEditor</name>
    <message>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <source>&amp;Label</source>
        <translation>&amp;Lettre</translation>
    </message>
    <message>
        <source>T&amp;itle</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>For&amp;mat</source>
        <translation>For&amp;mule</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>D&amp;escription</translation>
    </message>
    <message>
        <source>P&amp;roposed start</source>
        <translation>Début propo&amp;sé</translation>
    </message>
    <message>
        <source>E&amp;xpected participants</source>
        <translation>Participants attendus</translation>
    </message>
    <message>
        <source>Resources needed</source>
        <translation>Ressources nécessaires</translation>
    </message>
    <message>
        <source>Decisio&amp;n</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation>Date de la décision</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Proposed end</source>
        <translation>Fi&amp;n proposée</translation>
    </message>
    <message>
        <source>&amp;Venue</source>
        <translation>L&amp;ieu</translation>
    </message>
    <message>
        <source>Ris&amp;ks</source>
        <translation>Ris&amp;ques</translation>
    </message>
    <message>
        <source>Benefits</source>
        <translation>A&amp;vantages</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>OptionsListModel</name>
    <message>
        <source>{status}; total {total}</source>
        <translation>{status}&#xa0;; total {total}</translation>
    </message>
</context>
<context>
    <name>OptionsTab</name>
    <message>
        <source>Delete option</source>
        <translation>Supprimer l&apos;option</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliquer</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Move u&amp;p</source>
        <translation>Mon&amp;ter</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Descend&amp;re</translation>
    </message>
    <message>
        <source>Figures as in the Budget tab, programme support costs included. Not yet funded: lines on sources other than the regular budget or existing resources.</source>
        <translation>Chiffres de l&apos;onglet Budget, dépenses d&apos;appui au programme comprises. Non encore financé&#xa0;: lignes imputées sur des sources autres que le budget ordinaire ou les ressources existantes.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>Comparaison</translation>
    </message>
    <message>
        <source>{action} option ({keys})</source>
        <translation>{action} l&apos;option ({keys})</translation>
    </message>
    <message>
        <source>{reason}. Not saved.</source>
        <translation>{reason}. Non enregistré.</translation>
    </message>
    <message>
        <source>Dates not saved.</source>
        <translation>Dates non enregistrées.</translation>
    </message>
    <message numerus="yes">
        <source>Delete option {option} and its %n budget line(s)? Edit &gt; Undo brings it back.</source>
        <translation>
            <numerusform>Supprimer l&apos;option {option} et sa ligne budgétaire&#xa0;? Édition &gt; Annuler la rétablit.</numerusform>
            <numerusform>Supprimer l&apos;option {option} et ses %n lignes budgétaires&#xa0;? Édition &gt; Annuler la rétablit.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete option {option}? Edit &gt; Undo brings it back.</source>
        <translation>Supprimer l&apos;option {option}&#xa0;? Édition &gt; Annuler la rétablit.</translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Member States of the body</source>
        <translation>États membres de l&apos;organe</translation>
    </message>
    <message>
        <source>Other countries and territories</source>
        <translation>Autres pays et territoires</translation>
    </message>
    <message>
        <source>%1 (automatic)</source>
        <translation>%1 (automatique)</translation>
    </message>
    <message>
        <source>as written</source>
        <translation>tels qu&apos;écrits</translation>
    </message>
    <message>
        <source>Edit participant</source>
        <translation>Modifier le participant</translation>
    </message>
    <message>
        <source>Add participant</source>
        <translation>Ajouter un participant</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Demandé</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <source>estimated cost, e.g. 1850.00</source>
        <translation>coût estimé, par ex. 1850,00</translation>
    </message>
    <message>
        <source>&amp;Head of delegation</source>
        <translation>Chef de &amp;délégation</translation>
    </message>
    <message>
        <source>rank in the delegation, e.g. 2</source>
        <translation>rang dans la délégation, par ex. 2</translation>
    </message>
    <message>
        <source>Honorific</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>&amp;Given name</source>
        <translation>&amp;Prénom</translation>
    </message>
    <message>
        <source>&amp;Family name *</source>
        <translation>&amp;Nom *</translation>
    </message>
    <message>
        <source>In &amp;Latin letters</source>
        <translation>En caractères &amp;latins</translation>
    </message>
    <message>
        <source>The given and family names as the English and French lists print them, for a name written in Cyrillic</source>
        <translation>Le prénom et le nom tels que les listes anglaise et française les impriment, pour un nom écrit en cyrillique</translation>
    </message>
    <message>
        <source>F&amp;unction</source>
        <translation>&amp;Fonction</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>Countr&amp;y</source>
        <translation>Pa&amp;ys</translation>
    </message>
    <message>
        <source>&amp;Category *</source>
        <translation>&amp;Catégorie *</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Statut</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>Cou&amp;rriel</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Téléphone</translation>
    </message>
    <message>
        <source>Travel support</source>
        <translation>Prise en charge du voyage</translation>
    </message>
    <message>
        <source>Change the ticket, nights, DSA or terminal expenses in the Budget tab, Travellers…</source>
        <translation>Modifiez le billet, les nuitées, l&apos;indemnité journalière de subsistance ou les faux frais dans l&apos;onglet Budget, Voyageurs…</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Délégation</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>Not&amp;es</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field}&#xa0;: {problem}</translation>
    </message>
</context>
<context>
    <name>ParticipantsFilter</name>
    <message>
        <source>Travel requested</source>
        <translation>Voyage demandé</translation>
    </message>
    <message>
        <source>Travel approved</source>
        <translation>Voyage approuvé</translation>
    </message>
    <message>
        <source>No travel requested</source>
        <translation>Aucun voyage demandé</translation>
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <source>Honorific</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Travel requested</source>
        <translation>Voyage demandé</translation>
    </message>
    <message>
        <source>Travel approved</source>
        <translation>Voyage approuvé</translation>
    </message>
    <message>
        <source>Travel amount</source>
        <translation>Montant du voyage</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Head of delegation</source>
        <translation>Chef de délégation</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Family name (Latin)</source>
        <translation>Nom (caractères latins)</translation>
    </message>
    <message>
        <source>Given name (Latin)</source>
        <translation>Prénom (caractères latins)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
</context>
<context>
    <name>ParticipantsTab</name>
    <message>
        <source>Delete participants</source>
        <translation>Supprimer des participants</translation>
    </message>
    <message>
        <source>Search the visible columns…</source>
        <translation>Rechercher dans les colonnes visibles…</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Tous les pays</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Any travel support</source>
        <translation>Toute prise en charge</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Set &amp;status</source>
        <translation>Changer le &amp;statut</translation>
    </message>
    <message>
        <source>Set status</source>
        <translation>Changer le statut</translation>
    </message>
    <message>
        <source>Change the status of every selected participant</source>
        <translation>Changer le statut de chaque participant sélectionné</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message numerus="yes">
        <source>%Ln participant(s)</source>
        <translation>
            <numerusform>%Ln participant</numerusform>
            <numerusform>%Ln participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %Ln participant(s) shown</source>
        <translation>
            <numerusform>{shown} participant affiché sur %Ln</numerusform>
            <numerusform>{shown} participants affichés sur %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln confirmed</source>
        <translation>
            <numerusform>%Ln confirmé</numerusform>
            <numerusform>%Ln confirmés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln with funded travel ({amount})</source>
        <translation>
            <numerusform>%Ln avec voyage financé ({amount})</numerusform>
            <numerusform>%Ln avec voyage financé ({amount})</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge into {name}</source>
        <translation>Fusionner avec {name}</translation>
    </message>
    <message>
        <source>Delete {name}?</source>
        <translation>Supprimer {name}&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln participants?</source>
        <translation>
            <numerusform>Supprimer %Ln participant&#xa0;?</numerusform>
            <numerusform>Supprimer %Ln participants&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit &gt; Undo brings them back.</source>
        <translation>Édition &gt; Annuler les rétablit.</translation>
    </message>
    <message>
        <source>Import participants</source>
        <translation>Importer des participants</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx *.xlsm *.tsv);;All files (*)</source>
        <translation>Feuilles de calcul (*.csv *.xlsx *.xlsm *.tsv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Export participants</source>
        <translation>Exporter les participants</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv);;Excel workbook (*.xlsx)</source>
        <translation>CSV, UTF-8 (*.csv);;Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>No sheet of {file} has the expected columns. Which sheet holds the participants?</source>
        <translation>Aucune feuille de {file} n&apos;a les colonnes attendues. Quelle feuille contient les participants&#xa0;?</translation>
    </message>
    <message>
        <source>Imported {file}: {summary}</source>
        <translation>{file} importé&#xa0;: {summary}</translation>
    </message>
    <message>
        <source>{path}: not written ({error})</source>
        <translation>{path}&#xa0;: non écrit ({error})</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln participant(s) to {file}</source>
        <translation>
            <numerusform>%Ln participant exporté vers {file}</numerusform>
            <numerusform>%Ln participants exportés vers {file}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Phrases</name>
    <message>
        <source>Add option</source>
        <translation>Ajouter une option</translation>
    </message>
    <message>
        <source>Add option ({label})</source>
        <translation>Ajouter l&apos;option ({label})</translation>
    </message>
    <message>
        <source>Duplicate option</source>
        <translation>Dupliquer l&apos;option</translation>
    </message>
    <message>
        <source>Duplicate option as ({label})</source>
        <translation>Dupliquer l&apos;option en ({label})</translation>
    </message>
    <message>
        <source>Delete option ({label})</source>
        <translation>Supprimer l&apos;option ({label})</translation>
    </message>
    <message>
        <source>Edit option ({label})</source>
        <translation>Modifier l&apos;option ({label})</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n budget lines</source>
        <translation>
            <numerusform>Supprimer %n ligne budgétaire</numerusform>
            <numerusform>Supprimer %n lignes budgétaires</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit category</source>
        <translation>Modifier la catégorie</translation>
    </message>
    <message>
        <source>Edit description</source>
        <translation>Modifier la description</translation>
    </message>
    <message>
        <source>Edit quantity</source>
        <translation>Modifier la quantité</translation>
    </message>
    <message>
        <source>Edit unit</source>
        <translation>Modifier l&apos;unité</translation>
    </message>
    <message>
        <source>Edit unit cost</source>
        <translation>Modifier le coût unitaire</translation>
    </message>
    <message>
        <source>Edit currency</source>
        <translation>Modifier la monnaie</translation>
    </message>
    <message>
        <source>Edit days / times</source>
        <translation>Modifier jours / ×</translation>
    </message>
    <message>
        <source>Edit funding source</source>
        <translation>Modifier le financement</translation>
    </message>
    <message>
        <source>Edit PSC</source>
        <translation>Modifier la DAP</translation>
    </message>
    <message>
        <source>Edit actual</source>
        <translation>Modifier le réel</translation>
    </message>
    <message>
        <source>Edit travel follows</source>
        <translation>Modifier «&#xa0;Voyages d&apos;après&#xa0;»</translation>
    </message>
    <message>
        <source>Edit rate month</source>
        <translation>Modifier le mois du taux</translation>
    </message>
    <message>
        <source>Edit budget line</source>
        <translation>Modifier la ligne budgétaire</translation>
    </message>
    <message>
        <source>Add budget line</source>
        <translation>Ajouter une ligne budgétaire</translation>
    </message>
    <message>
        <source>Edit funding sources</source>
        <translation>Modifier les sources de financement</translation>
    </message>
    <message>
        <source>Edit deadline rules</source>
        <translation>Modifier les règles d&apos;échéance</translation>
    </message>
    <message numerus="yes">
        <source>Import %Ln DSA rates</source>
        <translation>
            <numerusform>Importer %Ln taux d&apos;IJS</numerusform>
            <numerusform>Importer %Ln taux d&apos;IJS</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %Ln rates of exchange</source>
        <translation>
            <numerusform>Importer %Ln taux de change</numerusform>
            <numerusform>Importer %Ln taux de change</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n budget lines</source>
        <translation>
            <numerusform>Ajouter %n ligne budgétaire</numerusform>
            <numerusform>Ajouter %n lignes budgétaires</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit travel costs of {name}</source>
        <translation>Modifier les frais de voyage de {name}</translation>
    </message>
    <message>
        <source>Edit travel costs</source>
        <translation>Modifier les frais de voyage</translation>
    </message>
    <message>
        <source>Add {name}</source>
        <translation>Ajouter {name}</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>Modifier {name}</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln participants</source>
        <translation>
            <numerusform>Supprimer %Ln participant</numerusform>
            <numerusform>Supprimer %Ln participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set %Ln to {status}</source>
        <translation>
            <numerusform>Passer %Ln participant à «&#xa0;{status}&#xa0;»</numerusform>
            <numerusform>Passer %Ln participants à «&#xa0;{status}&#xa0;»</numerusform>
        </translation>
    </message>
    <message>
        <source>Import {source}</source>
        <translation>Importer {source}</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>Ajouter un point</translation>
    </message>
    <message>
        <source>Add break</source>
        <translation>Ajouter une pause</translation>
    </message>
    <message>
        <source>Add lunch</source>
        <translation>Ajouter un déjeuner</translation>
    </message>
    <message>
        <source>Add side event</source>
        <translation>Ajouter une manifestation parallèle</translation>
    </message>
    <message>
        <source>Edit {item}</source>
        <translation>Modifier {item}</translation>
    </message>
    <message>
        <source>Move {item} to {day}</source>
        <translation>Déplacer {item} au {day}</translation>
    </message>
    <message>
        <source>Move {item} up</source>
        <translation>Monter {item}</translation>
    </message>
    <message>
        <source>Move {item} down</source>
        <translation>Descendre {item}</translation>
    </message>
    <message>
        <source>Delete {item}</source>
        <translation>Supprimer {item}</translation>
    </message>
    <message>
        <source>Start from the standard items</source>
        <translation>Partir des points standard</translation>
    </message>
    <message>
        <source>Add milestone “{title}”</source>
        <translation>Ajouter le jalon «&#xa0;{title}&#xa0;»</translation>
    </message>
    <message>
        <source>Accept deadline “{title}”</source>
        <translation>Accepter l&apos;échéance «&#xa0;{title}&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>Accept %n deadlines</source>
        <translation>
            <numerusform>Accepter %n échéance</numerusform>
            <numerusform>Accepter %n échéances</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit milestone “{title}”</source>
        <translation>Modifier le jalon «&#xa0;{title}&#xa0;»</translation>
    </message>
    <message>
        <source>Mark done “{title}”</source>
        <translation>Marquer comme fait «&#xa0;{title}&#xa0;»</translation>
    </message>
    <message>
        <source>Mark not done “{title}”</source>
        <translation>Marquer comme non fait «&#xa0;{title}&#xa0;»</translation>
    </message>
    <message>
        <source>Delete milestone “{title}”</source>
        <translation>Supprimer le jalon «&#xa0;{title}&#xa0;»</translation>
    </message>
    <message>
        <source>Edit summary: {heading}</source>
        <translation>Modifier le résumé&#xa0;: {heading}</translation>
    </message>
    <message>
        <source>Edit plan details</source>
        <translation>Modifier les détails du plan</translation>
    </message>
    <message>
        <source>Import documents from {name}</source>
        <translation>Importer des documents de {name}</translation>
    </message>
    <message>
        <source>Edit the identity of the provisional annotated agenda</source>
        <translation>Modifier l&apos;identité de l&apos;ordre du jour provisoire annoté</translation>
    </message>
    <message>
        <source>Edit the identity of the list of participants</source>
        <translation>Modifier l&apos;identité de la liste des participants</translation>
    </message>
    <message>
        <source>Edit the identity of the budget</source>
        <translation>Modifier l&apos;identité du budget</translation>
    </message>
    <message>
        <source>Edit the identity of the options note</source>
        <translation>Modifier l&apos;identité de la note sur les options</translation>
    </message>
    <message>
        <source>Edit the identity of the summary of discussions</source>
        <translation>Modifier l&apos;identité du résumé des débats</translation>
    </message>
    <message>
        <source>Edit the identity of the list of documents</source>
        <translation>Modifier l&apos;identité de la liste des documents</translation>
    </message>
    <message>
        <source>Edit the identity of the meeting pack</source>
        <translation>Modifier l&apos;identité du dossier de réunion</translation>
    </message>
    <message>
        <source>Edit a document&apos;s identity</source>
        <translation>Modifier l&apos;identité d&apos;un document</translation>
    </message>
    <message>
        <source>Edit the documents&apos; identities</source>
        <translation>Modifier l&apos;identité des documents</translation>
    </message>
    <message numerus="yes">
        <source>Import %Ln English texts</source>
        <translation>
            <numerusform>Importer %Ln texte anglais</numerusform>
            <numerusform>Importer %Ln textes anglais</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %Ln French texts</source>
        <translation>
            <numerusform>Importer %Ln texte français</numerusform>
            <numerusform>Importer %Ln textes français</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %Ln Russian texts</source>
        <translation>
            <numerusform>Importer %Ln texte russe</numerusform>
            <numerusform>Importer %Ln textes russes</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit the English version of {text}</source>
        <translation>Modifier la version anglaise de {text}</translation>
    </message>
    <message>
        <source>Edit the French version of {text}</source>
        <translation>Modifier la version française de {text}</translation>
    </message>
    <message>
        <source>Edit the Russian version of {text}</source>
        <translation>Modifier la version russe de {text}</translation>
    </message>
    <message numerus="yes">
        <source>Edit %Ln English texts</source>
        <translation>
            <numerusform>Modifier %Ln texte anglais</numerusform>
            <numerusform>Modifier %Ln textes anglais</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Edit %Ln French texts</source>
        <translation>
            <numerusform>Modifier %Ln texte français</numerusform>
            <numerusform>Modifier %Ln textes français</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Edit %Ln Russian texts</source>
        <translation>
            <numerusform>Modifier %Ln texte russe</numerusform>
            <numerusform>Modifier %Ln textes russes</numerusform>
        </translation>
    </message>
    <message>
        <source>someone else changed it since; their change is kept</source>
        <translation>quelqu&apos;un d&apos;autre l&apos;a modifié depuis&#xa0;; sa modification est conservée</translation>
    </message>
    <message>
        <source>someone else changed the rates since; their change is kept</source>
        <translation>quelqu&apos;un d&apos;autre a modifié les taux depuis&#xa0;; sa modification est conservée</translation>
    </message>
    <message>
        <source>not saved: of the {rows} you edited, {what}; nothing was overwritten</source>
        <translation>non enregistré&#xa0;: des {rows} que vous avez modifiées, {what}&#xa0;; rien n&apos;a été écrasé</translation>
    </message>
    <message numerus="yes">
        <source>%n changed by someone else since you read them</source>
        <translation>
            <numerusform>%n modifiée par quelqu&apos;un d&apos;autre depuis que vous l&apos;avez lue</numerusform>
            <numerusform>%n modifiées par quelqu&apos;un d&apos;autre depuis que vous les avez lues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deleted by someone else</source>
        <translation>
            <numerusform>%n supprimée par quelqu&apos;un d&apos;autre</numerusform>
            <numerusform>%n supprimées par quelqu&apos;un d&apos;autre</numerusform>
        </translation>
    </message>
    <message>
        <source>{changed} and {deleted}</source>
        <translation>{changed} et {deleted}</translation>
    </message>
    <message>
        <source>participant rows</source>
        <translation>lignes de participants</translation>
    </message>
    <message>
        <source>agenda item rows</source>
        <translation>lignes de l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>milestone rows</source>
        <translation>lignes de jalons</translation>
    </message>
    <message>
        <source>summary section rows</source>
        <translation>lignes de sections du résumé</translation>
    </message>
    <message>
        <source>option rows</source>
        <translation>lignes d&apos;options</translation>
    </message>
    <message>
        <source>budget line rows</source>
        <translation>lignes budgétaires</translation>
    </message>
    <message>
        <source>document rows</source>
        <translation>lignes de documents</translation>
    </message>
    <message>
        <source>funding source rows</source>
        <translation>lignes de sources de financement</translation>
    </message>
    <message>
        <source>plan rows</source>
        <translation>lignes du plan</translation>
    </message>
    <message>
        <source>translation rows</source>
        <translation>lignes de traductions</translation>
    </message>
    <message>
        <source>{plan} is open read-only: {why}</source>
        <translation>{plan} est ouvert en lecture seule&#xa0;: {why}</translation>
    </message>
    <message>
        <source>{path}: the file was moved, deleted or replaced since it was opened; use Save As to keep a copy of what is shown</source>
        <translation>{path}&#xa0;: le fichier a été déplacé, supprimé ou remplacé depuis son ouverture&#xa0;; utilisez Enregistrer sous pour garder une copie de ce qui est affiché</translation>
    </message>
    <message>
        <source>{plan}: the server cannot be reached, so this change was not saved ({reason}); it is kept, try again</source>
        <translation>{plan}&#xa0;: le serveur est injoignable, cette modification n&apos;a donc pas été enregistrée ({reason})&#xa0;; elle est gardée, réessayez</translation>
    </message>
    <message>
        <source>{plan}: your role may not change this plan ({reason})</source>
        <translation>{plan}&#xa0;: votre rôle ne permet pas de modifier ce plan ({reason})</translation>
    </message>
    <message>
        <source>&apos;{a}&apos; and &apos;{b}&apos; are both in {room} on {day} from {start} to {end}</source>
        <translation>«&#xa0;{a}&#xa0;» et «&#xa0;{b}&#xa0;» ont lieu tous deux dans {room} le {day} de {start} à {end}</translation>
    </message>
    <message>
        <source>{person} is in both &apos;{a}&apos; and &apos;{b}&apos; on {day} from {start} to {end}</source>
        <translation>{person} est à la fois dans «&#xa0;{a}&#xa0;» et dans «&#xa0;{b}&#xa0;» le {day} de {start} à {end}</translation>
    </message>
    <message>
        <source>participant {id}</source>
        <translation>participant {id}</translation>
    </message>
    <message>
        <source>{person} chairs &apos;{item}&apos; but has declined</source>
        <translation>{person} préside «&#xa0;{item}&#xa0;» mais a décliné</translation>
    </message>
    <message>
        <source>{person} speaks at &apos;{item}&apos; but has declined</source>
        <translation>{person} intervient dans «&#xa0;{item}&#xa0;» mais a décliné</translation>
    </message>
    <message>
        <source>&apos;{item}&apos; is on {day}, outside the meeting&apos;s days ({dates})</source>
        <translation>«&#xa0;{item}&#xa0;» est le {day}, en dehors des jours de la réunion ({dates})</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation>du {first} au {last}</translation>
    </message>
    <message>
        <source>&apos;{item}&apos; runs {start} to {end} on {day}, outside the meeting&apos;s hours ({opens} to {closes})</source>
        <translation>«&#xa0;{item}&#xa0;» a lieu de {start} à {end} le {day}, en dehors des heures de la réunion (de {opens} à {closes})</translation>
    </message>
    <message>
        <source>&apos;{item}&apos; is on a weekend day, {day}</source>
        <translation>«&#xa0;{item}&#xa0;» tombe un jour de week-end, le {day}</translation>
    </message>
    <message numerus="yes">
        <source>%n items are on a weekend day, {day}</source>
        <translation>
            <numerusform>%n point tombe un jour de week-end, le {day}</numerusform>
            <numerusform>%n points tombent un jour de week-end, le {day}</numerusform>
        </translation>
    </message>
    <message>
        <source>Option ({label}) ends on {end}, after its outcome is due on {due} ({title})</source>
        <translation>L&apos;option ({label}) se termine le {end}, après la date où son résultat est attendu, le {due} ({title})</translation>
    </message>
    <message>
        <source>Past its date and not done: {title} ({day})</source>
        <translation>Date passée et non fait&#xa0;: {title} ({day})</translation>
    </message>
    <message numerus="yes">
        <source>Deadline already missed: {title} was due on {due}, %n weeks before the meeting on {start}</source>
        <translation>
            <numerusform>Échéance déjà manquée&#xa0;: {title} était attendu le {due}, %n semaine avant la réunion du {start}</numerusform>
            <numerusform>Échéance déjà manquée&#xa0;: {title} était attendu le {due}, %n semaines avant la réunion du {start}</numerusform>
        </translation>
    </message>
    <message>
        <source>{title} is on {day}, in {year}, while the meeting is in {meeting}</source>
        <translation>{title} est le {day}, en {year}, alors que la réunion a lieu en {meeting}</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>Coût unitaire</translation>
    </message>
    <message>
        <source>Days or multiplier</source>
        <translation>Jours ou multiplicateur</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Réel</translation>
    </message>
    <message>
        <source>PSC rate</source>
        <translation>Taux de DAP</translation>
    </message>
    <message>
        <source>Units per USD</source>
        <translation>Unités par dollar</translation>
    </message>
    <message>
        <source>DSA rate</source>
        <translation>Taux d&apos;IJS</translation>
    </message>
    <message>
        <source>Nights</source>
        <translation>Nuitées</translation>
    </message>
    <message>
        <source>{what}: {error}</source>
        <translation>{what}&#xa0;: {error}</translation>
    </message>
    <message>
        <source>{what} cannot be negative</source>
        <translation>{what}&#xa0;: la valeur ne peut pas être négative</translation>
    </message>
    <message>
        <source>{what} cannot be more than {limit}</source>
        <translation>{what}&#xa0;: la valeur ne peut pas dépasser {limit}</translation>
    </message>
    <message numerus="yes">
        <source>{what} can have at most %n decimal places</source>
        <translation>
            <numerusform>{what}&#xa0;: au plus %n décimale</numerusform>
            <numerusform>{what}&#xa0;: au plus %n décimales</numerusform>
        </translation>
    </message>
    <message>
        <source>Currency: {text} is not a three-letter code (CHF, EUR)</source>
        <translation>Monnaie&#xa0;: {text} n&apos;est pas un code de trois lettres (CHF, EUR)</translation>
    </message>
    <message>
        <source>Units per USD cannot be zero</source>
        <translation>Les unités par dollar ne peuvent pas être nulles</translation>
    </message>
    <message>
        <source>DSA rate cannot be zero</source>
        <translation>Le taux d&apos;IJS ne peut pas être nul</translation>
    </message>
    <message>
        <source>a number is required</source>
        <translation>un nombre est requis</translation>
    </message>
    <message>
        <source>{text} is not a number</source>
        <translation>{text} n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>{text} is too large (the limit is {limit})</source>
        <translation>{text} est trop grand (la limite est {limit})</translation>
    </message>
    <message>
        <source>not an amount: {text}</source>
        <translation>pas un montant&#xa0;: {text}</translation>
    </message>
    <message>
        <source>must be a positive amount: {text}</source>
        <translation>le montant doit être positif&#xa0;: {text}</translation>
    </message>
    <message>
        <source>too large an amount: {text}</source>
        <translation>montant trop élevé&#xa0;: {text}</translation>
    </message>
    <message>
        <source>more than 2 decimal places: {text}</source>
        <translation>plus de 2 décimales&#xa0;: {text}</translation>
    </message>
    <message>
        <source>the family name is required</source>
        <translation>le nom de famille est requis</translation>
    </message>
    <message>
        <source>the category is required</source>
        <translation>la catégorie est requise</translation>
    </message>
    <message>
        <source>unknown category {text}</source>
        <translation>catégorie inconnue {text}</translation>
    </message>
    <message>
        <source>unknown status {text}</source>
        <translation>statut inconnu {text}</translation>
    </message>
    <message>
        <source>unknown country {text}</source>
        <translation>pays inconnu {text}</translation>
    </message>
    <message>
        <source>not an email address: {text}</source>
        <translation>pas une adresse électronique&#xa0;: {text}</translation>
    </message>
    <message>
        <source>expected yes or no, not {text}</source>
        <translation>oui ou non attendu, pas {text}</translation>
    </message>
    <message>
        <source>expected a whole number such as 2, not {text}</source>
        <translation>un nombre entier tel que 2 est attendu, pas {text}</translation>
    </message>
    <message numerus="yes">
        <source>Agenda: %n items on a weekend day, {day}</source>
        <translation>
            <numerusform>Ordre du jour&#xa0;: %n point un jour de week-end, le {day}</numerusform>
            <numerusform>Ordre du jour&#xa0;: %n points un jour de week-end, le {day}</numerusform>
        </translation>
    </message>
    <message>
        <source>Timeline: {title} moves from {old} to {new}, in {year} while the meeting is in {meeting}</source>
        <translation>Calendrier&#xa0;: «&#xa0;{title}&#xa0;» passe du {old} au {new}, en {year}, alors que la réunion a lieu en {meeting}</translation>
    </message>
    <message>
        <source>The meeting&apos;s first day moves from a {old_day} ({old}) to a {new_day} ({new}): check the days of the agenda</source>
        <translation>Le premier jour de la réunion passe d&apos;un {old_day} ({old}) à un {new_day} ({new})&#xa0;: vérifiez les jours de l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>the earlier plan has no meeting days (no dates on its options or in its details), so there is no day to move from</source>
        <translation>le plan antérieur n&apos;a pas de jours de réunion (ni dates dans ses options ni dans ses détails)&#xa0;: il n&apos;y a pas de jour à déplacer</translation>
    </message>
    <message>
        <source>{path}: is a folder</source>
        <translation>{path}&#xa0;: est un dossier</translation>
    </message>
    <message>
        <source>{path}: already exists</source>
        <translation>{path}&#xa0;: existe déjà</translation>
    </message>
    <message>
        <source>{path}: no such folder</source>
        <translation>{path}&#xa0;: dossier introuvable</translation>
    </message>
    <message>
        <source>{path}: is the plan it is made from</source>
        <translation>{path}&#xa0;: est le plan d&apos;origine</translation>
    </message>
    <message>
        <source>Plan details, the symbol&apos;s year following the new year</source>
        <translation>Détails du plan, l&apos;année de la cote suivant la nouvelle année</translation>
    </message>
    <message>
        <source>Plan details</source>
        <translation>Détails du plan</translation>
    </message>
    <message>
        <source>Options back to proposed, with no decision</source>
        <translation>Options remises à «&#xa0;Proposée&#xa0;», sans décision</translation>
    </message>
    <message numerus="yes">
        <source>Dates moved by %Ln days: the agenda&apos;s days, the milestones (not done), the options&apos; dates and the documents&apos; dates of issue; deadline rules follow the new first day</source>
        <translation>
            <numerusform>Dates déplacées de %Ln jour&#xa0;: les jours de l&apos;ordre du jour, les jalons (non faits), les dates des options et les dates de publication des documents&#xa0;; les règles d&apos;échéance suivent le nouveau premier jour</numerusform>
            <numerusform>Dates déplacées de %Ln jours&#xa0;: les jours de l&apos;ordre du jour, les jalons (non faits), les dates des options et les dates de publication des documents&#xa0;; les règles d&apos;échéance suivent le nouveau premier jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The text of %Ln summary sections (the sections stay, empty)</source>
        <translation>
            <numerusform>Le texte de %Ln section du résumé (les sections restent, vides)</numerusform>
            <numerusform>Le texte de %Ln sections du résumé (les sections restent, vides)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Actual expenditure on %Ln budget lines</source>
        <translation>
            <numerusform>Les dépenses réelles de %Ln ligne budgétaire</numerusform>
            <numerusform>Les dépenses réelles de %Ln lignes budgétaires</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The decisions on %Ln options</source>
        <translation>
            <numerusform>Les décisions sur %Ln option</numerusform>
            <numerusform>Les décisions sur %Ln options</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln participants (they may come along, invited again)</source>
        <translation>
            <numerusform>%Ln participant (il peut venir aussi, invité de nouveau)</numerusform>
            <numerusform>%Ln participants (ils peuvent venir aussi, invités de nouveau)</numerusform>
        </translation>
    </message>
    <message>
        <source>Participants back to invited, travel approvals cleared</source>
        <translation>Participants remis à «&#xa0;Invité&#xa0;», approbations de voyage effacées</translation>
    </message>
    <message>
        <source>The new meeting&apos;s first day is {day}</source>
        <translation>Le premier jour de la nouvelle réunion est le {day}</translation>
    </message>
    <message>
        <source>The new plan has no meeting days</source>
        <translation>Le nouveau plan n&apos;a pas de jours de réunion</translation>
    </message>
    <message numerus="yes">
        <source>%Ln member States</source>
        <translation>
            <numerusform>%Ln État membre</numerusform>
            <numerusform>%Ln États membres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln funding sources</source>
        <translation>
            <numerusform>%Ln source de financement</numerusform>
            <numerusform>%Ln sources de financement</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln options</source>
        <translation>
            <numerusform>%Ln option</numerusform>
            <numerusform>%Ln options</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln budget lines</source>
        <translation>
            <numerusform>%Ln ligne budgétaire</numerusform>
            <numerusform>%Ln lignes budgétaires</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln DSA rates</source>
        <translation>
            <numerusform>%Ln taux d&apos;IJS</numerusform>
            <numerusform>%Ln taux d&apos;IJS</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln exchange rates</source>
        <translation>
            <numerusform>%Ln taux de change</numerusform>
            <numerusform>%Ln taux de change</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln participants</source>
        <translation>
            <numerusform>%Ln participant</numerusform>
            <numerusform>%Ln participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln agenda items</source>
        <translation>
            <numerusform>%Ln point de l&apos;ordre du jour</numerusform>
            <numerusform>%Ln points de l&apos;ordre du jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln milestones</source>
        <translation>
            <numerusform>%Ln jalon</numerusform>
            <numerusform>%Ln jalons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln deadline rules</source>
        <translation>
            <numerusform>%Ln règle d&apos;échéance</numerusform>
            <numerusform>%Ln règles d&apos;échéance</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln summary sections</source>
        <translation>
            <numerusform>%Ln section du résumé</numerusform>
            <numerusform>%Ln sections du résumé</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln documents</source>
        <translation>
            <numerusform>%Ln document</numerusform>
            <numerusform>%Ln documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln translations</source>
        <translation>
            <numerusform>%Ln traduction</numerusform>
            <numerusform>%Ln traductions</numerusform>
        </translation>
    </message>
    <message>
        <source>plan</source>
        <translation>plan</translation>
    </message>
    <message>
        <source>document</source>
        <translation>document</translation>
    </message>
    <message>
        <source>option</source>
        <translation>option</translation>
    </message>
    <message>
        <source>funding source</source>
        <translation>source de financement</translation>
    </message>
    <message>
        <source>budget line</source>
        <translation>ligne budgétaire</translation>
    </message>
    <message>
        <source>agenda item</source>
        <translation>point de l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>milestone</source>
        <translation>jalon</translation>
    </message>
    <message>
        <source>summary section</source>
        <translation>section du résumé</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <source>organiser</source>
        <translation>organisateur</translation>
    </message>
    <message>
        <source>governing body</source>
        <translation>organe directeur</translation>
    </message>
    <message>
        <source>principal organ</source>
        <translation>organe principal</translation>
    </message>
    <message>
        <source>commission</source>
        <translation>commission</translation>
    </message>
    <message>
        <source>session</source>
        <translation>session</translation>
    </message>
    <message>
        <source>venue</source>
        <translation>lieu</translation>
    </message>
    <message>
        <source>mandate</source>
        <translation>mandat</translation>
    </message>
    <message>
        <source>members heading</source>
        <translation>titre des membres</translation>
    </message>
    <message>
        <source>non members heading</source>
        <translation>titre des non-membres</translation>
    </message>
    <message>
        <source>considered at</source>
        <translation>examiné à</translation>
    </message>
    <message>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <source>resources needed</source>
        <translation>ressources nécessaires</translation>
    </message>
    <message>
        <source>benefits</source>
        <translation>avantages</translation>
    </message>
    <message>
        <source>risks</source>
        <translation>risques</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>annotation</source>
        <translation>annotation</translation>
    </message>
    <message>
        <source>room</source>
        <translation>salle</translation>
    </message>
    <message>
        <source>heading</source>
        <translation>titre de section</translation>
    </message>
    <message>
        <source>body</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>{kind} {id}, {field}</source>
        <translation>{kind} {id}, {field}</translation>
    </message>
    <message>
        <source>the plan</source>
        <translation>le plan</translation>
    </message>
    <message>
        <source>agenda item {number}</source>
        <translation>point {number} de l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>agenda entry {title}</source>
        <translation>entrée de l&apos;ordre du jour {title}</translation>
    </message>
    <message>
        <source>option ({label})</source>
        <translation>option ({label})</translation>
    </message>
    <message>
        <source>funding source {name}</source>
        <translation>source de financement {name}</translation>
    </message>
    <message>
        <source>budget line {number} of option ({label})</source>
        <translation>ligne budgétaire {number} de l&apos;option ({label})</translation>
    </message>
    <message>
        <source>milestone of {date}</source>
        <translation>jalon du {date}</translation>
    </message>
    <message>
        <source>summary section {number}</source>
        <translation>section {number} du résumé</translation>
    </message>
    <message>
        <source>document {name}</source>
        <translation>document {name}</translation>
    </message>
    <message>
        <source>{row}, {field}</source>
        <translation>{row}, {field}</translation>
    </message>
    <message numerus="yes">
        <source>as speaker of %n agenda items</source>
        <translation>
            <numerusform>comme orateur de %n point de l&apos;ordre du jour</numerusform>
            <numerusform>comme orateur de %n points de l&apos;ordre du jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>as chair of %n agenda items</source>
        <translation>
            <numerusform>comme président de %n point de l&apos;ordre du jour</numerusform>
            <numerusform>comme président de %n points de l&apos;ordre du jour</numerusform>
        </translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} et {second}</translation>
    </message>
    <message>
        <source>This also removes them {roles}.</source>
        <translation>Cela retire aussi ces personnes {roles}.</translation>
    </message>
    <message>
        <source>This also removes this person {roles}.</source>
        <translation>Cela retire aussi cette personne {roles}.</translation>
    </message>
    <message>
        <source>{text} is not a month (YYYY-MM)</source>
        <translation>{text} n&apos;est pas un mois (AAAA-MM)</translation>
    </message>
    <message>
        <source>{key}: holds the control character {code}, which no XLSX or XLIFF file can keep; remove it from the text first</source>
        <translation>{key}&#xa0;: contient le caractère de contrôle {code}, qu&apos;aucun fichier XLSX ou XLIFF ne peut conserver&#xa0;; supprimez-le d&apos;abord du texte</translation>
    </message>
    <message>
        <source>{path}: a translation file is .xlsx or .xlf</source>
        <translation>{path}&#xa0;: un fichier de traduction est un .xlsx ou un .xlf</translation>
    </message>
    <message>
        <source>{path}: not an Excel workbook (.xlsx) ({error})</source>
        <translation>{path}&#xa0;: ce n&apos;est pas un classeur Excel (.xlsx) ({error})</translation>
    </message>
    <message>
        <source>{path}: no sheet {sheet} (sheets: {sheets})</source>
        <translation>{path}&#xa0;: pas de feuille {sheet} (feuilles&#xa0;: {sheets})</translation>
    </message>
    <message>
        <source>{path}: the sheet cannot be read ({error})</source>
        <translation>{path}&#xa0;: la feuille ne peut pas être lue ({error})</translation>
    </message>
    <message>
        <source>{path}: the sheet {sheet} is empty</source>
        <translation>{path}&#xa0;: la feuille {sheet} est vide</translation>
    </message>
    <message>
        <source>{path}: row 1: the columns are key, source, target (found {found})</source>
        <translation>{path}&#xa0;: ligne 1&#xa0;: les colonnes sont key, source, target (trouvées&#xa0;: {found})</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>row {number}</source>
        <translation>ligne {number}</translation>
    </message>
    <message>
        <source>{path}: not an XLIFF file ({error})</source>
        <translation>{path}&#xa0;: n&apos;est pas un fichier XLIFF ({error})</translation>
    </message>
    <message>
        <source>{path}: not an XLIFF 2.0 file</source>
        <translation>{path}&#xa0;: n&apos;est pas un fichier XLIFF 2.0</translation>
    </message>
    <message>
        <source>{path}: unit {ident}: one segment expected</source>
        <translation>{path}&#xa0;: unité {ident}&#xa0;: un seul segment attendu</translation>
    </message>
    <message>
        <source>unit {ident}</source>
        <translation>unité {ident}</translation>
    </message>
    <message>
        <source>{path}: the target language is {found}; expected one of {expected}</source>
        <translation>{path}&#xa0;: la langue cible est {found}&#xa0;; attendue&#xa0;: l&apos;une de {expected}</translation>
    </message>
    <message>
        <source>{path}: the source language is {found}, the plan&apos;s is {original}</source>
        <translation>{path}&#xa0;: la langue source est {found}, celle du plan est {original}</translation>
    </message>
    <message>
        <source>{path}: the file holds {held}, not {wanted}</source>
        <translation>{path}&#xa0;: le fichier est en {held}, pas en {wanted}</translation>
    </message>
    <message>
        <source>French (fr)</source>
        <comment>a file is in it</comment>
        <translation>français (fr)</translation>
    </message>
    <message>
        <source>Russian (ru)</source>
        <comment>a file is in it</comment>
        <translation>russe (ru)</translation>
    </message>
    <message>
        <source>English (en)</source>
        <comment>a file is in it</comment>
        <translation>anglais (en)</translation>
    </message>
    <message>
        <source>{path}: {row}</source>
        <translation>{path}&#xa0;: {row}</translation>
    </message>
    <message>
        <source>{where}: {error}</source>
        <translation>{where}&#xa0;: {error}</translation>
    </message>
    <message>
        <source>{where}: the key {key} appears twice</source>
        <translation>{where}&#xa0;: la clé {key} figure deux fois</translation>
    </message>
    <message>
        <source>{where}: the text {key} no longer exists in the plan</source>
        <translation>{where}&#xa0;: le texte {key} n&apos;existe plus dans le plan</translation>
    </message>
    <message>
        <source>{where}: the source of {key} changed since the export (now {now}); export again</source>
        <translation>{where}&#xa0;: le texte source de {key} a changé depuis l&apos;exportation (maintenant {now})&#xa0;; exportez à nouveau</translation>
    </message>
    <message>
        <source>{where}: the target of {key} is {length} characters, longer than the {limit} it holds</source>
        <translation>{where}&#xa0;: la traduction de {key} compte {length} caractères, plus que les {limit} que le champ peut contenir</translation>
    </message>
    <message>
        <source>not a key of a translatable text: {text}</source>
        <translation>n&apos;est pas la clé d&apos;un texte à traduire&#xa0;: {text}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln French texts changed, {unchanged} unchanged</source>
        <translation>
            <numerusform>%Ln texte français modifié, {unchanged} sans changement</numerusform>
            <numerusform>%Ln textes français modifiés, {unchanged} sans changement</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln Russian texts changed, {unchanged} unchanged</source>
        <translation>
            <numerusform>%Ln texte russe modifié, {unchanged} sans changement</numerusform>
            <numerusform>%Ln textes russes modifiés, {unchanged} sans changement</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln English texts changed, {unchanged} unchanged</source>
        <translation>
            <numerusform>%Ln texte anglais modifié, {unchanged} sans changement</numerusform>
            <numerusform>%Ln textes anglais modifiés, {unchanged} sans changement</numerusform>
        </translation>
    </message>
    <message>
        <source>{path}:{row}: {column}: {problem}</source>
        <translation>{path}:{row}&#xa0;: {column}&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>this column is given twice</source>
        <translation>cette colonne figure deux fois</translation>
    </message>
    <message>
        <source>no Title column: every document needs a title (the columns are Symbol, Title, Type, Item, Words, Languages, Status)</source>
        <translation>pas de colonne Title&#xa0;: chaque document doit avoir un titre (les colonnes sont Symbol, Title, Type, Item, Words, Languages, Status)</translation>
    </message>
    <message>
        <source>{symbol} is also on row {row}</source>
        <translation>{symbol} figure aussi à la ligne {row}</translation>
    </message>
    <message>
        <source>longer than {limit} characters</source>
        <translation>plus de {limit} caractères</translation>
    </message>
    <message>
        <source>the title is empty</source>
        <translation>le titre est vide</translation>
    </message>
    <message>
        <source>a date needs a status after drafting (submitted, edited, translated or issued)</source>
        <translation>une date demande un état postérieur à la rédaction (submitted, edited, translated ou issued)</translation>
    </message>
    <message>
        <source>{text} is not a whole number of words</source>
        <translation>{text} n&apos;est pas un nombre entier de mots</translation>
    </message>
    <message>
        <source>{text} is not a date (write YYYY-MM-DD)</source>
        <translation>{text} n&apos;est pas une date (écrivez AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>{word} is not a language (write E, F, R or their names)</source>
        <translation>{word} n&apos;est pas une langue (écrivez E, F, R ou leur nom)</translation>
    </message>
    <message>
        <source>no status {given} (statuses: {known})</source>
        <translation>pas d&apos;état {given} (états&#xa0;: {known})</translation>
    </message>
    <message>
        <source>no status {given}; did you mean {near}? (statuses: {known})</source>
        <translation>pas d&apos;état {given}&#xa0;; vouliez-vous dire {near}&#xa0;? (états&#xa0;: {known})</translation>
    </message>
    <message>
        <source>no type {given} (types: {known})</source>
        <translation>pas de type {given} (types&#xa0;: {known})</translation>
    </message>
    <message>
        <source>no type {given}; did you mean {near}? (types: {known})</source>
        <translation>pas de type {given}&#xa0;; vouliez-vous dire {near}&#xa0;? (types&#xa0;: {known})</translation>
    </message>
    <message>
        <source>a PDF</source>
        <translation>un PDF</translation>
    </message>
    <message>
        <source>a PDF or Word file</source>
        <translation>un PDF ou un fichier Word</translation>
    </message>
    <message>
        <source>a Word file</source>
        <translation>un fichier Word</translation>
    </message>
    <message>
        <source>a calendar</source>
        <translation>un calendrier</translation>
    </message>
    <message>
        <source>a file</source>
        <translation>un fichier</translation>
    </message>
    <message>
        <source>a translation file</source>
        <translation>un fichier de traduction</translation>
    </message>
    <message>
        <source>an Excel workbook</source>
        <translation>un classeur Excel</translation>
    </message>
    <message>
        <source>the plan address is empty</source>
        <translation>l&apos;adresse du plan est vide</translation>
    </message>
    <message>
        <source>the plan name holds a control character</source>
        <translation>le nom du plan contient un caractère de contrôle</translation>
    </message>
    <message>
        <source>the plan name is empty</source>
        <translation>le nom du plan est vide</translation>
    </message>
    <message>
        <source>the plan name is longer than {limit} characters</source>
        <translation>le nom du plan dépasse {limit} caractères</translation>
    </message>
    <message>
        <source>the port is not a number from 1 to 65535</source>
        <translation>le port n&apos;est pas un nombre de 1 à 65535</translation>
    </message>
    <message>
        <source>{path}: a change was interrupted and the file is read-only, so it cannot be repaired; make it writable and open it again</source>
        <translation>{path}&#xa0;: une modification a été interrompue et le fichier est en lecture seule, il ne peut donc pas être réparé&#xa0;; rendez-le modifiable et ouvrez-le de nouveau</translation>
    </message>
    <message>
        <source>{path}: a new plan is made as a file; upload it then</source>
        <translation>{path}&#xa0;: un nouveau plan se crée dans un fichier&#xa0;; téléversez-le ensuite</translation>
    </message>
    <message>
        <source>{path}: already exists; choose a new file name</source>
        <translation>{path}&#xa0;: existe déjà&#xa0;; choisissez un autre nom de fichier</translation>
    </message>
    <message>
        <source>{path}: cannot be opened ({error})</source>
        <translation>{path}&#xa0;: impossible d&apos;ouvrir le fichier ({error})</translation>
    </message>
    <message>
        <source>{path}: cannot be read ({error})</source>
        <translation>{path}&#xa0;: impossible de lire le fichier ({error})</translation>
    </message>
    <message>
        <source>{path}: cannot be replaced, it is {in_use}</source>
        <translation>{path}&#xa0;: impossible de le remplacer, il est {in_use}</translation>
    </message>
    <message>
        <source>{path}: cannot be written ({error})</source>
        <translation>{path}&#xa0;: impossible d&apos;écrire le fichier ({error})</translation>
    </message>
    <message>
        <source>{path}: could not be copied ({error})</source>
        <translation>{path}&#xa0;: la copie a échoué ({error})</translation>
    </message>
    <message>
        <source>{path}: could not be upgraded (a reference in {table} does not hold)</source>
        <translation>{path}&#xa0;: la mise à niveau a échoué (une référence dans {table} n&apos;est pas valide)</translation>
    </message>
    <message>
        <source>{path}: is a folder, not a plan file</source>
        <translation>{path}&#xa0;: c&apos;est un dossier, pas un fichier de plan</translation>
    </message>
    <message>
        <source>{path}: is a folder; name a file in it</source>
        <translation>{path}&#xa0;: c&apos;est un dossier&#xa0;; nommez un fichier à l&apos;intérieur</translation>
    </message>
    <message>
        <source>{path}: is a plan file; it is never written over (choose another name)</source>
        <translation>{path}&#xa0;: c&apos;est un fichier de plan&#xa0;; il n&apos;est jamais écrasé (choisissez un autre nom)</translation>
    </message>
    <message>
        <source>{path}: needs upgrading but {why}</source>
        <translation>{path}&#xa0;: doit être mis à niveau, mais {why}</translation>
    </message>
    <message>
        <source>{path}: no backup taken ({error})</source>
        <translation>{path}&#xa0;: aucune sauvegarde faite ({error})</translation>
    </message>
    <message>
        <source>{path}: no permission to write in this folder</source>
        <translation>{path}&#xa0;: pas d&apos;autorisation d&apos;écrire dans ce dossier</translation>
    </message>
    <message>
        <source>{path}: no such file</source>
        <translation>{path}&#xa0;: fichier introuvable</translation>
    </message>
    <message>
        <source>{path}: not a plan file (a database of another program)</source>
        <translation>{path}&#xa0;: pas un fichier de plan (une base de données d&apos;un autre programme)</translation>
    </message>
    <message>
        <source>{path}: not a plan file (not a regular file)</source>
        <translation>{path}&#xa0;: pas un fichier de plan (pas un fichier ordinaire)</translation>
    </message>
    <message>
        <source>{path}: not a plan file (not an SQLite database)</source>
        <translation>{path}&#xa0;: pas un fichier de plan (pas une base de données SQLite)</translation>
    </message>
    <message>
        <source>{path}: not a usable file name ({error})</source>
        <translation>{path}&#xa0;: nom de fichier inutilisable ({error})</translation>
    </message>
    <message>
        <source>{path}: not restored ({error})</source>
        <translation>{path}&#xa0;: non restauré ({error})</translation>
    </message>
    <message>
        <source>{path}: the file holds no plan</source>
        <translation>{path}&#xa0;: le fichier ne contient aucun plan</translation>
    </message>
    <message>
        <source>{path}: the file is damaged (no schema version)</source>
        <translation>{path}&#xa0;: le fichier est endommagé (pas de version de schéma)</translation>
    </message>
    <message>
        <source>{path}: the file is damaged (truncated: {size} of {expected} bytes)</source>
        <translation>{path}&#xa0;: le fichier est endommagé (tronqué&#xa0;: {size} octets sur {expected})</translation>
    </message>
    <message>
        <source>{path}: the file is damaged ({error})</source>
        <translation>{path}&#xa0;: le fichier est endommagé ({error})</translation>
    </message>
    <message>
        <source>{path}: the file is empty, not a plan</source>
        <translation>{path}&#xa0;: le fichier est vide, ce n&apos;est pas un plan</translation>
    </message>
    <message>
        <source>{path}: the file is read-only; it is left unchanged</source>
        <translation>{path}&#xa0;: le fichier est en lecture seule&#xa0;; il reste inchangé</translation>
    </message>
    <message>
        <source>{path}: this is the plan being read; choose another file</source>
        <translation>{path}&#xa0;: c&apos;est le plan en cours de lecture&#xa0;; choisissez un autre fichier</translation>
    </message>
    <message>
        <source>{path}: written by a newer version of Consult Desktop (schema {revision}); update the program to open it</source>
        <translation>{path}&#xa0;: écrit par une version plus récente de Consult Desktop (schéma {revision})&#xa0;; mettez le programme à jour pour l&apos;ouvrir</translation>
    </message>
    <message>
        <source>{path}: {what} cannot be written with no suffix (use {use})</source>
        <translation>{path}&#xa0;: impossible d&apos;écrire {what} sans extension (utilisez {use})</translation>
    </message>
    <message>
        <source>{path}: {what} cannot be written with {suffix} (use {use})</source>
        <translation>{path}&#xa0;: impossible d&apos;écrire {what} avec l&apos;extension {suffix} (utilisez {use})</translation>
    </message>
    <message>
        <source>{some} or {last}</source>
        <translation>{some} ou {last}</translation>
    </message>
    <message>
        <source>{where}: a plan of that name is already there; choose another name, or --force to replace it</source>
        <translation>{where}&#xa0;: un plan de ce nom existe déjà&#xa0;; choisissez un autre nom, ou --force pour le remplacer</translation>
    </message>
    <message>
        <source>{where}: an address has no &apos;#&apos; part</source>
        <translation>{where}&#xa0;: une adresse n&apos;a pas de partie «&#xa0;#&#xa0;»</translation>
    </message>
    <message>
        <source>{where}: holds no plan</source>
        <translation>{where}&#xa0;: ne contient aucun plan</translation>
    </message>
    <message>
        <source>{where}: no Consult Desktop plans here; run &apos;consult-desktop server init&apos; on this address first</source>
        <translation>{where}&#xa0;: aucun plan Consult Desktop ici&#xa0;; lancez d&apos;abord «&#xa0;consult-desktop server init&#xa0;» sur cette adresse</translation>
    </message>
    <message>
        <source>{where}: no plan named {plan} on this server (&apos;consult-desktop plans&apos; lists them)</source>
        <translation>{where}&#xa0;: aucun plan nommé {plan} sur ce serveur («&#xa0;consult-desktop plans&#xa0;» les énumère)</translation>
    </message>
    <message>
        <source>{where}: not a plan address; give a file path or a postgresql://server/database?plan=NAME address</source>
        <translation>{where}&#xa0;: ce n&apos;est pas une adresse de plan&#xa0;; indiquez le chemin d&apos;un fichier ou une adresse postgresql://serveur/base?plan=NOM</translation>
    </message>
    <message>
        <source>{where}: not a server address; it starts with postgresql://</source>
        <translation>{where}&#xa0;: ce n&apos;est pas une adresse de serveur&#xa0;; elle commence par postgresql://</translation>
    </message>
    <message>
        <source>{where}: not connected</source>
        <translation>{where}&#xa0;: non connecté</translation>
    </message>
    <message>
        <source>{where}: the address holds a password; keep it in ~/.pgpass or a service file instead (the program never stores one)</source>
        <translation>{where}&#xa0;: l&apos;adresse contient un mot de passe&#xa0;; gardez-le plutôt dans ~/.pgpass ou un fichier de service (le programme n&apos;en enregistre jamais)</translation>
    </message>
    <message>
        <source>{where}: the connection was lost ({error})</source>
        <translation>{where}&#xa0;: la connexion a été perdue ({error})</translation>
    </message>
    <message>
        <source>{where}: the database name cannot hold &apos;/&apos;</source>
        <translation>{where}&#xa0;: le nom de la base de données ne peut pas contenir «&#xa0;/&#xa0;»</translation>
    </message>
    <message>
        <source>{where}: the database name is missing (…/DATABASE?plan=NAME)</source>
        <translation>{where}&#xa0;: il manque le nom de la base de données (…/BASE?plan=NOM)</translation>
    </message>
    <message>
        <source>{where}: the part after &apos;?&apos; is not KEY=VALUE&amp;…</source>
        <translation>{where}&#xa0;: la partie après «&#xa0;?&#xa0;» n&apos;est pas de la forme CLÉ=VALEUR&amp;…</translation>
    </message>
    <message>
        <source>{where}: the plan has schema {revision}; open it once, or run &apos;server init&apos;, to upgrade it</source>
        <translation>{where}&#xa0;: le plan a le schéma {revision}&#xa0;; ouvrez-le une fois, ou lancez «&#xa0;server init&#xa0;», pour le mettre à niveau</translation>
    </message>
    <message>
        <source>{where}: the plan needs upgrading (schema {revision}) and your role may not change it</source>
        <translation>{where}&#xa0;: le plan doit être mis à niveau (schéma {revision}) et votre rôle ne peut pas le modifier</translation>
    </message>
    <message>
        <source>{where}: the plan&apos;s tables are missing</source>
        <translation>{where}&#xa0;: les tables du plan manquent</translation>
    </message>
    <message>
        <source>{where}: the port is not a number</source>
        <translation>{where}&#xa0;: le port n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>{where}: the port {port} is out of range</source>
        <translation>{where}&#xa0;: le port {port} est hors limites</translation>
    </message>
    <message>
        <source>{where}: the role you connect as has no access to this plan; ask the server&apos;s administrator</source>
        <translation>{where}&#xa0;: le rôle avec lequel vous vous connectez n&apos;a pas accès à ce plan&#xa0;; adressez-vous à l&apos;administrateur du serveur</translation>
    </message>
    <message>
        <source>{where}: the role you connect as is not allowed to do this ({error})</source>
        <translation>{where}&#xa0;: le rôle avec lequel vous vous connectez n&apos;a pas le droit de faire cela ({error})</translation>
    </message>
    <message>
        <source>{where}: the role {role} has no access to this plan; ask the server&apos;s administrator</source>
        <translation>{where}&#xa0;: le rôle {role} n&apos;a pas accès à ce plan&#xa0;; adressez-vous à l&apos;administrateur du serveur</translation>
    </message>
    <message>
        <source>{where}: the role {role} is not allowed to do this ({error})</source>
        <translation>{where}&#xa0;: le rôle {role} n&apos;a pas le droit de faire cela ({error})</translation>
    </message>
    <message>
        <source>{where}: the server asks for a password ({error})</source>
        <translation>{where}&#xa0;: le serveur demande un mot de passe ({error})</translation>
    </message>
    <message>
        <source>{where}: the server cannot be reached ({error})</source>
        <translation>{where}&#xa0;: le serveur est injoignable ({error})</translation>
    </message>
    <message>
        <source>{where}: unknown setting {key} (known: {known})</source>
        <translation>{where}&#xa0;: paramètre inconnu {key} (connus&#xa0;: {known})</translation>
    </message>
    <message>
        <source>{where}: which plan? add ?plan=NAME to the address</source>
        <translation>{where}&#xa0;: quel plan&#xa0;? ajoutez «&#xa0;?plan=NOM&#xa0;» à l&apos;adresse</translation>
    </message>
    <message>
        <source>{where}: {key} is given twice</source>
        <translation>{where}&#xa0;: {key} est donné deux fois</translation>
    </message>
    <message>
        <source>the symbol is longer than {limit} characters</source>
        <translation>la cote dépasse {limit} caractères</translation>
    </message>
    <message>
        <source>the original language must be 1 to {limit} characters</source>
        <translation>la langue de l&apos;original doit compter de 1 à {limit} caractères</translation>
    </message>
    <message>
        <source>the agenda item is longer than {limit} characters</source>
        <translation>le point de l&apos;ordre du jour dépasse {limit} caractères</translation>
    </message>
    <message>
        <source>the meeting is longer than {limit} characters</source>
        <translation>la réunion dépasse {limit} caractères</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>le fichier est en lecture seule</translation>
    </message>
    <message>
        <source>{in_use}; close it there to edit it here</source>
        <translation>{in_use}&#xa0;; fermez-le là-bas pour le modifier ici</translation>
    </message>
    <message>
        <source>its folder cannot be written to ({error})</source>
        <translation>son dossier n&apos;est pas accessible en écriture ({error})</translation>
    </message>
    <message>
        <source>in use by another window of this program since {since}</source>
        <translation>ouvert dans une autre fenêtre de ce programme depuis le {since}</translation>
    </message>
    <message>
        <source>in use by {user} on {host} since {since}</source>
        <translation>utilisé par {user} sur {host} depuis le {since}</translation>
    </message>
    <message>
        <source>in use by another program</source>
        <translation>utilisé par un autre programme</translation>
    </message>
    <message>
        <source>your role on the server may only read it</source>
        <translation>votre rôle sur le serveur ne permet que de le lire</translation>
    </message>
    <message>
        <source>{where}: {problem}</source>
        <translation>{where}&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>row {number}, column {column}</source>
        <translation>ligne {number}, colonne {column}</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Rate (USD)</source>
        <translation>Taux (USD)</translation>
    </message>
    <message>
        <source>Effective date</source>
        <translation>Date d&apos;effet</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Monnaie</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation>Source de financement</translation>
    </message>
    <message>
        <source>a location is required</source>
        <translation>le lieu est obligatoire</translation>
    </message>
    <message>
        <source>{text} is not a date (YYYY-MM-DD)</source>
        <translation>{text} n&apos;est pas une date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>{text} is not a budget category ({known})</source>
        <translation>{text} n&apos;est pas une catégorie budgétaire ({known})</translation>
    </message>
    <message>
        <source>{text} is not a unit ({known})</source>
        <translation>{text} n&apos;est pas une unité ({known})</translation>
    </message>
    <message>
        <source>no funding source {text} (funding sources: {known})</source>
        <translation>aucune source de financement {text} (sources de financement&#xa0;: {known})</translation>
    </message>
    <message>
        <source>no funding source {text}; did you mean {near}? (funding sources: {known})</source>
        <translation>aucune source de financement {text}&#xa0;; vouliez-vous dire {near}&#xa0;? (sources de financement&#xa0;: {known})</translation>
    </message>
    <message>
        <source>{path}: cannot read a file without a suffix: save it as CSV (.csv) or as an Excel workbook (.xlsx)</source>
        <translation>{path}&#xa0;: impossible de lire un fichier sans extension&#xa0;: enregistrez-le au format CSV (.csv) ou comme classeur Excel (.xlsx)</translation>
    </message>
    <message>
        <source>{path}: cannot read a {suffix} file: save it as CSV (.csv) or as an Excel workbook (.xlsx)</source>
        <translation>{path}&#xa0;: impossible de lire un fichier {suffix}&#xa0;: enregistrez-le au format CSV (.csv) ou comme classeur Excel (.xlsx)</translation>
    </message>
    <message>
        <source>{where}: the header row has no column {missing} (found: {found})</source>
        <translation>{where}&#xa0;: la ligne d&apos;en-tête n&apos;a pas de colonne {missing} (trouvées&#xa0;: {found})</translation>
    </message>
    <message numerus="yes">
        <source>{path}: more than %Ln rows</source>
        <translation>
            <numerusform>{path}&#xa0;: plus de %Ln ligne</numerusform>
            <numerusform>{path}&#xa0;: plus de %Ln lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>{path}: the sheet {sheet} cannot be read ({error})</source>
        <translation>{path}&#xa0;: la feuille {sheet} ne peut pas être lue ({error})</translation>
    </message>
    <message>
        <source>{path}, sheet {sheet}</source>
        <translation>{path}, feuille {sheet}</translation>
    </message>
    <message>
        <source>{path}: the workbook is empty</source>
        <translation>{path}&#xa0;: le classeur est vide</translation>
    </message>
    <message>
        <source>{where}: nothing to paste</source>
        <translation>{where}&#xa0;: rien à coller</translation>
    </message>
    <message>
        <source>the pasted rows</source>
        <translation>les lignes collées</translation>
    </message>
    <message>
        <source>{where}: no rates under the header row</source>
        <translation>{where}&#xa0;: aucun taux sous la ligne d&apos;en-tête</translation>
    </message>
    <message>
        <source>required column missing</source>
        <translation>colonne obligatoire absente</translation>
    </message>
    <message>
        <source>{column} (all rows)</source>
        <translation>{column} (toutes les lignes)</translation>
    </message>
    <message>
        <source>unreadable characters ({mark}): choose the file&apos;s encoding</source>
        <translation>caractères illisibles ({mark})&#xa0;: choisissez le codage du fichier</translation>
    </message>
    <message>
        <source>{text}: a &quot;?&quot; stands for a letter the file could not hold (it was saved in an encoding without it): correct the name</source>
        <translation>{text}&#xa0;: un «&#xa0;?&#xa0;» remplace une lettre que le fichier ne pouvait pas contenir (il a été enregistré dans un codage qui ne l&apos;a pas)&#xa0;: corrigez le nom</translation>
    </message>
    <message>
        <source>{text} looks like {fixed} read in the wrong encoding: choose the file&apos;s encoding (UTF-8)</source>
        <translation>{text} semble être {fixed} lu dans un mauvais codage&#xa0;: choisissez le codage du fichier (UTF-8)</translation>
    </message>
    <message>
        <source>duplicate: {name}, {email} is also on row {row}</source>
        <translation>doublon&#xa0;: {name}, {email} figure aussi à la ligne {row}</translation>
    </message>
    <message>
        <source>{name} (row {row})</source>
        <translation>{name} (ligne {row})</translation>
    </message>
    <message>
        <source>{name}, already in the plan</source>
        <translation>{name}, déjà dans le plan</translation>
    </message>
    <message>
        <source>{email} is also the email of {whose}: other names, so another person</source>
        <translation>{email} est aussi l&apos;adresse électronique de {whose}&#xa0;: d&apos;autres noms, donc une autre personne</translation>
    </message>
    <message>
        <source>{email} is also the email of {whose}: other names, so another person; {kept}</source>
        <translation>{email} est aussi l&apos;adresse électronique de {whose}&#xa0;: d&apos;autres noms, donc une autre personne&#xa0;; {kept}</translation>
    </message>
    <message>
        <source>same names and organisation as row {row}</source>
        <translation>mêmes noms et même organisation qu&apos;à la ligne {row}</translation>
    </message>
    <message>
        <source>the same participant as row {row}</source>
        <translation>le même participant qu&apos;à la ligne {row}</translation>
    </message>
    <message>
        <source>stored without the email (a plan holds each email once)</source>
        <translation>enregistrée sans l&apos;adresse électronique (un plan ne contient chaque adresse qu&apos;une fois)</translation>
    </message>
    <message>
        <source>{path}: this is a workbook (XLSX) or another zip file, not a CSV: import it as .xlsx</source>
        <translation>{path}&#xa0;: c&apos;est un classeur (XLSX) ou un autre fichier zip, pas un CSV&#xa0;: importez-le en .xlsx</translation>
    </message>
    <message>
        <source>{path}: this is an old Excel workbook (.xls), not a CSV: save it as .xlsx or .csv</source>
        <translation>{path}&#xa0;: c&apos;est un ancien classeur Excel (.xls), pas un CSV&#xa0;: enregistrez-le en .xlsx ou en .csv</translation>
    </message>
    <message>
        <source>{path}: this is a PDF, not a CSV</source>
        <translation>{path}&#xa0;: c&apos;est un PDF, pas un CSV</translation>
    </message>
    <message>
        <source>{path}: this is not a text file (CSV): more than 5% of its first bytes are control codes</source>
        <translation>{path}&#xa0;: ce n&apos;est pas un fichier texte (CSV)&#xa0;: plus de 5&#xa0;% de ses premiers octets sont des codes de contrôle</translation>
    </message>
    <message>
        <source>{path}: unknown encoding {encoding}</source>
        <translation>{path}&#xa0;: codage inconnu {encoding}</translation>
    </message>
    <message numerus="yes">
        <source>{path}: more than %Ln rows: not a list of participants</source>
        <translation>
            <numerusform>{path}&#xa0;: plus de %Ln ligne&#xa0;: ce n&apos;est pas une liste de participants</numerusform>
            <numerusform>{path}&#xa0;: plus de %Ln lignes&#xa0;: ce n&apos;est pas une liste de participants</numerusform>
        </translation>
    </message>
    <message>
        <source>{path}:{line}: cannot be read as CSV ({error})</source>
        <translation>{path}:{line}&#xa0;: illisible en CSV ({error})</translation>
    </message>
    <message>
        <source>{path}: the file is empty (no header row)</source>
        <translation>{path}&#xa0;: le fichier est vide (pas de ligne d&apos;en-tête)</translation>
    </message>
    <message>
        <source>{path}: the sheet {sheet} is empty (no header row)</source>
        <translation>{path}&#xa0;: la feuille {sheet} est vide (pas de ligne d&apos;en-tête)</translation>
    </message>
    <message>
        <source>{path}: cannot import a file without suffix: save it as CSV (.csv) or as an Excel workbook (.xlsx)</source>
        <translation>{path}&#xa0;: impossible d&apos;importer un fichier sans extension&#xa0;: enregistrez-le au format CSV (.csv) ou comme classeur Excel (.xlsx)</translation>
    </message>
    <message>
        <source>{path}: cannot import a {suffix} file: save it as CSV (.csv) or as an Excel workbook (.xlsx)</source>
        <translation>{path}&#xa0;: impossible d&apos;importer un fichier {suffix}&#xa0;: enregistrez-le au format CSV (.csv) ou comme classeur Excel (.xlsx)</translation>
    </message>
    <message>
        <source>no rate of exchange for {code} in {month} ({hint})</source>
        <translation>pas de taux de change pour {code} en {month} ({hint})</translation>
    </message>
    <message>
        <source>import it or type it with Rates… on the Budget tab</source>
        <translation>importez-le ou saisissez-le avec Taux… dans l’onglet Budget</translation>
    </message>
    <message>
        <source>no month chosen for the rate of exchange of {currency} (and the meeting has no dates)</source>
        <translation>aucun mois choisi pour le taux de change de {currency} (et la réunion n’a pas de dates)</translation>
    </message>
    <message>
        <source>cannot export the budget: {problems}</source>
        <translation>impossible d’exporter le budget&#xa0;: {problems}</translation>
    </message>
    <message>
        <source>({option}) line {number}: {problem}</source>
        <translation>({option}) ligne {number}&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>{first}; {then}</source>
        <translation>{first}&#xa0;; {then}</translation>
    </message>
    <message numerus="yes">
        <source>wrote the budget of %n options to {path}</source>
        <translation>
            <numerusform>budget de %n option écrit dans {path}</numerusform>
            <numerusform>budget des %n options écrit dans {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>no addressees {to} (choose {known})</source>
        <translation>pas de destinataires {to} (choisir {known})</translation>
    </message>
    <message>
        <source>the plan lists no member States; add them to the plan or write to the participants ({hint})</source>
        <translation>le plan ne compte aucun État membre&#xa0;: ajoutez-les au plan ou écrivez aux participants ({hint})</translation>
    </message>
    <message>
        <source>To: Each participant</source>
        <translation>Destinataires&#xa0;: Chaque participant</translation>
    </message>
    <message>
        <source>the plan has no participants to write to</source>
        <translation>le plan n’a aucun participant à qui écrire</translation>
    </message>
    <message>
        <source>the template names the field {field}, which is not one of {known}</source>
        <translation>le modèle nomme le champ {field}, qui n’est pas l’un de {known}</translation>
    </message>
    <message>
        <source>the template names the field {field}, which the plan cannot fill: {why}</source>
        <translation>le modèle nomme le champ {field}, que le plan ne peut pas remplir&#xa0;: {why}</translation>
    </message>
    <message>
        <source>the plan has no milestone about nominations; {hint}</source>
        <translation>le plan n’a pas de jalon concernant les désignations&#xa0;; {hint}</translation>
    </message>
    <message>
        <source>add one on the Timeline tab</source>
        <translation>ajoutez-en un dans l’onglet Calendrier</translation>
    </message>
    <message>
        <source>the plan has no secretariat participant with an e-mail address</source>
        <translation>le plan n’a aucun participant du secrétariat ayant une adresse électronique</translation>
    </message>
    <message>
        <source>the plan has no meeting dates</source>
        <translation>le plan n’a pas de dates de réunion</translation>
    </message>
    <message>
        <source>the plan has no venue</source>
        <translation>le plan n’a pas de lieu</translation>
    </message>
    <message>
        <source>it is empty for {addressee}</source>
        <translation>il est vide pour {addressee}</translation>
    </message>
    <message>
        <source>the template is {error}</source>
        <translation>le modèle n’est pas lisible&#xa0;: {error}</translation>
    </message>
    <message>
        <source>not a Word (.docx) document ({error})</source>
        <translation>ce n’est pas un document Word (.docx) ({error})</translation>
    </message>
    <message>
        <source>the template names no field such as {example}; every letter would be the same</source>
        <translation>le modèle ne nomme aucun champ tel que {example}&#xa0;; toutes les lettres seraient identiques</translation>
    </message>
    <message>
        <source>the plan&apos;s time zone {name} is not known</source>
        <translation>le fuseau horaire {name} du plan est inconnu</translation>
    </message>
    <message>
        <source>milestone {number} no longer exists</source>
        <translation>le jalon {number} n’existe plus</translation>
    </message>
    <message>
        <source>no nights: the meeting has no dates</source>
        <translation>pas de nuitées&#xa0;: la réunion n’a pas de dates</translation>
    </message>
    <message>
        <source>no DSA location: name it in Plan details, or import the DSA table of the venue&apos;s city ({hint})</source>
        <translation>pas de lieu d’IJS&#xa0;: indiquez-le dans Détails du plan, ou importez le barème de l’IJS de la ville du lieu de réunion ({hint})</translation>
    </message>
    <message>
        <source>no DSA rate for {location} ({hint})</source>
        <translation>pas de taux d’IJS pour {location} ({hint})</translation>
    </message>
    <message>
        <source>no DSA rate for {location} on {day} ({hint})</source>
        <translation>pas de taux d’IJS pour {location} au {day} ({hint})</translation>
    </message>
    <message>
        <source>no rate of exchange for {currency} to convert the DSA ({hint})</source>
        <translation>pas de taux de change pour {currency} pour convertir l’IJS ({hint})</translation>
    </message>
    <message>
        <source>import it with Rates… on the Budget tab</source>
        <translation>importez-le avec Taux… dans l’onglet Budget</translation>
    </message>
    <message>
        <source>Ticket {ticket} + {nights} × DSA {dsa} + terminal {terminal} = {amount}</source>
        <translation>Billet {ticket} + {nights} × IJS {dsa} + faux frais {terminal} = {amount}</translation>
    </message>
    <message>
        <source>{note} ({problem})</source>
        <translation>{note} ({problem})</translation>
    </message>
</context>
<context>
    <name>PlanContext</name>
    <message>
        <source>{change}: not saved ({error})</source>
        <translation>{change}&#xa0;: non enregistré ({error})</translation>
    </message>
</context>
<context>
    <name>PlanDetailsDialog</name>
    <message>
        <source>Princip&amp;al organ</source>
        <translation>Organe princip&amp;al</translation>
    </message>
    <message>
        <source>e.g. Economic and Social Council</source>
        <translation>par ex. Conseil économique et social</translation>
    </message>
    <message>
        <source>Commissio&amp;n</source>
        <translation>&amp;Commission</translation>
    </message>
    <message>
        <source>e.g. Economic Commission for Europe</source>
        <translation>par ex. Commission économique pour l&apos;Europe</translation>
    </message>
    <message>
        <source>Sess&amp;ion</source>
        <translation>&amp;Session</translation>
    </message>
    <message>
        <source>e.g. Ninety-first meeting</source>
        <translation>par ex. Quatre-vingt-onzième réunion</translation>
    </message>
    <message>
        <source>Members&apos; &amp;heading</source>
        <translation>Intitulé des &amp;membres</translation>
    </message>
    <message>
        <source>e.g. States members of the Commission</source>
        <translation>par ex. États membres de la Commission</translation>
    </message>
    <message>
        <source>Non-mem&amp;bers&apos; heading</source>
        <translation>Intitulé des non-mem&amp;bres</translation>
    </message>
    <message>
        <source>e.g. States not members of the Commission</source>
        <translation>par ex. États non membres de la Commission</translation>
    </message>
    <message>
        <source>Plan details</source>
        <translation>Détails du plan</translation>
    </message>
    <message>
        <source>empty: the one the venue names</source>
        <translation>vide&#xa0;: celui que désigne le lieu</translation>
    </message>
    <message>
        <source>The location of the DSA table whose rate the travellers get, e.g. Geneva</source>
        <translation>Le lieu du barème de l&apos;indemnité journalière de subsistance dont les voyageurs reçoivent le taux, par ex. Genève</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>&amp;Organiser</source>
        <translation>&amp;Organisateur</translation>
    </message>
    <message>
        <source>&amp;Governing body</source>
        <translation>Or&amp;gane directeur</translation>
    </message>
    <message>
        <source>&amp;Mandate</source>
        <translation>Ma&amp;ndat</translation>
    </message>
    <message>
        <source>&amp;Venue</source>
        <translation>&amp;Lieu</translation>
    </message>
    <message>
        <source>DSA &amp;location</source>
        <translation>Lieu de l&apos;&amp;IJS</translation>
    </message>
    <message>
        <source>Time &amp;zone</source>
        <translation>&amp;Fuseau horaire</translation>
    </message>
    <message>
        <source>&amp;Currency</source>
        <translation>Monnai&amp;e</translation>
    </message>
    <message>
        <source>Default &amp;PSC rate</source>
        <translation>Taux de DAP &amp;par défaut</translation>
    </message>
    <message>
        <source>&amp;Document symbol prefix</source>
        <translation>Préfi&amp;xe des cotes</translation>
    </message>
    <message>
        <source>Meeting &amp;starts</source>
        <translation>&amp;Début de la réunion</translation>
    </message>
    <message>
        <source>Meeting &amp;ends</source>
        <translation>Fin de la &amp;réunion</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>The desktop&apos;s language ({name})</source>
        <translation>La langue du bureau ({name})</translation>
    </message>
    <message>
        <source>&amp;Language of the window</source>
        <translation>&amp;Langue de la fenêtre</translation>
    </message>
    <message>
        <source>The new language applies when the program is next started. Printed documents keep their own language.</source>
        <translation>La nouvelle langue s&apos;applique au prochain démarrage du programme. Les documents imprimés gardent leur propre langue.</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <source>Print: {title}</source>
        <translation>Imprimer&#xa0;: {title}</translation>
    </message>
    <message>
        <source>Include contact details (personal data)</source>
        <translation>Inclure les coordonnées (données personnelles)</translation>
    </message>
    <message>
        <source>Name the chair and speakers of each item</source>
        <translation>Indiquer la présidence et les orateurs de chaque point</translation>
    </message>
    <message>
        <source>All options side by side</source>
        <translation>Toutes les options côte à côte</translation>
    </message>
    <message>
        <source>Option ({label}): {title}</source>
        <translation>Option {label})&#xa0;: {title}</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>Save as &amp;Word…</source>
        <translation>Enregistrer en &amp;Word…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>&amp;Documents…</source>
        <translation>&amp;Documents…</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>Save as Word</source>
        <translation>Enregistrer en Word</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Documents Word (*.docx)</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Voir dans&#xa0;:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Fichiers de &amp;type&#xa0;:</translation>
    </message>
</context>
<context>
    <name>QPageSetupWidget</name>
    <message>
        <source>Page &amp;order:</source>
        <translation>&amp;Ordre des pages&#xa0;:</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <source>Page &amp;Set:</source>
        <translation>&amp;Jeu de pages&#xa0;:</translation>
    </message>
</context>
<context>
    <name>RatesDialog</name>
    <message>
        <source>Rates</source>
        <translation>Taux</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>DSA a night (USD)</source>
        <translation>IJS par nuit (USD)</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>En vigueur le</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Monnaie</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Units per USD</source>
        <translation>Unités par dollar</translation>
    </message>
    <message>
        <source>Import &amp;DSA table…</source>
        <translation>Importer le barème de l&apos;&amp;IJS…</translation>
    </message>
    <message>
        <source>Import rates of &amp;exchange…</source>
        <translation>Importer les taux de &amp;change…</translation>
    </message>
    <message>
        <source>YYYY-MM</source>
        <translation>AAAA-MM</translation>
    </message>
    <message>
        <source>units per USD</source>
        <translation>unités par dollar</translation>
    </message>
    <message>
        <source>&amp;Add rate</source>
        <translation>&amp;Ajouter un taux</translation>
    </message>
    <message>
        <source>Daily subsistence allowance (ICSC)</source>
        <translation>Indemnité journalière de subsistance (CFPI)</translation>
    </message>
    <message>
        <source>UN operational rates of exchange</source>
        <translation>Taux de change opérationnels de l&apos;ONU</translation>
    </message>
    <message numerus="yes">
        <source>… %n more</source>
        <translation>
            <numerusform>… et %n autre</numerusform>
            <numerusform>… et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing imported: </source>
        <translation>Rien n&apos;a été importé&#xa0;: </translation>
    </message>
    <message>
        <source>; </source>
        <translation>&#xa0;; </translation>
    </message>
    <message>
        <source>Import rates</source>
        <translation>Importer des taux</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>{size} KB</source>
        <translation>{size} Ko</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} Mo</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>A copy of each plan is kept before its first change after opening, and every ten minutes while it changes (the last {keep}). Restoring writes the copy to a new file of your choice; the copy itself stays as it is.</source>
        <translation>Une copie de chaque plan est conservée avant sa première modification après ouverture, puis toutes les dix minutes tant qu&apos;il change (les {keep} dernières). La restauration écrit la copie dans un nouveau fichier de votre choix&#xa0;; la copie elle-même reste intacte.</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Prise le</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurer…</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <source>Deadline rules</source>
        <translation>Règles d&apos;échéance</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Weeks before the meeting</source>
        <translation>Semaines avant la réunion</translation>
    </message>
    <message>
        <source>&amp;Add rule</source>
        <translation>&amp;Ajouter une règle</translation>
    </message>
    <message>
        <source>New deadline</source>
        <translation>Nouvelle échéance</translation>
    </message>
    <message>
        <source>&amp;Remove rule</source>
        <translation>&amp;Retirer la règle</translation>
    </message>
    <message>
        <source>Each rule suggests a deadline counted back from the meeting&apos;s first day.</source>
        <translation>Chaque règle propose une échéance comptée à rebours depuis le premier jour de la réunion.</translation>
    </message>
</context>
<context>
    <name>ServerOpen</name>
    <message>
        <source>your role</source>
        <translation>votre rôle</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>%1

Password of %2 on %3:</source>
        <translation>%1

Mot de passe de %2 sur %3&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ServerWatch</name>
    <message>
        <source>{problem}; what others change is not shown until it is back (trying again every few seconds)</source>
        <translation>{problem}&#xa0;; les modifications des autres ne s&apos;affichent pas tant qu&apos;il n&apos;est pas rétabli (nouvel essai toutes les quelques secondes)</translation>
    </message>
</context>
<context>
    <name>SummaryTab</name>
    <message>
        <source>Write the summary of the discussion here.</source>
        <translation>Rédigez ici le résumé du débat.</translation>
    </message>
    <message>
        <source>A blank line starts a new paragraph; a line starting with “- ” or “• ” is a bullet. Saved as you pause or leave the section; Edit &gt; Undo takes back a visit. Alt+Down and Alt+Up: next and previous section; F6: the list or the editor.</source>
        <translation>Une ligne vide commence un nouveau paragraphe&#xa0;; une ligne commençant par «&#xa0;-&#xa0;» ou «&#xa0;•&#xa0;» est une puce. Enregistré dès que vous marquez une pause ou quittez la section&#xa0;; Édition &gt; Annuler défait une visite. Alt+Bas et Alt+Haut&#xa0;: section suivante et précédente&#xa0;; F6&#xa0;: la liste ou l&apos;éditeur.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Preview&lt;/b&gt;</source>
        <translation>&lt;b&gt;Aperçu&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Next section</source>
        <translation>Section &amp;suivante</translation>
    </message>
    <message>
        <source>&amp;Previous section</source>
        <translation>Section &amp;précédente</translation>
    </message>
    <message>
        <source>Switch between the list and the editor</source>
        <translation>Passer de la liste à l&apos;éditeur</translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <source>&amp;Add milestone…</source>
        <translation>&amp;Ajouter un jalon…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Mark d&amp;one</source>
        <translation>Marquer &amp;fait</translation>
    </message>
    <message>
        <source>Deadline &amp;rules…</source>
        <translation>&amp;Règles d&apos;échéance…</translation>
    </message>
    <message>
        <source>A&amp;ccept suggestion</source>
        <translation>A&amp;ccepter la suggestion</translation>
    </message>
    <message>
        <source>Accept a&amp;ll suggestions</source>
        <translation>Accepter &amp;toutes les suggestions</translation>
    </message>
    <message>
        <source>Documents due ({count}): {symbols}</source>
        <translation>Documents à remettre ({count})&#xa0;: {symbols}</translation>
    </message>
    <message numerus="yes">
        <source>{date}: {title} (%n week(s) before)</source>
        <translation>
            <numerusform>{date}&#xa0;: {title} (%n semaine avant)</numerusform>
            <numerusform>{date}&#xa0;: {title} (%n semaines avant)</numerusform>
        </translation>
    </message>
    <message>
        <source>from the first day, {date}</source>
        <translation>à partir du premier jour, {date}</translation>
    </message>
    <message>
        <source>(no meeting dates yet)</source>
        <translation>(pas encore de dates de réunion)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Suggested deadlines&lt;/b&gt; {anchor}</source>
        <translation>&lt;b&gt;Échéances proposées&lt;/b&gt; {anchor}</translation>
    </message>
    <message>
        <source>No warnings: the plan fits its dates.</source>
        <translation>Aucun avertissement&#xa0;: le plan respecte ses dates.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Warnings&lt;/b&gt; ({n})</source>
        <translation>&lt;b&gt;Avertissements&lt;/b&gt; ({n})</translation>
    </message>
    <message>
        <source>Mark not d&amp;one</source>
        <translation>Marquer non &amp;fait</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Today, {date}</source>
        <translation>Aujourd&apos;hui, {date}</translation>
    </message>
    <message>
        <source>Option ({label}): {days}</source>
        <translation>Option {label})&#xa0;: {days}</translation>
    </message>
    <message>
        <source>  (too late)</source>
        <translation>  (trop tard)</translation>
    </message>
    <message>
        <source>Option ({label}) {title}</source>
        <translation>Option {label}) {title}</translation>
    </message>
    <message>
        <source> (done)</source>
        <translation> (fait)</translation>
    </message>
</context>
<context>
    <name>TotalsModel</name>
    <message>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Réel</translation>
    </message>
    <message>
        <source>Variance</source>
        <translation>Écart</translation>
    </message>
</context>
<context>
    <name>TranslationsModel</name>
    <message>
        <source>Where</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>%1 (original)</source>
        <translation>%1 (original)</translation>
    </message>
    <message>
        <source>%1 (editing)</source>
        <translation>%1 (en édition)</translation>
    </message>
    <message>
        <source>untranslated</source>
        <translation>non traduit</translation>
    </message>
    <message>
        <source>No %1 version: the original prints in its place</source>
        <translation>Pas de version (%1)&#xa0;: l&apos;original est imprimé à sa place</translation>
    </message>
</context>
<context>
    <name>TranslationsWindow</name>
    <message>
        <source>Texts in other languages</source>
        <translation>Textes dans les autres langues</translation>
    </message>
    <message>
        <source>Only &amp;untranslated texts</source>
        <translation>Seulement les textes &amp;non traduits</translation>
    </message>
    <message>
        <source>Find a text…</source>
        <translation>Rechercher un texte…</translation>
    </message>
    <message>
        <source>&amp;Edit the versions in:</source>
        <translation>&amp;Modifier les versions en&#xa0;:</translation>
    </message>
    <message>
        <source>E&amp;xport for translators…</source>
        <translation>E&amp;xporter pour les traducteurs…</translation>
    </message>
    <message>
        <source>&amp;Import translations…</source>
        <translation>&amp;Importer des traductions…</translation>
    </message>
    <message>
        <source>%1: %2 of %3 texts have a version; %4 untranslated (marked), where the original prints</source>
        <translation>%1&#xa0;: %2 textes sur %3 ont une version&#xa0;; %4 non traduits (signalés), pour lesquels l&apos;original est imprimé</translation>
    </message>
    <message>
        <source>%1 (original):</source>
        <translation>%1 (original)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;%1:</source>
        <translation>&amp;%1&#xa0;:</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1&#xa0;:</translation>
    </message>
    <message>
        <source>untranslated</source>
        <translation>non traduit</translation>
    </message>
    <message>
        <source>untranslated: type the %1 version here</source>
        <translation>non traduit&#xa0;: saisissez ici la version (%1)</translation>
    </message>
    <message>
        <source>%1: the %2 version is %3 characters, longer than the %4 this field holds</source>
        <translation>%1&#xa0;: la version (%2) compte %3 caractères, plus que les %4 que ce champ peut contenir</translation>
    </message>
    <message>
        <source>Export for translators</source>
        <translation>Exporter pour les traducteurs</translation>
    </message>
    <message>
        <source>Translation files (*.xlsx *.xlf *.xliff)</source>
        <translation>Fichiers de traduction (*.xlsx *.xlf *.xliff)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln texts to {path}</source>
        <translation>
            <numerusform>%Ln texte écrit dans {path}</numerusform>
            <numerusform>%Ln textes écrits dans {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Import translations</source>
        <translation>Importer des traductions</translation>
    </message>
</context>
<context>
    <name>TravelDialog</name>
    <message>
        <source>The meeting has no dates yet: nights cannot be counted.</source>
        <translation>La réunion n&apos;a pas encore de dates&#xa0;: les nuitées ne peuvent pas être comptées.</translation>
    </message>
    <message>
        <source>{stay}; no DSA location: import the DSA table of the venue&apos;s city.</source>
        <translation>{stay}&#xa0;; pas de lieu d&apos;IJS&#xa0;: importez le barème de l&apos;IJS de la ville du lieu de réunion.</translation>
    </message>
    <message>
        <source>{stay}; no DSA rate for {location} on {arrival}.</source>
        <translation>{stay}&#xa0;; pas de taux d&apos;IJS pour {location} au {arrival}.</translation>
    </message>
    <message>
        <source>{stay}; DSA of {location}: {amount} a night.</source>
        <translation>{stay}&#xa0;; IJS de {location}&#xa0;: {amount} par nuit.</translation>
    </message>
    <message>
        <source>Travellers</source>
        <translation>Voyageurs</translation>
    </message>
    <message>
        <source>Traveller</source>
        <translation>Voyageur</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Billet</translation>
    </message>
    <message>
        <source>Nights</source>
        <translation>Nuitées</translation>
    </message>
    <message>
        <source>DSA a night (USD)</source>
        <translation>IJS par nuit (USD)</translation>
    </message>
    <message>
        <source>Subsistence</source>
        <translation>Subsistance</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Faux frais</translation>
    </message>
    <message>
        <source>Travel support</source>
        <translation>Prise en charge du voyage</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>&amp;Travel costs…</source>
        <translation>&amp;Frais de voyage…</translation>
    </message>
    <message>
        <source>Ticket, nights, DSA and terminal expenses of the traveller</source>
        <translation>Billet, nuitées, IJS et faux frais du voyageur</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message numerus="yes">
        <source>Approved travellers: %n, travel support %1</source>
        <translation>
            <numerusform>Voyageurs approuvés&#xa0;: %n, prise en charge %1</numerusform>
            <numerusform>Voyageurs approuvés&#xa0;: %n, prise en charge %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Tables (*.csv *.xlsx);;All files (*)</source>
        <translation>Tableaux (*.csv *.xlsx);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>TravelWords</name>
    <message numerus="yes">
        <source>%n night(s) (arrival {arrival}, the day before)</source>
        <translation>
            <numerusform>%n nuitée (arrivée le {arrival}, la veille)</numerusform>
            <numerusform>%n nuitées (arrivée le {arrival}, la veille)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TripDialog</name>
    <message>
        <source>Travel costs of %1</source>
        <translation>Frais de voyage de %1</translation>
    </message>
    <message>
        <source>empty: the travel amount as typed</source>
        <translation>vide&#xa0;: le montant du voyage tel que saisi</translation>
    </message>
    <message>
        <source>empty: %1 from the meeting&apos;s days</source>
        <translation>vide&#xa0;: %1 d&apos;après les jours de réunion</translation>
    </message>
    <message>
        <source>empty: the DSA table&apos;s rate</source>
        <translation>vide&#xa0;: le taux du barème de l&apos;IJS</translation>
    </message>
    <message>
        <source>&amp;Ticket (%1)</source>
        <translation>&amp;Billet (%1)</translation>
    </message>
    <message>
        <source>&amp;Nights</source>
        <translation>&amp;Nuitées</translation>
    </message>
    <message>
        <source>&amp;DSA a night (USD)</source>
        <translation>&amp;IJS par nuit (USD)</translation>
    </message>
    <message>
        <source>T&amp;erminal expenses (%1)</source>
        <translation>&amp;Faux frais (%1)</translation>
    </message>
    <message>
        <source>Travel support</source>
        <translation>Prise en charge du voyage</translation>
    </message>
    <message>
        <source>the amount typed in the participant&apos;s form</source>
        <translation>le montant saisi dans la fiche du participant</translation>
    </message>
    <message>
        <source> (no DSA rate: nights not counted)</source>
        <translation> (pas de taux d&apos;IJS&#xa0;: nuitées non comptées)</translation>
    </message>
</context>
<context>
    <name>about</name>
    <message>
        <source>&lt;p&gt;Plan an intergovernmental consultation meeting offline, from the options paper to the printed meeting pack.&lt;/p&gt;&lt;p&gt;{licence}. Printed documents use the DejaVu Sans fonts (their own free licence, shipped with the program).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Planifier une réunion de consultation intergouvernementale hors ligne, de la note sur les options au dossier de réunion imprimé.&lt;/p&gt;&lt;p&gt;{licence}. Les documents imprimés utilisent les polices DejaVu Sans (sous leur propre licence libre, fournie avec le programme).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>MIT licence</source>
        <translation>Licence MIT</translation>
    </message>
</context>
<context>
    <name>server_open</name>
    <message>
        <source>Open from server</source>
        <translation>Ouvrir depuis un serveur</translation>
    </message>
    <message>
        <source>Address of the plan (the password comes from ~/.pgpass or a service file):</source>
        <translation>Adresse du plan (le mot de passe vient de ~/.pgpass ou d&apos;un fichier de service)&#xa0;:</translation>
    </message>
    <message>
        <source>{problem}; what others change is not shown</source>
        <translation>{problem}&#xa0;; les modifications des autres ne s&apos;affichent pas</translation>
    </message>
</context>
<context>
    <name>tabs</name>
    <message>
        <source>&amp;Options</source>
        <translation>&amp;Options</translation>
    </message>
    <message>
        <source>&amp;Budget</source>
        <translation>&amp;Budget</translation>
    </message>
    <message>
        <source>&amp;Participants</source>
        <translation>&amp;Participants</translation>
    </message>
    <message>
        <source>&amp;Agenda</source>
        <translation>Ordre du &amp;jour</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Calendrier</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation>&amp;Résumé</translation>
    </message>
    <message>
        <source>Do&amp;cuments</source>
        <translation>Doc&amp;uments</translation>
    </message>
</context>
<context>
    <name>tips</name>
    <message>
        <source>Add an option after the last one, with the plan&apos;s dates and venue</source>
        <translation>Ajouter une option après la dernière, avec les dates et le lieu du plan</translation>
    </message>
    <message>
        <source>Copy the selected option, its budget lines included</source>
        <translation>Copier l&apos;option sélectionnée, lignes budgétaires comprises</translation>
    </message>
    <message>
        <source>Delete the selected option and its budget lines (undo brings them back)</source>
        <translation>Supprimer l&apos;option sélectionnée et ses lignes budgétaires (Annuler les rétablit)</translation>
    </message>
    <message>
        <source>Move the selected option up: options are lettered in order</source>
        <translation>Monter l&apos;option sélectionnée&#xa0;: les options sont lettrées dans l&apos;ordre</translation>
    </message>
    <message>
        <source>Move the selected option down: options are lettered in order</source>
        <translation>Descendre l&apos;option sélectionnée&#xa0;: les options sont lettrées dans l&apos;ordre</translation>
    </message>
    <message>
        <source>Add a cost line to the option shown</source>
        <translation>Ajouter une ligne de dépense à l&apos;option affichée</translation>
    </message>
    <message>
        <source>Delete the selected cost lines</source>
        <translation>Supprimer les lignes de dépense sélectionnées</translation>
    </message>
    <message>
        <source>Name the funding sources and the programme support cost rate each charges</source>
        <translation>Nommer les sources de financement et le taux de dépenses d&apos;appui au programme de chacune</translation>
    </message>
    <message>
        <source>Type a new participant&apos;s details</source>
        <translation>Saisir les coordonnées d&apos;un nouveau participant</translation>
    </message>
    <message>
        <source>Change the selected participant&apos;s details</source>
        <translation>Modifier les coordonnées du participant sélectionné</translation>
    </message>
    <message>
        <source>Remove the selected participants from the list</source>
        <translation>Retirer de la liste les participants sélectionnés</translation>
    </message>
    <message>
        <source>Add participants from a CSV or Excel list, checked before anything is added</source>
        <translation>Ajouter des participants depuis une liste CSV ou Excel, vérifiée avant tout ajout</translation>
    </message>
    <message>
        <source>Write the participants shown to a CSV or Excel file</source>
        <translation>Écrire les participants affichés dans un fichier CSV ou Excel</translation>
    </message>
    <message>
        <source>Search the visible columns</source>
        <translation>Rechercher dans les colonnes visibles</translation>
    </message>
    <message>
        <source>Change the status of every selected participant</source>
        <translation>Changer le statut de chaque participant sélectionné</translation>
    </message>
    <message>
        <source>Add an agenda item after the selected one</source>
        <translation>Ajouter un point de l&apos;ordre du jour après le point sélectionné</translation>
    </message>
    <message>
        <source>Add a coffee break after the selected item</source>
        <translation>Ajouter une pause-café après le point sélectionné</translation>
    </message>
    <message>
        <source>Add the lunch break after the selected item</source>
        <translation>Ajouter la pause déjeuner après le point sélectionné</translation>
    </message>
    <message>
        <source>Change the selected item: title, time, room, chair, speakers</source>
        <translation>Modifier le point sélectionné&#xa0;: titre, heure, salle, présidence, orateurs</translation>
    </message>
    <message>
        <source>Delete the selected item</source>
        <translation>Supprimer le point sélectionné</translation>
    </message>
    <message>
        <source>Move the selected item before the one above it</source>
        <translation>Placer le point sélectionné avant celui du dessus</translation>
    </message>
    <message>
        <source>Move the selected item after the one below it</source>
        <translation>Placer le point sélectionné après celui du dessous</translation>
    </message>
    <message>
        <source>Move the selected item to another day of the meeting</source>
        <translation>Déplacer le point sélectionné à un autre jour de la réunion</translation>
    </message>
    <message>
        <source>Add a deadline, meeting or other milestone</source>
        <translation>Ajouter une échéance, une réunion ou un autre jalon</translation>
    </message>
    <message>
        <source>Change the selected milestone</source>
        <translation>Modifier le jalon sélectionné</translation>
    </message>
    <message>
        <source>Delete the selected milestone</source>
        <translation>Supprimer le jalon sélectionné</translation>
    </message>
    <message>
        <source>Tick the selected milestone as done, or not done</source>
        <translation>Cocher le jalon sélectionné comme fait, ou non fait</translation>
    </message>
    <message>
        <source>Set how many weeks before the meeting each usual deadline falls</source>
        <translation>Fixer combien de semaines avant la réunion tombe chaque échéance habituelle</translation>
    </message>
    <message>
        <source>Add the selected suggested deadline as a milestone</source>
        <translation>Ajouter l&apos;échéance proposée sélectionnée comme jalon</translation>
    </message>
    <message>
        <source>Add every suggested deadline as a milestone</source>
        <translation>Ajouter toutes les échéances proposées comme jalons</translation>
    </message>
    <message>
        <source>Add a document written elsewhere: a background paper, an information document, a conference room paper</source>
        <translation>Ajouter un document rédigé ailleurs&#xa0;: document de travail, document d&apos;information, document de séance</translation>
    </message>
    <message>
        <source>Change the selected document: languages, deadline, status</source>
        <translation>Modifier le document sélectionné&#xa0;: langues, date limite, statut</translation>
    </message>
    <message>
        <source>Remove the selected document written elsewhere (the program&apos;s own documents stay)</source>
        <translation>Retirer le document rédigé ailleurs sélectionné (les documents du programme restent)</translation>
    </message>
    <message>
        <source>Add or update documents from a CSV or Excel table: every row, or none when one has a problem</source>
        <translation>Ajouter ou mettre à jour des documents depuis un tableau CSV ou Excel&#xa0;: toutes les lignes, ou aucune si l&apos;une pose problème</translation>
    </message>
    <message>
        <source>Go to the next section of the summary</source>
        <translation>Aller à la section suivante du résumé</translation>
    </message>
    <message>
        <source>Go to the previous section of the summary</source>
        <translation>Aller à la section précédente du résumé</translation>
    </message>
    <message>
        <source>Move the focus between the list of sections and the text</source>
        <translation>Passer de la liste des sections au texte</translation>
    </message>
</context>
<context>
    <name>vocab</name>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Russe</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Point</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Lunch</source>
        <translation>Déjeuner</translation>
    </message>
    <message>
        <source>Side event</source>
        <translation>Manifestation parallèle</translation>
    </message>
    <message>
        <source>Temporary staff / GTA</source>
        <translation>Personnel temporaire (autre que pour les réunions)</translation>
    </message>
    <message>
        <source>Consultants</source>
        <translation>Consultants</translation>
    </message>
    <message>
        <source>Participants&apos; travel</source>
        <translation>Voyages des participants</translation>
    </message>
    <message>
        <source>Staff travel</source>
        <translation>Voyages du personnel</translation>
    </message>
    <message>
        <source>Conference servicing: interpretation</source>
        <translation>Services de conférence&#xa0;: interprétation</translation>
    </message>
    <message>
        <source>Conference servicing: translation and documents</source>
        <translation>Services de conférence&#xa0;: traduction et documentation</translation>
    </message>
    <message>
        <source>Conference servicing: rooms and equipment</source>
        <translation>Services de conférence&#xa0;: salles et équipement</translation>
    </message>
    <message>
        <source>Hospitality</source>
        <translation>Frais de représentation</translation>
    </message>
    <message>
        <source>work-month</source>
        <translation>mois de travail</translation>
    </message>
    <message>
        <source>day</source>
        <translation>jour</translation>
    </message>
    <message>
        <source>trip</source>
        <translation>voyage</translation>
    </message>
    <message>
        <source>person</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>page</source>
        <translation>page</translation>
    </message>
    <message>
        <source>lump sum</source>
        <translation>forfait</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Générale</translation>
    </message>
    <message>
        <source>Limited</source>
        <translation>Limitée</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>Restreinte</translation>
    </message>
    <message>
        <source>Informal document</source>
        <translation>Document informel</translation>
    </message>
    <message>
        <source>Provisional annotated agenda</source>
        <translation>Ordre du jour provisoire annoté</translation>
    </message>
    <message>
        <source>List of participants</source>
        <translation>Liste des participants</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Options note</source>
        <translation>Note sur les options</translation>
    </message>
    <message>
        <source>Summary of discussions</source>
        <translation>Résumé des débats</translation>
    </message>
    <message>
        <source>Meeting pack</source>
        <translation>Dossier de réunion</translation>
    </message>
    <message>
        <source>Extrabudgetary</source>
        <translation>Extrabudgétaire</translation>
    </message>
    <message>
        <source>Regular budget</source>
        <translation>Budget ordinaire</translation>
    </message>
    <message>
        <source>Existing resources</source>
        <translation>Ressources existantes</translation>
    </message>
    <message>
        <source>Mandate deadline</source>
        <translation>Échéance du mandat</translation>
    </message>
    <message>
        <source>Related meeting</source>
        <translation>Réunion connexe</translation>
    </message>
    <message>
        <source>Document deadline</source>
        <translation>Échéance de document</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>The meeting</source>
        <translation>La réunion</translation>
    </message>
    <message>
        <source>Outcome due</source>
        <translation>Résultats attendus</translation>
    </message>
    <message>
        <source>Self-standing multi-stakeholder meeting</source>
        <translation>Réunion multipartite autonome</translation>
    </message>
    <message>
        <source>Extended session of the governing body</source>
        <translation>Session élargie de l&apos;organe directeur</translation>
    </message>
    <message>
        <source>Virtual or hybrid meeting</source>
        <translation>Réunion virtuelle ou hybride</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Proposée</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>Recommandée</translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation>Retenue</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Écartée</translation>
    </message>
    <message>
        <source>Member State of the body</source>
        <translation>État membre de l&apos;organe</translation>
    </message>
    <message>
        <source>Other State</source>
        <translation>Autre État</translation>
    </message>
    <message>
        <source>United Nations Secretariat</source>
        <translation>Secrétariat de l&apos;Organisation des Nations Unies</translation>
    </message>
    <message>
        <source>United Nations body or regional commission</source>
        <translation>Organe des Nations Unies ou commission régionale</translation>
    </message>
    <message>
        <source>Specialized agency</source>
        <translation>Institution spécialisée</translation>
    </message>
    <message>
        <source>Intergovernmental organization</source>
        <translation>Organisation intergouvernementale</translation>
    </message>
    <message>
        <source>Non-governmental organization or other stakeholder</source>
        <translation>Organisation non gouvernementale ou autre partie prenante</translation>
    </message>
    <message>
        <source>Expert</source>
        <translation>Expert</translation>
    </message>
    <message>
        <source>Secretariat staff</source>
        <translation>Personnel du secrétariat</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Invité</translation>
    </message>
    <message>
        <source>Nominated</source>
        <translation>Désigné</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Inscrit</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmé</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>A décliné</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Présent</translation>
    </message>
    <message>
        <source>Discussion of an agenda item</source>
        <translation>Débat sur un point de l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>Key messages</source>
        <translation>Messages clefs</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Recommandations</translation>
    </message>
    <message>
        <source>Fixed figure</source>
        <translation>Montant fixe</translation>
    </message>
    <message>
        <source>Funded participants x average cost per trip</source>
        <translation>Participants financés × coût moyen par voyage</translation>
    </message>
    <message>
        <source>Sum of approved travel amounts</source>
        <translation>Somme des montants de voyage approuvés</translation>
    </message>
    <message>
        <source>Name tents</source>
        <translation>Chevalets nominatifs</translation>
    </message>
    <message>
        <source>List of documents</source>
        <translation>Liste des documents</translation>
    </message>
    <message>
        <source>Drafting</source>
        <translation>En rédaction</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Soumis</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Édité</translation>
    </message>
    <message>
        <source>Translated</source>
        <translation>Traduit</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Publié</translation>
    </message>
    <message>
        <source>Official document</source>
        <translation>Document officiel</translation>
    </message>
    <message>
        <source>Conference room paper</source>
        <translation>Document de séance</translation>
    </message>
    <message>
        <source>Badges</source>
        <translation>Badges</translation>
    </message>
</context>
</TS>
