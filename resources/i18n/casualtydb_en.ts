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
    <name>AttachmentsPanel</name>
    <message numerus="yes">
        <source>%n file(s) attached, each with its SHA-256.</source>
        <translation>
            <numerusform>%n file attached, with its SHA-256.</numerusform>
            <numerusform>%n files attached, each with its SHA-256.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message numerus="yes">
        <source>%n open conflict(s)</source>
        <translation>
            <numerusform>%n open conflict</numerusform>
            <numerusform>%n open conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Figures: %1 (%2) · %n independent source(s)</source>
        <translation>
            <numerusform>Figures: %1 (%2) · %n independent source</numerusform>
            <numerusform>Figures: %1 (%2) · %n independent sources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n credible independent source(s)</source>
        <translation>
            <numerusform>%n credible independent source</numerusform>
            <numerusform>%n credible independent sources</numerusform>
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
    <name>DraftBanner</name>
    <message numerus="yes">
        <source>%n more unsaved report(s) after this one.</source>
        <translation>
            <numerusform>%n more unsaved report after this one.</numerusform>
            <numerusform>%n more unsaved reports after this one.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DuplicatesPage</name>
    <message numerus="yes">
        <source>%n candidate pair(s)</source>
        <translation>
            <numerusform>%n candidate pair</numerusform>
            <numerusform>%n candidate pairs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>dates at most %n day(s) apart</source>
        <translation>
            <numerusform>dates at most %n day apart</numerusform>
            <numerusform>dates at most %n days apart</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keep this one: %1 · %n report(s)</source>
        <translation>
            <numerusform>Keep this one: %1 · %n report</numerusform>
            <numerusform>Keep this one: %1 · %n reports</numerusform>
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
    <name>EntryPage</name>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n claim</numerusform>
            <numerusform>%n claims</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) apart</source>
        <translation>
            <numerusform>%n day apart</numerusform>
            <numerusform>%n days apart</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) are not confirmed and will not be saved.</source>
        <translation>
            <numerusform>%n claim is not confirmed and will not be saved.</numerusform>
            <numerusform>%n claims are not confirmed and will not be saved.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Save the report with the %n confirmed claim(s)?</source>
        <translation>
            <numerusform>Save the report with the confirmed claim?</numerusform>
            <numerusform>Save the report with the %n confirmed claims?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) are now linked to incidents already recorded at the same place and date. Check the links in the table and save again.</source>
        <translation>
            <numerusform>%n claim is now linked to an incident already recorded at the same place and date. Check the link in the table and save again.</numerusform>
            <numerusform>%n claims are now linked to incidents already recorded at the same place and date. Check the links in the table and save again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Report saved with %n claim(s).</source>
        <translation>
            <numerusform>Report saved with %n claim.</numerusform>
            <numerusform>Report saved with %n claims.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IncidentPanel</name>
    <message numerus="yes">
        <source>%n incident(s) already recorded at this place within three days: if the report is about one of them, link the claim to it instead of creating a duplicate.</source>
        <translation>
            <numerusform>An incident is already recorded at this place within three days: if the report is about it, link the claim to it instead of creating a duplicate.</numerusform>
            <numerusform>%n incidents are already recorded at this place within three days: if the report is about one of them, link the claim to it instead of creating a duplicate.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IncidentPeopleTab</name>
    <message numerus="yes">
        <source>%n named</source>
        <translation>
            <numerusform>%Ln named</numerusform>
            <numerusform>%Ln named</numerusform>
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
    <name>MapPage</name>
    <message numerus="yes">
        <source>%n incident(s) on the map</source>
        <translation>
            <numerusform>%Ln incident on the map</numerusform>
            <numerusform>%Ln incidents on the map</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more without a place that has coordinates</source>
        <translation>
            <numerusform>%Ln more without a place that has coordinates</numerusform>
            <numerusform>%Ln more without a place that has coordinates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%Ln incident</numerusform>
            <numerusform>%Ln incidents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more: narrow the filters to see them</source>
        <translation>
            <numerusform>%Ln more: narrow the filters to see it</numerusform>
            <numerusform>%Ln more: narrow the filters to see them</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MatchingPage</name>
    <message numerus="yes">
        <source>%n candidate pair(s), best first</source>
        <translation>
            <numerusform>%Ln candidate pair</numerusform>
            <numerusform>%Ln candidate pairs, best first</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mention(s)</source>
        <translation>
            <numerusform>%Ln mention</numerusform>
            <numerusform>%Ln mentions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewPassphraseCheck</name>
    <message numerus="yes">
        <source>A passphrase needs at least %n characters; a few words are easier to remember than a short password.</source>
        <translation>
            <numerusform>A passphrase needs at least %n character; a few words are easier to remember than a short password.</numerusform>
            <numerusform>A passphrase needs at least %n characters; a few words are easier to remember than a short password.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverNamedText</name>
    <message numerus="yes">
        <source>%1; and %n more</source>
        <translation>
            <numerusform>%1; and %Ln more</numerusform>
            <numerusform>%1; and %Ln more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incident figure(s) with more people named than reported:</source>
        <translation>
            <numerusform>%Ln incident figure with more people named than reported:</numerusform>
            <numerusform>%Ln incident figures with more people named than reported:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%Ln person</numerusform>
            <numerusform>%Ln persons</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonPage</name>
    <message numerus="yes">
        <source>%n mention(s)</source>
        <translation>
            <numerusform>%Ln mention</numerusform>
            <numerusform>%Ln mentions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%Ln source</numerusform>
            <numerusform>%Ln sources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merged into this person: «%1» (%n mention(s))</source>
        <translation>
            <numerusform>Merged into this person: «%1» (%Ln mention)</numerusform>
            <numerusform>Merged into this person: «%1» (%Ln mentions)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This person merged into another (%n mention(s))</source>
        <translation>
            <numerusform>This person merged into another (%Ln mention)</numerusform>
            <numerusform>This person merged into another (%Ln mentions)</numerusform>
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
    <name>ReasonWords</name>
    <message numerus="yes">
        <source>%n name part(s) differ</source>
        <translation>
            <numerusform>%Ln name part differs</numerusform>
            <numerusform>%Ln name parts differ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n name part(s) missing in one</source>
        <translation>
            <numerusform>%Ln name part missing in one</numerusform>
            <numerusform>%Ln name parts missing in one</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>dates %n day(s) apart</source>
        <translation>
            <numerusform>dates %Ln day apart</numerusform>
            <numerusform>dates %Ln days apart</numerusform>
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
<context>
    <name>VerifyDialog</name>
    <message numerus="yes">
        <source>&lt;b&gt;The history does not hold: %n change(s) were made outside the app.&lt;/b&gt; Each line names the table, the record, the field and the last entry that still holds.</source>
        <translation>
            <numerusform>&lt;b&gt;The history does not hold: %n change was made outside the app.&lt;/b&gt; Each line names the table, the record, the field and the last entry that still holds.</numerusform>
            <numerusform>&lt;b&gt;The history does not hold: %n changes were made outside the app.&lt;/b&gt; Each line names the table, the record, the field and the last entry that still holds.</numerusform>
        </translation>
    </message>
</context>
</TS>
