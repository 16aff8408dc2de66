<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
<context>
    <name>AgendaTab</name>
    <message numerus="yes">
        <source>%n clash(es):</source>
        <translation>
            <numerusform>%n clash:</numerusform>
            <numerusform>%n clashes:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BudgetLinesModel</name>
    <message numerus="yes">
        <source>Follows the participants: the sum of the travel support of the %n approved traveller(s), {total} (Travellers… shows each: ticket, nights × DSA, terminal expenses)</source>
        <translation>
            <numerusform>Follows the participants: the sum of the travel support of the %n approved traveller, {total} (Travellers… shows each: ticket, nights × DSA, terminal expenses)</numerusform>
            <numerusform>Follows the participants: the sum of the travel support of the %n approved travellers, {total} (Travellers… shows each: ticket, nights × DSA, terminal expenses)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Follows the participants: the %n approved traveller(s) × the line&apos;s average cost per trip</source>
        <translation>
            <numerusform>Follows the participants: the %n approved traveller × the line&apos;s average cost per trip</numerusform>
            <numerusform>Follows the participants: the %n approved travellers × the line&apos;s average cost per trip</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fixed figure: the quantity and cost typed. Choose “Sum of approved travel amounts” to follow the %n approved traveller(s) ({total}).</source>
        <translation>
            <numerusform>Fixed figure: the quantity and cost typed. Choose “Sum of approved travel amounts” to follow the %n approved traveller ({total}).</numerusform>
            <numerusform>Fixed figure: the quantity and cost typed. Choose “Sum of approved travel amounts” to follow the %n approved travellers ({total}).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BudgetTab</name>
    <message numerus="yes">
        <source>%n line(s) not counted: {problem}</source>
        <translation>
            <numerusform>%n line not counted: {problem}</numerusform>
            <numerusform>%n lines not counted: {problem}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… %n more</source>
        <translation>
            <numerusform>… %n more</numerusform>
            <numerusform>… %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message numerus="yes">
        <source>Someone else saved a change to %n of these rows after you read it. Nothing of yours has been saved yet and nothing of theirs overwritten. Choose which values to keep.</source>
        <translation>
            <numerusform>Someone else saved a change to this row after you read it. Nothing of yours has been saved yet and nothing of theirs overwritten. Choose which values to keep.</numerusform>
            <numerusform>Someone else saved a change to %n of these rows after you read it. Nothing of yours has been saved yet and nothing of theirs overwritten. Choose which values to keep.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message numerus="yes">
        <source>%n changes ({names})</source>
        <translation>
            <numerusform>%n change ({names})</numerusform>
            <numerusform>%n changes ({names})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server is back: your %n change(s) made while it could not be reached saved at {time}.</source>
        <translation>
            <numerusform>The server is back: your change made while it could not be reached saved at {time}.</numerusform>
            <numerusform>The server is back: your %n changes made while it could not be reached saved at {time}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CountBox</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n week</numerusform>
            <numerusform>%n weeks</numerusform>
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
    <name>DocumentsTab</name>
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
            <numerusform>%Ln document past the submission deadline and not submitted</numerusform>
            <numerusform>%Ln documents past the submission deadline and not submitted</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LettersDialog</name>
    <message numerus="yes">
        <source>%n letter(s) (Word files). The first, {name}:</source>
        <translation>
            <numerusform>%n letter (Word file). The first, {name}:</numerusform>
            <numerusform>%n letters (Word files). The first, {name}:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) written to {folder}.</source>
        <translation>
            <numerusform>%n letter written to {folder}.</numerusform>
            <numerusform>%n letters written to {folder}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OptionsTab</name>
    <message numerus="yes">
        <source>Delete option {option} and its %n budget line(s)? Edit &gt; Undo brings it back.</source>
        <translation>
            <numerusform>Delete option {option} and its budget line? Edit &gt; Undo brings it back.</numerusform>
            <numerusform>Delete option {option} and its %n budget lines? Edit &gt; Undo brings it back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParticipantsTab</name>
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
            <numerusform>{shown} of %Ln participant shown</numerusform>
            <numerusform>{shown} of %Ln participants shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln confirmed</source>
        <translation>
            <numerusform>%Ln confirmed</numerusform>
            <numerusform>%Ln confirmed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln with funded travel ({amount})</source>
        <translation>
            <numerusform>%Ln with funded travel ({amount})</numerusform>
            <numerusform>%Ln with funded travel ({amount})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln participants?</source>
        <translation>
            <numerusform>Delete %Ln participant?</numerusform>
            <numerusform>Delete %Ln participants?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln participant(s) to {file}</source>
        <translation>
            <numerusform>Exported %Ln participant to {file}</numerusform>
            <numerusform>Exported %Ln participants to {file}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Phrases</name>
    <message numerus="yes">
        <source>Delete %n budget lines</source>
        <translation>
            <numerusform>Delete budget line</numerusform>
            <numerusform>Delete %n budget lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %Ln DSA rates</source>
        <translation>
            <numerusform>Import %Ln DSA rate</numerusform>
            <numerusform>Import %Ln DSA rates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %Ln rates of exchange</source>
        <translation>
            <numerusform>Import %Ln rate of exchange</numerusform>
            <numerusform>Import %Ln rates of exchange</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n budget lines</source>
        <translation>
            <numerusform>Add %n budget line</numerusform>
            <numerusform>Add %n budget lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln participants</source>
        <translation>
            <numerusform>Delete a participant</numerusform>
            <numerusform>Delete %Ln participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set %Ln to {status}</source>
        <translation>
            <numerusform>Set %Ln to {status}</numerusform>
            <numerusform>Set %Ln to {status}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accept %n deadlines</source>
        <translation>
            <numerusform>Accept %n deadline</numerusform>
            <numerusform>Accept %n deadlines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %Ln English texts</source>
        <translation>
            <numerusform>Import %Ln English text</numerusform>
            <numerusform>Import %Ln English texts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %Ln French texts</source>
        <translation>
            <numerusform>Import %Ln French text</numerusform>
            <numerusform>Import %Ln French texts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %Ln Russian texts</source>
        <translation>
            <numerusform>Import %Ln Russian text</numerusform>
            <numerusform>Import %Ln Russian texts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Edit %Ln English texts</source>
        <translation>
            <numerusform>Edit %Ln English text</numerusform>
            <numerusform>Edit %Ln English texts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Edit %Ln French texts</source>
        <translation>
            <numerusform>Edit %Ln French text</numerusform>
            <numerusform>Edit %Ln French texts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Edit %Ln Russian texts</source>
        <translation>
            <numerusform>Edit %Ln Russian text</numerusform>
            <numerusform>Edit %Ln Russian texts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed by someone else since you read them</source>
        <translation>
            <numerusform>%n changed by someone else since you read it</numerusform>
            <numerusform>%n changed by someone else since you read them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deleted by someone else</source>
        <translation>
            <numerusform>%n deleted by someone else</numerusform>
            <numerusform>%n deleted by someone else</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n items are on a weekend day, {day}</source>
        <translation>
            <numerusform>%n item is on a weekend day, {day}</numerusform>
            <numerusform>%n items are on a weekend day, {day}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deadline already missed: {title} was due on {due}, %n weeks before the meeting on {start}</source>
        <translation>
            <numerusform>Deadline already missed: {title} was due on {due}, %n week before the meeting on {start}</numerusform>
            <numerusform>Deadline already missed: {title} was due on {due}, %n weeks before the meeting on {start}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{what} can have at most %n decimal places</source>
        <translation>
            <numerusform>{what} can have at most %n decimal place</numerusform>
            <numerusform>{what} can have at most %n decimal places</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Agenda: %n items on a weekend day, {day}</source>
        <translation>
            <numerusform>Agenda: %n item on a weekend day, {day}</numerusform>
            <numerusform>Agenda: %n items on a weekend day, {day}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dates moved by %Ln days: the agenda&apos;s days, the milestones (not done), the options&apos; dates and the documents&apos; dates of issue; deadline rules follow the new first day</source>
        <translation>
            <numerusform>Dates moved by %Ln day: the agenda&apos;s days, the milestones (not done), the options&apos; dates and the documents&apos; dates of issue; deadline rules follow the new first day</numerusform>
            <numerusform>Dates moved by %Ln days: the agenda&apos;s days, the milestones (not done), the options&apos; dates and the documents&apos; dates of issue; deadline rules follow the new first day</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The text of %Ln summary sections (the sections stay, empty)</source>
        <translation>
            <numerusform>The text of %Ln summary section (the sections stay, empty)</numerusform>
            <numerusform>The text of %Ln summary sections (the sections stay, empty)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Actual expenditure on %Ln budget lines</source>
        <translation>
            <numerusform>Actual expenditure on %Ln budget line</numerusform>
            <numerusform>Actual expenditure on %Ln budget lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The decisions on %Ln options</source>
        <translation>
            <numerusform>The decisions on %Ln option</numerusform>
            <numerusform>The decisions on %Ln options</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln participants (they may come along, invited again)</source>
        <translation>
            <numerusform>%Ln participant (they may come along, invited again)</numerusform>
            <numerusform>%Ln participants (they may come along, invited again)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln member States</source>
        <translation>
            <numerusform>%Ln member State</numerusform>
            <numerusform>%Ln member States</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln funding sources</source>
        <translation>
            <numerusform>%Ln funding source</numerusform>
            <numerusform>%Ln funding sources</numerusform>
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
            <numerusform>%Ln budget line</numerusform>
            <numerusform>%Ln budget lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln DSA rates</source>
        <translation>
            <numerusform>%Ln DSA rate</numerusform>
            <numerusform>%Ln DSA rates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln exchange rates</source>
        <translation>
            <numerusform>%Ln exchange rate</numerusform>
            <numerusform>%Ln exchange rates</numerusform>
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
            <numerusform>%Ln agenda item</numerusform>
            <numerusform>%Ln agenda items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln milestones</source>
        <translation>
            <numerusform>%Ln milestone</numerusform>
            <numerusform>%Ln milestones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln deadline rules</source>
        <translation>
            <numerusform>%Ln deadline rule</numerusform>
            <numerusform>%Ln deadline rules</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln summary sections</source>
        <translation>
            <numerusform>%Ln summary section</numerusform>
            <numerusform>%Ln summary sections</numerusform>
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
            <numerusform>%Ln translation</numerusform>
            <numerusform>%Ln translations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>as speaker of %n agenda items</source>
        <translation>
            <numerusform>as speaker of %n agenda item</numerusform>
            <numerusform>as speaker of %n agenda items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>as chair of %n agenda items</source>
        <translation>
            <numerusform>as chair of %n agenda item</numerusform>
            <numerusform>as chair of %n agenda items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln French texts changed, {unchanged} unchanged</source>
        <translation>
            <numerusform>%Ln French text changed, {unchanged} unchanged</numerusform>
            <numerusform>%Ln French texts changed, {unchanged} unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln Russian texts changed, {unchanged} unchanged</source>
        <translation>
            <numerusform>%Ln Russian text changed, {unchanged} unchanged</numerusform>
            <numerusform>%Ln Russian texts changed, {unchanged} unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln English texts changed, {unchanged} unchanged</source>
        <translation>
            <numerusform>%Ln English text changed, {unchanged} unchanged</numerusform>
            <numerusform>%Ln English texts changed, {unchanged} unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{path}: more than %Ln rows</source>
        <translation>
            <numerusform>{path}: more than 1 row</numerusform>
            <numerusform>{path}: more than %Ln rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{path}: more than %Ln rows: not a list of participants</source>
        <translation>
            <numerusform>{path}: more than %Ln row: not a list of participants</numerusform>
            <numerusform>{path}: more than %Ln rows: not a list of participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>wrote the budget of %n options to {path}</source>
        <translation>
            <numerusform>wrote the budget of 1 option to {path}</numerusform>
            <numerusform>wrote the budget of %n options to {path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RatesDialog</name>
    <message numerus="yes">
        <source>… %n more</source>
        <translation>
            <numerusform>… %n more</numerusform>
            <numerusform>… %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message numerus="yes">
        <source>{date}: {title} (%n week(s) before)</source>
        <translation>
            <numerusform>{date}: {title} (%n week before)</numerusform>
            <numerusform>{date}: {title} (%n weeks before)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TranslationsWindow</name>
    <message numerus="yes">
        <source>Wrote %Ln texts to {path}</source>
        <translation>
            <numerusform>Wrote %Ln text to {path}</numerusform>
            <numerusform>Wrote %Ln texts to {path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TravelDialog</name>
    <message numerus="yes">
        <source>Approved travellers: %n, travel support %1</source>
        <translation>
            <numerusform>Approved travellers: %n, travel support %1</numerusform>
            <numerusform>Approved travellers: %n, travel support %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TravelWords</name>
    <message numerus="yes">
        <source>%n night(s) (arrival {arrival}, the day before)</source>
        <translation>
            <numerusform>%n night (arrival {arrival}, the day before)</numerusform>
            <numerusform>%n nights (arrival {arrival}, the day before)</numerusform>
        </translation>
    </message>
</context>
</TS>
