<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
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
        <source>The window&apos;s language</source>
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
