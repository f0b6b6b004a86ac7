<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>About</name>
    <message>
        <location filename="../ledarplan/gui/about.py" line="40"/>
        <source>Your leader development plan, kept on your own computer. Nothing is sent anywhere.</source>
        <translation>Din plan för ledarutveckling, sparad på din egen dator. Ingenting skickas någonstans.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/about.py" line="47"/>
        <source>Licence: proprietary; all rights reserved by the makers of ledarplan. The leadership models&apos; texts belong to the organisations named below and are shown word for word.</source>
        <translation>Licens: proprietär; alla rättigheter förbehålls upphovsmännen till ledarplan. Ledarskapsmodellernas texter tillhör organisationerna nedan och visas ordagrant.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/about.py" line="54"/>
        <source>Your data</source>
        <translation>Dina uppgifter</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/about.py" line="57"/>
        <source>Your plans, notes and settings are in this folder, readable by you alone; daily backups are in its backups folder:</source>
        <translation>Dina planer, anteckningar och inställningar finns i den här mappen, som bara du kan läsa; dagliga säkerhetskopior finns i dess mapp backups:</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/about.py" line="67"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/about.py" line="70"/>
        <source>Presets from: %1</source>
        <translation>Förinställningar från: %1</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/about.py" line="84"/>
        <source>Leadership models and their sources</source>
        <translation>Ledarskapsmodeller och deras källor</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/about.py" line="86"/>
        <source>Software ledarplan is built with</source>
        <translation>Programvara som ledarplan bygger på</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/about.py" line="94"/>
        <source>Qt %1</source>
        <translation>Qt %1</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/about.py" line="103"/>
        <source>Component</source>
        <translation>Komponent</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/about.py" line="104"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/about.py" line="105"/>
        <source>Licence</source>
        <translation>Licens</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/about.py" line="106"/>
        <source>Used for</source>
        <translation>Används till</translation>
    </message>
</context>
<context>
    <name>ActionEditor</name>
    <message>
        <location filename="../ledarplan/gui/views/goals/action_editor.py" line="215"/>
        <source>Building &amp;block</source>
        <translation>B&amp;yggkloss</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/action_editor.py" line="216"/>
        <source>Building block</source>
        <translation>Byggkloss</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/action_editor.py" line="219"/>
        <source>A ready development activity from the leadership model. Choosing one fills in what and how when they are still empty.</source>
        <translation>En färdig utvecklingsaktivitet från ledarskapsmodellen. Väljer du en fylls Vad och Hur i om de fortfarande är tomma.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/action_editor.py" line="212"/>
        <source>None – my own action</source>
        <translation>Ingen – min egen aktivitet</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/action_editor.py" line="211"/>
        <source>None – an action of our own</source>
        <extracomment>The six questions, by the ids a model&apos;s talk-questions section uses for them (Kalix). The user chose another status (the page records it; done dates come from the service).</extracomment>
        <translation>Ingen – en egen aktivitet</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/action_editor.py" line="228"/>
        <source>Wh&amp;y</source>
        <translation>Varf&amp;ör</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/action_editor.py" line="230"/>
        <source>Whe&amp;n</source>
        <translation>N&amp;är</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/action_editor.py" line="227"/>
        <source>H&amp;ow</source>
        <translation>H&amp;ur</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/action_editor.py" line="226"/>
        <source>Wh&amp;at</source>
        <translation>Va&amp;d</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/action_editor.py" line="229"/>
        <source>&amp;Who</source>
        <translation>V&amp;em</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/action_editor.py" line="231"/>
        <source>How we follow u&amp;p</source>
        <translation>Hur vi föl&amp;jer upp</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/action_editor.py" line="235"/>
        <source>What will the leader do?</source>
        <translation>Vad ska ledaren göra?</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/action_editor.py" line="237"/>
        <source>What will you do?</source>
        <translation>Vad ska göras?</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/action_editor.py" line="239"/>
        <source>How will it be done?</source>
        <translation>Hur ska det göras?</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/action_editor.py" line="240"/>
        <source>Why does it matter?</source>
        <translation>Varför är det viktigt?</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/action_editor.py" line="241"/>
        <source>Who does what?</source>
        <translation>Vem ska göra vad?</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/action_editor.py" line="242"/>
        <source>When will it be done?</source>
        <translation>När ska det göras?</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/action_editor.py" line="243"/>
        <source>How do we follow up?</source>
        <translation>Hur följer vi upp?</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/action_editor.py" line="253"/>
        <source>New action</source>
        <translation>Ny aktivitet</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/action_editor.py" line="255"/>
        <source>K&amp;ind</source>
        <translation>Ty&amp;p</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/action_editor.py" line="256"/>
        <source>Kind of learning (70-20-10)</source>
        <translation>Typ av lärande (70-20-10)</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/action_editor.py" line="263"/>
        <source>&amp;Due date</source>
        <translation>K&amp;lart senast</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/action_editor.py" line="265"/>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/action_editor.py" line="264"/>
        <source>Due date</source>
        <translation>Klart senast</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/action_editor.py" line="266"/>
        <source>Action status</source>
        <translation>Aktivitetens status</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/action_editor.py" line="269"/>
        <source>done on %1</source>
        <translation>klar %1</translation>
    </message>
</context>
<context>
    <name>ActionsPanel</name>
    <message>
        <location filename="../ledarplan/gui/views/goals/actions_panel.py" line="124"/>
        <source>Actions: what, how, why, who, when, follow-up</source>
        <extracomment>The selected action changed: its id, or None.</extracomment>
        <translation>Aktiviteter: vad, hur, varför, vem, när, uppföljning</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/actions_panel.py" line="125"/>
        <source>Add action</source>
        <translation>Lägg till aktivitet</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/actions_panel.py" line="126"/>
        <source>Adds a step towards the goal (Insert)</source>
        <translation>Lägger till ett steg mot målet (Insert)</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/actions_panel.py" line="127"/>
        <source>Delete action</source>
        <translation>Ta bort aktivitet</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/actions_panel.py" line="128"/>
        <source>Deletes the selected action (Delete)</source>
        <translation>Tar bort vald aktivitet (Delete)</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/actions_panel.py" line="129"/>
        <source>Actions of the goal</source>
        <translation>Målets aktiviteter</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/actions_panel.py" line="131"/>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/actions_panel.py" line="131"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/actions_panel.py" line="131"/>
        <source>Who</source>
        <translation>Vem</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/actions_panel.py" line="131"/>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/actions_panel.py" line="131"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/actions_panel.py" line="134"/>
        <source>Done %1</source>
        <translation>Klar %1</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/actions_panel.py" line="138"/>
        <source>No actions yet. Add one: what you will do, how, why, who, when and how you will follow up.</source>
        <translation>Inga aktiviteter än. Lägg till en: vad du ska göra, hur, varför, vem, när och hur du följer upp.</translation>
    </message>
</context>
<context>
    <name>AgreementsEditor</name>
    <message>
        <location filename="../ledarplan/gui/views/coaching/agreements_editor.py" line="116"/>
        <source>New agreement</source>
        <extracomment>Rows were added or removed: the session should be saved now.</extracomment>
        <translation>Ny överenskommelse</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching/agreements_editor.py" line="136"/>
        <source>Agreement</source>
        <translation>Överenskommelse</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching/agreements_editor.py" line="136"/>
        <source>Owner</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching/agreements_editor.py" line="136"/>
        <source>Due</source>
        <translation>Senast</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching/agreements_editor.py" line="136"/>
        <source>Done</source>
        <translation>Klar</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching/agreements_editor.py" line="137"/>
        <source>Carried over from an earlier session</source>
        <translation>Överförd från ett tidigare samtal</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching/agreements_editor.py" line="139"/>
        <source>Agreements</source>
        <translation>Överenskommelser</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching/agreements_editor.py" line="140"/>
        <source>&amp;Add agreement</source>
        <translation>Lä&amp;gg till överenskommelse</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching/agreements_editor.py" line="141"/>
        <source>Add an agreement (Insert)</source>
        <translation>Lägg till en överenskommelse (Insert)</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching/agreements_editor.py" line="142"/>
        <source>Remove agreement</source>
        <translation>Ta bort överenskommelse</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching/agreements_editor.py" line="143"/>
        <source>Remove the selected agreement (Delete)</source>
        <translation>Ta bort vald överenskommelse (Delete)</translation>
    </message>
</context>
<context>
    <name>AgreementsPanel</name>
    <message>
        <location filename="../ledarplan/gui/views/talk/agreements_panel.py" line="75"/>
        <source>Agreement</source>
        <extracomment>An agreement was added or removed (the page saves at once); cell edits come through the model&apos;s dataChanged.</extracomment>
        <translation>Överenskommelse</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/agreements_panel.py" line="75"/>
        <source>Who</source>
        <translation>Vem</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/agreements_panel.py" line="75"/>
        <source>Due</source>
        <translation>Senast</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/agreements_panel.py" line="75"/>
        <source>Done</source>
        <translation>Klar</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/agreements_panel.py" line="77"/>
        <source>Agree&amp;ments:</source>
        <translation>Överen&amp;skommelser:</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/agreements_panel.py" line="78"/>
        <source>Agreements</source>
        <translation>Överenskommelser</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/agreements_panel.py" line="81"/>
        <source>Add a&amp;greement</source>
        <translation>Lägg &amp;till överenskommelse</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/agreements_panel.py" line="82"/>
        <source>Add an agreement (Insert)</source>
        <translation>Lägg till en överenskommelse (Insert)</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/agreements_panel.py" line="83"/>
        <source>Add agreement</source>
        <translation>Lägg till överenskommelse</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/agreements_panel.py" line="86"/>
        <location filename="../ledarplan/gui/views/talk/agreements_panel.py" line="128"/>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/agreements_panel.py" line="87"/>
        <source>Remove the selected agreement (Delete)</source>
        <translation>Ta bort vald överenskommelse (Delete)</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/agreements_panel.py" line="88"/>
        <location filename="../ledarplan/gui/views/talk/agreements_panel.py" line="126"/>
        <source>Remove agreement</source>
        <translation>Ta bort överenskommelse</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/agreements_panel.py" line="108"/>
        <location filename="../ledarplan/gui/views/talk/agreements_panel.py" line="123"/>
        <source>New agreement</source>
        <translation>Ny överenskommelse</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/agreements_panel.py" line="127"/>
        <source>Remove the agreement “%1”?</source>
        <translation>Ta bort överenskommelsen ”%1”?</translation>
    </message>
</context>
<context>
    <name>AssessmentView</name>
    <message>
        <location filename="../ledarplan/gui/views/assessment_view.py" line="206"/>
        <source>Assessment</source>
        <extracomment>&quot;Develop this&quot;: the user wants a goal for this item (its id).</extracomment>
        <translation>Bedömning</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/assessment_view.py" line="210"/>
        <source>Assessment rounds</source>
        <translation>Bedömningstillfällen</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/assessment_view.py" line="212"/>
        <source>Start a new assessment round (Insert)</source>
        <translation>Starta en ny bedömning (Insert)</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/assessment_view.py" line="213"/>
        <source>&amp;Self-assessment</source>
        <translation>&amp;Självskattning</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/assessment_view.py" line="217"/>
        <source>Feedba&amp;ck from others…</source>
        <translation>&amp;Återkoppling från andra…</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/assessment_view.py" line="219"/>
        <source>Ask others for feedback with a PDF form, and take in their answers</source>
        <translation>Be andra om återkoppling med ett PDF-formulär och ta in deras svar</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/assessment_view.py" line="236"/>
        <source>My assessment, as the leader&apos;s &amp;manager</source>
        <translation>Min bedömning, som ledarens &amp;chef</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/assessment_view.py" line="239"/>
        <source>No assessment yet. The leader&apos;s self-assessment arrives with the plan file they send you; you can make your own assessment as their manager.</source>
        <translation>Ingen bedömning än. Ledarens självskattning kommer med planfilen som ledaren skickar dig; du kan göra din egen bedömning som chef.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/assessment_view.py" line="243"/>
        <source>Start my assessment</source>
        <translation>Börja min bedömning</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/assessment_view.py" line="245"/>
        <source>Assessment by my &amp;manager</source>
        <translation>Min &amp;chefs bedömning</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/assessment_view.py" line="214"/>
        <source>Assessment by &amp;someone else</source>
        <translation>&amp;Någon annans bedömning</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/assessment_view.py" line="216"/>
        <source>Delete the selected round (Delete)</source>
        <translation>Ta bort vald bedömning (Delete)</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/assessment_view.py" line="221"/>
        <source>R&amp;ate</source>
        <translation>&amp;Skatta</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/assessment_view.py" line="222"/>
        <source>Com&amp;pare</source>
        <translation>&amp;Jämför</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/assessment_view.py" line="248"/>
        <source>No assessment yet. Start with a self-assessment: rate each item of the model against what is expected of you. Your manager&apos;s assessment can follow.</source>
        <translation>Ingen bedömning än. Börja med en självskattning: skatta varje punkt i modellen mot det som förväntas av dig. Din chefs bedömning kan komma sedan.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/assessment_view.py" line="253"/>
        <source>Start a self-assessment</source>
        <translation>Börja med en självskattning</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/assessment_view.py" line="225"/>
        <source>Develop this: make it a goal</source>
        <translation>Utveckla detta: gör det till ett mål</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/assessment_view.py" line="209"/>
        <source>Assess&amp;ment rounds</source>
        <translation>&amp;Bedömningstillfällen</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/assessment_view.py" line="211"/>
        <source>New ro&amp;und</source>
        <translation>&amp;Ny bedömning</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/assessment_view.py" line="215"/>
        <source>De&amp;lete round</source>
        <translation>&amp;Ta bort bedömning</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/assessment_view.py" line="370"/>
        <source>Delete the assessment of %1 (%2)? Its ratings and comments are removed and cannot be restored.</source>
        <translation>Ta bort bedömningen från %1 (%2)? Skattningarna och kommentarerna tas bort och kan inte återställas.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/assessment_view.py" line="377"/>
        <source>Delete assessment round</source>
        <translation>Ta bort bedömning</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/assessment_view.py" line="377"/>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
</context>
<context>
    <name>Assessor</name>
    <message>
        <location filename="../ledarplan/gui/models/round_list.py" line="25"/>
        <source>Self-assessment</source>
        <translation>Självskattning</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/models/round_list.py" line="26"/>
        <source>Manager</source>
        <translation>Chef</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/models/round_list.py" line="27"/>
        <source>Other</source>
        <translation>Annan</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../ledarplan/gui/views/backups_dialog.py" line="120"/>
        <source>Backups</source>
        <translation>Säkerhetskopior</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/backups_dialog.py" line="123"/>
        <source>A backup is made at the first start of each day, before every upgrade and before a restore. Your data is in %1.</source>
        <translation>En säkerhetskopia görs vid dagens första start, före varje uppgradering och före en återställning. Dina uppgifter finns i %1.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/backups_dialog.py" line="127"/>
        <source>&amp;Back up now</source>
        <translation>&amp;Säkerhetskopiera nu</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/backups_dialog.py" line="128"/>
        <source>&amp;Restore the selected backup…</source>
        <translation>Å&amp;terställ den valda säkerhetskopian…</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/backups_dialog.py" line="129"/>
        <source>Open the data &amp;folder</source>
        <translation>Öppna &amp;datamappen</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/backups_dialog.py" line="130"/>
        <source>Restore &amp;from a file…</source>
        <translation>Återställ &amp;från en fil…</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/backups_dialog.py" line="131"/>
        <source>&amp;Choose backup folder…</source>
        <translation>&amp;Välj mapp för säkerhetskopior…</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/backups_dialog.py" line="132"/>
        <source>Do&amp;n&apos;t copy</source>
        <translation>Kopiera i&amp;nte</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/backups_dialog.py" line="134"/>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/backups_dialog.py" line="134"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/backups_dialog.py" line="134"/>
        <source>Size</source>
        <translation>Storlek</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/backups_dialog.py" line="136"/>
        <source>Daily</source>
        <translation>Daglig</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/backups_dialog.py" line="137"/>
        <source>Made by hand</source>
        <translation>Gjord för hand</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/backups_dialog.py" line="138"/>
        <source>Before an upgrade</source>
        <translation>Före en uppgradering</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/backups_dialog.py" line="139"/>
        <source>Before a restore</source>
        <translation>Före en återställning</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/backups_dialog.py" line="140"/>
        <source>Before an import replaced a plan</source>
        <translation>Före en import som ersatte en plan</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/backups_dialog.py" line="142"/>
        <source>%1 (in the backup folder)</source>
        <translation>%1 (i mappen för säkerhetskopior)</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/backups_dialog.py" line="155"/>
        <source>Each daily backup can also be copied to a second place, such as your home drive (which IT backs up) or a USB stick, so that a lost or broken computer does not take the backups with it.</source>
        <translation>Varje daglig säkerhetskopia kan också kopieras till ett andra ställe, till exempel din hemkatalog (som IT säkerhetskopierar) eller ett USB-minne, så att en borttappad eller trasig dator inte tar säkerhetskopiorna med sig.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/backups_dialog.py" line="160"/>
        <source>Each daily backup is also copied to: %1</source>
        <translation>Varje daglig säkerhetskopia kopieras också till: %1</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/backups_dialog.py" line="168"/>
        <source>Choose the backup folder</source>
        <translation>Välj mappen för säkerhetskopior</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/backups_dialog.py" line="188"/>
        <source>Restore from a backup file</source>
        <translation>Återställ från en säkerhetskopia</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/backups_dialog.py" line="189"/>
        <source>ledarplan backups (*.sqlite3);;All files (*)</source>
        <translation>ledarplan-säkerhetskopior (*.sqlite3);;Alla filer (*)</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/application.py" line="323"/>
        <source>The backup folder could not be used</source>
        <translation>Mappen för säkerhetskopior kunde inte användas</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/application.py" line="327"/>
        <location filename="../ledarplan/gui/views/backups_dialog.py" line="203"/>
        <source>No backup could be made</source>
        <translation>Ingen säkerhetskopia kunde göras</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/backups_dialog.py" line="217"/>
        <source>Restore the backup?</source>
        <translation>Återställa säkerhetskopian?</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/backups_dialog.py" line="219"/>
        <source>Everything will be as it was on %1. What you have done since is kept in a new backup, so it is not lost.</source>
        <translation>Allt blir som det var %1. Det du har gjort sedan dess sparas i en ny säkerhetskopia, så det går inte förlorat.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/backups_dialog.py" line="222"/>
        <source>Restore</source>
        <translation>Återställ</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/backups_dialog.py" line="229"/>
        <source>The backup could not be restored</source>
        <translation>Säkerhetskopian kunde inte återställas</translation>
    </message>
</context>
<context>
    <name>BlindSpotsBox</name>
    <message>
        <location filename="../ledarplan/gui/views/assessment/blind_spots.py" line="48"/>
        <source>&amp;Blind spots: where your self-assessment and others&apos; feedback differ most</source>
        <extracomment>&quot;Make it a goal&quot;: a goal for this item (its id).</extracomment>
        <translation>&amp;Blinda fläckar: där din självskattning och andras återkoppling skiljer sig mest</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/assessment/blind_spots.py" line="50"/>
        <source>Make it a &amp;goal</source>
        <translation>Gör det till ett &amp;mål</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/assessment/blind_spots.py" line="51"/>
        <source>A new goal for the chosen item</source>
        <translation>Ett nytt mål för den valda punkten</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/assessment/blind_spots.py" line="58"/>
        <source>%1: you %2, others %3</source>
        <translation>%1: du %2, andra %3</translation>
    </message>
</context>
<context>
    <name>CalendarLabels</name>
    <message>
        <location filename="../ledarplan/services/calendar.py" line="37"/>
        <source>Development talk: {person} ({plan})</source>
        <extracomment>SEQUENCE counts minutes since this moment (a change made later has a higher number).</extracomment>
        <translation>Utvecklingssamtal: {person} ({plan})</translation>
    </message>
    <message>
        <location filename="../ledarplan/services/calendar.py" line="38"/>
        <source>Follow-up of the development talk: {person} ({plan})</source>
        <translation>Uppföljning av utvecklingssamtalet: {person} ({plan})</translation>
    </message>
    <message>
        <location filename="../ledarplan/services/calendar.py" line="41"/>
        <source>Coaching session: {person} ({plan})</source>
        <translation>Coachningssamtal: {person} ({plan})</translation>
    </message>
    <message>
        <location filename="../ledarplan/services/calendar.py" line="42"/>
        <source>An action is due: {person} ({plan})</source>
        <translation>En aktivitet ska vara klar: {person} ({plan})</translation>
    </message>
    <message>
        <location filename="../ledarplan/services/calendar.py" line="43"/>
        <source>An agreement is due: {person} ({plan})</source>
        <translation>En överenskommelse ska vara klar: {person} ({plan})</translation>
    </message>
    <message>
        <location filename="../ledarplan/services/calendar.py" line="44"/>
        <source>A goal&apos;s target date: {person} ({plan})</source>
        <translation>Måldatum för ett mål: {person} ({plan})</translation>
    </message>
    <message>
        <location filename="../ledarplan/services/calendar.py" line="45"/>
        <source>Development plans</source>
        <translation>Utvecklingsplaner</translation>
    </message>
</context>
<context>
    <name>CardPickerDialog</name>
    <message>
        <location filename="../ledarplan/gui/views/talk/card_picker.py" line="84"/>
        <source>Choose themes for the talk</source>
        <translation>Välj teman för samtalet</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/card_picker.py" line="86"/>
        <source>Tick the themes you want to talk about; two or three is usual. They become questions of your preparation, and you can put them in the order you agree on. The texts are the model&apos;s own: %1.</source>
        <translation>Kryssa för de teman ni vill tala om; två eller tre brukar räcka. De blir frågor i din förberedelse, och du kan ställa dem i den ordning ni kommer överens om. Texterna är modellens egna: %1.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/card_picker.py" line="92"/>
        <source>The common themes, in italics at the top, are discussed in every talk: they are in both preparations already.</source>
        <translation>De gemensamma temana, i kursiv stil överst, tas upp i varje samtal: de finns redan i bådas förberedelser.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/card_picker.py" line="96"/>
        <source>The model&apos;s conversation cards</source>
        <translation>Modellens samtalskort</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/card_picker.py" line="97"/>
        <source>The card&apos;s text</source>
        <translation>Kortets text</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/card_picker.py" line="98"/>
        <source>Choose</source>
        <translation>Välj</translation>
    </message>
    <message numerus="yes">
        <location filename="../ledarplan/gui/views/talk/card_picker.py" line="131"/>
        <source>%n theme(s) chosen</source>
        <translation>
            <numerusform>%n tema valt</numerusform>
            <numerusform>%n teman valda</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CarryOverDialog</name>
    <message>
        <location filename="../ledarplan/gui/views/coaching/carry_over_dialog.py" line="71"/>
        <source>Carry over open agreements</source>
        <translation>För över öppna överenskommelser</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching/carry_over_dialog.py" line="74"/>
        <source>These &amp;agreements from earlier sessions are still open. The ticked ones are carried over to the new session; untick those you no longer want to follow up.</source>
        <translation>De här &amp;överenskommelserna från tidigare samtal är fortfarande öppna. De markerade förs över till det nya samtalet; avmarkera dem som du inte längre vill följa upp.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching/carry_over_dialog.py" line="78"/>
        <source>Open agreements to carry over</source>
        <translation>Öppna överenskommelser att föra över</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching/carry_over_dialog.py" line="79"/>
        <source>Create session</source>
        <translation>Skapa samtal</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching/carry_over_dialog.py" line="89"/>
        <source>due %1</source>
        <translation>senast %1</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching/carry_over_dialog.py" line="92"/>
        <source>from %1</source>
        <translation>från %1</translation>
    </message>
</context>
<context>
    <name>CoachingView</name>
    <message>
        <location filename="../ledarplan/gui/views/coaching_view.py" line="183"/>
        <source>Coaching</source>
        <translation>Coachning</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching_view.py" line="189"/>
        <source>Fi&amp;lter:</source>
        <translation>&amp;Filtrera:</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching_view.py" line="190"/>
        <source>Topic or person</source>
        <translation>Ämne eller person</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching_view.py" line="191"/>
        <source>Filter sessions by topic or person</source>
        <translation>Filtrera samtal efter ämne eller person</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching_view.py" line="192"/>
        <source>Coaching sessions</source>
        <translation>Coachningssamtal</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching_view.py" line="194"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching_view.py" line="194"/>
        <source>With</source>
        <translation>Med</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching_view.py" line="194"/>
        <source>Topic</source>
        <translation>Ämne</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching_view.py" line="194"/>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching_view.py" line="195"/>
        <source>(no topic)</source>
        <translation>(inget ämne)</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching_view.py" line="196"/>
        <source>Open agreements: %1</source>
        <translation>Öppna överenskommelser: %1</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching_view.py" line="198"/>
        <source>&amp;New session</source>
        <translation>&amp;Nytt samtal</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching_view.py" line="199"/>
        <source>Log a new coaching session dated today (Insert)</source>
        <translation>För in ett nytt coachningssamtal med dagens datum (Insert)</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching_view.py" line="200"/>
        <source>&amp;Delete session</source>
        <translation>&amp;Ta bort samtal</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching_view.py" line="201"/>
        <source>Delete the selected session (Delete)</source>
        <translation>Ta bort valt samtal (Delete)</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching_view.py" line="280"/>
        <source>Open a plan to see its coaching log.</source>
        <translation>Öppna en plan för att se dess coachningssamtal.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching_view.py" line="283"/>
        <source>No coaching sessions yet.

The leader&apos;s own sessions arrive with the plan file they send you. Sessions you log here are yours.</source>
        <translation>Inga coachningssamtal än.

Ledarens egna samtal kommer med planfilen som ledaren skickar dig. Samtal som du för in här är dina.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching_view.py" line="288"/>
        <source>No coaching sessions yet.

Choose New session to log your first conversation.</source>
        <translation>Inga coachningssamtal än.

Välj Nytt samtal för att föra in ditt första samtal.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching_view.py" line="291"/>
        <source>Choose a session in the list.</source>
        <translation>Välj ett samtal i listan.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ledarplan/gui/views/coaching_view.py" line="298"/>
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n samtal</numerusform>
            <numerusform>%n samtal</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ledarplan/gui/views/coaching_view.py" line="300"/>
        <source>%1 of %n session(s)</source>
        <translation>
            <numerusform>%1 av %n samtal</numerusform>
            <numerusform>%1 av %n samtal</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching_view.py" line="399"/>
        <source>Delete the session of %1, &quot;%2&quot;?</source>
        <translation>Ta bort samtalet den %1, ”%2”?</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching_view.py" line="402"/>
        <source>Delete the session of %1?</source>
        <translation>Ta bort samtalet den %1?</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching_view.py" line="404"/>
        <source>Its notes, reflection and agreements are deleted with it. This cannot be undone.</source>
        <translation>Anteckningar, reflektion och överenskommelser tas bort tillsammans med samtalet. Det går inte att ångra.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching_view.py" line="407"/>
        <source>Delete session</source>
        <translation>Ta bort samtal</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching_view.py" line="421"/>
        <source>Remove the agreement &quot;%1&quot;?</source>
        <translation>Ta bort överenskommelsen ”%1”?</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching_view.py" line="423"/>
        <source>Remove agreement</source>
        <translation>Ta bort överenskommelse</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching_view.py" line="423"/>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
</context>
<context>
    <name>CommentDelegate</name>
    <message>
        <location filename="../ledarplan/gui/views/assessment/rating_table_view.py" line="163"/>
        <source>Comment</source>
        <extracomment>Keys typed with only these held still rate (&quot;+&quot; needs Shift on many keyboards). Shares of the width beside the area and rating columns: the expectation is what the user reads while rating, so it gets the most.</extracomment>
        <translation>Kommentar</translation>
    </message>
