<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
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
    <name>OptionsTab</name>
    <message numerus="yes">
        <source>Delete option {option} and its %n budget line(s)? Edit &gt; Undo brings it back.</source>
        <translation>
            <numerusform>Delete option {option} and its budget line? Edit &gt; Undo brings it back.</numerusform>
            <numerusform>Delete option {option} and its %n budget lines? Edit &gt; Undo brings it back.</numerusform>
        </translation>
    </message>
</context>
</TS>
