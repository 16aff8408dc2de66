<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>AgendaItemDialog</name>
    <message>
        <source>Agenda item {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(a main item)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (declined)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One symbol a line, e.g. ECE/EX/2017/L.8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Part of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Speakers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clash:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaTab</name>
    <message>
        <source>Unscheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add item…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;lunch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to &amp;day…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ripple</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When on, moving, resizing, adding or deleting an item shifts the later items of the day by the same amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Standard items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start an empty agenda from the standard items: opening, adoption of the agenda, election of officers, a substantive item, other business, adoption of the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport .ics…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the timed items to an iCalendar file, in the plan&apos;s time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No clashes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n clash(es):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Move to day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the agenda to {path}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BudgetLinesModel</name>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days / ×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PSC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Travel follows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Travellers × cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved sums</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpretation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translation and documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rooms and equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rate}% PSC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no PSC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follows the participants approved for funded travel; set &apos;Travel follows&apos; to a fixed figure to type it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity × unit cost × days or multiplier, to the cent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme support costs at {rate}% on this line; untick to leave it out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No programme support costs: the line has no funding source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No programme support costs: {source} charges none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {row}: {error}. Not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description: at most 500 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funding source: no such source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{column}: {value} is not one of the choices</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BudgetTab</name>
    <message>
        <source>&amp;Option:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Funding sources…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PSC at the rate of each line&apos;s funding source. Not yet funded: lines on sources other than the regular budget or existing resources, with their PSC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each option&apos;s total by category, programme support costs on top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> [chosen]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No option yet: add one in the Options tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PSC on {source} at {rate}%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme support costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From {source}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no source yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet funded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComparisonModel</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of which PSC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost per participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet funded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main benefits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main risks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message>
        <source>Try &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan was closed while its server could not be reached ({reason}); not saved: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n changes ({names})</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The server cannot be reached ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet saved, and kept: {changes}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trying again every {seconds} s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The server is back: your %n change(s) made while it could not be reached saved at {time}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Changes by others are not shown until the server can be reached again ({reason}); trying again by itself.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CountBox</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DateQuestions</name>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problem}. Correct the dates.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentsDialog</name>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 3: prints “Item 3 of the provisional agenda”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: this plan&apos;s meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Symbol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date of issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;istribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda &amp;item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Considered &amp;at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default: {symbol}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untick for the default: the distribution deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unticked: the distribution deadline, {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unticked: none until the meeting has dates and deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents: not saved ({error})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicateDialog</name>
    <message>
        <source>Possible duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is already in the list, with the same email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is already in the list, with the same names and organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge into the existing entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add as a separate person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep as a separate person</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditCommand</name>
    <message>
        <source>Redo {change}: not possible ({error}); nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo {change}: not possible ({error}); nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FundingSourcesDialog</name>
    <message>
        <source>Funding sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PSC rate (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme support costs are charged at each line&apos;s source rate: 13% is usual for extrabudgetary funds, 0 for the regular budget and existing resources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {row}: a name is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {row}: the name is longer than 200 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {row}: another source is called {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {row}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Not saved.&lt;/b&gt; {error}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>{name}: user guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in &amp;browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the guide in the desktop&apos;s web browser</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>UTF-16 (Excel&apos;s “Unicode text”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows-1252 (Western Europe)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows-1250 (Central Europe)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows-1251 (Cyrillic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows-1254 (Turkish)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} to update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} with problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-8 (with a byte-order mark)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import participants — {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Value for rows without one&lt;/b&gt; (a field the file lacks or leaves blank):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read as {encoding}; choose another if names look wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notices ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import only the valid rows (skip those with problems: {n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{outcome} (see Notices)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet importable: {missing}. Under Columns, choose the file&apos;s column for it, or a value for all rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is imported while a row has a problem: correct the file (or its encoding), or import only the valid rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to import: everyone is already in the list as is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import is one step: Edit &gt; Undo takes it back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LettersDialog</name>
    <message>
        <source>Letters of invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each member State&apos;s permanent mission (note verbale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the built-in letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word &amp;template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No letters can be written: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) (Word files). The first, {name}:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Word template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the letters into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No letters written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not all letters written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters written</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) written to {folder}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&lt;p align=center&gt;Open a plan with File &amp;gt; Open, or create one with File &amp;gt; New.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a plan for a new meeting, in a file of its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a plan file (.consult)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open from &amp;server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a plan kept on a PostgreSQL server, to work on it with others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change is already saved as you make it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the plan to a new file and go on in that one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the plan (it is saved already)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from &amp;backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring back an earlier copy of a plan, kept automatically, as a new file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Letters of invitation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a note verbale to each State&apos;s mission, or a letter to each participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Documents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set each document&apos;s symbol, date of issue, distribution and agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the window; the plan is saved already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take back the last change to the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make again the change last taken back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan &amp;details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting&apos;s title, organiser, mandate, venue, dates, currency and PSC rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the window&apos;s language, applied at the next start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to plan a meeting with this program, offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The version, licence, and the Qt and Python it runs on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the pages of the document ({name}), then save them as PDF or print them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo {change}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo {change}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save plan as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consult plans (*{suffix});;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title of the meeting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change is saved as you make it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no backups yet: a copy of a plan is kept before its first change after opening.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot restore the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup cannot be used: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MilestoneDialog</name>
    <message>
        <source>Milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Da&amp;te</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ends (for a meeting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MilestonesModel</name>
    <message>
        <source>Done: click to mark it not done (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not done yet: click to mark it done (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OptionEditor</name>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;escription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed &amp;start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed e&amp;nd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected &amp;participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resources needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Benefits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ris&amp;ks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision d&amp;ate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OptionsListModel</name>
    <message>
        <source>{status}; total {total}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OptionsTab</name>
    <message>
        <source>Delete option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move u&amp;p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures as in the Budget tab, programme support costs included. Not yet funded: lines on sources other than the regular budget or existing resources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{action} option ({keys})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reason}. Not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete option {option} and its %n budget line(s)? Edit &gt; Undo brings it back.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete option {option}? Edit &gt; Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member States of the body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other countries and territories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>estimated cost, e.g. 1850.00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Head of delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rank in the delegation, e.g. 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Honorific</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Family name *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;unction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;untry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Category *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Travel support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantsFilter</name>
    <message>
        <source>Travel requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Travel approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No travel requested</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <source>Honorific</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Travel requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Travel approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Travel amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head of delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantsTab</name>
    <message>
        <source>Delete participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the visible columns…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any travel support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the status of every selected participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln participant(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %Ln participant(s) shown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln confirmed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln with funded travel ({amount})</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Merge into {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {name}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln participants?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Edit &gt; Undo brings them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx *.xlsm *.tsv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv);;Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sheet of {file} has the expected columns. Which sheet holds the participants?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported {file}: {summary}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: not written ({error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln participant(s) to {file}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanDetailsDialog</name>
    <message>
        <source>Princip&amp;al organ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Economic and Social Council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commissio&amp;n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Economic Commission for Europe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sess&amp;ion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Ninety-first meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members&apos; &amp;heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. States members of the Commission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-mem&amp;bers&apos; heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. States not members of the Commission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organiser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Governing body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mandate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time &amp;zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default &amp;PSC rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document &amp;symbol prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting &amp;starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting &amp;ends</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desktop&apos;s language ({name})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language of the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language applies when the program is next started. Printed documents keep their own language.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <source>Print: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include contact details (personal data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the chair and speakers of each item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All options side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Option ({label}): {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;Word…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Documents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Save as Word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>{size} KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy of each plan is kept before its first change after opening, and every ten minutes while it changes (the last {keep}). Restoring writes the copy to a new file of your choice; the copy itself stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <source>Deadline rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weeks before the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each rule suggests a deadline counted back from the meeting&apos;s first day.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerWatch</name>
    <message>
        <source>{problem}; what others change is not shown until it is back (trying again every few seconds)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryTab</name>
    <message>
        <source>Write the summary of the discussion here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A blank line starts a new paragraph; a line starting with “- ” or “• ” is a bullet. Saved as you pause or leave the section; Edit &gt; Undo takes back a visit. Alt+Down and Alt+Up: next and previous section; F6: the list or the editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Preview&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch between the list and the editor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <source>&amp;Add milestone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark d&amp;one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline &amp;rules…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ccept suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept a&amp;ll suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{date}: {title} (%n week(s) before)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>from the first day, {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no meeting dates yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Suggested deadlines&lt;/b&gt; {anchor}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No warnings: the plan fits its dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Warnings&lt;/b&gt; ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark not d&amp;one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept deadline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Today, {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Option ({label}): {days}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (too late)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Option ({label}) {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (done)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TotalsModel</name>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>about</name>
    <message>
        <source>&lt;p&gt;Plan an intergovernmental consultation meeting offline, from the options paper to the printed meeting pack.&lt;/p&gt;&lt;p&gt;{licence}. Printed documents use the DejaVu Sans fonts (their own free licence, shipped with the program).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MIT licence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>server_open</name>
    <message>
        <source>Open from server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address of the plan (the password comes from ~/.pgpass or a service file):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problem}; what others change is not shown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tabs</name>
    <message>
        <source>&amp;Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tips</name>
    <message>
        <source>Add an option after the last one, with the plan&apos;s dates and venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected option, its budget lines included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected option and its budget lines (undo brings them back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected option up: options are lettered in order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected option down: options are lettered in order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a cost line to the option shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected cost lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the funding sources and the programme support cost rate each charges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a new participant&apos;s details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the selected participant&apos;s details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected participants from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add participants from a CSV or Excel list, checked before anything is added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the participants shown to a CSV or Excel file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the visible columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the status of every selected participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an agenda item after the selected one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a coffee break after the selected item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the lunch break after the selected item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the selected item: title, time, room, chair, speakers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected item before the one above it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected item after the one below it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected item to another day of the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a deadline, meeting or other milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the selected milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the selected milestone as done, or not done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set how many weeks before the meeting each usual deadline falls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the selected suggested deadline as a milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add every suggested deadline as a milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the next section of the summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the previous section of the summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the focus between the list of sections and the text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vocab</name>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lunch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary staff / GTA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants&apos; travel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff travel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conference servicing: interpretation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conference servicing: translation and documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conference servicing: rooms and equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hospitality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>work-month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lump sum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Informal document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provisional annotated agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List of participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary of discussions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extrabudgetary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regular budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Existing resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mandate deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Related meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-standing multi-stakeholder meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extended session of the governing body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virtual or hybrid meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member State of the body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>United Nations Secretariat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>United Nations body or regional commission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specialized agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intergovernmental organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-governmental organization or other stakeholder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secretariat staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nominated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discussion of an agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funded participants x average cost per trip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sum of approved travel amounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name tents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badges</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