</context>
<context>
    <name>ComparisonPanel</name>
    <message>
        <location filename="../ledarplan/gui/views/assessment/comparison_panel.py" line="189"/>
        <source>&amp;Compare</source>
        <extracomment>&quot;Make it a goal&quot;: the user wants a goal for a blind spot&apos;s item (its id).</extracomment>
        <translation>Jäm&amp;för</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/assessment/comparison_panel.py" line="190"/>
        <source>w&amp;ith</source>
        <translation>&amp;med</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/assessment/comparison_panel.py" line="191"/>
        <source>S&amp;wap</source>
        <translation>Byt &amp;plats</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/assessment/comparison_panel.py" line="192"/>
        <source>Swap the two rounds</source>
        <translation>Byt plats på de två bedömningarna</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/assessment/comparison_panel.py" line="193"/>
        <source>First round</source>
        <translation>Första bedömningen</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/assessment/comparison_panel.py" line="194"/>
        <source>Second round</source>
        <translation>Andra bedömningen</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/assessment/comparison_panel.py" line="195"/>
        <source>Ratings of the two rounds item by item</source>
        <translation>De två bedömningarnas skattningar punkt för punkt</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/assessment/comparison_panel.py" line="196"/>
        <source>Radar chart of the average rating per area</source>
        <translation>Spindeldiagram över genomsnittlig skattning per område</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/assessment/comparison_panel.py" line="197"/>
        <source>Choose two rounds to compare.</source>
        <translation>Välj två bedömningar att jämföra.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/assessment/comparison_panel.py" line="199"/>
        <source>Feedback from &amp;others</source>
        <translation>&amp;Återkoppling från andra</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/assessment/comparison_panel.py" line="200"/>
        <source>Feedback round shown beside the two</source>
        <translation>Återkopplingsomgång som visas bredvid de två</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/assessment/comparison_panel.py" line="213"/>
        <source>Comparing needs two assessment rounds, for example the leader&apos;s self-assessment and your assessment, or one round and feedback from others.</source>
        <translation>För att jämföra behövs två bedömningsomgångar, till exempel ledarens självskattning och din bedömning, eller en omgång och återkoppling från andra.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/assessment/comparison_panel.py" line="218"/>
        <source>Comparing needs two assessment rounds, for example your self-assessment and your manager&apos;s assessment, or one round and feedback from others.</source>
        <translation>För att jämföra behövs två skattningsomgångar, till exempel din självskattning och din chefs skattning, eller en omgång och återkoppling från andra.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/assessment/comparison_panel.py" line="251"/>
        <source>None</source>
        <translation>Ingen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ledarplan/gui/views/assessment/comparison_panel.py" line="253"/>
        <source>%1 (%n respondent(s))</source>
        <translation>
            <numerusform>%1 (%n svarande)</numerusform>
            <numerusform>%1 (%n svarande)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/assessment/comparison_panel.py" line="346"/>
        <source>Feedback from others: %1. A group is shown only when at least %2 have answered.</source>
        <translation>Återkoppling från andra: %1. En grupp visas bara när minst %2 har svarat.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/assessment/comparison_panel.py" line="352"/>
        <source>Counted with others: %1.</source>
        <translation>Räknas med andra: %1.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/assessment/comparison_panel.py" line="355"/>
        <source>Too few to show: %1.</source>
        <translation>För få för att visas: %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ledarplan/gui/views/assessment/comparison_panel.py" line="383"/>
        <source>%n item(s) rated %1 or more steps apart (highlighted): worth talking about.</source>
        <translation>
            <numerusform>%n punkt skiljer sig %1 steg eller mer (markerad): värd att prata om.</numerusform>
            <numerusform>%n punkter skiljer sig %1 steg eller mer (markerade): värda att prata om.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/assessment/comparison_panel.py" line="388"/>
        <source>No item is rated %1 or more steps apart.</source>
        <translation>Ingen punkt skiljer sig %1 steg eller mer.</translation>
    </message>
</context>
<context>
    <name>ComparisonTableModel</name>
    <message>
        <location filename="../ledarplan/gui/models/comparison_table.py" line="147"/>
        <source>cannot say: %1</source>
        <extracomment>Second minus first as a number (None when either is not assessed). Translucent amber reads as a highlight on light and dark palettes alike.</extracomment>
        <translation>kan inte bedöma: %1</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/models/comparison_table.py" line="181"/>
        <source>Area</source>
        <translation>Område</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/models/comparison_table.py" line="182"/>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/models/comparison_table.py" line="183"/>
        <source>Difference</source>
        <translation>Skillnad</translation>
    </message>
</context>
<context>
    <name>ConflictPane</name>
    <message>
        <location filename="../ledarplan/gui/views/conflict_pane.py" line="126"/>
        <source>Keep all mi&amp;ne</source>
        <extracomment>The number of conflicts still to decide, whenever a choice changes.</extracomment>
        <translation>Behåll alla m&amp;ina</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/conflict_pane.py" line="127"/>
        <source>Take all thei&amp;rs</source>
        <translation>Ta alla de&amp;ras</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/conflict_pane.py" line="129"/>
        <source>Keep mine</source>
        <translation>Behåll mitt</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/conflict_pane.py" line="130"/>
        <source>Take theirs</source>
        <translation>Ta deras</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/conflict_pane.py" line="131"/>
        <source>Keep both</source>
        <translation>Behåll båda</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/conflict_pane.py" line="133"/>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/conflict_pane.py" line="133"/>
        <source>Field</source>
        <translation>Fält</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/conflict_pane.py" line="133"/>
        <source>Decision</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/conflict_pane.py" line="134"/>
        <source>To decide</source>
        <translation>Att avgöra</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/conflict_pane.py" line="141"/>
        <source>Keep &amp;mine</source>
        <translation>Behåll &amp;mitt</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/conflict_pane.py" line="142"/>
        <source>Take &amp;theirs</source>
        <translation>Ta &amp;deras</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/conflict_pane.py" line="143"/>
        <source>Keep &amp;both</source>
        <translation>Behåll &amp;båda</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/conflict_pane.py" line="145"/>
        <source>Both texts are kept: yours first, then theirs, marked with the desk and date.</source>
        <translation>Båda texterna behålls: din först, sedan deras, märkt med exemplar och datum.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ledarplan/gui/views/conflict_pane.py" line="194"/>
        <source>%n conflict(s) still to decide</source>
        <translation>
            <numerusform>%n konflikt återstår att avgöra</numerusform>
            <numerusform>%n konflikter återstår att avgöra</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/conflict_pane.py" line="197"/>
        <source>Every conflict is decided.</source>
        <translation>Alla konflikter är avgjorda.</translation>
    </message>
</context>
<context>
    <name>ContributeDialog</name>
    <message>
        <location filename="../ledarplan/gui/views/contribute_dialog.py" line="160"/>
        <source>There is no plan here to contribute.</source>
        <translation>Det finns ingen plan här att bidra med.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/contribute_dialog.py" line="162"/>
        <source>Tick the plans to contribute.</source>
        <translation>Bocka för de planer som ska bidra.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/contribute_dialog.py" line="168"/>
        <source>Contribute to the organisation&apos;s yearly summary</source>
        <translation>Bidra till organisationens årliga sammanställning</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/contribute_dialog.py" line="171"/>
        <source>HR puts together a yearly picture of what leaders work on, from anonymous summaries. Below is exactly what the summary file holds: no names, no texts, no dates but the month, nothing that leads back to a person. It is saved only when you choose Save, and you send it to HR yourself.</source>
        <translation>HR sammanställer varje år en bild av vad ledare arbetar med, utifrån anonyma sammanställningar. Nedan står exakt vad sammanställningsfilen innehåller: inga namn, inga texter, inga datum utöver månaden, inget som leder tillbaka till en person. Den sparas först när du väljer Spara, och du skickar den själv till HR.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/contribute_dialog.py" line="177"/>
        <source>Plans to contribute (their names are not written)</source>
        <translation>Planer som bidrar (deras namn skrivs inte ut)</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/contribute_dialog.py" line="178"/>
        <source>Tick &amp;all</source>
        <translation>Bocka för &amp;alla</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/contribute_dialog.py" line="179"/>
        <source>Tick &amp;none</source>
        <translation>Bocka för &amp;ingen</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/contribute_dialog.py" line="180"/>
        <source>What the file holds</source>
        <translation>Vad filen innehåller</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/contribute_dialog.py" line="181"/>
        <source>The file as it is written</source>
        <translation>Filen som den skrivs</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/contribute_dialog.py" line="182"/>
        <source>&amp;Save…</source>
        <translation>&amp;Spara…</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <location filename="../ledarplan/gui/widgets/date_edit.py" line="211"/>
        <source>“%1” is not a date. Type it as %2, or pick it in the calendar (Alt+Down).</source>
        <translation>”%1” är inget datum. Skriv det som %2, eller välj det i kalendern (Alt+Nedpil).</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/widgets/date_edit.py" line="217"/>
        <source>A date is needed here: type one, or pick it (Alt+Down).</source>
        <translation>Här behövs ett datum: skriv det, eller välj det (Alt+Nedpil).</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/widgets/date_edit.py" line="326"/>
        <source>Open the calendar</source>
        <translation>Öppna kalendern</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/widgets/date_edit.py" line="327"/>
        <source>Pick the date in a calendar (Alt+Down)</source>
        <translation>Välj datumet i en kalender (Alt+Nedpil)</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/widgets/date_edit.py" line="337"/>
        <source>dd</source>
        <comment>the day in a date pattern</comment>
        <translation>dd</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/widgets/date_edit.py" line="338"/>
        <source>mm</source>
        <comment>the month in a date pattern</comment>
        <translation>mm</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/widgets/date_edit.py" line="339"/>
        <source>yyyy</source>
        <comment>the year in a date pattern</comment>
        <translation>åååå</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/widgets/date_edit.py" line="352"/>
        <source>Type a date or pick it in the calendar (Alt+Down)</source>
        <translation>Skriv ett datum eller välj det i kalendern (Alt+Nedpil)</translation>
    </message>
</context>
<context>
    <name>DeskFlows</name>
    <message>
        <location filename="../ledarplan/gui/desk_flows.py" line="77"/>
        <source>Send the plan to your manager</source>
        <extracomment>One sentence for the user (empty when nothing needs saying). The user cancelled (a passphrase or the preview): nothing was written, nothing to say. Stored as a new plan (an import says nothing more unless the person differs). The passphrase that opened the last file of this batch, tried first on the next. Replaced by tests to drive the preview without exec(). Replaced by tests to answer the properties dialog without exec().</extracomment>
        <translation>Skicka planen till din chef</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/desk_flows.py" line="79"/>
        <source>The plan was saved to %1 for your manager. Send them the file, e.g. by e-mail; they update their copy of the plan from it. Your private notes were left out.</source>
        <translation>Planen sparades i %1 för din chef. Skicka filen till chefen, t.ex. med e-post; chefen uppdaterar sitt exemplar av planen från den. Dina privata anteckningar togs inte med.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/desk_flows.py" line="83"/>
        <source>Send the plan to the leader</source>
        <translation>Skicka planen till ledaren</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/desk_flows.py" line="85"/>
        <source>The plan was saved to %1 for the leader. Send them the file, e.g. by e-mail; they update their copy of the plan from it. Your private notes were left out.</source>
        <translation>Planen sparades i %1 för ledaren. Skicka filen till ledaren, t.ex. med e-post; ledaren uppdaterar sitt exemplar av planen från den. Dina privata anteckningar togs inte med.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/desk_flows.py" line="95"/>
        <source>Ready to send</source>
        <translation>Klar att skicka</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/desk_flows.py" line="107"/>
        <source>Hand the plan over to a new manager</source>
        <translation>Lämna över planen till en ny chef</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/desk_flows.py" line="108"/>
        <source>Ready to hand over</source>
        <translation>Klar att lämna över</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/desk_flows.py" line="110"/>
        <source>The plan, with its history, was saved to %1 for the new manager, without your private notes. They open it as their copy; the leader then sends their files to the new manager.</source>
        <translation>Planen med sin historik sparades i %1 för den nya chefen, utan dina privata anteckningar. Den nya chefen öppnar den som sitt exemplar; därefter skickar ledaren sina filer till den nya chefen.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/desk_flows.py" line="123"/>
        <source>Import a plan</source>
        <translation>Importera en plan</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/desk_flows.py" line="131"/>
        <source>The plan could not be imported</source>
        <translation>Planen kunde inte importeras</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/desk_flows.py" line="134"/>
        <source>Plan updated</source>
        <translation>Planen är uppdaterad</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/desk_flows.py" line="141"/>
        <source>Update plans from files</source>
        <translation>Uppdatera planer från filer</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/desk_flows.py" line="151"/>
        <source>Update from a file</source>
        <translation>Uppdatera från en fil</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/desk_flows.py" line="155"/>
        <location filename="../ledarplan/gui/desk_flows.py" line="157"/>
        <source>Update from files</source>
        <translation>Uppdatera från filer</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/desk_flows.py" line="205"/>
        <source>%1: the plan of %2 was imported as a new plan.</source>
        <translation>%1: planen för %2 importerades som en ny plan.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/desk_flows.py" line="214"/>
        <source>%1: “%2” here, “%3” in the file</source>
        <translation>%1: ”%2” här, ”%3” i filen</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/desk_flows.py" line="222"/>
        <source>Take the file&apos;s details?</source>
        <translation>Ta uppgifterna från filen?</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/desk_flows.py" line="224"/>
        <source>%1 is already stored here, with other details than in the file:

%2

The details stored here were kept. Take the file&apos;s details instead?</source>
        <translation>%1 finns redan här, med andra uppgifter än i filen:

%2

Uppgifterna här behölls. Ta uppgifterna från filen i stället?</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/desk_flows.py" line="229"/>
        <source>Take the file&apos;s details</source>
        <translation>Ta uppgifterna från filen</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/desk_flows.py" line="239"/>
        <source>This could not be done</source>
        <translation>Det gick inte att genomföra</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/desk_flows.py" line="267"/>
        <source>%1: the plan here changed while the file was previewed; nothing was written. Update from the file again.</source>
        <translation>%1: planen här ändrades medan filen förhandsvisades; inget sparades. Uppdatera från filen igen.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/desk_flows.py" line="277"/>
        <source>%1: nothing new in this file.</source>
        <translation>%1: inget nytt i den här filen.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/desk_flows.py" line="283"/>
        <source>%1: the plan of %2 was updated (%3 added, %4 changed, %5 removed).</source>
        <translation>%1: planen för %2 uppdaterades (%3 tillagda, %4 ändrade, %5 borttagna).</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/desk_flows.py" line="292"/>
        <source>Your signature of the development talk was withdrawn, as the other desk changed what you signed: read the record again and sign it anew.</source>
        <translation>Din signatur av utvecklingssamtalet drogs tillbaka, eftersom den andra parten ändrade det du signerade: läs dokumentationen igen och signera på nytt.</translation>
    </message>
</context>
<context>
    <name>DeskMenu</name>
    <message>
        <location filename="../ledarplan/gui/desk_menu.py" line="90"/>
        <source>Send to the &amp;leader…</source>
        <translation>Skicka till &amp;ledaren…</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/desk_menu.py" line="91"/>
        <source>Send to the leader, encr&amp;ypted…</source>
        <translation>Skicka till ledaren, kr&amp;ypterat…</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/desk_menu.py" line="93"/>
        <source>Send to my &amp;manager…</source>
        <translation>Skicka till min &amp;chef…</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/desk_menu.py" line="94"/>
        <source>Send to my manager, encr&amp;ypted…</source>
        <translation>Skicka till min chef, kr&amp;ypterat…</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/desk_menu.py" line="95"/>
        <source>&amp;Update plan from file…</source>
        <translation>&amp;Uppdatera plan från fil…</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/desk_menu.py" line="96"/>
        <source>&amp;Hand over to a new manager…</source>
        <translation>Lämna ö&amp;ver till en ny chef…</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/desk_menu.py" line="97"/>
        <source>Hand over to a new manager, encryp&amp;ted…</source>
        <translation>Lämna över till en ny chef, kryp&amp;terat…</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/desk_menu.py" line="98"/>
        <source>Plan pr&amp;operties…</source>
        <translation>Plan&amp;egenskaper…</translation>
    </message>
</context>
<context>
    <name>Desks</name>
    <message>
        <location filename="../ledarplan/gui/desks.py" line="47"/>
        <source>The leader&apos;s own part: read-only at your desk. Only the leader changes it; their changes arrive with the plan file they send you.</source>
        <translation>Ledarens egen del: skrivskyddad i ditt exemplar. Bara ledaren ändrar den; ändringarna kommer med planfilen som ledaren skickar dig.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/desks.py" line="52"/>
        <source>Your manager&apos;s own part: read-only at your desk. Only your manager changes it; their changes arrive with the plan file they send you.</source>
        <translation>Din chefs egen del: skrivskyddad i ditt exemplar. Bara din chef ändrar den; ändringarna kommer med planfilen som chefen skickar dig.</translation>
    </message>
</context>
<context>
    <name>DueDateDelegate</name>
    <message>
        <location filename="../ledarplan/gui/widgets/due_date_delegate.py" line="48"/>
        <source>Due date</source>
        <extracomment>The plan&apos;s period: an empty due date&apos;s calendar opens inside it.</extracomment>
        <translation>Klart senast</translation>
    </message>
</context>
<context>
    <name>EditSession</name>
    <message>
        <location filename="../ledarplan/gui/edit_session.py" line="346"/>
        <source>This could not be saved</source>
        <translation>Det gick inte att spara</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/edit_session.py" line="258"/>
        <source>“%1” %2. It is back to what it was; everything else is saved.</source>
        <extracomment>True while typed work waits for the organisation&apos;s database; False once it is stored. How often a save that found the database away is tried again. Whether the database answers again (asked on a worker thread; None: the save itself is tried again).</extracomment>
        <translation>”%1” %2. Fältet har fått tillbaka sitt tidigare innehåll; allt annat är sparat.</translation>
    </message>
</context>
<context>
    <name>Feedback</name>
    <message>
        <location filename="../ledarplan/gui/views/feedback/names.py" line="12"/>
        <source>Staff</source>
        <translation>Medarbetare</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/feedback/names.py" line="13"/>
        <source>Peers</source>
        <translation>Kollegor</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/feedback/names.py" line="14"/>
        <source>Own manager</source>
        <translation>Egen chef</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/feedback/names.py" line="15"/>
        <source>Others</source>
        <translation>Andra</translation>
    </message>
