<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ActorsPage</name>
    <message numerus="yes">
        <source>%n actor(s)</source>
        <translation>
            <numerusform>%Ln actor</numerusform>
            <numerusform>%Ln actors</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message numerus="yes">
        <source>&lt;b&gt;%n open conflict(s)&lt;/b&gt;: incidents whose sources disagree or need review. &lt;a href=&quot;conflicts&quot;&gt;Review them&lt;/a&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln open conflict&lt;/b&gt;: an incident whose sources disagree or need review. &lt;a href=&quot;conflicts&quot;&gt;Review it&lt;/a&gt;</numerusform>
            <numerusform>&lt;b&gt;%Ln open conflicts&lt;/b&gt;: incidents whose sources disagree or need review. &lt;a href=&quot;conflicts&quot;&gt;Review them&lt;/a&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Editing</name>
    <message numerus="yes">
        <source>Delete these %n record(s)?</source>
        <translation>
            <numerusform>Delete this record?</numerusform>
            <numerusform>Delete these %Ln records?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>delete %n record(s)</source>
        <translation>
            <numerusform>delete %Ln record</numerusform>
            <numerusform>delete %Ln records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IncidentsPage</name>
    <message numerus="yes">
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%Ln incident</numerusform>
            <numerusform>%Ln incidents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%Ln record</numerusform>
            <numerusform>%Ln records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlacesPage</name>
    <message numerus="yes">
        <source>%n place(s)</source>
        <translation>
            <numerusform>%Ln place</numerusform>
            <numerusform>%Ln places</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message numerus="yes">
        <source>%n report(s)</source>
        <translation>
            <numerusform>%Ln report</numerusform>
            <numerusform>%Ln reports</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message numerus="yes">
        <source>%n result(s) for “%1”. Press Enter or double-click to open one.</source>
        <translation>
            <numerusform>%Ln result for “%1”. Press Enter or double-click to open it.</numerusform>
            <numerusform>%Ln results for “%1”. Press Enter or double-click to open one.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SourcesPage</name>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%Ln source</numerusform>
            <numerusform>%Ln sources</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TotalCard</name>
    <message numerus="yes">
        <source>in %n incident(s)</source>
        <translation>
            <numerusform>in %Ln incident</numerusform>
            <numerusform>in %Ln incidents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not yet cross-referenced</source>
        <translation>
            <numerusform>%Ln not yet cross-referenced</numerusform>
            <numerusform>%Ln not yet cross-referenced</numerusform>
        </translation>
    </message>
</context>
</TS>