</context>
<context>
    <name>FeedbackDialog</name>
    <message>
        <location filename="../ledarplan/gui/views/feedback/rounds_dialog.py" line="98"/>
        <source>Feedback from others</source>
        <extracomment>The plan&apos;s feedback rounds changed (made, answered, deleted).</extracomment>
        <translation>Återkoppling från andra</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/feedback/rounds_dialog.py" line="101"/>
        <source>Ask your staff, peers, manager and others for feedback with one fillable PDF form. They fill it in, save it and send it back: to you, or to a collector (HR, a trusted colleague) when anonymity matters, who sends you only the summary (ledarplan feedback collect). Only the summary per group is kept, never a form or one person&apos;s answers.</source>
        <translation>Be dina medarbetare, kollegor, din chef och andra om återkoppling med ett ifyllbart PDF-formulär. De fyller i det, sparar det och skickar tillbaka det: till dig, eller till en insamlare (HR, en kollega du litar på) när anonymiteten är viktig, som bara skickar dig sammanställningen (ledarplan feedback collect). Bara sammanställningen per grupp sparas, aldrig ett formulär eller en persons svar.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/feedback/rounds_dialog.py" line="109"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/feedback/rounds_dialog.py" line="109"/>
        <source>Items</source>
        <translation>Punkter</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/feedback/rounds_dialog.py" line="109"/>
        <source>Groups asked</source>
        <translation>Tillfrågade grupper</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/feedback/rounds_dialog.py" line="109"/>
        <source>Answers</source>
        <translation>Svar</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/feedback/rounds_dialog.py" line="111"/>
        <source>Form &amp;language</source>
        <translation>Formulärets &amp;språk</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/feedback/rounds_dialog.py" line="112"/>
        <source>&amp;New round…</source>
        <translation>&amp;Ny omgång…</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/feedback/rounds_dialog.py" line="113"/>
        <source>&amp;Write the form…</source>
        <translation>S&amp;kriv formuläret…</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/feedback/rounds_dialog.py" line="114"/>
        <source>&amp;Take in answers…</source>
        <translation>&amp;Ta in svar…</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/feedback/rounds_dialog.py" line="115"/>
        <source>&amp;Delete round</source>
        <translation>&amp;Ta bort bedömning</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/feedback/rounds_dialog.py" line="124"/>
        <source>none yet</source>
        <translation>inga ännu</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/feedback/rounds_dialog.py" line="188"/>
        <source>Save the feedback form</source>
        <translation>Spara återkopplingsformuläret</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/feedback/rounds_dialog.py" line="189"/>
        <source>feedback form.pdf</source>
        <translation>återkopplingsformulär.pdf</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/feedback/rounds_dialog.py" line="190"/>
        <source>PDF form (*.pdf)</source>
        <translation>PDF-formulär (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/feedback/rounds_dialog.py" line="199"/>
        <source>Feedback form written</source>
        <translation>Återkopplingsformuläret är skrivet</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/feedback/rounds_dialog.py" line="201"/>
        <source>The form is in %1. Send it to the people you ask, by e-mail or on the intranet; ask them to fill it in, save it and send it back.</source>
        <translation>Formuläret finns i %1. Skicka det till dem du frågar, med e-post eller på intranätet; be dem fylla i det, spara det och skicka tillbaka det.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/feedback/rounds_dialog.py" line="210"/>
        <source>Take in answers</source>
        <translation>Ta in svar</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/feedback/rounds_dialog.py" line="211"/>
        <source>Filled forms and summaries (*.pdf *.json);;All files (*)</source>
        <translation>Ifyllda formulär och sammanställningar (*.pdf *.json);;Alla filer (*)</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/feedback/rounds_dialog.py" line="227"/>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/feedback/rounds_dialog.py" line="228"/>
        <source>Took %1 forms and %2 summaries. Shown now: %3.</source>
        <translation>Tog in %1 formulär och %2 sammanställningar. Visas nu: %3.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/feedback/rounds_dialog.py" line="236"/>
        <source>Fewer than %1 answered as %2: counted with others.</source>
        <translation>Färre än %1 svarade som %2: räknas med andra.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/feedback/rounds_dialog.py" line="240"/>
        <source>Fewer than %1 answered as %2, even with others: left out.</source>
        <translation>Färre än %1 svarade som %2, även tillsammans med andra: utelämnas.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/feedback/rounds_dialog.py" line="244"/>
        <source>%1: counted once.</source>
        <translation>%1: räknas en gång.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/feedback/rounds_dialog.py" line="246"/>
        <source>Answers taken in</source>
        <translation>Intagna svar</translation>
    </message>
    <message numerus="yes">
        <location filename="../ledarplan/gui/views/feedback/rounds_dialog.py" line="250"/>
        <source>%n file(s) could not be taken in; nothing of them was stored.</source>
        <translation>
            <numerusform>%n fil kunde inte tas in; inget av den sparades.</numerusform>
            <numerusform>%n filer kunde inte tas in; inget av dem sparades.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/feedback/rounds_dialog.py" line="262"/>
        <source>Delete feedback round</source>
        <translation>Ta bort återkopplingsomgång</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/feedback/rounds_dialog.py" line="263"/>
        <source>Delete this feedback round with the answers taken in? This cannot be undone.</source>
        <translation>Ta bort den här återkopplingsomgången med de intagna svaren? Det kan inte ångras.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/feedback/rounds_dialog.py" line="264"/>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/feedback/rounds_dialog.py" line="280"/>
        <source>This could not be done</source>
        <translation>Det gick inte att genomföra</translation>
    </message>
</context>
<context>
    <name>FeedbackForm</name>
    <message>
        <location filename="../ledarplan/pdf/form/labels.py" line="21"/>
        <source>Feedback to {name}</source>
        <translation>Återkoppling till {name}</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/form/labels.py" line="22"/>
        <source>{name} asks for your view of their leadership, against the leadership model below. Rate each statement by what you have seen; choose “Cannot say” when you have not seen enough to answer.</source>
        <translation>{name} ber om din syn på sitt ledarskap, utifrån ledarskapsmodellen nedan. Skatta varje påstående utifrån vad du har sett; välj ”Kan inte bedöma” när du inte har sett tillräckligt för att svara.</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/form/labels.py" line="28"/>
        <source>Your answers are anonymous. Only a summary of each group&apos;s answers is kept, and a group is shown only when at least {threshold} people of it have answered; smaller groups are counted with “Others” or left out. Do not write your name in the form.</source>
        <translation>Dina svar är anonyma. Bara en sammanställning av varje grupps svar sparas, och en grupp visas bara när minst {threshold} personer i den har svarat; mindre grupper räknas med ”Andra” eller utelämnas. Skriv inte ditt namn i formuläret.</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/form/labels.py" line="34"/>
        <source>Fill in the form in a PDF reader (for example Adobe Acrobat Reader or your computer&apos;s own), save it, and send the saved file back as you were asked.</source>
        <translation>Fyll i formuläret i en PDF-läsare (till exempel Adobe Acrobat Reader eller datorns egen), spara det och skicka tillbaka den sparade filen som du blev ombedd.</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/form/labels.py" line="39"/>
        <source>Leadership model</source>
        <translation>Ledarskapsmodell</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/form/labels.py" line="40"/>
        <source>Role level</source>
        <translation>Rollnivå</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/form/labels.py" line="41"/>
        <source>Source</source>
        <translation>Källa</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/form/labels.py" line="42"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/form/labels.py" line="43"/>
        <source>What the ratings mean</source>
        <translation>Vad bedömningarna betyder</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/form/labels.py" line="44"/>
        <source>Cannot say</source>
        <translation>Kan inte bedöma</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/form/labels.py" line="45"/>
        <source>Your relation to {name}</source>
        <translation>Din relation till {name}</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/form/labels.py" line="46"/>
        <source>Choose one: {groups}</source>
        <translation>Välj en: {groups}</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/form/labels.py" line="47"/>
        <source>(choose)</source>
        <translation>(välj)</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/form/labels.py" line="48"/>
        <source>Staff</source>
        <translation>Medarbetare</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/form/labels.py" line="49"/>
        <source>Peers</source>
        <translation>Kollegor</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/form/labels.py" line="50"/>
        <source>Own manager</source>
        <translation>Egen chef</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/form/labels.py" line="51"/>
        <source>Others</source>
        <translation>Andra</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/form/labels.py" line="52"/>
        <source>Your rating of: {item}</source>
        <translation>Din bedömning av: {item}</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/form/labels.py" line="53"/>
        <source>Comments on “{area}” (optional)</source>
        <translation>Kommentarer om ”{area}” (frivilligt)</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/form/labels.py" line="54"/>
        <source>Open questions</source>
        <translation>Öppna frågor</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/form/labels.py" line="55"/>
        <source>Thank you! Save the form and send it back.</source>
        <translation>Tack! Spara formuläret och skicka tillbaka det.</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/form/labels.py" line="56"/>
        <source>Page {page} of {pages}</source>
        <translation>Sida {page} av {pages}</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/form/labels.py" line="57"/>
        <source>Feedback form {id}</source>
        <translation>Återkopplingsformulär {id}</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/form/labels.py" line="59"/>
        <source>What should {name} keep doing?</source>
        <extracomment>The open questions a new round suggests (the leader may change or clear them).</extracomment>
        <translation>Vad ska {name} fortsätta med?</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/form/labels.py" line="60"/>
        <source>What could {name} do differently, or start doing?</source>
        <translation>Vad kan {name} göra annorlunda, eller börja med?</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="41"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="42"/>
        <source>Job title</source>
        <translation>Befattning</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="43"/>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="44"/>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="45"/>
        <source>Title</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="46"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="47"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="48"/>
        <source>Scale</source>
        <translation>Skala</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="49"/>
        <source>Assessed by</source>
        <translation>Bedömd av</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="50"/>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="51"/>
        <source>Rating</source>
        <translation>Skattning</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="52"/>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="53"/>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="54"/>
        <source>How we know</source>
        <translation>Hur vi vet</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="55"/>
        <source>Progress</source>
        <translation>Genomfört</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="56"/>
        <source>Linked items</source>
        <translation>Kopplade punkter</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="57"/>
        <source>Check-in</source>
        <translation>Avstämning</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="58"/>
        <source>Actions</source>
        <translation>Aktiviteter</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="59"/>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="60"/>
        <source>How</source>
        <translation>Hur</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="61"/>
        <source>Why</source>
        <translation>Varför</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="62"/>
        <source>Who</source>
        <translation>Vem</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="63"/>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="64"/>
        <source>How we follow up</source>
        <translation>Hur vi följer upp</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="65"/>
        <source>Building block</source>
        <translation>Byggkloss</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="66"/>
        <location filename="../ledarplan/gui/error_text.py" line="67"/>
        <source>Agreement</source>
        <translation>Överenskommelse</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="68"/>
        <source>Owner</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="69"/>
        <source>With whom</source>
        <translation>Med vem</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="70"/>
        <source>Topic</source>
        <translation>Ämne</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="71"/>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="72"/>
        <source>Experience</source>
        <translation>Erfarenhet</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="73"/>
        <source>Reflection</source>
        <translation>Reflektion</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="74"/>
        <source>Conclusion</source>
        <translation>Slutsats</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="75"/>
        <source>Experiment</source>
        <translation>Experiment</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="76"/>
        <source>Linked goals</source>
        <translation>Kopplade mål</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="77"/>
        <source>Next session</source>
        <translation>Nästa samtal</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="78"/>
        <source>Participants</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="79"/>
        <source>The leader&apos;s preparation</source>
        <translation>Ledarens förberedelse</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="80"/>
        <source>The manager&apos;s preparation</source>
        <translation>Chefens förberedelse</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="81"/>
        <source>Question</source>
        <translation>Fråga</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="82"/>
        <source>Answer</source>
        <translation>Svar</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="83"/>
        <source>Summary</source>
        <translation>Sammanfattning</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="84"/>
        <source>The leader&apos;s signature</source>
        <translation>Ledarens underskrift</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="85"/>
        <source>The manager&apos;s signature</source>
        <translation>Chefens underskrift</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="86"/>
        <source>Whose desk</source>
        <translation>Vems exemplar</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="87"/>
        <source>Manager</source>
        <translation>Chef</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="88"/>
        <source>The manager&apos;s title</source>
        <translation>Chefens titel</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="89"/>
        <source>Assessment round</source>
        <translation>Bedömningsomgång</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="90"/>
        <source>Coaching session</source>
        <translation>Coachningssamtal</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="91"/>
        <source>Follow-up date</source>
        <translation>Datum för uppföljning</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="92"/>
        <source>Leadership model</source>
        <translation>Ledarskapsmodell</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="93"/>
        <source>Role level</source>
        <translation>Rollnivå</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="94"/>
        <source>Carried over</source>
        <translation>Överförda överenskommelser</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="95"/>
        <source>Development talk</source>
        <translation>Utvecklingssamtal</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="96"/>
        <source>Feedback round</source>
        <translation>Återkopplingsomgång</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="97"/>
        <source>Anonymity threshold</source>
        <translation>Anonymitetsgräns</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="98"/>
        <source>Groups asked</source>
        <translation>Tillfrågade grupper</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="99"/>
        <source>Open questions</source>
        <translation>Öppna frågor</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="100"/>
        <source>Answers taken in</source>
        <translation>Intagna svar</translation>
    </message>
</context>
<context>
    <name>GoalEditor</name>
    <message>
        <location filename="../ledarplan/gui/views/goals/goal_editor.py" line="266"/>
        <source>How we &amp;know</source>
        <translation>Hur v&amp;i vet</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/goal_editor.py" line="255"/>
        <source>What do you want to achieve?</source>
        <translation>Vad vill du uppnå?</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/goal_editor.py" line="271"/>
        <source>Why this goal matters, and what it is about</source>
        <translation>Varför målet är viktigt och vad det handlar om</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/goal_editor.py" line="257"/>
        <source>How will you and others notice that the goal is reached?</source>
        <translation>Hur märker du och andra att målet är nått?</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/goal_editor.py" line="244"/>
        <source>What does the leader want to achieve?</source>
        <translation>Vad vill ledaren uppnå?</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/goal_editor.py" line="246"/>
        <source>How will the leader and others notice that the goal is reached?</source>
        <translation>Hur märker ledaren och andra att målet är nått?</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/goal_editor.py" line="250"/>
        <source>The success criterion: what the leader and others will see or hear when the goal is reached</source>
        <translation>Framgångskriteriet: vad ledaren och andra ser eller hör när målet är nått</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/goal_editor.py" line="260"/>
        <source>The success criterion: what you will see or hear when the goal is reached</source>
        <translation>Framgångskriteriet: vad du kommer att se eller höra när målet är nått</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/goal_editor.py" line="274"/>
        <source>Goal title</source>
        <translation>Målets rubrik</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/goal_editor.py" line="275"/>
        <source>Goal description</source>
        <translation>Beskrivning av målet</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/goal_editor.py" line="276"/>
        <source>How we know the goal is reached</source>
        <translation>Hur vi vet att målet är nått</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/goal_editor.py" line="267"/>
        <location filename="../ledarplan/gui/views/goals/goal_editor.py" line="277"/>
        <source>Target date</source>
        <translation>M&amp;åldatum</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/goal_editor.py" line="264"/>
        <source>Tit&amp;le</source>
        <translation>Ru&amp;brik</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/goal_editor.py" line="265"/>
        <source>Desc&amp;ription</source>
        <translation>Bes&amp;krivning</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/goal_editor.py" line="268"/>
        <source>Stat&amp;us</source>
        <translation>S&amp;tatus</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/goal_editor.py" line="269"/>
        <source>Pro&amp;gress</source>
        <translation>&amp;Genomfört</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/goal_editor.py" line="278"/>
        <source>Goal status</source>
        <translation>Målets status</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/goal_editor.py" line="279"/>
        <source>Progress in percent</source>
        <translation>Genomfört i procent</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/goal_editor.py" line="283"/>
        <source>Model items this goal serves</source>
        <translation>Punkter i modellen som målet gäller</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/goal_editor.py" line="285"/>
        <source>Tick the items of the leadership model that this goal develops</source>
        <translation>Markera de punkter i ledarskapsmodellen som målet utvecklar</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/goal_editor.py" line="287"/>
        <source>Check-ins</source>
        <translation>Avstämningar</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/goal_editor.py" line="288"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/goal_editor.py" line="288"/>
        <source>Progress</source>
        <translation>Genomfört</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/goal_editor.py" line="288"/>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/goal_editor.py" line="289"/>
        <source>Da&amp;te</source>
        <translation>Datu&amp;m</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/goal_editor.py" line="290"/>
        <source>Check-in date</source>
        <translation>Datum för avstämningen</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/goal_editor.py" line="291"/>
        <source>Set progress to</source>
        <translation>Ändra genom&amp;fört till</translation>
    </message>
    <message numerus="yes">
        <location filename="../ledarplan/gui/views/goals/goal_editor.py" line="303"/>
        <source>Linked ite&amp;ms (%n)</source>
        <translation>
            <numerusform>K&amp;opplade punkter (%n)</numerusform>
            <numerusform>K&amp;opplade punkter (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/goal_editor.py" line="292"/>
        <source>New progress in percent</source>
        <translation>Nytt värde för genomfört i procent</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/goal_editor.py" line="293"/>
        <source>How is it going? What has happened?</source>
        <translation>Hur går det? Vad har hänt?</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/goal_editor.py" line="294"/>
        <source>Check-in note</source>
        <translation>Anteckning vid avstämningen</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/goal_editor.py" line="295"/>
        <source>Add check-in</source>
        <translation>Lägg till avstämning</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/goal_editor.py" line="297"/>
        <source>Adds a dated note; a new progress becomes the goal&apos;s progress</source>
        <translation>Lägger till en daterad anteckning; ett nytt värde för genomfört gäller sedan för hela målet</translation>
    </message>
    <message numerus="yes">
        <location filename="../ledarplan/gui/views/goals/goal_editor.py" line="304"/>
        <source>&amp;Check-ins (%n)</source>
        <translation>
            <numerusform>Avstämni&amp;ngar (%n)</numerusform>
            <numerusform>Avstämni&amp;ngar (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/goal_editor.py" line="311"/>
        <source>Expected at %1: %2</source>
        <translation>Förväntas av %1: %2</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/goal_editor.py" line="316"/>
        <source>Choose an item to read what is expected at %1.</source>
        <translation>Välj en punkt för att läsa vad som förväntas av %1.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/goal_editor.py" line="320"/>
        <source>Tick the items of the model that this goal develops.</source>
        <translation>Markera de punkter i modellen som målet utvecklar.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/goal_editor.py" line="73"/>
        <source>Linked items</source>
        <extracomment>The user asks to add a check-in: (date, note, new progress or None).</extracomment>
        <translation>Kopplade punkter</translation>
    </message>
</context>
<context>
    <name>GoalNames</name>
    <message>
        <location filename="../ledarplan/gui/views/goals/names.py" line="14"/>
        <source>Not started</source>
        <translation>Inte påbörjat</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/names.py" line="15"/>
        <location filename="../ledarplan/gui/views/goals/names.py" line="32"/>
        <source>In progress</source>
        <translation>Pågår</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/names.py" line="16"/>
        <source>Reached</source>
        <translation>Uppnått</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/names.py" line="17"/>
        <source>Dropped</source>
        <translation>Avbrutet</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/names.py" line="23"/>
        <source>On the job</source>
        <translation>I arbetet</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/names.py" line="24"/>
        <source>With others</source>
        <translation>Med andra</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/names.py" line="25"/>
        <source>Course</source>
        <translation>Utbildning</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/names.py" line="31"/>
        <source>Planned</source>
        <translation>Planerad</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/names.py" line="33"/>
        <source>Done</source>
        <translation>Klar</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/names.py" line="39"/>
        <source>70-20-10: most of what leaders learn (about 70 %) comes from tasks on the job, about 20 % with and from others (feedback, mentoring, networks) and about 10 % from courses and reading. A good plan has some of each.</source>
        <translation>70-20-10: det mesta av det ledare lär sig (ungefär 70 %) kommer från uppgifter i arbetet, ungefär 20 % med och från andra (återkoppling, mentorskap, nätverk) och ungefär 10 % från utbildningar och läsning. En bra plan har lite av varje.</translation>
    </message>
</context>
<context>
    <name>GoalsView</name>
    <message>
        <location filename="../ledarplan/gui/views/goals_view.py" line="167"/>
        <location filename="../ledarplan/gui/views/goals_view.py" line="170"/>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals_view.py" line="171"/>
        <source>Goals of the plan</source>
        <translation>Planens mål</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals_view.py" line="172"/>
        <location filename="../ledarplan/gui/views/goals_view.py" line="173"/>
        <location filename="../ledarplan/gui/views/goals_view.py" line="223"/>
        <source>New goal</source>
        <translation>Nytt mål</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals_view.py" line="174"/>
        <source>Adds a goal to the plan (Insert)</source>
        <translation>Lägger till ett mål i planen (Insert)</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals_view.py" line="175"/>
        <location filename="../ledarplan/gui/views/goals_view.py" line="254"/>
        <location filename="../ledarplan/gui/views/goals_view.py" line="258"/>
        <source>Delete goal</source>
        <translation>Ta bort mål</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals_view.py" line="176"/>
        <source>Deletes the selected goal (Delete)</source>
        <translation>Tar bort valt mål (Delete)</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals_view.py" line="179"/>
        <source>No goals yet.

Start one here, or set a goal from an item of the leadership model on the assessment page.</source>
        <translation>Inga mål än.

Skapa ett här, eller sätt ett mål utifrån en punkt i ledarskapsmodellen på sidan Bedömning.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals_view.py" line="183"/>
        <source>Target %1</source>
        <translation>Måldatum %1</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals_view.py" line="256"/>
        <source>Delete the goal “%1” with its actions and check-ins? This cannot be undone.</source>
        <translation>Ta bort målet ”%1” med dess aktiviteter och avstämningar? Det går inte att ångra.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals_view.py" line="366"/>
        <location filename="../ledarplan/gui/views/goals_view.py" line="368"/>
        <source>Delete action</source>
        <translation>Ta bort aktivitet</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals_view.py" line="367"/>
        <source>Delete the action “%1”? This cannot be undone.</source>
        <translation>Ta bort aktiviteten ”%1”? Det går inte att ångra.</translation>
    </message>
</context>
<context>
    <name>HrFlows</name>
    <message>
        <location filename="../ledarplan/gui/hr_flows.py" line="58"/>
        <source>This could not be done</source>
        <extracomment>Replaced by tests to answer the dialog without exec(): the document to save, or None. Replaced by tests to look at the view without exec().</extracomment>
        <translation>Det gick inte att genomföra</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/hr_flows.py" line="67"/>
        <source>Save the summary for HR</source>
        <translation>Spara sammanställningen till HR</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/hr_flows.py" line="69"/>
        <source>ledarplan summaries (*%1);;All files (*)</source>
        <translation>ledarplan-sammanställningar (*%1);;Alla filer (*)</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/hr_flows.py" line="79"/>
        <source>The summary could not be saved</source>
        <translation>Sammanställningen kunde inte sparas</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/hr_flows.py" line="84"/>
        <source>Summary saved</source>
        <translation>Sammanställningen är sparad</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/hr_flows.py" line="86"/>
        <source>The summary was saved to %1. Send it to HR as your organisation asks (e.g. to a shared folder, so that it does not say who sent it).</source>
        <translation>Sammanställningen sparades i %1. Skicka den till HR på det sätt din organisation ber om (t.ex. till en gemensam mapp, så att det inte framgår vem som skickade den).</translation>
    </message>
</context>
<context>
    <name>HrLabels</name>
    <message>
        <location filename="../ledarplan/summary/labels.py" line="36"/>
        <source>The file holds the plans below and nothing else: no names, no texts, no ids of plans or people, and no date but the month it was written ({month}).</source>
        <translation>Filen innehåller planerna nedan och inget annat: inga namn, inga texter, inga id:n för planer eller personer och inget datum utöver månaden då den skrevs ({month}).</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/labels.py" line="41"/>
        <source>Plan {number} of {count}</source>
        <translation>Plan {number} av {count}</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/labels.py" line="42"/>
        <source>One-way key (counts the plan once; leads to no one)</source>
        <translation>Envägsnyckel (räknar planen en gång; leder inte till någon)</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/labels.py" line="43"/>
        <source>Leadership model</source>
        <translation>Ledarskapsmodell</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/labels.py" line="44"/>
        <source>version {version}</source>
        <translation>version {version}</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/labels.py" line="45"/>
        <source>Role level</source>
        <translation>Rollnivå</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/labels.py" line="46"/>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/labels.py" line="47"/>
        <source>not given</source>
        <translation>inte angivet</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/labels.py" line="48"/>
        <source>Latest self-assessment</source>
        <translation>Senaste självskattning</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/labels.py" line="49"/>
        <source>Latest manager&apos;s assessment</source>
        <translation>Senaste bedömning av chefen</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/labels.py" line="50"/>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/labels.py" line="51"/>
        <source>scale {low}–{high}</source>
        <translation>skala {low}–{high}</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/labels.py" line="52"/>
        <source>Goal {number}</source>
        <translation>Mål {number}</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/labels.py" line="53"/>
        <source>linked to</source>
        <translation>kopplat till</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/labels.py" line="54"/>
        <source>no item of the model</source>
        <translation>ingen punkt i modellen</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/labels.py" line="55"/>
        <source>{value} % done</source>
        <translation>{value} % genomfört</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/labels.py" line="56"/>
        <source>actions</source>
        <translation>aktiviteter</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/labels.py" line="57"/>
        <source>Goals: none</source>
        <translation>Mål: inga</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/labels.py" line="58"/>
        <source>Coaching sessions</source>
        <translation>Coachningssamtal</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/labels.py" line="59"/>
        <source>Agreements: {open} open, {done} done</source>
        <translation>Överenskommelser: {open} öppna, {done} klara</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/labels.py" line="60"/>
        <source>Development talk</source>
        <translation>Utvecklingssamtal</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/labels.py" line="61"/>
        <source>held</source>
        <translation>hållet</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/labels.py" line="62"/>
        <source>signed by both</source>
        <translation>signerat av båda</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/labels.py" line="63"/>
        <source>followed up</source>
        <translation>uppföljd</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/labels.py" line="64"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/labels.py" line="65"/>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/labels.py" line="67"/>
        <source>not started</source>
        <translation>inte påbörjat</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/labels.py" line="68"/>
        <location filename="../ledarplan/summary/labels.py" line="72"/>
        <source>in progress</source>
        <translation>pågår</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/labels.py" line="69"/>
        <source>reached</source>
        <translation>nått</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/labels.py" line="70"/>
        <source>dropped</source>
        <translation>avbrutet</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/labels.py" line="71"/>
        <source>planned</source>
        <translation>planerad</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/labels.py" line="73"/>
        <source>done</source>
        <translation>klar</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/labels.py" line="74"/>
        <source>On the job</source>
        <translation>I arbetet</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/labels.py" line="75"/>
        <source>With others</source>
        <translation>Med andra</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/labels.py" line="76"/>
        <source>Courses</source>
        <translation>Utbildningar</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/labels.py" line="78"/>
        <source>Leader development across the organisation</source>
        <translation>Ledarutveckling i hela organisationen</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/labels.py" line="79"/>
        <source>What leaders work on, from anonymous summaries of their plans</source>
        <translation>Vad ledare arbetar med, utifrån anonyma sammanställningar av deras planer</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/labels.py" line="82"/>
        <source>Years</source>
        <translation>År</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/labels.py" line="83"/>
        <source>Plans counted</source>
        <translation>Planer som räknats</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/labels.py" line="84"/>
        <source>Summary files read</source>
        <translation>Lästa sammanställningsfiler</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/labels.py" line="85"/>
        <source>Smallest group shown</source>
        <translation>Minsta grupp som visas</translation>
    </message>
    <message numerus="yes">
        <location filename="../ledarplan/summary/labels.py" line="86"/>
        <source>%n plan(s)</source>
        <translation>
            <numerusform>%n plan</numerusform>
            <numerusform>%n planer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ledarplan/summary/labels.py" line="89"/>
        <source>No group in this report has fewer than %n plan(s): a smaller group is counted in a wider one (all levels, then all years) or left out, as the last section says. A rating given by fewer plans is not shown either (a dash). The summaries hold no names, no texts and no dates finer than the month.</source>
        <translation>
            <numerusform>Ingen grupp i rapporten har färre än %n plan: en mindre grupp räknas in i en bredare (alla nivåer, sedan alla år) eller utelämnas, vilket det sista avsnittet redovisar. En skattning som färre planer har gett visas inte heller (ett streck). Sammanställningarna innehåller inga namn, inga texter och inga datum som är mer exakta än månaden.</numerusform>
            <numerusform>Ingen grupp i rapporten har färre än %n planer: en mindre grupp räknas in i en bredare (alla nivåer, sedan alla år) eller utelämnas, vilket det sista avsnittet redovisar. En skattning som färre planer har gett visas inte heller (ett streck). Sammanställningarna innehåller inga namn, inga texter och inga datum som är mer exakta än månaden.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/labels.py" line="151"/>
        <source>{share} of the plans</source>
        <translation>{share} av planerna</translation>
    </message>
    <message numerus="yes">
        <location filename="../ledarplan/summary/labels.py" line="154"/>
        <source>%n goal(s): {done} reached, {progress} done on average</source>
        <translation>
            <numerusform>%n mål: {done} nått, i genomsnitt {progress} genomfört</numerusform>
            <numerusform>%n mål: {done} nådda, i genomsnitt {progress} genomfört</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ledarplan/summary/labels.py" line="160"/>
        <source>%n action(s). The dashed lines mark the 70-20-10 model&apos;s own split: 70 % on the job, 20 % with others, 10 % in courses.</source>
        <translation>
            <numerusform>%n aktivitet. De streckade linjerna markerar 70-20-10-modellens egen fördelning: 70 % i arbetet, 20 % med andra, 10 % i utbildningar.</numerusform>
            <numerusform>%n aktiviteter. De streckade linjerna markerar 70-20-10-modellens egen fördelning: 70 % i arbetet, 20 % med andra, 10 % i utbildningar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ledarplan/summary/labels.py" line="178"/>
        <source>%n coaching session(s) ({per_plan} per plan); agreements: {open} open, {done} done.</source>
        <translation>
            <numerusform>%n coachningssamtal ({per_plan} per plan); överenskommelser: {open} öppna, {done} klara.</numerusform>
            <numerusform>%n coachningssamtal ({per_plan} per plan); överenskommelser: {open} öppna, {done} klara.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ledarplan/summary/labels.py" line="195"/>
        <source>Nothing was left out: every group had at least %n plan(s).</source>
        <translation>
            <numerusform>Inget utelämnades: varje grupp hade minst %n plan.</numerusform>
            <numerusform>Inget utelämnades: varje grupp hade minst %n planer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ledarplan/summary/labels.py" line="202"/>
        <source>{model}, {group}: fewer than %n plan(s); counted in {into}.</source>
        <translation>
            <numerusform>{model}, {group}: färre än %n plan; räknas in i {into}.</numerusform>
            <numerusform>{model}, {group}: färre än %n planer; räknas in i {into}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ledarplan/summary/labels.py" line="209"/>
        <source>{model}, {group}: not shown on its own, as a group of fewer than %n plan(s) could otherwise be worked out from the figures; counted in {into}.</source>
        <translation>
            <numerusform>{model}, {group}: visas inte för sig, eftersom en grupp med färre än %n plan annars skulle kunna räknas fram ur siffrorna; räknas in i {into}.</numerusform>
            <numerusform>{model}, {group}: visas inte för sig, eftersom en grupp med färre än %n planer annars skulle kunna räknas fram ur siffrorna; räknas in i {into}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ledarplan/summary/labels.py" line="223"/>
        <source>The organisation&apos;s database gives no group of fewer than %n plan(s): a level shared by fewer plans of a year is given as all levels, a year shared by fewer plans of a model as all years, and a model with fewer plans in all is left out.</source>
        <translation>
            <numerusform>Organisationens databas ger ingen grupp med färre än %n plan: en nivå som färre planer ett år delar ges som alla nivåer, ett år som färre planer i en modell delar ges som alla år, och en modell med färre planer totalt utelämnas.</numerusform>
            <numerusform>Organisationens databas ger ingen grupp med färre än %n planer: en nivå som färre planer ett år delar ges som alla nivåer, ett år som färre planer i en modell delar ges som alla år, och en modell med färre planer totalt utelämnas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ledarplan/summary/labels.py" line="239"/>
        <source>{model}: %n plan(s) of years with too few plans, given by the organisation&apos;s database as all years; counted in {into}.</source>
        <translation>
            <numerusform>{model}: %n plan från år med för få planer, som organisationens databas ger som alla år; räknas in i {into}.</numerusform>
            <numerusform>{model}: %n planer från år med för få planer, som organisationens databas ger som alla år; räknas in i {into}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ledarplan/summary/labels.py" line="252"/>
        <source>{model}: fewer than %n plan(s) in all; left out of the report.</source>
        <translation>
            <numerusform>{model}: färre än %n plan totalt; utelämnad ur rapporten.</numerusform>
            <numerusform>{model}: färre än %n planer totalt; utelämnad ur rapporten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ledarplan/summary/labels.py" line="259"/>
        <source>%n summary(ies) of plans already counted (the leader&apos;s and the manager&apos;s copy, or one sent twice): each plan was counted once.</source>
        <translation>
            <numerusform>%n sammanställning av en plan som redan räknats (ledarens och chefens exemplar, eller en som skickats två gånger): varje plan räknades en gång.</numerusform>
            <numerusform>%n sammanställningar av planer som redan räknats (ledarens och chefens exemplar, eller en som skickats två gånger): varje plan räknades en gång.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ledarplan/summary/labels.py" line="272"/>
        <source>%n file(s) not read ({why}); the files were named where the report was made.</source>
        <translation>
            <numerusform>%n fil lästes inte ({why}); filen namngavs där rapporten skapades.</numerusform>
            <numerusform>%n filer lästes inte ({why}); filerna namngavs där rapporten skapades.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ledarplan/summary/labels.py" line="282"/>
        <source>%n plan(s) of a model, level or item not installed where the report was made left out.</source>
        <translation>
            <numerusform>%n plan med en modell, nivå eller punkt som inte är installerad där rapporten skapades utelämnades.</numerusform>
            <numerusform>%n planer med en modell, nivå eller punkt som inte är installerad där rapporten skapades utelämnades.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/labels.py" line="293"/>
        <source>not a ledarplan summary</source>
        <translation>inte en sammanställning från ledarplan</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/labels.py" line="294"/>
        <source>written by a newer version of ledarplan: update ledarplan to read it</source>
        <translation>skriven av en nyare version av ledarplan: uppdatera ledarplan för att läsa den</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/labels.py" line="297"/>
        <source>refused: it holds names or free text added by hand, and the picture must stay anonymous</source>
        <translation>avvisad: den innehåller namn eller fritext som lagts till för hand, och bilden måste förbli anonym</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/labels.py" line="301"/>
        <source>damaged</source>
        <translation>skadad</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/labels.py" line="302"/>
        <source>some plans left out: a model, level or item not installed here</source>
        <translation>några planer utelämnade: en modell, nivå eller punkt som inte är installerad här</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/labels.py" line="305"/>
        <source>cannot be read</source>
        <translation>kan inte läsas</translation>
    </message>
    <message numerus="yes">
        <location filename="../ledarplan/summary/labels.py" line="310"/>
        <source>Made with ledarplan from anonymous summaries. No group shown has fewer than %n plan(s).</source>
        <translation>
            <numerusform>Skapad med ledarplan utifrån anonyma sammanställningar. Ingen grupp som visas har färre än %n plan.</numerusform>
            <numerusform>Skapad med ledarplan utifrån anonyma sammanställningar. Ingen grupp som visas har färre än %n planer.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/labels.py" line="87"/>
        <source>Made</source>
        <translation>Skapad</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/labels.py" line="107"/>
        <source>All levels</source>
        <translation>Alla nivåer</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/labels.py" line="108"/>
        <source>All years</source>
        <translation>Alla år</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/labels.py" line="109"/>
        <source>Year not given</source>
        <translation>År inte angivet</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/labels.py" line="110"/>
        <source>{years} · {level}</source>
        <translation>{years} · {level}</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/labels.py" line="111"/>
        <source>Plans</source>
        <translation>Planer</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/labels.py" line="112"/>
        <source>Model version(s): {versions}</source>
        <translation>Modellversion(er): {versions}</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/labels.py" line="113"/>
        <source>Self</source>
        <translation>Själv</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/labels.py" line="114"/>
        <source>Manager</source>
        <translation>Chef</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/labels.py" line="115"/>
        <source>Self-assessments (average)</source>
        <translation>Självskattningar (medelvärde)</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/labels.py" line="116"/>
        <source>Managers&apos; assessments (average)</source>
        <translation>Chefernas bedömningar (medelvärde)</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/labels.py" line="117"/>
        <source>Area</source>
        <translation>Område</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/labels.py" line="118"/>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/labels.py" line="119"/>
        <source>Avg.</source>
        <translation>Medel</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/labels.py" line="120"/>
        <source>Gap</source>
        <translation>Skillnad</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/labels.py" line="121"/>
        <source>Gap: the manager&apos;s rating minus the leader&apos;s own, on average, where both rated the same item of the same plan. Below zero, leaders rate themselves higher.</source>
        <translation>Skillnad: chefens skattning minus ledarens egen, i genomsnitt, där båda har skattat samma punkt i samma plan. Under noll skattar ledarna sig själva högre.</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/labels.py" line="126"/>
        <source>Self and manager ratings per area</source>
        <translation>Självskattning och chefens bedömning per område</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/labels.py" line="127"/>
        <source>How the items were rated</source>
        <translation>Hur punkterna skattades</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/labels.py" line="128"/>
        <source>Each bar shows how many ratings gave each point of the scale, from {low} (lightest) to {high} (darkest); the number is the average.</source>
        <translation>Varje stapel visar hur många skattningar som gav varje steg på skalan, från {low} (ljusast) till {high} (mörkast); talet är medelvärdet.</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/labels.py" line="133"/>
        <source>Plans with a self-assessment: {own}; with a manager&apos;s assessment: {theirs}.</source>
        <translation>Planer med självskattning: {own}; med chefens bedömning: {theirs}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ledarplan/summary/labels.py" line="138"/>
        <source>A dash: fewer than %n plan(s) gave these ratings (or they would give such a group away beside the figures of its levels or years), so they are not shown.</source>
        <translation>
            <numerusform>Ett streck: färre än %n plan gav dessa skattningar (eller de skulle röja en sådan grupp bredvid siffrorna för dess nivåer eller år), så de visas inte.</numerusform>
            <numerusform>Ett streck: färre än %n planer gav dessa skattningar (eller de skulle röja en sådan grupp bredvid siffrorna för dess nivåer eller år), så de visas inte.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/labels.py" line="150"/>
        <source>The items most often chosen for goals</source>
        <translation>De punkter som oftast valts för mål</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/labels.py" line="152"/>
        <source>No goal is linked to an item of the model.</source>
        <translation>Inget mål är kopplat till en punkt i modellen.</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/labels.py" line="158"/>
        <source>How leaders learn (70-20-10)</source>
        <translation>Hur ledare lär sig (70-20-10)</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/labels.py" line="172"/>
        <source>No actions yet.</source>
        <translation>Inga aktiviteter ännu.</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/labels.py" line="173"/>
        <source>Development talks and follow-up</source>
        <translation>Utvecklingssamtal och uppföljning</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/labels.py" line="174"/>
        <source>Talk held</source>
        <translation>Samtal hållet</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/labels.py" line="175"/>
        <source>Signed by both</source>
        <translation>Signerat av båda</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/labels.py" line="176"/>
        <source>Followed up</source>
        <translation>Uppföljd</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/labels.py" line="187"/>
        <source>Year over year</source>
        <translation>År för år</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/labels.py" line="188"/>
        <source>Averages of every rated item; shares of the plans of each year.</source>
        <translation>Medelvärden av alla skattade punkter; andelar av varje års planer.</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/labels.py" line="191"/>
        <source>{value} %</source>
        <translation>{value} %</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/labels.py" line="192"/>
        <source>In detail: {years}</source>
        <translation>I detalj: {years}</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/labels.py" line="193"/>
        <source>What was left out, and why</source>
        <translation>Vad som utelämnades, och varför</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/labels.py" line="221"/>
        <source>all levels of the same year</source>
        <translation>alla nivåer samma år</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/labels.py" line="306"/>
        <source>No model has enough plans to be shown.</source>
        <translation>Ingen modell har tillräckligt många planer för att visas.</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/labels.py" line="307"/>
        <source>Page {page} of {pages}</source>
        <translation>Sida {page} av {pages}</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/labels.py" line="308"/>
        <source>Contents</source>
        <translation>Innehåll</translation>
    </message>
</context>
<context>
    <name>LeftOutPage</name>
    <message>
        <location filename="../ledarplan/gui/views/hr_view.py" line="289"/>
        <source>Files not read</source>
        <extracomment>The logo&apos;s height beside the organisation&apos;s name (pixels at 100 %). What a tree entry stands for: (kind, model index, cell index).</extracomment>
        <translation>Filer som inte lästes</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ledarplan/gui/main_window.py" line="244"/>
        <location filename="../ledarplan/gui/main_window.py" line="339"/>
        <source>Opening your plans…</source>
        <extracomment>Commands chosen before the data was there, run once it is (see `attach`). The dialogs the menus open that are neither a plan&apos;s nor a desk&apos;s. The menus and their commands (the handlers are this window&apos;s).</extracomment>
        <translation>Öppnar dina planer…</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/main_window.py" line="423"/>
        <source>ledarplan</source>
        <translation>ledarplan</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/main_window.py" line="293"/>
        <source>The database is back: everything you typed is saved.</source>
        <translation>Databasen är tillbaka: allt du skrivit är sparat.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/main_window.py" line="342"/>
        <source>Waiting for the organisation&apos;s database: it cannot be reached just now. What you type stays here and is saved as soon as the database is back; it is tried again every few seconds.</source>
        <translation>Väntar på organisationens databas: den går inte att nå just nu. Det du skriver finns kvar här och sparas så snart databasen är tillbaka; det prövas igen med några sekunders mellanrum.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/window_dialogs.py" line="59"/>
        <source>Backups</source>
        <translation>Säkerhetskopior</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/window_dialogs.py" line="60"/>
        <source>Your plans are kept in your organisation&apos;s database, which IT backs up with PostgreSQL&apos;s own tools (pg_dump, continuous archiving). ledarplan makes no copies of it and restores none: ask IT if you need an earlier state of a plan.</source>
        <translation>Dina planer finns i organisationens databas, som IT säkerhetskopierar med PostgreSQL:s egna verktyg (pg_dump, kontinuerlig arkivering). ledarplan gör inga kopior av den och återställer inga: fråga IT om du behöver ett tidigare läge av en plan.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/main_window.py" line="582"/>
        <source>Could not save the settings: %1</source>
        <translation>Det gick inte att spara inställningarna: %1</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/window_dialogs.py" line="97"/>
        <source>About ledarplan</source>
        <translation>Om ledarplan</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/main_window.py" line="591"/>
        <source>Close without saving?</source>
        <translation>Stänga utan att spara?</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/main_window.py" line="593"/>
        <source>Some of what you typed could not be saved:

%1

If you close now, it is lost. Stay to correct it (or free space on the disk) and it is saved again.</source>
        <translation>En del av det du skrev kunde inte sparas:

%1

Om du stänger nu går det förlorat. Stanna kvar och rätta det (eller frigör utrymme på disken), så sparas det igen.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/main_window.py" line="596"/>
        <source>Close without saving</source>
        <translation>Stäng utan att spara</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/application.py" line="188"/>
        <source>The settings file could not be read; default settings are used.</source>
        <translation>Inställningsfilen kunde inte läsas; standardinställningarna används.</translation>
    </message>
</context>
<context>
    <name>MergePreviewDialog</name>
    <message>
        <location filename="../ledarplan/gui/views/merge_preview_dialog.py" line="166"/>
        <source>Update the plan from a file</source>
        <translation>Uppdatera planen från en fil</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/merge_preview_dialog.py" line="168"/>
        <source>The plan of %1, from %2</source>
        <translation>Planen för %1, från %2</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/merge_preview_dialog.py" line="175"/>
        <source>What your manager added, changed and removed is listed below, with what you both changed. Nothing is written until you choose Update the plan.</source>
        <translation>Nedan står vad din chef har lagt till, ändrat och tagit bort, och vad ni båda har ändrat. Inget sparas förrän du väljer Uppdatera planen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ledarplan/gui/views/merge_preview_dialog.py" line="179"/>
        <source>From your manager: %n change(s)</source>
        <translation>
            <numerusform>Från din chef: %n ändring</numerusform>
            <numerusform>Från din chef: %n ändringar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/merge_preview_dialog.py" line="183"/>
        <source>What the leader added, changed and removed is listed below, with what you both changed. Nothing is written until you choose Update the plan.</source>
        <translation>Nedan står vad ledaren har lagt till, ändrat och tagit bort, och vad ni båda har ändrat. Inget sparas förrän du väljer Uppdatera planen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ledarplan/gui/views/merge_preview_dialog.py" line="187"/>
        <source>From the leader: %n change(s)</source>
        <translation>
            <numerusform>Från ledaren: %n ändring</numerusform>
            <numerusform>Från ledaren: %n ändringar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/merge_preview_dialog.py" line="191"/>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/merge_preview_dialog.py" line="191"/>
        <source>Change</source>
        <translation>Ändring</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/merge_preview_dialog.py" line="196"/>
        <source>Nothing new in this file.</source>
        <translation>Inget nytt i den här filen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ledarplan/gui/views/merge_preview_dialog.py" line="199"/>
        <source>Changed at both desks: %n conflict(s)</source>
        <translation>
            <numerusform>Ändrat i båda exemplaren: %n konflikt</numerusform>
            <numerusform>Ändrat i båda exemplaren: %n konflikter</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/merge_preview_dialog.py" line="203"/>
        <source>Mine (here)</source>
        <translation>Mitt (här)</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/merge_preview_dialog.py" line="204"/>
        <source>Theirs (in the file)</source>
        <translation>Deras (i filen)</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/merge_preview_dialog.py" line="203"/>
        <source>Mine — this copy</source>
        <translation>Mitt — det här exemplaret</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/merge_preview_dialog.py" line="204"/>
        <source>Theirs — in the file</source>
        <translation>Deras — i filen</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/merge_preview_dialog.py" line="207"/>
        <source>Also take the person&apos;s details from the file</source>
        <translation>Ta även personens uppgifter från filen</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/merge_preview_dialog.py" line="210"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/merge_preview_dialog.py" line="210"/>
        <source>&amp;Update the plan</source>
        <translation>&amp;Uppdatera planen</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/merge_preview_dialog.py" line="224"/>
        <source>Decide every conflict first: keep mine, take theirs, or keep both.</source>
        <translation>Avgör först alla konflikter: behåll mitt, ta deras eller behåll båda.</translation>
    </message>
</context>
<context>
    <name>MergeRows</name>
    <message>
        <location filename="../ledarplan/gui/views/merge_rows.py" line="33"/>
        <source>Added</source>
        <translation>Tillagd</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/merge_rows.py" line="35"/>
        <source>Removed</source>
        <translation>Borttagen</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/merge_rows.py" line="37"/>
        <source>Changed: %1</source>
        <translation>Ändrad: %1</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/merge_rows.py" line="55"/>
        <source>Deleted at one desk, changed at the other</source>
        <translation>Borttagen i ett exemplar, ändrad i det andra</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/merge_rows.py" line="73"/>
        <location filename="../ledarplan/gui/views/merge_rows.py" line="144"/>
        <source>(deleted)</source>
        <translation>(borttagen)</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/merge_rows.py" line="74"/>
        <source>Still there, changed</source>
        <translation>Finns kvar, ändrad</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/merge_rows.py" line="85"/>
        <source>Left out: the file would change parts that only this desk changes, so those changes were not taken:</source>
        <translation>Utelämnat: filen skulle ändra delar som bara ditt exemplar ändrar, så de ändringarna togs inte med:</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/merge_rows.py" line="96"/>
        <source>%1: signed by both and final</source>
        <translation>%1: signerat av båda och slutgiltigt</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/merge_rows.py" line="109"/>
        <source>Your signature of the development talk %1 is withdrawn: the other desk changed what you signed. Read the record again and sign it anew.</source>
        <translation>Din signatur av utvecklingssamtalet %1 dras tillbaka: den andra parten ändrade det du signerade. Läs dokumentationen igen och signera på nytt.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/merge_rows.py" line="125"/>
        <source>%1: “%2” here, “%3” in the file</source>
        <translation>%1: ”%2” här, ”%3” i filen</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/merge_rows.py" line="132"/>
        <source>The details stored here are kept unless you tick the box.</source>
        <translation>Uppgifterna här behålls om du inte kryssar i rutan.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/merge_rows.py" line="145"/>
        <source>%1 — still there, changed since the copies last met</source>
        <translation>%1 — finns kvar, ändrad sedan exemplaren senast möttes</translation>
    </message>
</context>
<context>
    <name>MergeTexts</name>
    <message>
        <location filename="../ledarplan/gui/merge_texts.py" line="49"/>
        <source>Period</source>
        <extracomment>How the domain names a round, check-in, session or talk: by its date.</extracomment>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/merge_texts.py" line="50"/>
        <source>Scale</source>
        <translation>Skala</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/merge_texts.py" line="52"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/merge_texts.py" line="53"/>
        <source>Kind of assessment</source>
        <translation>Typ av bedömning</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/merge_texts.py" line="56"/>
        <source>Target date</source>
        <translation>Måldatum</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/merge_texts.py" line="57"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/merge_texts.py" line="58"/>
        <source>Due</source>
        <translation>Senast</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/merge_texts.py" line="59"/>
        <source>Done on</source>
        <translation>Klar den</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/merge_texts.py" line="62"/>
        <source>Notes shared or private</source>
        <translation>Anteckningar delade eller privata</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/merge_texts.py" line="63"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/merge_texts.py" line="64"/>
        <source>Done</source>
        <translation>Klar</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/merge_texts.py" line="65"/>
        <source>Carried over</source>
        <translation>Överförd</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/merge_texts.py" line="82"/>
        <source>The plan&apos;s details</source>
        <translation>Planens uppgifter</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/merge_texts.py" line="83"/>
        <source>Assessment rounds</source>
        <translation>Bedömningstillfällen</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/merge_texts.py" line="84"/>
        <source>Goals and actions</source>
        <translation>Mål och aktiviteter</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/merge_texts.py" line="85"/>
        <source>Coaching sessions and agreements</source>
        <translation>Coachningssamtal och överenskommelser</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/merge_texts.py" line="86"/>
        <source>Development talks</source>
        <translation>Utvecklingssamtal</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/merge_texts.py" line="87"/>
        <source>Feedback from others</source>
        <translation>Återkoppling från andra</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/merge_texts.py" line="111"/>
        <source>The plan</source>
        <translation>Planen</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/merge_texts.py" line="113"/>
        <source>Assessment round</source>
        <translation>Bedömningsomgång</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/merge_texts.py" line="114"/>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/merge_texts.py" line="115"/>
        <source>Check-in</source>
        <translation>Avstämning</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/merge_texts.py" line="116"/>
        <source>Action</source>
        <translation>Aktivitet</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/merge_texts.py" line="117"/>
        <source>Coaching session</source>
        <translation>Coachningssamtal</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/merge_texts.py" line="118"/>
        <source>Agreement</source>
        <translation>Överenskommelse</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/merge_texts.py" line="119"/>
        <source>Development talk</source>
        <translation>Utvecklingssamtal</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/merge_texts.py" line="120"/>
        <source>Feedback round</source>
        <translation>Återkopplingsomgång</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/merge_texts.py" line="133"/>
        <source>%1 “%2”</source>
        <translation>%1 ”%2”</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/merge_texts.py" line="159"/>
        <location filename="../ledarplan/gui/merge_texts.py" line="169"/>
        <location filename="../ledarplan/gui/merge_texts.py" line="179"/>
        <source>(empty)</source>
        <translation>(tomt)</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/merge_texts.py" line="162"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/merge_texts.py" line="164"/>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/merge_texts.py" line="182"/>
        <source>(a record)</source>
        <translation>(en post)</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/merge_texts.py" line="203"/>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/merge_texts.py" line="204"/>
        <source>Agreed</source>
        <translation>Överenskommen</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/merge_texts.py" line="205"/>
        <source>Followed up</source>
        <translation>Uppföljd</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/merge_texts.py" line="215"/>
        <source>Unchanged since the copies last met</source>
        <translation>Oförändrat sedan exemplaren senast möttes</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/merge_texts.py" line="218"/>
        <source>Changed at the leader&apos;s desk on %1</source>
        <translation>Ändrat i ledarens exemplar den %1</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/merge_texts.py" line="221"/>
        <source>Changed at the manager&apos;s desk on %1</source>
        <translation>Ändrat i chefens exemplar den %1</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/merge_texts.py" line="232"/>
        <source>the file holds another plan</source>
        <translation>filen innehåller en annan plan</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/merge_texts.py" line="234"/>
        <source>the file holds the plan of another person, with the same id as this one</source>
        <translation>filen innehåller en annan persons plan, med samma id som den här</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/merge_texts.py" line="238"/>
        <source>the file was written at a leader&apos;s desk, as this copy is kept: a copy is updated from the other desk&apos;s file (is this a file you sent yourself?)</source>
        <translation>filen skrevs i ett ledarexemplar, precis som det här exemplaret: ett exemplar uppdateras från den andra partens fil (är det en fil som du själv har skickat?)</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/merge_texts.py" line="244"/>
        <source>the file was written at a manager&apos;s desk, as this copy is kept: a copy is updated from the other desk&apos;s file (is this a file you sent yourself?)</source>
        <translation>filen skrevs i ett chefsexemplar, precis som det här exemplaret: ett exemplar uppdateras från den andra partens fil (är det en fil som du själv har skickat?)</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/merge_texts.py" line="250"/>
        <source>the file is older than what this copy has already taken in from the other desk (was it merged before?)</source>
        <translation>filen är äldre än det som det här exemplaret redan har tagit emot från den andra parten (har den redan slagits samman?)</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/merge_texts.py" line="255"/>
        <source>the file claims changes made at this desk that this copy never made (was it altered?)</source>
        <translation>filen påstår ändringar i det här exemplaret som exemplaret aldrig har gjort (har filen ändrats?)</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/merge_texts.py" line="266"/>
        <source>%1 cannot update the plan here: %2.</source>
        <translation>%1 kan inte uppdatera planen här: %2.</translation>
    </message>
</context>
<context>
    <name>ModelBrowserView</name>
    <message>
        <location filename="../ledarplan/gui/views/model_browser.py" line="190"/>
        <source>Your organisation has chosen this model.</source>
        <extracomment>(framework id, level id or None) whenever the user&apos;s choice changes. Whether the level shown was chosen (by the user, the settings or the organisation). Where the level matters (a new plan): none is shown until the user chooses one.</extracomment>
        <translation>Din organisation har valt den här modellen.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/model_browser.py" line="221"/>
        <source>(this model has no role levels)</source>
        <translation>(modellen har inga rollnivåer)</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/model_browser.py" line="292"/>
        <source>Source: %1</source>
        <translation>Källa: %1</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/model_browser.py" line="340"/>
        <source>Source</source>
        <translation>Källa</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/model_browser.py" line="341"/>
        <source>Role level</source>
        <translation>Rollnivå</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/model_browser.py" line="342"/>
        <source>All role levels</source>
        <translation>Alla rollnivåer</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/model_browser.py" line="343"/>
        <source>Expected of: {level}</source>
        <translation>Förväntas av: {level}</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/model_browser.py" line="347"/>
        <source>Leadership &amp;model:</source>
        <translation>Ledarskaps&amp;modell:</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/model_browser.py" line="349"/>
        <source>Role &amp;level:</source>
        <translation>Roll&amp;nivå:</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/model_browser.py" line="350"/>
        <source>Choose the role level</source>
        <translation>Välj rollnivå</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/model_browser.py" line="351"/>
        <source>Expectations</source>
        <translation>Förväntningar</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/model_browser.py" line="352"/>
        <source>Compare levels</source>
        <translation>Jämför nivåer</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/model_browser.py" line="353"/>
        <source>Every role level side by side</source>
        <translation>Alla rollnivåer sida vid sida</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/model_browser.py" line="354"/>
        <location filename="../ledarplan/gui/views/model_browser.py" line="364"/>
        <source>About the model</source>
        <translation>Om modellen</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/model_browser.py" line="356"/>
        <source>The model&apos;s own framing: vision, values, cornerstones and more</source>
        <translation>Modellens egen inramning: vision, värdegrund, hörnstenar med mera</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/model_browser.py" line="358"/>
        <source>Competency</source>
        <translation>Kompetens</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/model_browser.py" line="358"/>
        <source>Sub-competency</source>
        <translation>Delkompetens</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/model_browser.py" line="359"/>
        <source>Contents: click to go to a section</source>
        <translation>Innehåll: klicka för att gå till ett avsnitt</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/model_browser.py" line="361"/>
        <source>Contents of the model</source>
        <translation>Modellens innehåll</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/model_browser.py" line="362"/>
        <source>Expectations at the role level</source>
        <translation>Förväntningar på rollnivån</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/model_browser.py" line="363"/>
        <source>Expectations of every role level</source>
        <translation>Förväntningar på varje rollnivå</translation>
    </message>
</context>
<context>
    <name>ModelFromSheetDialog</name>
    <message>
        <location filename="../ledarplan/gui/views/model_from_sheet.py" line="166"/>
        <source>New model from a spreadsheet</source>
        <extracomment>The id of a model saved into the organisation&apos;s folder (and added to the catalog).</extracomment>
        <translation>Ny modell från ett kalkylark</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/model_from_sheet.py" line="169"/>
        <source>Put your organisation&apos;s leadership model into a spreadsheet (Excel or LibreOffice Calc) and open it here. You see every problem with its sheet and cell, or the model exactly as leaders will see it, before you save it.</source>
        <translation>Skriv in organisationens ledarskapsmodell i ett kalkylark (Excel eller LibreOffice Calc) och öppna det här. Du ser varje problem med blad och cell, eller modellen precis som ledarna kommer att se den, innan du sparar den.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/model_from_sheet.py" line="174"/>
        <source>Start from a template</source>
        <translation>Börja från en mall</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/model_from_sheet.py" line="175"/>
        <source>&amp;Role levels:</source>
        <translation>Roll&amp;nivåer:</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/model_from_sheet.py" line="176"/>
        <source>Lan&amp;guage of the template:</source>
        <translation>Mallens &amp;språk:</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/model_from_sheet.py" line="177"/>
        <source>Save an empty &amp;template…</source>
        <translation>Spara en &amp;tom mall…</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/model_from_sheet.py" line="178"/>
        <source>Or start &amp;from a model:</source>
        <translation>Eller börja från en m&amp;odell:</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/model_from_sheet.py" line="179"/>
        <source>Save the model as a &amp;spreadsheet…</source>
        <translation>Spara modellen som &amp;kalkylark…</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/model_from_sheet.py" line="180"/>
        <source>&amp;Open a filled-in spreadsheet…</source>
        <translation>Ö&amp;ppna ett ifyllt kalkylark…</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/model_from_sheet.py" line="182"/>
        <source>Open a filled-in spreadsheet to check it and see the model.</source>
        <translation>Öppna ett ifyllt kalkylark för att kontrollera det och se modellen.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/model_from_sheet.py" line="184"/>
        <source>Sa&amp;ve model…</source>
        <translation>Spara mo&amp;dell…</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/model_from_sheet.py" line="189"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-arbetsböcker (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/model_from_sheet.py" line="195"/>
        <source>Save an empty template</source>
        <translation>Spara en tom mall</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/model_from_sheet.py" line="210"/>
        <source>Save the model as a spreadsheet</source>
        <translation>Spara modellen som kalkylark</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/model_from_sheet.py" line="226"/>
        <source>Saved: %1

Fill it in with Excel or LibreOffice Calc, save it, then open it here with “Open a filled-in spreadsheet…”.</source>
        <translation>Sparad: %1

Fyll i den i Excel eller LibreOffice Calc, spara den och öppna den sedan här med ”Öppna ett ifyllt kalkylark…”.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/model_from_sheet.py" line="235"/>
        <source>Could not save %1: %2</source>
        <translation>Kunde inte spara %1: %2</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/model_from_sheet.py" line="245"/>
        <source>Open a filled-in spreadsheet</source>
        <translation>Öppna ett ifyllt kalkylark</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/model_from_sheet.py" line="246"/>
        <source>Excel workbooks (*.xlsx *.xlsm);;All files (*)</source>
        <translation>Excel-arbetsböcker (*.xlsx *.xlsm);;Alla filer (*)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ledarplan/gui/views/model_from_sheet.py" line="268"/>
        <source>%n problem(s) in %1. Nothing can be saved until they are solved: correct the spreadsheet, save it, and open it again.</source>
        <translation>
            <numerusform>%n problem i %1. Ingenting kan sparas förrän det är löst: rätta kalkylarket, spara det och öppna det igen.</numerusform>
            <numerusform>%n problem i %1. Ingenting kan sparas förrän de är lösta: rätta kalkylarket, spara det och öppna det igen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/model_from_sheet.py" line="282"/>
        <source>%1 is ready. This is how leaders will see the model: choose each role level to read its expectations, then save the model.</source>
        <translation>%1 är klart. Så här kommer ledarna att se modellen: välj varje rollnivå för att läsa dess förväntningar, och spara sedan modellen.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/model_from_sheet.py" line="287"/>
        <source>Its id &apos;%1&apos; is a built-in model&apos;s, so ledarplan would leave it out: give it an id of its own in the Model sheet.</source>
        <translation>Dess id &apos;%1&apos; tillhör en inbyggd modell, så ledarplan skulle utelämna den: ge den ett eget id i bladet Modell.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/model_from_sheet.py" line="312"/>
        <source>Save the model</source>
        <translation>Spara modellen</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/model_from_sheet.py" line="314"/>
        <source>Model packs (*.yaml)</source>
        <translation>Modellfiler (*.yaml)</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/model_from_sheet.py" line="333"/>
        <source>Saved: %1

To use it, put it into the “frameworks” folder of each leader&apos;s data directory, or name it in the organisation&apos;s presets.</source>
        <translation>Sparad: %1

För att använda den, lägg den i mappen ”frameworks” i varje ledares datamapp, eller ange den i organisationens förinställningar.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/model_from_sheet.py" line="343"/>
        <source>Saved, but ledarplan cannot show the model beside the others:</source>
        <translation>Sparad, men ledarplan kan inte visa modellen bland de andra:</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/model_from_sheet.py" line="352"/>
        <source>Saved: %1

The model is now among the leadership models (View → Browse leadership models) and can be chosen for a plan.</source>
        <translation>Sparad: %1

Modellen finns nu bland ledarskapsmodellerna (Visa → Bläddra bland ledarskapsmodeller) och kan väljas för en plan.</translation>
    </message>
</context>
<context>
    <name>MoveInDialog</name>
    <message>
        <location filename="../ledarplan/gui/views/move_in_dialog.py" line="87"/>
        <source>Move my plans to the organisation database</source>
        <translation>Flytta mina planer till organisationens databas</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/move_in_dialog.py" line="90"/>
        <source>The plans of a local data folder (the folder that holds ledarplan.sqlite3) are moved into your organisation&apos;s database. The folder is only read: it stays as it is. Moving again later brings only what is new.</source>
        <translation>Planerna i en lokal datamapp (mappen med ledarplan.sqlite3) flyttas in i organisationens databas. Mappen läses bara: den lämnas som den är. Flyttar du igen senare kommer bara det nya med.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/move_in_dialog.py" line="95"/>
        <source>C&amp;hoose folder…</source>
        <translation>&amp;Välj mapp…</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/move_in_dialog.py" line="96"/>
        <source>&amp;Move</source>
        <translation>&amp;Flytta</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/move_in_dialog.py" line="97"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/move_in_dialog.py" line="97"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/move_in_dialog.py" line="97"/>
        <source>What happens</source>
        <translation>Vad som händer</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/move_in_dialog.py" line="106"/>
        <source>The local data folder</source>
        <translation>Den lokala datamappen</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/move_in_dialog.py" line="132"/>
        <source>The plans of %1 cannot be moved: %2</source>
        <translation>Planerna i %1 kan inte flyttas: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ledarplan/gui/views/move_in_dialog.py" line="153"/>
        <source>%n plan(s) moved into the organisation&apos;s database.</source>
        <translation>
            <numerusform>%n plan flyttades in i organisationens databas.</numerusform>
            <numerusform>%n planer flyttades in i organisationens databas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/move_in_dialog.py" line="155"/>
        <source>There are no plans in this folder.</source>
        <translation>Det finns inga planer i den här mappen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ledarplan/gui/views/move_in_dialog.py" line="157"/>
        <source>%n plan(s) will be moved.</source>
        <translation>
            <numerusform>%n plan kommer att flyttas.</numerusform>
            <numerusform>%n planer kommer att flyttas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/move_in_dialog.py" line="159"/>
        <source>Nothing new to move: every plan here is in the database already.</source>
        <translation>Inget nytt att flytta: varje plan här finns redan i databasen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ledarplan/gui/views/move_in_dialog.py" line="161"/>
        <source>%n plan(s) skipped.</source>
        <translation>
            <numerusform>%n plan hoppas över.</numerusform>
            <numerusform>%n planer hoppas över.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ledarplan/gui/views/move_in_dialog.py" line="163"/>
        <source>%n plan(s) in the database already.</source>
        <translation>
            <numerusform>%n plan finns redan i databasen.</numerusform>
            <numerusform>%n planer finns redan i databasen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/move_in_dialog.py" line="169"/>
        <source>New plan in the database</source>
        <translation>Ny plan i databasen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ledarplan/gui/views/move_in_dialog.py" line="171"/>
        <source>Merged with the plan in the database: %n change(s)</source>
        <translation>
            <numerusform>Sammanförd med planen i databasen: %n ändring</numerusform>
            <numerusform>Sammanförd med planen i databasen: %n ändringar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/move_in_dialog.py" line="173"/>
        <source>In the database already; nothing new</source>
        <translation>Finns redan i databasen; inget nytt</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/move_in_dialog.py" line="175"/>
        <source>Skipped: %1</source>
        <translation>Hoppas över: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ledarplan/gui/views/move_in_dialog.py" line="179"/>
        <source>(%n of the manager&apos;s own parts stay for the manager to move)</source>
        <translation>
            <numerusform>(%n av chefens egna delar lämnas åt chefen att flytta)</numerusform>
            <numerusform>(%n av chefens egna delar lämnas åt chefen att flytta)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ledarplan/gui/views/move_in_dialog.py" line="182"/>
        <source>(%n of the leader&apos;s own parts stay for the leader to move)</source>
        <translation>
            <numerusform>(%n av ledarens egna delar lämnas åt ledaren att flytta)</numerusform>
            <numerusform>(%n av ledarens egna delar lämnas åt ledaren att flytta)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/move_in_dialog.py" line="191"/>
        <source>%1 is not registered as someone you manage (IT registers them with you as their manager)</source>
        <translation>%1 är inte registrerad som någon du är chef för (IT registrerar personen med dig som chef)</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/move_in_dialog.py" line="196"/>
        <source>more than one person you manage is called %1; give them their e-mail address in this copy</source>
        <translation>fler än en person du är chef för heter %1; ange personens e-postadress i det här exemplaret</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/move_in_dialog.py" line="200"/>
        <source>the database has later changes to it than this copy</source>
        <translation>databasen har senare ändringar i den än det här exemplaret</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/move_in_dialog.py" line="203"/>
        <source>values were changed both in this copy and in the database; make the change in the database by hand</source>
        <translation>värden har ändrats både i det här exemplaret och i databasen; gör ändringen i databasen för hand</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/move_in_dialog.py" line="207"/>
        <source>moving it would take back a signature made in the database</source>
        <translation>en flytt skulle ta tillbaka en signering som gjorts i databasen</translation>
    </message>
</context>
<context>
    <name>NewPlanDialog</name>
    <message>
        <location filename="../ledarplan/gui/views/new_plan_dialog.py" line="169"/>
        <source>Create a development plan</source>
        <extracomment>For a new person (None when the plan is for someone already in the list). Whose desk the new copy is on: the user&apos;s own plan, or one of someone they manage.</extracomment>
        <translation>Skapa en utvecklingsplan</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/new_plan_dialog.py" line="170"/>
        <source>Whose plan</source>
        <translation>Vems plan</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/new_plan_dialog.py" line="171"/>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/new_plan_dialog.py" line="172"/>
        <source>&amp;Job title:</source>
        <translation>&amp;Befattning:</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/new_plan_dialog.py" line="173"/>
        <source>&amp;Unit:</source>
        <translation>&amp;Enhet:</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/new_plan_dialog.py" line="174"/>
        <source>E-&amp;mail:</source>
        <translation>E-p&amp;ost:</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/new_plan_dialog.py" line="175"/>
        <source>New plan for %1</source>
        <translation>Ny plan för %1</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/new_plan_dialog.py" line="176"/>
        <source>The plan</source>
        <translation>Planen</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/new_plan_dialog.py" line="177"/>
        <source>&amp;Title:</source>
        <translation>&amp;Rubrik:</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/new_plan_dialog.py" line="178"/>
        <source>This is:</source>
        <translation>Det här är:</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/new_plan_dialog.py" line="179"/>
        <source>M&amp;y own plan</source>
        <translation>Min e&amp;gen plan</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/new_plan_dialog.py" line="180"/>
        <source>The plan of &amp;someone I manage</source>
        <translation>Planen för någon som jag är &amp;chef för</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/new_plan_dialog.py" line="189"/>
        <source>e.g. My development plan 2027</source>
        <translation>t.ex. Min utvecklingsplan 2027</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/new_plan_dialog.py" line="221"/>
        <source>Please choose the role level the plan is made for.</source>
        <translation>Välj den rollnivå som planen görs för.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/new_plan_dialog.py" line="182"/>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/new_plan_dialog.py" line="183"/>
        <source>Period from</source>
        <translation>Period från</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/new_plan_dialog.py" line="184"/>
        <source>Period to</source>
        <translation>Period till</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/new_plan_dialog.py" line="185"/>
        <source>Create plan</source>
        <translation>Skapa plan</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/new_plan_dialog.py" line="191"/>
        <source>e.g. Development plan 2027</source>
        <translation>t.ex. Utvecklingsplan 2027</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/new_plan_dialog.py" line="216"/>
        <source>Please enter the name of the person the plan is for.</source>
        <translation>Skriv namnet på den som planen gäller.</translation>
    </message>
</context>
<context>
    <name>NewRoundDialog</name>
    <message>
        <location filename="../ledarplan/gui/views/feedback/new_round_dialog.py" line="126"/>
        <source>New feedback round</source>
        <translation>Ny återkopplingsomgång</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/feedback/new_round_dialog.py" line="127"/>
        <source>&amp;Items to ask about (the model&apos;s texts at your level)</source>
        <translation>&amp;Punkter att fråga om (modellens texter på din nivå)</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/feedback/new_round_dialog.py" line="128"/>
        <source>Who is asked</source>
        <translation>Vilka som tillfrågas</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/feedback/new_round_dialog.py" line="131"/>
        <source>Anonymity &amp;threshold</source>
        <translation>Anonymitets&amp;gräns</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/feedback/new_round_dialog.py" line="134"/>
        <source>A group&apos;s answers are shown only when at least this many have answered; smaller groups are counted with “Others”, or left out, and you are told which.</source>
        <translation>En grupps svar visas bara när minst så här många har svarat; mindre grupper räknas med ”Andra” eller utelämnas, och du får veta vilka.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/feedback/new_round_dialog.py" line="139"/>
        <source>Open question &amp;%1 (optional)</source>
        <translation>Öppen fråga &amp;%1 (frivillig)</translation>
    </message>
</context>
<context>
    <name>Notices</name>
    <message>
        <location filename="../ledarplan/notices.py" line="41"/>
        <source>Qt and PySide6 are used under the GNU Lesser General Public License v3 (LGPL-3.0). They are linked dynamically: the Qt and PySide6 libraries in ledarplan&apos;s installation folder may be replaced with your own builds of the same version. Their source code is available from https://download.qt.io/official_releases/ (Qt) and https://code.qt.io/cgit/pyside/pyside-setup.git/ (PySide6); on request we send a copy of the source of the exact versions we ship.</source>
        <extracomment>The distribution whose installed version is shown (None: not a Python package). What it does for ledarplan, in a few words. Anything the licence asks us to say (e.g. how to get the source of an LGPL library).</extracomment>
        <translation>Qt och PySide6 används enligt GNU Lesser General Public License v3 (LGPL-3.0). De länkas dynamiskt: Qt- och PySide6-biblioteken i ledarplans installationsmapp får bytas ut mot egna byggen av samma version. Deras källkod finns på https://download.qt.io/official_releases/ (Qt) och https://code.qt.io/cgit/pyside/pyside-setup.git/ (PySide6); på begäran skickar vi en kopia av källkoden till exakt de versioner vi levererar.</translation>
    </message>
    <message>
        <location filename="../ledarplan/notices.py" line="57"/>
        <source>windows, widgets, translations</source>
        <translation>fönster, kontroller, översättningar</translation>
    </message>
    <message>
        <location filename="../ledarplan/notices.py" line="65"/>
        <source>the bridge between Python and Qt</source>
        <translation>bryggan mellan Python och Qt</translation>
    </message>
    <message>
        <location filename="../ledarplan/notices.py" line="72"/>
        <source>the database layer</source>
        <translation>databaslagret</translation>
    </message>
    <message>
        <location filename="../ledarplan/notices.py" line="79"/>
        <source>upgrading the database between versions</source>
        <translation>uppgradering av databasen mellan versioner</translation>
    </message>
    <message>
        <location filename="../ledarplan/notices.py" line="86"/>
        <source>the database file</source>
        <translation>databasfilen</translation>
    </message>
    <message>
        <location filename="../ledarplan/notices.py" line="93"/>
        <source>the PDF documents</source>
        <translation>PDF-dokumenten</translation>
    </message>
    <message>
        <location filename="../ledarplan/notices.py" line="100"/>
        <source>SVG logos on the PDF</source>
        <translation>SVG-logotyper i PDF:en</translation>
    </message>
    <message>
        <location filename="../ledarplan/notices.py" line="101"/>
        <source>svglib is used unmodified under the LGPL-3.0; its source is at https://github.com/deeplook/svglib and may be replaced in the installation folder.</source>
        <translation>svglib används oförändrat enligt LGPL-3.0; källkoden finns på https://github.com/deeplook/svglib och biblioteket får bytas ut i installationsmappen.</translation>
    </message>
    <message>
        <location filename="../ledarplan/notices.py" line="108"/>
        <source>reading SVG logos</source>
        <translation>läsning av SVG-logotyper</translation>
    </message>
    <message>
        <location filename="../ledarplan/notices.py" line="115"/>
        <location filename="../ledarplan/notices.py" line="122"/>
        <source>styles in SVG logos</source>
        <translation>stilar i SVG-logotyper</translation>
    </message>
    <message>
        <location filename="../ledarplan/notices.py" line="129"/>
        <source>logo pictures</source>
        <translation>logotypbilder</translation>
    </message>
    <message>
        <location filename="../ledarplan/notices.py" line="136"/>
        <source>checking files</source>
        <translation>kontroll av filer</translation>
    </message>
    <message>
        <location filename="../ledarplan/notices.py" line="143"/>
        <source>reading the model packs</source>
        <translation>läsning av modellpaketen</translation>
    </message>
    <message>
        <location filename="../ledarplan/notices.py" line="150"/>
        <source>finding the data folder</source>
        <translation>att hitta datamappen</translation>
    </message>
    <message>
        <location filename="../ledarplan/notices.py" line="157"/>
        <source>encrypted plan files</source>
        <translation>krypterade planfiler</translation>
    </message>
    <message>
        <location filename="../ledarplan/notices.py" line="164"/>
        <source>calendar files</source>
        <translation>kalenderfiler</translation>
    </message>
    <message>
        <location filename="../ledarplan/notices.py" line="171"/>
        <source>reading filled feedback forms</source>
        <translation>läser ifyllda återkopplingsformulär</translation>
    </message>
    <message>
        <location filename="../ledarplan/notices.py" line="178"/>
        <location filename="../ledarplan/notices.py" line="185"/>
        <source>model spreadsheets for HR</source>
        <translation>kalkylark med modeller för HR</translation>
    </message>
    <message>
        <location filename="../ledarplan/notices.py" line="192"/>
        <source>reading spreadsheets safely</source>
        <translation>säker läsning av kalkylark</translation>
    </message>
    <message>
        <location filename="../ledarplan/notices.py" line="199"/>
        <source>the font embedded in the PDF</source>
        <translation>typsnittet som bäddas in i PDF:en</translation>
    </message>
    <message>
        <location filename="../ledarplan/notices.py" line="200"/>
        <source>The DejaVu fonts are derived from Bitstream Vera; Bitstream Vera is a trademark of Bitstream, Inc. The licence is in resources/fonts/LICENSE-DejaVu.txt.</source>
        <translation>Typsnitten DejaVu bygger på Bitstream Vera; Bitstream Vera är ett varumärke som tillhör Bitstream, Inc. Licensen finns i resources/fonts/LICENSE-DejaVu.txt.</translation>
    </message>
    <message>
        <location filename="../ledarplan/notices.py" line="211"/>
        <source>the language</source>
        <translation>programspråket</translation>
    </message>
</context>
<context>
    <name>Organisation</name>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="317"/>
        <source>The organisation&apos;s database %1 cannot be reached (%2). Ask IT whether the database server is running and whether this computer may reach it (the host and port in the database URL, a firewall, the network).</source>
        <translation>Organisationens databas %1 kan inte nås (%2). Fråga IT om databasservern är igång och om den här datorn får nå den (värd och port i databasens URL, en brandvägg, nätverket).</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="323"/>
        <source>The organisation&apos;s database %1 asks for a password and none was found for this login. IT should set up the sign-on: the password in your .pgpass file or service file (never in the presets), or Kerberos sign-on.</source>
        <translation>Organisationens databas %1 frågar efter ett lösenord och inget hittades för den här inloggningen. IT bör ordna inloggningen: lösenordet i din .pgpass-fil eller tjänstefil (aldrig i förinställningarna), eller Kerberos-inloggning.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="329"/>
        <source>The organisation&apos;s database %1 refused the password given for this login. Check the password in your .pgpass file or service file; IT can set a new one.</source>
        <translation>Organisationens databas %1 godtog inte lösenordet för den här inloggningen. Kontrollera lösenordet i din .pgpass-fil eller tjänstefil; IT kan sätta ett nytt.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="334"/>
        <source>The organisation&apos;s database %1 does not let this login in (%2). IT should create the login (ledarplan org add-user) and allow it to connect (pg_hba.conf, CONNECT on the database).</source>
        <translation>Organisationens databas %1 släpper inte in den här inloggningen (%2). IT bör skapa inloggningen (ledarplan org add-user) och tillåta den att ansluta (pg_hba.conf, CONNECT på databasen).</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="340"/>
        <source>The organisation&apos;s database %1 has not been prepared for ledarplan (%2). IT should run “ledarplan --database-url URL org init” as the database&apos;s owner.</source>
        <translation>Organisationens databas %1 är inte förberedd för ledarplan (%2). IT bör köra ”ledarplan --database-url URL org init” som databasens ägare.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="345"/>
        <source>The organisation&apos;s database %1 was prepared by an older version of ledarplan (schema %2; this version needs %3). IT should run “ledarplan --database-url URL org init” with this version, which brings it up to date.</source>
        <translation>Organisationens databas %1 förbereddes av en äldre version av ledarplan (schema %2; den här versionen behöver %3). IT bör köra ”ledarplan --database-url URL org init” med den här versionen, som uppdaterar den.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="351"/>
        <source>The organisation&apos;s database %1 was prepared by a newer version of ledarplan (schema %2). IT should install that version (or a newer one) on this computer.</source>
        <translation>Organisationens databas %1 förbereddes av en nyare version av ledarplan (schema %2). IT bör installera den versionen (eller en nyare) på den här datorn.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="356"/>
        <source>Your login “%2” is not registered as a person in the organisation&apos;s database %1. IT should register it: “ledarplan org add-user %2 --name NAME”.</source>
        <translation>Din inloggning ”%2” är inte registrerad som person i organisationens databas %1. IT bör registrera den: ”ledarplan org add-user %2 --name NAME”.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="361"/>
        <source>Your login “%2” lacks the rights ledarplan needs in the organisation&apos;s database %1 (%3). IT should give them: “ledarplan org add-user” makes a login a member of ledarplan_leader, and “ledarplan org init” grants that role what it needs.</source>
        <translation>Din inloggning ”%2” saknar de rättigheter ledarplan behöver i organisationens databas %1 (%3). IT bör ge dem: ”ledarplan org add-user” gör en inloggning till medlem i ledarplan_leader, och ”ledarplan org init” ger den rollen det den behöver.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="367"/>
        <source>This installation of ledarplan has no PostgreSQL driver, so the organisation&apos;s database %1 cannot be used. IT should install ledarplan with its PostgreSQL part (the installers include it).</source>
        <translation>Den här installationen av ledarplan saknar PostgreSQL-drivrutin, så organisationens databas %1 kan inte användas. IT bör installera ledarplan med dess PostgreSQL-del (installationsprogrammen har den med).</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="373"/>
        <source>The database URL cannot be used (%1). Correct --database-url, LEDARPLAN_DATABASE_URL or the presets&apos; database_url.</source>
        <translation>Databasens URL kan inte användas (%1). Rätta --database-url, LEDARPLAN_DATABASE_URL eller förinställningarnas database_url.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="378"/>
        <source>The organisation&apos;s database %1 refused the change: it touches another person&apos;s part of the plan (%2). Nothing was written.</source>
        <translation>Organisationens databas %1 avvisade ändringen: den rör en annan persons del av planen (%2). Inget skrevs.</translation>
    </message>
</context>
<context>
    <name>OrganisationSummaryDialog</name>
    <message>
        <location filename="../ledarplan/gui/views/hr_view.py" line="406"/>
        <source>Open summary files</source>
        <extracomment>Why the organisation&apos;s database gave no picture (None: it did, or files are read).</extracomment>
        <translation>Öppna sammanställningsfiler</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/hr_view.py" line="407"/>
        <source>ledarplan summaries (*.json);;All files (*)</source>
        <translation>ledarplan-sammanställningar (*.json);;Alla filer (*)</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/hr_view.py" line="506"/>
        <source>Save the organisation summary as PDF</source>
        <translation>Spara organisationens sammanställning som PDF</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/hr_view.py" line="508"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/hr_view.py" line="523"/>
        <source>The report could not be saved</source>
        <translation>Rapporten kunde inte sparas</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/hr_view.py" line="527"/>
        <location filename="../ledarplan/gui/views/hr_view.py" line="535"/>
        <source>Organisation summary</source>
        <translation>Organisationens sammanställning</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/hr_view.py" line="528"/>
        <source>The report was saved to %1.</source>
        <translation>Rapporten sparades i %1.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/hr_view.py" line="536"/>
        <source>&amp;Open summary files…</source>
        <translation>Ö&amp;ppna sammanställningsfiler…</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/hr_view.py" line="537"/>
        <source>Smallest &amp;group shown:</source>
        <translation>Minsta &amp;grupp som visas:</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/hr_view.py" line="538"/>
        <source>plans</source>
        <translation>planer</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/hr_view.py" line="539"/>
        <source>Report &amp;language:</source>
        <translation>Rapportens s&amp;pråk:</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/hr_view.py" line="540"/>
        <source>&amp;Export as PDF…</source>
        <translation>&amp;Exportera som PDF…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ledarplan/gui/views/hr_view.py" line="548"/>
        <source>%n plan(s) from the organisation&apos;s database.</source>
        <translation>
            <numerusform>%n plan från organisationens databas.</numerusform>
            <numerusform>%n planer från organisationens databas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/hr_view.py" line="569"/>
        <source>Only HR reads the organisation&apos;s picture, and your login is not in HR. IT registers HR&apos;s people in the organisation&apos;s database.</source>
        <translation>Bara HR läser organisationens bild, och din inloggning hör inte till HR. IT registrerar HR:s personer i organisationens databas.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ledarplan/gui/views/hr_view.py" line="574"/>
        <source>The organisation&apos;s database holds fewer than %n plan(s), and the picture shows no group of fewer: there is nothing to show yet.</source>
        <translation>
            <numerusform>Organisationens databas har färre än %n plan, och bilden visar ingen grupp med färre: det finns inget att visa ännu.</numerusform>
            <numerusform>Organisationens databas har färre än %n planer, och bilden visar ingen grupp med färre: det finns inget att visa ännu.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/hr_view.py" line="582"/>
        <source>Open the summary files that leaders and managers sent you. They hold no names and no texts; the picture shows no group of fewer plans than the number above.</source>
        <translation>Öppna de sammanställningsfiler som ledare och chefer har skickat till dig. De innehåller inga namn och inga texter; bilden visar ingen grupp med färre planer än talet ovan.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ledarplan/gui/views/hr_view.py" line="552"/>
        <source>%n plan(s)</source>
        <translation>
            <numerusform>%n plan</numerusform>
            <numerusform>%n planer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ledarplan/gui/views/hr_view.py" line="554"/>
        <source>from %1 of %n file(s).</source>
        <translation>
            <numerusform>från %1 av %n fil.</numerusform>
            <numerusform>från %1 av %n filer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ledarplan/gui/views/hr_view.py" line="560"/>
        <source>%n file(s) could not be read: see “%1”.</source>
        <translation>
            <numerusform>%n fil kunde inte läsas: se ”%1”.</numerusform>
            <numerusform>%n filer kunde inte läsas: se ”%1”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutcomePanel</name>
    <message>
        <location filename="../ledarplan/gui/views/talk/outcome_panel.py" line="62"/>
        <source>&amp;Summary agreed in the talk:</source>
        <translation>Sammanfattning som ni enades &amp;om i samtalet:</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/outcome_panel.py" line="63"/>
        <source>Summary</source>
        <translation>Sammanfattning</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/outcome_panel.py" line="65"/>
        <source>What did you talk about, and what do you both take away from it?</source>
        <translation>Vad pratade ni om, och vad tar ni båda med er från samtalet?</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/outcome_panel.py" line="67"/>
        <source>Follow-&amp;up on:</source>
        <translation>&amp;Uppföljning den:</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/outcome_panel.py" line="68"/>
        <source>Follow-up date</source>
        <translation>Datum för uppföljning</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../ledarplan/gui/views/overview_page.py" line="70"/>
        <source>Overview</source>
        <translation>Översikt</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/overview_page.py" line="89"/>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/overview_page.py" line="90"/>
        <source>Agreed</source>
        <translation>Överenskommen</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/overview_page.py" line="91"/>
        <source>Followed up</source>
        <translation>Uppföljd</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/overview_page.py" line="116"/>
        <source>%1 · Period %2 · Status: %3</source>
        <translation>%1 · Period %2 · Status: %3</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/overview_page.py" line="129"/>
        <source>Leadership model</source>
        <translation>Ledarskapsmodell</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/overview_page.py" line="132"/>
        <source>role level</source>
        <translation>rollnivå</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/overview_page.py" line="144"/>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/overview_page.py" line="150"/>
        <source>Average progress: %1 %</source>
        <translation>Genomfört i snitt: %1 %</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/overview_page.py" line="165"/>
        <source>No goals yet.</source>
        <translation>Inga mål ännu.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/overview_page.py" line="172"/>
        <source>Coming up</source>
        <translation>Kommande</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/overview_page.py" line="176"/>
        <source>held on %1</source>
        <translation>hölls %1</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/overview_page.py" line="180"/>
        <source>Next coaching session</source>
        <translation>Nästa coachningssamtal</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/overview_page.py" line="181"/>
        <source>Development talk</source>
        <translation>Utvecklingssamtal</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/overview_page.py" line="182"/>
        <source>Follow-up</source>
        <translation>Uppföljning</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/overview_page.py" line="228"/>
        <source>Overview of the plan</source>
        <translation>Översikt över planen</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/overview_page.py" line="174"/>
        <source>not planned</source>
        <translation>inget datum bestämt</translation>
    </message>
    <message numerus="yes">
        <location filename="../ledarplan/gui/views/overview_page.py" line="188"/>
        <source>%n open agreement(s) from coaching</source>
        <translation>
            <numerusform>%n öppen överenskommelse från coachningen</numerusform>
            <numerusform>%n öppna överenskommelser från coachningen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/overview_page.py" line="203"/>
        <source>Overdue</source>
        <translation>Försenat</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/overview_page.py" line="207"/>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/overview_page.py" line="208"/>
        <source>Action</source>
        <translation>Aktivitet</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/overview_page.py" line="209"/>
        <source>Agreement</source>
        <translation>Överenskommelse</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/overview_page.py" line="219"/>
        <source>Nothing is overdue.</source>
        <translation>Inget är försenat.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/overview_page.py" line="224"/>
        <source>Mark as agreed</source>
        <translation>Markera som överenskommen</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/overview_page.py" line="225"/>
        <source>The leader and the manager have agreed the plan</source>
        <translation>Ledaren och chefen är överens om planen</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/overview_page.py" line="226"/>
        <source>Mark as followed up</source>
        <translation>Markera som uppföljd</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/overview_page.py" line="227"/>
        <source>Reopen</source>
        <translation>Öppna igen</translation>
    </message>
</context>
<context>
    <name>PackProblemsBanner</name>
    <message numerus="yes">
        <location filename="../ledarplan/gui/pack_banner.py" line="67"/>
        <source>%n organisation model pack(s) could not be read and were left out. The other models work as usual.</source>
        <translation>
            <numerusform>%n modellpaket från en organisation kunde inte läsas och har hoppats över. De andra modellerna fungerar som vanligt.</numerusform>
            <numerusform>%n modellpaket från organisationer kunde inte läsas och har hoppats över. De andra modellerna fungerar som vanligt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/pack_banner.py" line="45"/>
        <source>Details…</source>
        <translation>Detaljer…</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/pack_banner.py" line="47"/>
        <source>Hide this message</source>
        <translation>Dölj meddelandet</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/pack_banner.py" line="72"/>
        <source>Model packs left out</source>
        <translation>Modellpaket som hoppades över</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/pack_banner.py" line="73"/>
        <source>These files were not loaded. Correct them and restart ledarplan.</source>
        <translation>De här filerna lästes inte in. Rätta dem och starta om ledarplan.</translation>
    </message>
</context>
<context>
    <name>PdfExportDialog</name>
    <message>
        <location filename="../ledarplan/gui/views/pdf_export_dialog.py" line="96"/>
        <source>Cover page</source>
        <translation>Försättsblad</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/pdf_export_dialog.py" line="97"/>
        <source>The leadership model</source>
        <translation>Ledarskapsmodellen</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/pdf_export_dialog.py" line="98"/>
        <source>Expectations at the role level</source>
        <translation>Förväntningar på rollnivån</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/pdf_export_dialog.py" line="99"/>
        <source>Assessment</source>
        <translation>Bedömning</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/pdf_export_dialog.py" line="100"/>
        <source>Spider chart</source>
        <translation>Spindeldiagram</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/pdf_export_dialog.py" line="101"/>
        <source>Feedback from others</source>
        <translation>Återkoppling från andra</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/pdf_export_dialog.py" line="102"/>
        <source>Goals and actions</source>
        <translation>Mål och aktiviteter</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/pdf_export_dialog.py" line="103"/>
        <source>Coaching sessions</source>
        <translation>Coachningssamtal</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/pdf_export_dialog.py" line="104"/>
        <source>Development talk</source>
        <translation>Utvecklingssamtal</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/pdf_export_dialog.py" line="105"/>
        <source>Signatures</source>
        <translation>Underskrifter</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/pdf_export_dialog.py" line="109"/>
        <source>Export the plan as PDF</source>
        <translation>Exportera planen som PDF</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/pdf_export_dialog.py" line="110"/>
        <source>Include</source>
        <translation>Ta med</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/pdf_export_dialog.py" line="113"/>
        <source>&amp;Language of the document:</source>
        <translation>Dokumentets &amp;språk:</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/pdf_export_dialog.py" line="114"/>
        <source>&amp;Paper size:</source>
        <translation>&amp;Pappersstorlek:</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/pdf_export_dialog.py" line="115"/>
        <source>Include &amp;private notes and answers</source>
        <translation>Ta med p&amp;rivata anteckningar och svar</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/pdf_export_dialog.py" line="116"/>
        <source>&amp;Open the PDF when it is ready</source>
        <translation>&amp;Öppna PDF:en när den är klar</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/pdf_export_dialog.py" line="117"/>
        <source>Export</source>
        <translation>Exportera</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/pdf_export_dialog.py" line="123"/>
        <source>The PDF will contain private coaching notes and private talk answers. Only share it with people who may read them.</source>
        <translation>PDF:en kommer att innehålla privata coachningsanteckningar och privata svar från utvecklingssamtalet. Dela den bara med personer som får läsa dem.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/pdf_export_dialog.py" line="127"/>
        <source>Private coaching notes and private talk answers are left out.</source>
        <translation>Privata coachningsanteckningar och privata svar från utvecklingssamtalet tas inte med.</translation>
    </message>
</context>
<context>
    <name>PdfLabels</name>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="34"/>
        <source>Leader development plan</source>
        <translation>Utvecklingsplan för ledare</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="37"/>
        <source>What the ratings mean</source>
        <extracomment>The program&apos;s own 1–5 scale&apos;s anchors, translated (frameworks.scale, context &quot;Scale&quot;).</extracomment>
        <translation>Vad bedömningarna betyder</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="38"/>
        <source>Contents</source>
        <translation>Innehåll</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="39"/>
        <source>Page {page} of {pages}</source>
        <translation>Sida {page} av {pages}</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="40"/>
        <source>Confidential: personal development plan. Handle according to your organisation&apos;s rules for personnel records.</source>
        <translation>Konfidentiellt: personlig utvecklingsplan. Hanteras enligt din organisations regler för personalhandlingar.</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="50"/>
        <source>Name</source>
        <extracomment>A strftime pattern with numbers only (month names would follow the computer&apos;s locale). The decimal mark of averages (3.5 or 3,5).</extracomment>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="51"/>
        <source>Job title</source>
        <translation>Befattning</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="52"/>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="53"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="54"/>
        <source>Leadership model</source>
        <translation>Ledarskapsmodell</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="55"/>
        <source>Source</source>
        <translation>Källa</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="56"/>
        <source>Role level</source>
        <translation>Rollnivå</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="57"/>
        <source>Plan period</source>
        <translation>Planperiod</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="58"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="59"/>
        <location filename="../ledarplan/pdf/labels.py" line="174"/>
        <source>Development talk</source>
        <translation>Utvecklingssamtal</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="60"/>
        <source>Generated</source>
        <translation>Skapad</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="61"/>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="62"/>
        <source>Agreed</source>
        <translation>Överenskommen</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="63"/>
        <source>Followed up</source>
        <translation>Uppföljd</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="65"/>
        <source>The leadership model</source>
        <translation>Ledarskapsmodellen</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="66"/>
        <source>Expectations at role level: {level}</source>
        <translation>Förväntningar på rollnivå: {level}</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="67"/>
        <source>The model&apos;s areas and items</source>
        <translation>Modellens områden och punkter</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="68"/>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="69"/>
        <source>Expectation</source>
        <translation>Förväntan</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="71"/>
        <source>Assessment</source>
        <translation>Bedömning</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="72"/>
        <source>Self</source>
        <translation>Själv</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="73"/>
        <location filename="../ledarplan/pdf/labels.py" line="180"/>
        <source>Manager</source>
        <translation>Chef</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="74"/>
        <source>Other</source>
        <translation>Annan</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="75"/>
        <source>Self-assessment</source>
        <translation>Självskattning</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="76"/>
        <source>Manager&apos;s assessment</source>
        <translation>Chefens bedömning</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="77"/>
        <source>Other assessment</source>
        <translation>Någon annans bedömning</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="78"/>
        <source>Comments</source>
        <translation>Kommentarer</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="79"/>
        <source>not assessed</source>
        <translation>ej bedömd</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="80"/>
        <source>Scale {low}–{high}</source>
        <translation>Skala {low}–{high}</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="81"/>
        <source>Self-assessment and manager&apos;s assessment per area</source>
        <translation>Självskattning och chefens bedömning per område</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="82"/>
        <source>Self-assessment and manager&apos;s assessment per item</source>
        <translation>Självskattning och chefens bedömning per punkt</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="83"/>
        <source>Area</source>
        <translation>Område</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="84"/>
        <source>Average</source>
        <translation>Medelvärde</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="85"/>
        <source>No assessment has been made yet.</source>
        <translation>Ingen bedömning har gjorts än.</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="86"/>
        <source>Self-assessment, manager&apos;s assessment and feedback from others per area</source>
        <translation>Självskattning, chefens bedömning och återkoppling från andra per område</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="89"/>
        <source>Self-assessment, manager&apos;s assessment and feedback from others per item</source>
        <translation>Självskattning, chefens bedömning och återkoppling från andra per punkt</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="93"/>
        <source>Feedback from others</source>
        <translation>Återkoppling från andra</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="94"/>
        <source>Feedback round of {date}: {count} respondents answered a form.</source>
        <translation>Återkopplingsomgång {date}: {count} personer besvarade ett formulär.</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="97"/>
        <source>{group} ({count})</source>
        <translation>{group} ({count})</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="98"/>
        <source>Anonymity: a group&apos;s answers are shown only when at least {threshold} people of it answered; only the summary of the answers is kept, never one person&apos;s answers.</source>
        <translation>Anonymitet: en grupps svar visas bara när minst {threshold} personer i den har svarat; bara sammanställningen av svaren sparas, aldrig en persons svar.</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="103"/>
        <source>Too few on their own, so counted with others: {groups}.</source>
        <translation>För få var för sig, därför räknade med andra: {groups}.</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="106"/>
        <source>Not shown (too few answers, even with others): {groups}.</source>
        <translation>Visas inte (för få svar, även tillsammans med andra): {groups}.</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="109"/>
        <source>Respondents</source>
        <translation>Svarande</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="110"/>
        <source>Staff</source>
        <translation>Medarbetare</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="111"/>
        <source>Peers</source>
        <translation>Kollegor</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="112"/>
        <source>Own manager</source>
        <translation>Egen chef</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="113"/>
        <location filename="../ledarplan/pdf/labels.py" line="116"/>
        <source>Others</source>
        <translation>Andra</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="114"/>
        <source>Where your own view and others&apos; differ most</source>
        <translation>Där din egen bild och andras skiljer sig mest</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="115"/>
        <source>Own view</source>
        <translation>Egen bild</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="117"/>
        <source>Difference</source>
        <translation>Skillnad</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="118"/>
        <source>Answers to the open questions</source>
        <translation>Svar på de öppna frågorna</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="120"/>
        <location filename="../ledarplan/pdf/labels.py" line="155"/>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="121"/>
        <source>Goal {number}</source>
        <translation>Mål {number}</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="122"/>
        <source>No goals have been set yet.</source>
        <translation>Inga mål har satts upp än.</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="123"/>
        <source>Success criterion</source>
        <translation>Framgångskriterium</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="124"/>
        <source>Target date</source>
        <translation>Måldatum</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="125"/>
        <source>Progress</source>
        <translation>Genomfört</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="126"/>
        <source>{value}%</source>
        <translation>{value} %</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="127"/>
        <source>In the model</source>
        <translation>I modellen</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="128"/>
        <source>Check-ins</source>
        <translation>Avstämningar</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="129"/>
        <source>Actions</source>
        <translation>Aktiviteter</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="130"/>
        <source>Action {number}</source>
        <translation>Aktivitet {number}</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="131"/>
        <source>Not started</source>
        <translation>Inte påbörjat</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="132"/>
        <location filename="../ledarplan/pdf/labels.py" line="136"/>
        <source>In progress</source>
        <translation>Pågår</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="133"/>
        <source>Reached</source>
        <translation>Uppnått</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="134"/>
        <source>Dropped</source>
        <translation>Avbrutet</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="135"/>
        <source>Planned</source>
        <translation>Planerad</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="137"/>
        <location filename="../ledarplan/pdf/labels.py" line="164"/>
        <source>Done</source>
        <translation>Klar</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="138"/>
        <source>Kind of learning (70-20-10)</source>
        <translation>Typ av lärande (70-20-10)</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="139"/>
        <source>On the job</source>
        <translation>I arbetet</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="140"/>
        <source>With others</source>
        <translation>Med andra</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="141"/>
        <source>Course</source>
        <translation>Utbildning</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="142"/>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="143"/>
        <source>How</source>
        <translation>Hur</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="144"/>
        <source>Why</source>
        <translation>Varför</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="145"/>
        <location filename="../ledarplan/pdf/labels.py" line="163"/>
        <source>Who</source>
        <translation>Vem</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="146"/>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="147"/>
        <source>How we follow up</source>
        <translation>Hur vi följer upp</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="148"/>
        <source>Due</source>
        <translation>Senast</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="149"/>
        <source>Done on {date}</source>
        <translation>Klar {date}</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="150"/>
        <source>Development activity</source>
        <translation>Utvecklingsaktivitet</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="152"/>
        <source>Coaching</source>
        <translation>Coachning</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="153"/>
        <source>With</source>
        <translation>Med</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="154"/>
        <source>Topic</source>
        <translation>Ämne</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="156"/>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="157"/>
        <source>What happened</source>
        <translation>Vad som hände</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="158"/>
        <source>What I noticed</source>
        <translation>Vad jag lade märke till</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="159"/>
        <source>What I understand now</source>
        <translation>Vad jag förstår nu</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="160"/>
        <source>What I will try</source>
        <translation>Vad jag ska prova</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="161"/>
        <source>Agreements</source>
        <translation>Överenskommelser</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="162"/>
        <source>Agreement</source>
        <translation>Överenskommelse</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="165"/>
        <source>Open</source>
        <translation>Öppen</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="166"/>
        <source>Carried over</source>
        <translation>Överförd</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="167"/>
        <source>Next session</source>
        <translation>Nästa samtal</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="168"/>
        <source>No coaching sessions yet.</source>
        <translation>Inga coachningssamtal än.</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="169"/>
        <source>private</source>
        <translation>privat</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="170"/>
        <source>Private notes and answers are not included in this document.</source>
        <translation>Privata anteckningar och svar ingår inte i det här dokumentet.</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="175"/>
        <source>Development talk {date}</source>
        <translation>Utvecklingssamtal {date}</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="176"/>
        <source>Participants</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="177"/>
        <source>Preparation</source>
        <translation>Förberedelse</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="178"/>
        <source>Question</source>
        <translation>Fråga</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="179"/>
        <source>Leader</source>
        <translation>Ledare</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="181"/>
        <source>Agreed summary</source>
        <translation>Överenskommen sammanfattning</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="182"/>
        <source>Follow-up date</source>
        <translation>Datum för uppföljning</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="183"/>
        <source>Signed by the leader: {name}, {date}</source>
        <translation>Signerat av ledaren: {name}, {date}</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="184"/>
        <source>Signed by the manager: {name}, {date}</source>
        <translation>Signerat av chefen: {name}, {date}</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="185"/>
        <source>Signed in ledarplan by {name}</source>
        <translation>Signerat i ledarplan av {name}</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="186"/>
        <source>Themes we chose</source>
        <translation>Teman vi valde</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="187"/>
        <source>chosen by {who}</source>
        <translation>valt av {who}</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="188"/>
        <source>own theme, written by {who}</source>
        <translation>eget tema, skrivet av {who}</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="190"/>
        <source>the leader</source>
        <extracomment>Who chose or wrote a theme, as it reads in the middle of those sentences.</extracomment>
        <translation>ledaren</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="191"/>
        <source>the manager</source>
        <translation>chefen</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="192"/>
        <source>the leader and the manager</source>
        <translation>ledaren och chefen</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="193"/>
        <source>Common themes, discussed in every talk:</source>
        <translation>Gemensamma teman, som tas upp i varje samtal:</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="194"/>
        <source>Chosen for this talk:</source>
        <translation>Valda för det här samtalet:</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="195"/>
        <source>The themes&apos; texts: {source}</source>
        <translation>Temanas texter: {source}</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="196"/>
        <source>Talk held and signed by both ({date})</source>
        <translation>Samtalet hållet och signerat av båda ({date})</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="197"/>
        <source>Talk held {date}; not yet signed by both</source>
        <translation>Samtalet hållet {date}; ännu inte signerat av båda</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="198"/>
        <source>To be filled in at the talk.</source>
        <translation>Fylls i vid samtalet.</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="199"/>
        <source>No development talk has been planned yet.</source>
        <translation>Inget utvecklingssamtal är planerat än.</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="201"/>
        <source>Signatures</source>
        <translation>Underskrifter</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="202"/>
        <source>Signature</source>
        <translation>Underskrift</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="203"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
</context>
<context>
    <name>PeoplePanel</name>
    <message>
        <location filename="../ledarplan/gui/views/people_panel.py" line="165"/>
        <location filename="../ledarplan/gui/views/people_panel.py" line="166"/>
        <source>Search people and plans</source>
        <extracomment>A plan was chosen (its id), or nothing (None).</extracomment>
        <translation>Sök personer och planer</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/people_panel.py" line="167"/>
        <source>People and plans</source>
        <translation>Personer och planer</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/people_panel.py" line="168"/>
        <source>Show archived people</source>
        <translation>Visa arkiverade personer</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/people_panel.py" line="169"/>
        <source>Opening your plans…</source>
        <translation>Öppnar dina planer…</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/people_panel.py" line="173"/>
        <source>draft</source>
        <translation>utkast</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/people_panel.py" line="174"/>
        <source>agreed</source>
        <translation>överenskommen</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/people_panel.py" line="175"/>
        <source>followed up</source>
        <translation>uppföljd</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/people_panel.py" line="177"/>
        <source>archived</source>
        <translation>arkiverad</translation>
    </message>
</context>
<context>
    <name>PlanActions</name>
    <message>
        <location filename="../ledarplan/gui/plan_actions.py" line="37"/>
        <source>ledarplan plan files (*%1);;All files (*)</source>
        <translation>ledarplan-planfiler (*%1);;Alla filer (*)</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/plan_actions.py" line="76"/>
        <source>This could not be done</source>
        <extracomment>Replaced by tests to answer the new-plan dialog without showing it. Replaced by tests to answer the PDF dialog without showing it. Opens a finished file in the user&apos;s PDF viewer (tests record it instead).</extracomment>
        <translation>Det gick inte att genomföra</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/plan_actions.py" line="180"/>
        <source>Export the plan</source>
        <translation>Exportera planen</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/plan_actions.py" line="181"/>
        <source>Plan exported</source>
        <translation>Planen är exporterad</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/plan_actions.py" line="166"/>
        <source>The plan was saved to %1, with private notes.</source>
        <translation>Planen sparades i %1, med privata anteckningar.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/plan_actions.py" line="170"/>
        <source>The plan was saved to %1. Private notes were left out.</source>
        <translation>Planen sparades i %1. Privata anteckningar togs inte med.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/plan_actions.py" line="212"/>
        <source>It is encrypted and opens only with the passphrase. Tell the passphrase another way than the file (e.g. by phone), never in the same e-mail.</source>
        <translation>Filen är krypterad och kan bara öppnas med lösenfrasen. Berätta lösenfrasen för mottagaren på annat sätt än med filen (t.ex. per telefon), aldrig i samma e-post.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/plan_actions.py" line="221"/>
        <source>Encrypt the plan</source>
        <translation>Kryptera planen</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/plan_actions.py" line="226"/>
        <source>Choose a passphrase (at least %1 characters):</source>
        <translation>Välj en lösenfras (minst %1 tecken):</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/plan_actions.py" line="236"/>
        <source>The passphrase is too short: use at least %1 characters.</source>
        <translation>Lösenfrasen är för kort: använd minst %1 tecken.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/plan_actions.py" line="243"/>
        <source>The passphrase is wrong, or the file was changed after it was encrypted. Type the passphrase of %1 again:</source>
        <translation>Lösenfrasen är fel, eller så har filen ändrats efter att den krypterades. Skriv lösenfrasen för %1 igen:</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/plan_actions.py" line="249"/>
        <source>%1 is encrypted. Type its passphrase:</source>
        <translation>%1 är krypterad. Skriv dess lösenfras:</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/plan_actions.py" line="253"/>
        <source>Open an encrypted plan</source>
        <translation>Öppna en krypterad plan</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/plan_actions.py" line="264"/>
        <source>Save the plan as PDF</source>
        <translation>Spara planen som PDF</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/plan_actions.py" line="266"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/plan_actions.py" line="277"/>
        <source>The PDF could not be saved</source>
        <translation>PDF:en kunde inte sparas</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/plan_actions.py" line="294"/>
        <source>Rename</source>
        <translation>Byt namn</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/plan_actions.py" line="295"/>
        <source>Name:</source>
        <translation>Namn:</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/plan_actions.py" line="310"/>
        <source>Delete %1?</source>
        <translation>Ta bort %1?</translation>
    </message>
    <message numerus="yes">
        <location filename="../ledarplan/gui/plan_actions.py" line="313"/>
        <source>%1 and all their data will be deleted: %n plan(s) with their assessments, goals, coaching notes and talks. This cannot be undone.</source>
        <translation>
            <numerusform>%1 och alla uppgifter om personen tas bort: %n plan med bedömningar, mål, coachningsanteckningar och samtal. Det går inte att ångra.</numerusform>
            <numerusform>%1 och alla uppgifter om personen tas bort: %n planer med bedömningar, mål, coachningsanteckningar och samtal. Det går inte att ångra.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/plan_actions.py" line="318"/>
        <location filename="../ledarplan/gui/plan_actions.py" line="336"/>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/plan_actions.py" line="330"/>
        <source>Delete the plan?</source>
        <translation>Ta bort planen?</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/plan_actions.py" line="331"/>
        <source>The plan “%1” with its assessments, goals, coaching notes and talks will be deleted. This cannot be undone.</source>
        <translation>Planen ”%1” tas bort med sina bedömningar, mål, coachningsanteckningar och samtal. Det går inte att ångra.</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <location filename="../ledarplan/gui/views/plan_page.py" line="33"/>
        <source>What you typed waits for the organisation&apos;s database, so this stays on screen: it is saved as soon as the database is back. Choose again then.</source>
        <translation>Det du skrev väntar på organisationens databas, så detta ligger kvar på skärmen: det sparas så snart databasen är tillbaka. Välj igen då.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/plan_page.py" line="215"/>
        <source>This could not be done</source>
        <extracomment>The parts of a plan the page shows: a change to any other part does not reload it. Where a page lays out its widgets. What the user typed on its way to the services (autosave, flush, refused saves). Shows the choice between theirs and mine; the choices, or None (decided later). Saves given up while the database did not answer, by record: it may have committed them (a lost answer to COMMIT), and then the next save meets them as &quot;saved meanwhile&quot; — this window&apos;s own earlier text, not someone else&apos;s (`store_edited`).</extracomment>
        <translation>Det gick inte att genomföra</translation>
    </message>
</context>
<context>
    <name>PlanPropertiesDialog</name>
    <message>
        <location filename="../ledarplan/gui/views/plan_properties_dialog.py" line="96"/>
        <source>Plan properties</source>
        <translation>Planegenskaper</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/plan_properties_dialog.py" line="97"/>
        <source>Whose plan:</source>
        <translation>Vems plan:</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/plan_properties_dialog.py" line="98"/>
        <source>Title:</source>
        <translation>Rubrik:</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/plan_properties_dialog.py" line="99"/>
        <source>Leadership model:</source>
        <translation>Ledarskapsmodell:</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/plan_properties_dialog.py" line="100"/>
        <source>Period:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/plan_properties_dialog.py" line="101"/>
        <source>This copy of the plan is</source>
        <translation>Det här exemplaret av planen är</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/plan_properties_dialog.py" line="102"/>
        <source>M&amp;y own plan: I am the leader</source>
        <translation>Min e&amp;gen plan: jag är ledaren</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/plan_properties_dialog.py" line="103"/>
        <source>The plan of &amp;someone I manage: I am their manager</source>
        <translation>Planen för någon som jag är &amp;chef för: jag är chefen</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/plan_properties_dialog.py" line="106"/>
        <source>This copy was merged with the other desk&apos;s on %1; whose desk it is on can no longer change.</source>
        <translation>Det här exemplaret slogs samman med den andra partens den %1; vems exemplar det är kan inte längre ändras.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/plan_properties_dialog.py" line="111"/>
        <source>Each desk changes its own parts of the plan and sees the other desk&apos;s read-only. This can be changed until the copy is first merged with the other desk&apos;s.</source>
        <translation>Varje part ändrar sina egna delar av planen och ser den andras skrivskyddade. Detta kan ändras tills exemplaret första gången slås samman med den andra partens.</translation>
    </message>
</context>
<context>
    <name>PlanWorkspace</name>
    <message>
        <location filename="../ledarplan/gui/views/workspace.py" line="258"/>
        <source>Leadership model</source>
        <extracomment>True while some page&apos;s typed work waits for the organisation&apos;s database to be back. How often the open plan is looked at for someone else&apos;s changes. The page of each tab once built (None: an empty stand-in holds its tab till then).</extracomment>
        <translation>Ledarskapsmodell</translation>
    </message>
</context>
<context>
    <name>PrepPanel</name>
    <message>
        <location filename="../ledarplan/gui/views/talk/prep_panel.py" line="206"/>
        <location filename="../ledarplan/gui/views/talk/prep_panel.py" line="259"/>
        <source>Time frame</source>
        <extracomment>An answer marked private is tinted like its row in the table. A question was added, removed or moved (the page saves at once). The user wants to choose cards from the model&apos;s deck (the page asks and saves).</extracomment>
        <translation>Tidsperspektiv</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/prep_panel.py" line="207"/>
        <location filename="../ledarplan/gui/views/talk/prep_panel.py" line="258"/>
        <source>Question</source>
        <translation>Fråga</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/prep_panel.py" line="208"/>
        <location filename="../ledarplan/gui/views/talk/prep_panel.py" line="260"/>
        <source>Answer</source>
        <translation>Svar</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/prep_panel.py" line="209"/>
        <source>Shared</source>
        <translation>Delning</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/prep_panel.py" line="212"/>
        <source>Private</source>
        <translation>Privat</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/prep_panel.py" line="213"/>
        <source>For the record</source>
        <translation>Dokumenteras</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/prep_panel.py" line="214"/>
        <source>Theme: %1</source>
        <translation>Tema: %1</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/prep_panel.py" line="215"/>
        <source>Own theme: %1</source>
        <translation>Eget tema: %1</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/prep_panel.py" line="216"/>
        <source>Common theme: %1</source>
        <translation>Gemensamt tema: %1</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/prep_panel.py" line="220"/>
        <source>(none)</source>
        <translation>(inget)</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/prep_panel.py" line="225"/>
        <source>Add a question of your own (Insert)</source>
        <translation>Lägg till en egen fråga (Insert)</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/prep_panel.py" line="226"/>
        <source>Add question</source>
        <translation>Lägg till fråga</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/prep_panel.py" line="229"/>
        <location filename="../ledarplan/gui/views/talk/prep_panel.py" line="354"/>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/prep_panel.py" line="230"/>
        <location filename="../ledarplan/gui/views/talk/prep_panel.py" line="238"/>
        <source>Remove the selected question (Delete)</source>
        <translation>Ta bort vald fråga (Delete)</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/prep_panel.py" line="231"/>
        <location filename="../ledarplan/gui/views/talk/prep_panel.py" line="352"/>
        <source>Remove question</source>
        <translation>Ta bort fråga</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/prep_panel.py" line="234"/>
        <source>Move the question up (Ctrl+Up)</source>
        <translation>Flytta frågan uppåt (Ctrl+Upp)</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/prep_panel.py" line="234"/>
        <source>Move up</source>
        <translation>Flytta upp</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/prep_panel.py" line="235"/>
        <source>Move the question down (Ctrl+Down)</source>
        <translation>Flytta frågan nedåt (Ctrl+Ned)</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/prep_panel.py" line="235"/>
        <source>Move down</source>
        <translation>Flytta ned</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/prep_panel.py" line="240"/>
        <source>A common theme is discussed in every talk: it stays in the preparation</source>
        <translation>Ett gemensamt tema tas upp i varje samtal: det stannar kvar i förberedelsen</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/prep_panel.py" line="243"/>
        <source>Choose theme&amp;s…</source>
        <translation>Väl&amp;j teman…</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/prep_panel.py" line="254"/>
        <source>Ti&amp;me frame:</source>
        <translation>&amp;Tidsperspektiv:</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/prep_panel.py" line="255"/>
        <source>&amp;Answer:</source>
        <translation>&amp;Svar:</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/prep_panel.py" line="246"/>
        <source>Pick conversation cards from the leadership model: the themes you want to talk about become questions of your preparation</source>
        <translation>Välj samtalskort ur ledarskapsmodellen: de teman du vill tala om blir frågor i din förberedelse</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/prep_panel.py" line="224"/>
        <source>Add q&amp;uestion</source>
        <translation>Lägg till &amp;fråga</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/prep_panel.py" line="250"/>
        <source>O&amp;wn theme</source>
        <translation>E&amp;get tema</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/prep_panel.py" line="251"/>
        <source>Write a theme of your own for the talk</source>
        <translation>Skriv ett eget tema för samtalet</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/prep_panel.py" line="252"/>
        <source>&amp;Question:</source>
        <translation>Fr&amp;åga:</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/prep_panel.py" line="253"/>
        <source>This question comes from the leadership model.</source>
        <translation>Frågan kommer från ledarskapsmodellen.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/prep_panel.py" line="256"/>
        <source>&amp;Private</source>
        <translation>&amp;Privat</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/prep_panel.py" line="257"/>
        <source>Questions</source>
        <translation>Frågor</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/prep_panel.py" line="261"/>
        <source>Private answer</source>
        <translation>Privat svar</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/prep_panel.py" line="267"/>
        <source>Looking back</source>
        <translation>Tillbakablick</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/prep_panel.py" line="268"/>
        <source>Now</source>
        <translation>Nuläge</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/prep_panel.py" line="269"/>
        <source>Looking ahead</source>
        <translation>Framåtblick</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/prep_panel.py" line="320"/>
        <source>New question</source>
        <translation>Ny fråga</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/prep_panel.py" line="330"/>
        <source>My own theme</source>
        <translation>Mitt eget tema</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/prep_panel.py" line="353"/>
        <source>Remove the question “%1” and its answer?</source>
        <translation>Ta bort frågan ”%1” och svaret?</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/prep_panel.py" line="420"/>
        <source>Private: my own notes, never in the PDF or exchange file unless I choose.</source>
        <translation>Privat: mina egna anteckningar, kommer aldrig med i PDF:en eller exportfilen om jag inte väljer det.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/prep_panel.py" line="424"/>
        <source>For the record: part of the talk&apos;s record, in the PDF and exchange file.</source>
        <translation>Dokumenteras: ingår i dokumentationen av samtalet, i PDF:en och exportfilen.</translation>
    </message>
</context>
<context>
    <name>PresetsProblemsBanner</name>
    <message numerus="yes">
        <location filename="../ledarplan/gui/pack_banner.py" line="86"/>
        <source>%n of your organisation&apos;s preset(s) could not be used; ledarplan uses its defaults for them.</source>
        <translation>
            <numerusform>%n av organisationens förinställningar kunde inte användas; ledarplan använder sina standardvärden för den.</numerusform>
            <numerusform>%n av organisationens förinställningar kunde inte användas; ledarplan använder sina standardvärden för dem.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/pack_banner.py" line="91"/>
        <source>Organisation presets</source>
        <translation>Organisationens förinställningar</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/pack_banner.py" line="92"/>
        <source>These settings in the organisation&apos;s presets file were left out. Tell whoever installed ledarplan (often HR or IT).</source>
        <translation>De här inställningarna i organisationens fil med förinställningar användes inte. Säg till den som installerade ledarplan (ofta HR eller IT).</translation>
    </message>
</context>
<context>
    <name>PrivateMarker</name>
    <message>
        <location filename="../ledarplan/gui/views/coaching/private_marker.py" line="60"/>
        <source>Private — not exported or printed unless you choose</source>
        <translation>Privat — exporteras och skrivs inte ut om du inte väljer det</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching/private_marker.py" line="62"/>
        <source>Shareable — included when you export or print the plan</source>
        <translation>Kan delas — tas med när du exporterar eller skriver ut planen</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <location filename="../ledarplan/gui/prompts.py" line="131"/>
        <source>Type the same passphrase again:</source>
        <extracomment>Where what the user chose is remembered across starts (the settings file); without it (a dialog used alone), only while the program runs.</extracomment>
        <translation>Skriv samma lösenfras igen:</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/prompts.py" line="141"/>
        <source>The two passphrases differ. Please type them again.</source>
        <translation>De två lösenfraserna är olika. Skriv dem igen.</translation>
    </message>
</context>
<context>
    <name>RatingEditor</name>
    <message>
        <location filename="../ledarplan/gui/views/assessment/rating_editor.py" line="122"/>
        <source>Assessed &amp;by:</source>
        <translation>Bed&amp;ömd av:</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/assessment/rating_editor.py" line="123"/>
        <source>&amp;Name:</source>
        <translation>Na&amp;mn:</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/assessment/rating_editor.py" line="124"/>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/assessment/rating_editor.py" line="125"/>
        <source>N&amp;ote:</source>
        <translation>Ant&amp;eckning:</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/assessment/rating_editor.py" line="126"/>
        <source>&amp;Ratings</source>
        <translation>S&amp;kattningar</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/assessment/rating_editor.py" line="130"/>
        <source>Who assessed</source>
        <translation>Vem som bedömde</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/assessment/rating_editor.py" line="131"/>
        <source>Name of the assessor</source>
        <translation>Bedömarens namn</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/assessment/rating_editor.py" line="132"/>
        <source>Name of the person assessing</source>
        <translation>Namn på den som bedömer</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/assessment/rating_editor.py" line="133"/>
        <source>Date of the assessment</source>
        <translation>Datum för bedömningen</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/assessment/rating_editor.py" line="134"/>
        <source>Note on the assessment</source>
        <translation>Anteckning om bedömningen</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/assessment/rating_editor.py" line="136"/>
        <source>What the assessment is based on, e.g. concrete situations</source>
        <translation>Vad bedömningen bygger på, t.ex. konkreta situationer</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/assessment/rating_editor.py" line="138"/>
        <source>Ratings of the model&apos;s items</source>
        <translation>Skattningar av modellens punkter</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/assessment/rating_editor.py" line="146"/>
        <source>Type %1–%2 to rate the selected item, 0 or Delete for not assessed; Tab goes to the comment, Enter to the next item.</source>
        <translation>Skriv %1–%2 för att skatta vald punkt, 0 eller Delete för ej bedömd; Tab går till kommentaren, Enter till nästa punkt.</translation>
    </message>
</context>
<context>
    <name>RatingTableModel</name>
    <message>
        <location filename="../ledarplan/gui/models/rating_table.py" line="145"/>
        <source>Not assessed</source>
        <extracomment>The rating as a number, or None for &quot;not assessed&quot; (DisplayRole shows it as text). The user changed a rating or a comment (not emitted when the model is filled).</extracomment>
        <translation>Ej bedömd</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/models/rating_table.py" line="156"/>
        <source>Type %1–%2 to rate, 0 or Delete for not assessed</source>
        <translation>Skriv %1–%2 för att skatta, 0 eller Delete för ej bedömd</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/models/rating_table.py" line="190"/>
        <source>Expected of %1</source>
        <translation>Förväntas av %1</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/models/rating_table.py" line="191"/>
        <source>Expectation</source>
        <translation>Förväntan</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/models/rating_table.py" line="194"/>
        <source>Rating (%1–%2)</source>
        <translation>Skattning (%1–%2)</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/models/rating_table.py" line="196"/>
        <source>Area</source>
        <translation>Område</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/models/rating_table.py" line="197"/>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/models/rating_table.py" line="198"/>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
</context>
<context>
    <name>Reason</name>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="105"/>
        <source>must be text</source>
        <extracomment>(pattern of the English reason, its template with %1, %2 … for the captured parts)</extracomment>
        <translation>måste vara text</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="106"/>
        <source>contains control characters</source>
        <translation>innehåller otillåtna tecken</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="109"/>
        <source>is too long (%1 characters; at most %2)</source>
        <translation>har för många tecken (%1; högst %2)</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="111"/>
        <source>must not be empty</source>
        <translation>måste fyllas i</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="112"/>
        <source>must be a single line</source>
        <translation>får bara vara en rad</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="115"/>
        <source>has too many entries (%1; at most %2)</source>
        <translation>har för många poster (%1; högst %2)</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="119"/>
        <source>ends (%1) before it starts (%2)</source>
        <translation>slutar (%1) innan den börjar (%2)</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="123"/>
        <source>“%1” is not an e-mail address</source>
        <translation>”%1” är inte en e-postadress</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="127"/>
        <source>a plan cannot go from “%1” to “%2”</source>
        <translation>planens status kan inte ändras från ”%1” till ”%2”</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="131"/>
        <source>must run from a lower to a higher number within 0–%1</source>
        <translation>måste gå från ett lägre till ett högre tal inom 0–%1</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="135"/>
        <source>is not an item of the plan&apos;s model</source>
        <translation>gäller en punkt som inte finns i planens modell</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="137"/>
        <source>is rated twice</source>
        <translation>punkten har skattats två gånger</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="140"/>
        <source>%1 is outside the scale %2–%3</source>
        <translation>%1 ligger utanför skalan %2–%3</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="144"/>
        <location filename="../ledarplan/gui/error_text.py" line="151"/>
        <source>%1 % is not between 0 and 100 %</source>
        <translation>%1 % ligger inte mellan 0 och 100 %</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="148"/>
        <source>“%1” is not an item of the plan&apos;s model</source>
        <translation>”%1” är inte en punkt i planens modell</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="150"/>
        <source>an item is linked twice</source>
        <translation>samma punkt är kopplad två gånger</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="154"/>
        <source>a linked goal is not a goal of this plan</source>
        <translation>ett kopplat mål hör inte till den här planen</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="158"/>
        <source>the next session cannot be before this one</source>
        <translation>nästa samtal kan inte ligga före det här</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="162"/>
        <source>is the leader&apos;s own part: only the leader&apos;s desk changes it</source>
        <translation>är ledarens egen del: bara ledarens exemplar kan ändra den</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="166"/>
        <source>is the manager&apos;s own part: only the manager&apos;s desk changes it</source>
        <translation>är chefens egen del: bara chefens exemplar kan ändra den</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="170"/>
        <source>already signed by %1</source>
        <translation>redan signerat av %1</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="173"/>
        <source>the talk is signed by both and can no longer be changed</source>
        <translation>samtalet är signerat av båda och kan inte längre ändras</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="178"/>
        <source>this copy has already been merged with the other desk&apos;s; whose desk it is on can no longer change</source>
        <translation>det här exemplaret har redan slagits samman med den andra partens; vems exemplar det är kan inte längre ändras</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="186"/>
        <source>an agreement to carry over is no longer open</source>
        <translation>en överenskommelse som ska föras över är inte längre öppen</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="190"/>
        <source>the agreement is not in this session</source>
        <translation>överenskommelsen hör inte till det här samtalet</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="192"/>
        <source>there is no model “%1”</source>
        <translation>det finns ingen modell ”%1”</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="195"/>
        <source>choose a role level of the model “%1”</source>
        <translation>välj en rollnivå i modellen ”%1”</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="199"/>
        <source>the model “%1” has no role level “%2”</source>
        <translation>modellen ”%1” har ingen rollnivå ”%2”</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="205"/>
        <source>draft</source>
        <extracomment>Values the reasons quote that are words, not names (a plan&apos;s status).</extracomment>
        <translation>utkast</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="206"/>
        <source>agreed</source>
        <translation>överenskommen</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="207"/>
        <source>followed up</source>
        <translation>uppföljd</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="210"/>
        <source>This was deleted in the meantime. Please look again.</source>
        <translation>Det här har tagits bort under tiden. Titta igen.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="211"/>
        <source>This clashes with what is already stored.</source>
        <translation>Det här krockar med det som redan är sparat.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="212"/>
        <source>Someone else saved this after you opened it (%1), so what you typed was not saved: it is still on your screen. Open the plan again to see their change, then make yours again.</source>
        <translation>Någon annan sparade detta efter att du öppnade det (%1), så det du skrev sparades inte: det finns kvar på skärmen. Öppna planen igen för att se deras ändring, och gör sedan din igen.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="217"/>
        <source>Someone else saved this after you opened it (%1), and you have not yet chosen between theirs and yours: what you typed is still on your screen, not saved. Type on, or leave the field, to choose.</source>
        <translation>Någon annan sparade detta efter att du öppnade det (%1), och du har ännu inte valt mellan deras och ditt: det du skrev finns kvar på skärmen, osparat. Skriv vidare, eller lämna fältet, för att välja.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="225"/>
        <source>The disk is full, so this was not saved. What was saved before is intact; free some space and try again.

File: %1</source>
        <translation>Disken är full, så det här sparades inte. Det som sparats tidigare finns kvar; frigör lite utrymme och försök igen.

Fil: %1</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="230"/>
        <source>Another program is holding the database locked, so this was not saved. What was saved before is intact; close the other program and try again.

File: %1</source>
        <translation>Ett annat program håller databasen låst, så det här sparades inte. Det som sparats tidigare finns kvar; stäng det andra programmet och försök igen.

Fil: %1</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="236"/>
        <source>The data folder cannot be written to (%2), so this was not saved. What was saved before is intact; ledarplan must be able to write in this folder.

Folder: %1</source>
        <translation>Det går inte att skriva i datamappen (%2), så det här sparades inte. Det som sparats tidigare finns kvar; ledarplan måste kunna skriva i den här mappen.

Mapp: %1</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="241"/>
        <source>The folder cannot be written to (%2), so this was not saved. What was saved before is intact.

Folder: %1</source>
        <translation>Det går inte att skriva i mappen (%2), så det här sparades inte. Det som sparats tidigare finns kvar.

Mapp: %1</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="246"/>
        <source>The file is read-only (%2), so this was not saved. What was saved before is intact.

File: %1</source>
        <translation>Filen är skrivskyddad (%2), så det här sparades inte. Det som sparats tidigare finns kvar.

Fil: %1</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="253"/>
        <source>Your data folder is on a network share (%2). A database there can be damaged, so ledarplan does not open it there.

Folder: %1

Keep your plans on this computer&apos;s own disk (the usual place is %3: start ledarplan without --data-dir), and let the backups go to the network folder instead: File → Backups, backup folder. If your organisation has checked its setup, it can allow a network folder in its presets (allow_network_data_folder).</source>
        <translation>Din datamapp ligger på en nätverksresurs (%2). En databas där kan skadas, så ledarplan öppnar den inte där.

Mapp: %1

Håll dina planer på den här datorns egen disk (den vanliga platsen är %3: starta ledarplan utan --data-dir), och låt säkerhetskopiorna gå till nätverksmappen i stället: Arkiv → Säkerhetskopior, mapp för säkerhetskopior. Om din organisation har kontrollerat sin miljö kan den tillåta en nätverksmapp i sina förinställningar (allow_network_data_folder).</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="262"/>
        <source>Your data folder is in a synced folder (%2). The sync program can put an older copy of the database back over a newer one, so ledarplan does not open it there.

Folder: %1

Keep your plans on this computer&apos;s own disk (the usual place is %3: start ledarplan without --data-dir), and let the backups go to the synced folder instead: File → Backups, backup folder. If your organisation has checked its setup, it can allow it in its presets (allow_network_data_folder).</source>
        <translation>Din datamapp ligger i en synkroniserad mapp (%2). Synkroniseringsprogrammet kan lägga tillbaka en äldre kopia av databasen över en nyare, så ledarplan öppnar den inte där.

Mapp: %1

Håll dina planer på den här datorns egen disk (den vanliga platsen är %3: starta ledarplan utan --data-dir), och låt säkerhetskopiorna gå till den synkroniserade mappen i stället: Arkiv → Säkerhetskopior, mapp för säkerhetskopior. Om din organisation har kontrollerat sin miljö kan den tillåta det i sina förinställningar (allow_network_data_folder).</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="273"/>
        <source>The backup folder is not there (is the drive connected?), so today&apos;s backup was not copied to it. The backup beside your data was made as usual. You are told once; the copy is made again at a later start.

Folder: %1</source>
        <translation>Mappen för säkerhetskopior finns inte (är enheten ansluten?), så dagens säkerhetskopia kopierades inte dit. Säkerhetskopian bredvid dina data gjordes som vanligt. Du får veta det en gång; kopian görs igen vid en senare start.

Mapp: %1</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="279"/>
        <source>Today&apos;s backup could not be copied to the backup folder: %2. The backup beside your data was made as usual. You are told once; the copy is tried again at every start.

Folder: %1</source>
        <translation>Dagens säkerhetskopia kunde inte kopieras till mappen för säkerhetskopior: %2. Säkerhetskopian bredvid dina data gjordes som vanligt. Du får veta det en gång; kopian försöks igen vid varje start.

Mapp: %1</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="286"/>
        <source>This could not be saved (%2). What was saved before is intact.

File: %1</source>
        <translation>Det här kunde inte sparas (%2). Det som sparats tidigare finns kvar.

Fil: %1</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="289"/>
        <source>The file could not be written: %2. Nothing was changed there.

File: %1</source>
        <translation>Filen kunde inte skrivas: %2. Ingenting ändrades där.

Fil: %1</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="293"/>
        <source>the disk is full</source>
        <translation>disken är full</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="294"/>
        <source>the folder is read-only</source>
        <translation>mappen är skrivskyddad</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="295"/>
        <source>you may not write there</source>
        <translation>du har inte behörighet att skriva där</translation>
    </message>
</context>
<context>
    <name>Refusals</name>
    <message>
        <location filename="../ledarplan/gui/refusals.py" line="24"/>
        <source>This needs the organisation&apos;s database, which cannot be reached just now, so nothing was changed. Try again once it is back.</source>
        <extracomment>How long the status bar says that an action needs the database.</extracomment>
        <translation>Det här behöver organisationens databas, som inte går att nå just nu, så ingenting ändrades. Försök igen när den är tillbaka.</translation>
    </message>
</context>
<context>
    <name>RoundListModel</name>
    <message>
        <location filename="../ledarplan/gui/models/round_list.py" line="82"/>
        <source>%1 of %2</source>
        <translation>%1 av %2</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/models/round_list.py" line="101"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/models/round_list.py" line="102"/>
        <source>Assessed by</source>
        <translation>Bedömd av</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/models/round_list.py" line="103"/>
        <source>Rated</source>
        <translation>Skattade</translation>
    </message>
</context>
<context>
    <name>SavedMeanwhileDialog</name>
    <message>
        <location filename="../ledarplan/gui/views/saved_meanwhile_dialog.py" line="69"/>
        <location filename="../ledarplan/gui/views/saved_meanwhile_dialog.py" line="105"/>
        <source>Saved by someone else meanwhile</source>
        <extracomment>Whose desk this window is (their save is &quot;yours, elsewhere&quot;); None: not known.</extracomment>
        <translation>Sparat av någon annan under tiden</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/saved_meanwhile_dialog.py" line="71"/>
        <source>Someone else saved %1 while you were changing it.</source>
        <translation>Någon annan sparade %1 medan du ändrade det.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/saved_meanwhile_dialog.py" line="77"/>
        <source>Everything else of theirs and yours is kept. For what you both changed, choose below: keep yours, take theirs, or keep both texts. Until you save, what you typed stays on your screen and nothing is written.</source>
        <translation>Allt annat av deras och ditt behålls. För det ni båda ändrade, välj nedan: behåll ditt, ta deras eller behåll båda texterna. Tills du sparar finns det du skrev kvar på skärmen och inget skrivs.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/saved_meanwhile_dialog.py" line="84"/>
        <source>Mine (typed here)</source>
        <translation>Mitt (skrivet här)</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/saved_meanwhile_dialog.py" line="85"/>
        <source>Theirs (saved)</source>
        <translation>Deras (sparat)</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/saved_meanwhile_dialog.py" line="84"/>
        <source>Mine — typed here</source>
        <translation>Mitt — skrivet här</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/saved_meanwhile_dialog.py" line="85"/>
        <source>Theirs — saved meanwhile</source>
        <translation>Deras — sparat under tiden</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/saved_meanwhile_dialog.py" line="87"/>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/saved_meanwhile_dialog.py" line="88"/>
        <source>Decide later</source>
        <translation>Bestäm senare</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/saved_meanwhile_dialog.py" line="99"/>
        <source>Typed here, not saved</source>
        <translation>Skrivet här, inte sparat</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/saved_meanwhile_dialog.py" line="111"/>
        <source>Saved by you, in another window, at %1</source>
        <translation>Sparat av dig, i ett annat fönster, kl. %1</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/saved_meanwhile_dialog.py" line="113"/>
        <source>Saved by you, in another window, on %1</source>
        <translation>Sparat av dig, i ett annat fönster, den %1</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/saved_meanwhile_dialog.py" line="117"/>
        <source>Saved by the manager at %1</source>
        <translation>Sparat av chefen kl. %1</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/saved_meanwhile_dialog.py" line="119"/>
        <source>Saved by the manager on %1</source>
        <translation>Sparat av chefen den %1</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/saved_meanwhile_dialog.py" line="123"/>
        <source>Saved by the leader at %1</source>
        <translation>Sparat av ledaren kl. %1</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/saved_meanwhile_dialog.py" line="125"/>
        <source>Saved by the leader on %1</source>
        <translation>Sparat av ledaren den %1</translation>
    </message>
</context>
<context>
    <name>Scale</name>
    <message>
        <location filename="../ledarplan/frameworks/scale.py" line="24"/>
        <source>Not yet shown</source>
        <translation>Visas ännu inte</translation>
    </message>
    <message>
        <location filename="../ledarplan/frameworks/scale.py" line="25"/>
        <source>Shown now and then</source>
        <translation>Visas ibland</translation>
    </message>
    <message>
        <location filename="../ledarplan/frameworks/scale.py" line="26"/>
        <source>Shown in most situations</source>
        <translation>Visas i de flesta situationer</translation>
    </message>
    <message>
        <location filename="../ledarplan/frameworks/scale.py" line="27"/>
        <source>Shown in all situations, also difficult ones</source>
        <translation>Visas i alla situationer, även svåra</translation>
    </message>
    <message>
        <location filename="../ledarplan/frameworks/scale.py" line="28"/>
        <source>A strength others learn from</source>
        <translation>En styrka som andra lär sig av</translation>
    </message>
</context>
<context>
    <name>SessionEditor</name>
    <message>
        <location filename="../ledarplan/gui/views/coaching/session_editor.py" line="330"/>
        <source>Da&amp;te:</source>
        <extracomment>An agreement&apos;s &quot;done&quot; box changed: (agreement id, done).</extracomment>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching/session_editor.py" line="331"/>
        <source>&amp;With whom:</source>
        <translation>&amp;Med vem:</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching/session_editor.py" line="332"/>
        <source>Topi&amp;c:</source>
        <translation>&amp;Ämne:</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching/session_editor.py" line="333"/>
        <source>Next sess&amp;ion:</source>
        <translation>Nästa &amp;samtal:</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching/session_editor.py" line="334"/>
        <source>Linked &amp;goals:</source>
        <translation>K&amp;opplade mål:</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching/session_editor.py" line="335"/>
        <source>The plan has no goals yet.</source>
        <translation>Planen har inga mål än.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching/session_editor.py" line="336"/>
        <source>Session date</source>
        <translation>Datum för samtalet</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching/session_editor.py" line="337"/>
        <source>With whom</source>
        <translation>Med vem</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching/session_editor.py" line="338"/>
        <source>Coach, mentor or manager</source>
        <translation>Coach, mentor eller chef</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching/session_editor.py" line="339"/>
        <source>Topic</source>
        <translation>Ämne</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching/session_editor.py" line="340"/>
        <source>What the session was about</source>
        <translation>Vad samtalet handlade om</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching/session_editor.py" line="341"/>
        <source>Next session date</source>
        <translation>Datum för nästa samtal</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching/session_editor.py" line="342"/>
        <source>Goals this session worked on</source>
        <translation>Mål som ni arbetade med i samtalet</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching/session_editor.py" line="343"/>
        <source>N&amp;otes</source>
        <translation>Anteckn&amp;ingar</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching/session_editor.py" line="344"/>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching/session_editor.py" line="345"/>
        <source>What was said, in your own words.</source>
        <translation>Vad som sades, med dina egna ord.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching/session_editor.py" line="346"/>
        <source>&amp;Share these notes</source>
        <translation>De&amp;la anteckningarna</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching/session_editor.py" line="348"/>
        <source>Include these notes when you export or print the plan</source>
        <translation>Ta med anteckningarna när du exporterar eller skriver ut planen</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching/session_editor.py" line="351"/>
        <source>Reflection — Kolb&apos;s learning cycle</source>
        <translation>Reflektion — Kolbs lärcirkel</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching/session_editor.py" line="353"/>
        <source>Go round the cycle once: from what happened to what you will try next.</source>
        <translation>Gå ett varv i cirkeln: från det som hände till det du ska prova härnäst.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching/session_editor.py" line="356"/>
        <source>E&amp;xperience — what happened?</source>
        <translation>&amp;Erfarenhet — vad hände?</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching/session_editor.py" line="357"/>
        <source>&amp;Reflection — what did I notice?</source>
        <translation>Refle&amp;ktion — vad lade jag märke till?</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching/session_editor.py" line="358"/>
        <source>Concl&amp;usion — what do I understand now?</source>
        <translation>Slutsats — vad förstår &amp;jag nu?</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching/session_editor.py" line="359"/>
        <source>Ex&amp;periment — what will I try?</source>
        <translation>E&amp;xperiment — vad ska jag prova?</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching/session_editor.py" line="364"/>
        <source>Agree&amp;ments</source>
        <translation>&amp;Överenskommelser</translation>
    </message>
</context>
<context>
    <name>SignOffBar</name>
    <message>
        <location filename="../ledarplan/gui/views/talk/sign_off_bar.py" line="57"/>
        <source>Sign &amp;off…</source>
        <translation>S&amp;ignera…</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/sign_off_bar.py" line="60"/>
        <source>Sign the record of the talk at this desk. Once both of you have signed, it can no longer be changed.</source>
        <translation>Signera dokumentationen av samtalet i ditt exemplar. När ni båda har signerat går den inte längre att ändra.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/sign_off_bar.py" line="78"/>
        <source>Signed by the leader, %1, on %2.</source>
        <translation>Signerat av ledaren, %1, den %2.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/sign_off_bar.py" line="80"/>
        <source>Signed by the manager, %1, on %2.</source>
        <translation>Signerat av chefen, %1, den %2.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/sign_off_bar.py" line="87"/>
        <source>The record is final and can no longer be changed.</source>
        <translation>Dokumentationen är slutgiltig och kan inte längre ändras.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/sign_off_bar.py" line="91"/>
        <source>Waiting for the other signature: send the plan to the other desk, and update it from their file when they have signed.</source>
        <translation>Väntar på den andra underskriften: skicka planen till den andra parten och uppdatera den från deras fil när de har signerat.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/sign_off_bar.py" line="66"/>
        <source>At a public employer, a signed record of the talk can become a public document (allmän handling / offentligt dokument). Keep private notes marked private.</source>
        <translation>Hos en offentlig arbetsgivare kan signerad dokumentation av samtalet bli en allmän handling (i Danmark: offentligt dokument). Låt privata anteckningar vara markerade som privata.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/sign_off_bar.py" line="98"/>
        <source>Not signed off yet. When the talk is over and you both agree on the record, sign it off.</source>
        <translation>Inte signerat än. När samtalet är klart och ni båda är överens om dokumentationen signerar ni den.</translation>
    </message>
</context>
<context>
    <name>StandardQuestions</name>
    <message>
        <location filename="../ledarplan/gui/views/talk/standard_questions.py" line="24"/>
        <source>What went well in the past period?</source>
        <translation>Vad har gått bra under den senaste perioden?</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/standard_questions.py" line="25"/>
        <source>What was hard?</source>
        <translation>Vad har varit svårt?</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/standard_questions.py" line="26"/>
        <source>How are you doing in your role today?</source>
        <translation>Hur har du det i din roll i dag?</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/standard_questions.py" line="28"/>
        <source>What do you want to develop in the coming year?</source>
        <translation>Vad vill du utveckla under det kommande året?</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/standard_questions.py" line="31"/>
        <source>What support do you need?</source>
        <translation>Vilket stöd behöver du?</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../ledarplan/gui/application.py" line="63"/>
        <location filename="../ledarplan/gui/application.py" line="79"/>
        <source>ledarplan cannot start</source>
        <extracomment>The use cases over the user&apos;s database. The organisation&apos;s presets, checked against the models, and what was wrong in them. Said once the window is up: where the data was moved to (see app.MoveNote).</extracomment>
        <translation>ledarplan kan inte starta</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/application.py" line="64"/>
        <source>Your data could not be opened. Nothing has been changed.

%1</source>
        <translation>Dina uppgifter kunde inte öppnas. Ingenting har ändrats.

%1</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/application.py" line="80"/>
        <source>ledarplan keeps your plans in the folder below, but it cannot be created or written to (%2).

Folder: %1

Ask for a folder you may write in, or start ledarplan with --data-dir and a folder of your own. Nothing has been changed.</source>
        <translation>ledarplan sparar dina planer i mappen nedan, men den kan inte skapas eller skrivas i (%2).

Mapp: %1

Be om en mapp som du får skriva i, eller starta ledarplan med --data-dir och en egen mapp. Ingenting har ändrats.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/application.py" line="98"/>
        <source>Your data could not be opened</source>
        <translation>Dina uppgifter kunde inte öppnas</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/application.py" line="99"/>
        <source>%1

The latest good backup is from %2. Put it in place of the damaged file? The damaged file is kept beside it, unchanged.</source>
        <translation>%1

Den senaste felfria säkerhetskopian är från %2. Vill du använda den i stället för den skadade filen? Den skadade filen sparas oförändrad bredvid.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/application.py" line="118"/>
        <source>Your plans are open on another computer</source>
        <translation>Dina planer är öppna på en annan dator</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/application.py" line="119"/>
        <source>ledarplan is open with your plans on %1 (since %2). Close it there first, then start it here again.

Only if %1 was switched off or lost its connection without closing ledarplan: open your plans here anyway.</source>
        <translation>ledarplan är öppet med dina planer på %1 (sedan %2). Stäng det där först och starta det sedan här igen.

Bara om %1 stängdes av eller tappade anslutningen utan att ledarplan stängdes: öppna dina planer här ändå.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/application.py" line="130"/>
        <source>Open here anyway</source>
        <translation>Öppna här ändå</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/application.py" line="150"/>
        <source>Start from your backup?</source>
        <translation>Börja från din säkerhetskopia?</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/application.py" line="151"/>
        <source>There are no plans on this computer yet, but the backup folder has a backup of your plans from %2:

%1

Start from that backup?</source>
        <translation>Det finns inga planer på den här datorn än, men mappen för säkerhetskopior har en säkerhetskopia av dina planer från %2:

%1

Vill du börja från den säkerhetskopian?</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/application.py" line="303"/>
        <source>Your data could not be moved from %1 to this computer&apos;s own disk (%3). It is used where it is this time, and moved at a later start.</source>
        <extracomment>The backup could not be made: why, in the user&apos;s language. The backup folder could not take today&apos;s copy (said once, not at every start).</extracomment>
        <translation>Dina data kunde inte flyttas från %1 till den här datorns egen disk (%3). De används där de är den här gången och flyttas vid en senare start.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/application.py" line="309"/>
        <source>Your plans are now kept on this computer&apos;s own disk, in %2. They were in %1, which is copied to a server and back at every log-on; a database there can be put back to an older copy.</source>
        <translation>Dina planer finns nu på den här datorns egen disk, i %2. De låg i %1, som kopieras till en server och tillbaka vid varje inloggning; en databas där kan återställas till en äldre kopia.</translation>
    </message>
</context>
<context>
    <name>SummaryFile</name>
    <message>
        <location filename="../ledarplan/summary/document.py" line="223"/>
        <source>the file is too large for a summary (at most {max} bytes)</source>
        <extracomment>What the file is called: &quot;Organisation summary 2026.ledarplan-summary.json&quot;. The other files of the program, named when one is given instead of a summary. An id of the model pack: lower-case letters, digits and single hyphens (as packs write them). A model version as a plain number (&quot;1&quot;, &quot;2021.1&quot;); any other version is not written. A year the organisation&apos;s database folded: the plan is of a year shared by fewer plans of its model than the threshold, and is counted in &quot;all years&quot; only (storage.hr_picture). A summary file written by a leader never holds it. None: the plan has no level, or the organisation&apos;s database folded it into all levels. The month the file was written (no finer date anywhere in the file).</extracomment>
        <translation>filen är för stor för en sammanställning (högst {max} byte)</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/document.py" line="224"/>
        <source>the file is not UTF-8 text, as a summary is</source>
        <translation>filen är inte UTF-8-text, som en sammanställning är</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/document.py" line="225"/>
        <source>the file is empty</source>
        <translation>filen är tom</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/document.py" line="226"/>
        <source>the file&apos;s text is not valid JSON</source>
        <translation>filens text är inte giltig JSON</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/document.py" line="227"/>
        <source>the file holds no object with &quot;format&quot;: &quot;ledarplan-summary&quot;</source>
        <translation>filen innehåller inget objekt med &quot;format&quot;: &quot;ledarplan-summary&quot;</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/document.py" line="230"/>
        <source>this is a plan file, not a summary: it holds names and texts, and is not read</source>
        <translation>detta är en planfil, inte en sammanställning: den innehåller namn och texter och läses inte</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/document.py" line="233"/>
        <source>this is a file of everything stored about a person, not a summary: it holds names and texts, and is not read</source>
        <translation>detta är en fil med allt som lagrats om en person, inte en sammanställning: den innehåller namn och texter och läses inte</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/document.py" line="238"/>
        <source>its &quot;format&quot; is not &quot;ledarplan-summary&quot;</source>
        <translation>dess &quot;format&quot; är inte &quot;ledarplan-summary&quot;</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/document.py" line="239"/>
        <source>&quot;format_version&quot; is missing or not a whole number</source>
        <translation>&quot;format_version&quot; saknas eller är inte ett heltal</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/document.py" line="240"/>
        <source>written in summary format {version} by a newer version of ledarplan; this version reads format {current}. Update ledarplan to read it</source>
        <translation>skriven i sammanställningsformat {version} av en nyare version av ledarplan; den här versionen läser format {current}. Uppdatera ledarplan för att läsa den</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/document.py" line="245"/>
        <source>there is no summary format {version}</source>
        <translation>det finns inget sammanställningsformat {version}</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/document.py" line="246"/>
        <source>a field that a summary never has</source>
        <translation>ett fält som en sammanställning aldrig har</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/document.py" line="247"/>
        <source>text that a summary never holds here</source>
        <translation>text som en sammanställning aldrig har här</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/document.py" line="248"/>
        <source>a field every summary has is missing</source>
        <translation>ett fält som varje sammanställning har saknas</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/document.py" line="249"/>
        <source>a value that a summary cannot hold here</source>
        <translation>ett värde som en sammanställning inte kan ha här</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/document.py" line="250"/>
        <source>… and more problems (only the first ones are shown)</source>
        <translation>… och fler problem (bara de första visas)</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/document.py" line="251"/>
        <source>the file cannot be read ({reason})</source>
        <translation>filen kan inte läsas ({reason})</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/document.py" line="252"/>
        <source>the model “{model}” is not installed here (install its pack to read it)</source>
        <translation>modellen ”{model}” är inte installerad här (installera dess paket för att läsa den)</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/document.py" line="255"/>
        <source>“{level}” is not a role level of the model “{model}”</source>
        <translation>”{level}” är inte en rollnivå i modellen ”{model}”</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/document.py" line="256"/>
        <source>item(s) {items}: not in the model “{model}” as installed here</source>
        <translation>punkt(er) {items}: finns inte i modellen ”{model}” som den är installerad här</translation>
    </message>
</context>
<context>
    <name>TalkView</name>
    <message>
        <location filename="../ledarplan/gui/views/talk_view.py" line="173"/>
        <location filename="../ledarplan/gui/views/talk_view.py" line="177"/>
        <source>Development talk</source>
        <extracomment>Replaced by tests to answer the card picker without showing it.</extracomment>
        <translation>Utvecklingssamtal</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk_view.py" line="176"/>
        <source>&amp;Talk:</source>
        <translation>Sa&amp;mtal:</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk_view.py" line="178"/>
        <source>The plan&apos;s talks, the latest first</source>
        <translation>Planens samtal, det senaste först</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk_view.py" line="180"/>
        <source>&amp;New talk</source>
        <translation>&amp;Nytt samtal</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk_view.py" line="181"/>
        <source>Start a new development talk for this plan</source>
        <translation>Starta ett nytt utvecklingssamtal för planen</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk_view.py" line="182"/>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk_view.py" line="183"/>
        <source>Date of the talk</source>
        <translation>Datum för samtalet</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk_view.py" line="184"/>
        <source>Parti&amp;cipants:</source>
        <translation>De&amp;ltagare:</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk_view.py" line="185"/>
        <source>Participants</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk_view.py" line="186"/>
        <source>Who takes part in the talk</source>
        <translation>Vem som deltar i samtalet</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk_view.py" line="189"/>
        <source>After the ta&amp;lk</source>
        <translation>&amp;Efter samtalet</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk_view.py" line="436"/>
        <source>The leader&apos;s preparation</source>
        <translation>Ledarens förberedelse</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk_view.py" line="188"/>
        <source>P&amp;reparation</source>
        <translation>F&amp;örberedelse</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk_view.py" line="190"/>
        <source>&amp;Start the development talk</source>
        <translation>&amp;Starta utvecklingssamtalet</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk_view.py" line="275"/>
        <source>Remove themes</source>
        <translation>Ta bort teman</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk_view.py" line="276"/>
        <source>Your answers to these themes are removed with them:

%1</source>
        <translation>Dina svar på de här temana tas bort med dem:

%1</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk_view.py" line="279"/>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk_view.py" line="298"/>
        <source>Sign off the talk</source>
        <translation>Signera samtalet</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk_view.py" line="300"/>
        <source>Your name, as you sign the record of the talk:
After signing, you can no longer change it; once you both have signed, it is final.</source>
        <translation>Ditt namn, så som du signerar dokumentationen av samtalet:
Efter signeringen kan du inte längre ändra den; när ni båda har signerat är den slutgiltig.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk_view.py" line="331"/>
        <source>Sign before the talk?</source>
        <translation>Signera före samtalet?</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk_view.py" line="333"/>
        <source>The talk is dated %1, which is still to come. A signature confirms what was said and agreed in the talk.

Sign the record now, before the talk has taken place?</source>
        <translation>Samtalet är daterat %1, vilket ännu inte har varit. En signatur bekräftar vad som sades och överenskoms i samtalet.

Signera dokumentationen nu, innan samtalet har ägt rum?</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk_view.py" line="337"/>
        <source>Sign now</source>
        <translation>Signera nu</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk_view.py" line="437"/>
        <source>My preparation, as the manager</source>
        <translation>Min förberedelse, som chef</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk_view.py" line="439"/>
        <source>My preparation</source>
        <translation>Min förberedelse</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk_view.py" line="440"/>
        <source>My manager&apos;s preparation</source>
        <translation>Min chefs förberedelse</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk_view.py" line="444"/>
        <source>Talk without a date</source>
        <translation>Samtal utan datum</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk_view.py" line="446"/>
        <source>Talk on %1</source>
        <translation>Samtal den %1</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk_view.py" line="448"/>
        <source>%1 (signed off)</source>
        <translation>%1 (signerat)</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk_view.py" line="453"/>
        <source>No plan is open</source>
        <translation>Ingen plan är öppen</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk_view.py" line="454"/>
        <source>Open a plan to prepare its development talk.</source>
        <translation>Öppna en plan för att förbereda utvecklingssamtalet.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk_view.py" line="456"/>
        <source>This plan has no development talk yet</source>
        <translation>Planen har inget utvecklingssamtal än</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk_view.py" line="459"/>
        <source>Start one to prepare it: the leader and the manager each answer the questions beforehand; after the talk you write down the summary and what you agreed, and sign the record off.</source>
        <translation>Starta ett för att förbereda det: ledaren och chefen svarar var för sig på frågorna i förväg; efter samtalet skriver ni ner sammanfattningen och det ni kom överens om, och signerar dokumentationen.</translation>
    </message>
</context>
<context>
    <name>TeamActions</name>
    <message>
        <location filename="../ledarplan/gui/team_actions.py" line="132"/>
        <location filename="../ledarplan/gui/team_actions.py" line="153"/>
        <source>The calendar file could not be written</source>
        <extracomment>One more plan is done: how many are done, and what became of it (a PdfOutcome). What stopped the rest: the folder could not be made, or something unforeseen. A team export has started (the running PdfBatch), for whoever wants to follow it. Replaced by tests to answer the team&apos;s PDF dialog without showing it. Opens the folder of the PDFs (tests record it instead). The progress dialog while a team export runs.</extracomment>
        <translation>Kalenderfilen kunde inte skrivas</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/team_actions.py" line="136"/>
        <location filename="../ledarplan/gui/team_actions.py" line="141"/>
        <source>Export calendar file</source>
        <translation>Exportera kalenderfil</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/team_actions.py" line="136"/>
        <location filename="../ledarplan/gui/team_actions.py" line="180"/>
        <source>There are no plans yet.</source>
        <translation>Det finns inga planer än.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/team_actions.py" line="143"/>
        <source>Calendar files (*.ics);;All files (*)</source>
        <translation>Kalenderfiler (*.ics);;Alla filer (*)</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/team_actions.py" line="157"/>
        <source>Calendar file written</source>
        <translation>Kalenderfilen är skriven</translation>
    </message>
    <message numerus="yes">
        <location filename="../ledarplan/gui/team_actions.py" line="159"/>
        <source>%n date(s) written to %1. Import the file into your calendar (Outlook, Thunderbird …); importing a newer file again updates the same events instead of adding copies.</source>
        <translation>
            <numerusform>%n datum skrivet till %1. Importera filen i din kalender (Outlook, Thunderbird …); importerar du en nyare fil igen uppdateras samma händelser i stället för att kopior läggs till.</numerusform>
            <numerusform>%n datum skrivna till %1. Importera filen i din kalender (Outlook, Thunderbird …); importerar du en nyare fil igen uppdateras samma händelser i stället för att kopior läggs till.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/team_actions.py" line="176"/>
        <source>The PDFs could not be written</source>
        <translation>PDF-filerna kunde inte skrivas</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/team_actions.py" line="179"/>
        <location filename="../ledarplan/gui/team_actions.py" line="248"/>
        <source>Export the team&apos;s PDFs</source>
        <translation>Exportera teamets PDF:er</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/team_actions.py" line="187"/>
        <source>Folder for the PDFs</source>
        <translation>Mapp för PDF-filerna</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/team_actions.py" line="208"/>
        <source>Exporting the team&apos;s PDFs</source>
        <translation>Teamets PDF:er exporteras</translation>
    </message>
    <message numerus="yes">
        <location filename="../ledarplan/gui/team_actions.py" line="209"/>
        <source>Writing %n PDF(s)…</source>
        <translation>
            <numerusform>Skriver %n PDF…</numerusform>
            <numerusform>Skriver %n PDF:er…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/team_actions.py" line="210"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/team_actions.py" line="221"/>
        <source>Stopping after the PDF being written…</source>
        <translation>Stoppar efter den PDF som skrivs nu…</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/team_actions.py" line="227"/>
        <source>%1 of %2 done: %3</source>
        <translation>%1 av %2 klara: %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../ledarplan/gui/team_actions.py" line="251"/>
        <source>%n PDF(s) written to %1.</source>
        <translation>
            <numerusform>%n PDF skriven till %1.</numerusform>
            <numerusform>%n PDF:er skrivna till %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/team_actions.py" line="260"/>
        <source>an unexpected error (%1)</source>
        <translation>ett oväntat fel (%1)</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/team_actions.py" line="264"/>
        <source>The export stopped at %1: %2</source>
        <translation>Exporten stannade vid %1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ledarplan/gui/team_actions.py" line="268"/>
        <source>You cancelled before the other %n.</source>
        <translation>
            <numerusform>%n skrevs inte, eftersom du avbröt.</numerusform>
            <numerusform>%n skrevs inte, eftersom du avbröt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/team_actions.py" line="273"/>
        <source>These could not be written:</source>
        <translation>De här kunde inte skrivas:</translation>
    </message>
</context>
<context>
    <name>TeamOverviewView</name>
    <message>
        <location filename="../ledarplan/gui/views/team_view.py" line="356"/>
        <source>Person</source>
        <extracomment>The widest a column is made (a long model name is cut, and shown whole in its tip). When the table is short of room, the model&apos;s column gives way first, down to this; then the person&apos;s and the status&apos;s, down to these (their texts cut with &quot;…&quot;, whole in the tip). Open this plan (its id): a row was double-clicked or Enter pressed on it.</extracomment>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/team_view.py" line="357"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/team_view.py" line="358"/>
        <source>Model and level</source>
        <translation>Modell och nivå</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/team_view.py" line="359"/>
        <source>Next talk</source>
        <translation>Nästa samtal</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/team_view.py" line="360"/>
        <source>Follow-up</source>
        <translation>Uppföljning</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/team_view.py" line="361"/>
        <source>Prepared</source>
        <translation>Förberett</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/team_view.py" line="362"/>
        <source>Self-assessment</source>
        <translation>Självskattning</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/team_view.py" line="363"/>
        <source>Manager&apos;s assessment</source>
        <translation>Chefens bedömning</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/team_view.py" line="364"/>
        <source>Agreements open / overdue</source>
        <translation>Överenskommelser öppna / försenade</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/team_view.py" line="365"/>
        <location filename="../ledarplan/gui/views/team_view.py" line="374"/>
        <source>Actions overdue</source>
        <translation>Försenade aktiviteter</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/team_view.py" line="366"/>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/team_view.py" line="367"/>
        <source>Last session</source>
        <translation>Senaste samtal</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/team_view.py" line="371"/>
        <source>Talk overdue</source>
        <translation>Samtal försenat</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/team_view.py" line="372"/>
        <source>Follow-up overdue</source>
        <translation>Uppföljning försenad</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/team_view.py" line="373"/>
        <source>Agreements overdue</source>
        <translation>Överenskommelser försenade</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/team_view.py" line="375"/>
        <source>Talk due soon</source>
        <translation>Samtal snart</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/team_view.py" line="376"/>
        <source>Follow-up due soon</source>
        <translation>Uppföljning snart</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/team_view.py" line="379"/>
        <source>Talk overdue: the talk on %1 is not signed off</source>
        <translation>Samtal försenat: samtalet den %1 är inte signerat</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/team_view.py" line="380"/>
        <source>Follow-up overdue: it was due on %1</source>
        <translation>Uppföljning försenad: den skulle ske %1</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/team_view.py" line="381"/>
        <source>Agreements overdue: %1 of the %2 open ones</source>
        <translation>Överenskommelser försenade: %1 av de %2 öppna</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/team_view.py" line="382"/>
        <source>Actions overdue: %1</source>
        <translation>Försenade aktiviteter: %1</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/team_view.py" line="383"/>
        <source>Talk due soon: on %1</source>
        <translation>Samtal snart: den %1</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/team_view.py" line="384"/>
        <source>Follow-up due soon: on %1</source>
        <translation>Uppföljning snart: den %1</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/team_view.py" line="387"/>
        <source>What is overdue, or due within %1 days</source>
        <translation>Vad som är försenat, eller infaller inom %1 dagar</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/team_view.py" line="391"/>
        <source>Who has prepared the talk: answered every question of their preparation</source>
        <translation>Vem som har förberett samtalet: besvarat varje fråga i sin förberedelse</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/team_view.py" line="394"/>
        <source>Agreements not yet done, and how many of them are past their due date</source>
        <translation>Överenskommelser som inte är klara, och hur många av dem som har passerat sitt datum</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/team_view.py" line="397"/>
        <source>%1
Model: %2</source>
        <translation>%1
Modell: %2</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/team_view.py" line="447"/>
        <source>Overdue</source>
        <translation>Försenat</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/team_view.py" line="448"/>
        <source>Due soon</source>
        <translation>Snart</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/team_view.py" line="453"/>
        <source>%1: a talk whose date has passed is not signed off, the follow-up date has passed, or an agreement or action is late. %2: a talk or follow-up within %3 days.</source>
        <translation>%1: ett samtal vars datum har passerat är inte signerat, uppföljningens datum har passerat, eller en överenskommelse eller aktivitet är försenad. %2: ett samtal eller en uppföljning inom %3 dagar.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/team_view.py" line="399"/>
        <source>Not yet</source>
        <translation>Inte än</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/team_view.py" line="400"/>
        <source>The leader</source>
        <translation>Ledaren</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/team_view.py" line="401"/>
        <source>The manager</source>
        <translation>Chefen</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/team_view.py" line="402"/>
        <source>Both</source>
        <translation>Båda</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/team_view.py" line="404"/>
        <source>Next session: %1</source>
        <translation>Nästa samtal: %1</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/team_view.py" line="409"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/team_view.py" line="409"/>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/team_view.py" line="409"/>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/team_view.py" line="411"/>
        <source>Within %1 days</source>
        <translation>Inom %1 dagar</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/team_view.py" line="413"/>
        <source>Filter by name, plan, model or status</source>
        <translation>Filtrera på namn, plan, modell eller status</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/team_view.py" line="414"/>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/team_view.py" line="415"/>
        <source>&amp;Open plan</source>
        <translation>&amp;Öppna plan</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/team_view.py" line="416"/>
        <source>Open the chosen plan (or double-click its row)</source>
        <translation>Öppna den valda planen (eller dubbelklicka på raden)</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/team_view.py" line="417"/>
        <source>The team&apos;s plans</source>
        <translation>Teamets planer</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/team_view.py" line="418"/>
        <location filename="../ledarplan/gui/views/team_view.py" line="430"/>
        <source>My year</source>
        <translation>Mitt år</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/team_view.py" line="423"/>
        <source>today</source>
        <translation>i dag</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/team_view.py" line="425"/>
        <source>tomorrow</source>
        <translation>i morgon</translation>
    </message>
    <message numerus="yes">
        <location filename="../ledarplan/gui/views/team_view.py" line="426"/>
        <source>in %n day(s)</source>
        <translation>
            <numerusform>om %n dag</numerusform>
            <numerusform>om %n dagar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/team_view.py" line="433"/>
        <source>Your dates from today on: the development talk and its follow-up, the next coaching session, and when actions, agreements and goals are due.</source>
        <translation>Dina datum från i dag: utvecklingssamtalet och uppföljningen, nästa coachningssamtal och när aktiviteter, överenskommelser och mål ska vara klara.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/team_view.py" line="438"/>
        <source>Team overview</source>
        <translation>Teamöversikt</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/team_view.py" line="441"/>
        <source>Everyone you hold a plan for (archived people left out), with their current plan. Double-click a row, or press Enter, to open the plan.</source>
        <translation>Alla du har en plan för (utom arkiverade personer), med deras aktuella plan. Dubbelklicka på en rad, eller tryck Enter, för att öppna planen.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/team_view.py" line="450"/>
        <source>%2: within %3 days.</source>
        <translation>%2: inom %3 dagar.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ledarplan/gui/views/team_view.py" line="467"/>
        <source>%n date(s)</source>
        <translation>
            <numerusform>%n datum</numerusform>
            <numerusform>%n datum</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ledarplan/gui/views/team_view.py" line="469"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n personer</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/team_view.py" line="471"/>
        <source>%1 shown of %2</source>
        <translation>%1 visas av %2</translation>
    </message>
</context>
<context>
    <name>TeamPdfDialog</name>
    <message>
        <location filename="../ledarplan/gui/views/team_pdf_dialog.py" line="63"/>
        <source>Export the team&apos;s plans as PDF</source>
        <translation>Exportera teamets planer som PDF</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/team_pdf_dialog.py" line="64"/>
        <source>People (each one&apos;s current plan)</source>
        <translation>Personer (var och ens aktuella plan)</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/team_pdf_dialog.py" line="65"/>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/team_pdf_dialog.py" line="66"/>
        <source>&amp;All</source>
        <translation>&amp;Alla</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/team_pdf_dialog.py" line="67"/>
        <source>&amp;None</source>
        <translation>I&amp;nga</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/team_pdf_dialog.py" line="68"/>
        <source>&amp;Open the folder when they are written</source>
        <translation>Ö&amp;ppna mappen när de är skrivna</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../ledarplan/gui/views/welcome_page.py" line="69"/>
        <source>Welcome to ledarplan</source>
        <extracomment>The page&apos;s text column, in pixels.</extracomment>
        <translation>Välkommen till ledarplan</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/welcome_page.py" line="72"/>
        <source>Keep leader development plans here, your own or those of the leaders you manage: read what your organisation&apos;s leadership model expects, assess, set goals, log coaching and prepare the development talk.</source>
        <translation>Här för du ledarutvecklingsplaner, din egen eller de ledares som du är chef för: läs vad organisationens ledarskapsmodell förväntar sig, gör bedömningar, sätt mål, för anteckningar från coachning och förbered utvecklingssamtalet.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/welcome_page.py" line="78"/>
        <source>Create a plan</source>
        <translation>Skapa en plan</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/welcome_page.py" line="81"/>
        <source>For yourself, or for a leader you manage: choose the leadership model and role level, and start.</source>
        <translation>För dig själv eller för en ledare som du är chef för: välj ledarskapsmodell och rollnivå, och börja.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/welcome_page.py" line="85"/>
        <source>Try with sample data</source>
        <translation>Prova med exempeldata</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/welcome_page.py" line="87"/>
        <source>Look around in a complete example plan first. You can delete it later.</source>
        <translation>Titta runt i en komplett exempelplan först. Du kan ta bort den senare.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/welcome_page.py" line="89"/>
        <source>Import a plan file…</source>
        <translation>Importera en planfil…</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/welcome_page.py" line="91"/>
        <source>Open a plan someone sent you (a .ledarplan.json file).</source>
        <translation>Öppna en plan som någon har skickat till dig (en .ledarplan.json-fil).</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/welcome_page.py" line="95"/>
        <source>Everything stays on this computer, in your own user folder. Nothing is sent anywhere.</source>
        <translation>Allt stannar på den här datorn, i din egen användarmapp. Ingenting skickas någonstans.</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <location filename="../ledarplan/gui/window_menus.py" line="153"/>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/window_menus.py" line="154"/>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/window_menus.py" line="155"/>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/window_menus.py" line="156"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/window_menus.py" line="157"/>
        <source>New &amp;person and plan…</source>
        <translation>Ny &amp;person och plan…</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/window_menus.py" line="158"/>
        <source>&amp;New plan…</source>
        <translation>&amp;Ny plan…</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/window_menus.py" line="159"/>
        <source>Try with &amp;sample data</source>
        <translation>Pr&amp;ova med exempeldata</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/window_menus.py" line="160"/>
        <source>New &amp;model from a spreadsheet…</source>
        <translation>Ny modell från ett ka&amp;lkylark…</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/window_menus.py" line="161"/>
        <source>&amp;Import plan…</source>
        <translation>&amp;Importera plan…</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/window_menus.py" line="162"/>
        <source>&amp;Export plan…</source>
        <translation>&amp;Exportera plan…</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/window_menus.py" line="163"/>
        <source>Export plan with &amp;private notes…</source>
        <translation>Exportera plan med p&amp;rivata anteckningar…</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/window_menus.py" line="164"/>
        <source>Export plan en&amp;crypted…</source>
        <translation>Exportera &amp;krypterad plan…</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/window_menus.py" line="166"/>
        <source>Export plan encrypted, &amp;with private notes…</source>
        <translation>Exportera krypterad plan &amp;med privata anteckningar…</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/window_menus.py" line="168"/>
        <source>Export as P&amp;DF…</source>
        <translation>Exportera som P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/window_menus.py" line="169"/>
        <source>Export the &amp;team&apos;s PDFs…</source>
        <translation>E&amp;xportera teamets PDF:er…</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/window_menus.py" line="170"/>
        <source>Export calendar &amp;file…</source>
        <translation>Exportera kalender&amp;fil…</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/window_menus.py" line="172"/>
        <source>The open plan&apos;s dates as a calendar file (.ics) for Outlook or Thunderbird</source>
        <translation>Den öppna planens datum som kalenderfil (.ics) för Outlook eller Thunderbird</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/window_menus.py" line="174"/>
        <source>Export calendar file for the &amp;whole team…</source>
        <translation>Exportera kalenderfil f&amp;ör hela teamet…</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/window_menus.py" line="176"/>
        <source>The dates of every plan here as one calendar file (.ics)</source>
        <translation>Datumen i alla planer här som en kalenderfil (.ics)</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/window_menus.py" line="178"/>
        <source>&amp;Team overview</source>
        <translation>&amp;Teamöversikt</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/window_menus.py" line="179"/>
        <source>&amp;Backups…</source>
        <translation>Säker&amp;hetskopior…</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/window_menus.py" line="180"/>
        <source>Move my plans to the organisation database…</source>
        <translation>Flytta mina planer till organisationens databas…</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/window_menus.py" line="181"/>
        <source>Contribute to the organisation&apos;s yearly summary…</source>
        <translation>Bidra till organisationens årliga sammanställning…</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/window_menus.py" line="182"/>
        <source>Organisation summar&amp;y…</source>
        <translation>Organisationens sammanst&amp;ällning…</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/window_menus.py" line="183"/>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/window_menus.py" line="184"/>
        <source>&amp;Find person or plan</source>
        <translation>&amp;Sök person eller plan</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/window_menus.py" line="185"/>
        <source>&amp;Rename person…</source>
        <translation>&amp;Byt namn på person…</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/window_menus.py" line="186"/>
        <source>&amp;Archive person</source>
        <translation>&amp;Arkivera person</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/window_menus.py" line="187"/>
        <source>&amp;Unarchive person</source>
        <translation>Å&amp;terställ person från arkivet</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/window_menus.py" line="188"/>
        <source>Delete p&amp;lan…</source>
        <translation>Ta bort p&amp;lan…</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/window_menus.py" line="189"/>
        <source>&amp;Delete person and all their data…</source>
        <translation>Ta bort person och alla &amp;uppgifter…</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/window_menus.py" line="190"/>
        <source>Browse &amp;leadership models</source>
        <translation>Bläddra bland &amp;ledarskapsmodeller</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/window_menus.py" line="191"/>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/window_menus.py" line="192"/>
        <source>&amp;About ledarplan</source>
        <translation>&amp;Om ledarplan</translation>
    </message>
</context>
</TS>
