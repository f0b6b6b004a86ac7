<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK">
<context>
    <name>About</name>
    <message>
        <location filename="../ledarplan/gui/about.py" line="40"/>
        <source>Your leader development plan, kept on your own computer. Nothing is sent anywhere.</source>
        <translation>Din lederudviklingsplan, gemt på din egen computer. Intet sendes nogen steder hen.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/about.py" line="47"/>
        <source>Licence: proprietary; all rights reserved by the makers of ledarplan. The leadership models&apos; texts belong to the organisations named below and are shown word for word.</source>
        <translation>Licens: proprietær; alle rettigheder forbeholdes ophavsmændene til ledarplan. Ledelsesmodellernes tekster tilhører organisationerne nedenfor og vises ordret.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/about.py" line="54"/>
        <source>Your data</source>
        <translation>Dine data</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/about.py" line="57"/>
        <source>Your plans, notes and settings are in this folder, readable by you alone; daily backups are in its backups folder:</source>
        <translation>Dine planer, noter og indstillinger ligger i denne mappe, som kun du kan læse; daglige sikkerhedskopier ligger i dens mappe backups:</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/about.py" line="67"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/about.py" line="70"/>
        <source>Presets from: %1</source>
        <translation>Forudindstillinger fra: %1</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/about.py" line="84"/>
        <source>Leadership models and their sources</source>
        <translation>Ledelsesmodeller og deres kilder</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/about.py" line="86"/>
        <source>Software ledarplan is built with</source>
        <translation>Software, som ledarplan er bygget med</translation>
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
        <translation>Bruges til</translation>
    </message>
</context>
<context>
    <name>ActionEditor</name>
    <message>
        <location filename="../ledarplan/gui/views/goals/action_editor.py" line="215"/>
        <source>Building &amp;block</source>
        <translation>Bygge&amp;klods</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/action_editor.py" line="216"/>
        <source>Building block</source>
        <translation>Byggeklods</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/action_editor.py" line="219"/>
        <source>A ready development activity from the leadership model. Choosing one fills in what and how when they are still empty.</source>
        <translation>En færdig udviklingsaktivitet fra ledelsesgrundlaget. Når du vælger en, bliver hvad og hvordan udfyldt, hvis de stadig er tomme.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/action_editor.py" line="212"/>
        <source>None – my own action</source>
        <translation>Ingen – min egen handling</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/action_editor.py" line="211"/>
        <source>None – an action of our own</source>
        <extracomment>The six questions, by the ids a model&apos;s talk-questions section uses for them (Kalix). The user chose another status (the page records it; done dates come from the service).</extracomment>
        <translation>Ingen – en egen handling</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/action_editor.py" line="228"/>
        <source>Wh&amp;y</source>
        <translation>Hv&amp;orfor</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/action_editor.py" line="230"/>
        <source>Whe&amp;n</source>
        <translation>Hvor&amp;når</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/action_editor.py" line="227"/>
        <source>H&amp;ow</source>
        <translation>Hvord&amp;an</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/action_editor.py" line="226"/>
        <source>Wh&amp;at</source>
        <translation>Hva&amp;d</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/action_editor.py" line="229"/>
        <source>&amp;Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/action_editor.py" line="231"/>
        <source>How we follow u&amp;p</source>
        <translation>Hvordan vi følger o&amp;p</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/action_editor.py" line="235"/>
        <source>What will the leader do?</source>
        <translation>Hvad vil lederen gøre?</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/action_editor.py" line="237"/>
        <source>What will you do?</source>
        <translation>Hvad vil du gøre?</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/action_editor.py" line="239"/>
        <source>How will it be done?</source>
        <translation>Hvordan skal det gøres?</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/action_editor.py" line="240"/>
        <source>Why does it matter?</source>
        <translation>Hvorfor er det vigtigt?</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/action_editor.py" line="241"/>
        <source>Who does what?</source>
        <translation>Hvem gør hvad?</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/action_editor.py" line="242"/>
        <source>When will it be done?</source>
        <translation>Hvornår skal det være gjort?</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/action_editor.py" line="243"/>
        <source>How do we follow up?</source>
        <translation>Hvordan følger vi op?</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/action_editor.py" line="253"/>
        <source>New action</source>
        <translation>Ny handling</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/action_editor.py" line="255"/>
        <source>K&amp;ind</source>
        <translation>Lærin&amp;gsform</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/action_editor.py" line="256"/>
        <source>Kind of learning (70-20-10)</source>
        <translation>Læringsform (70-20-10)</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/action_editor.py" line="263"/>
        <source>&amp;Due date</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/action_editor.py" line="265"/>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/action_editor.py" line="264"/>
        <source>Due date</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/action_editor.py" line="266"/>
        <source>Action status</source>
        <translation>Handlingens status</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/action_editor.py" line="269"/>
        <source>done on %1</source>
        <translation>udført den %1</translation>
    </message>
</context>
<context>
    <name>ActionsPanel</name>
    <message>
        <location filename="../ledarplan/gui/views/goals/actions_panel.py" line="124"/>
        <source>Actions: what, how, why, who, when, follow-up</source>
        <extracomment>The selected action changed: its id, or None.</extracomment>
        <translation>Handlinger: hvad, hvordan, hvorfor, hvem, hvornår, opfølgning</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/actions_panel.py" line="125"/>
        <source>Add action</source>
        <translation>Tilføj handling</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/actions_panel.py" line="126"/>
        <source>Adds a step towards the goal (Insert)</source>
        <translation>Tilføjer et skridt på vejen mod målet (Insert)</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/actions_panel.py" line="127"/>
        <source>Delete action</source>
        <translation>Slet handling</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/actions_panel.py" line="128"/>
        <source>Deletes the selected action (Delete)</source>
        <translation>Sletter den valgte handling (Delete)</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/actions_panel.py" line="129"/>
        <source>Actions of the goal</source>
        <translation>Målets handlinger</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/actions_panel.py" line="131"/>
        <source>What</source>
        <translation>Hvad</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/actions_panel.py" line="131"/>
        <source>Kind</source>
        <translation>Læringsform</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/actions_panel.py" line="131"/>
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/actions_panel.py" line="131"/>
        <source>When</source>
        <translation>Hvornår</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/actions_panel.py" line="131"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/actions_panel.py" line="134"/>
        <source>Done %1</source>
        <translation>Udført %1</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/actions_panel.py" line="138"/>
        <source>No actions yet. Add one: what you will do, how, why, who, when and how you will follow up.</source>
        <translation>Ingen handlinger endnu. Tilføj en: hvad du vil gøre, hvordan, hvorfor, hvem, hvornår, og hvordan du følger op.</translation>
    </message>
</context>
<context>
    <name>AgreementsEditor</name>
    <message>
        <location filename="../ledarplan/gui/views/coaching/agreements_editor.py" line="116"/>
        <source>New agreement</source>
        <extracomment>Rows were added or removed: the session should be saved now.</extracomment>
        <translation>Ny aftale</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching/agreements_editor.py" line="136"/>
        <source>Agreement</source>
        <translation>Aftale</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching/agreements_editor.py" line="136"/>
        <source>Owner</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching/agreements_editor.py" line="136"/>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching/agreements_editor.py" line="136"/>
        <source>Done</source>
        <translation>Udført</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching/agreements_editor.py" line="137"/>
        <source>Carried over from an earlier session</source>
        <translation>Overført fra en tidligere session</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching/agreements_editor.py" line="139"/>
        <source>Agreements</source>
        <translation>Aftaler</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching/agreements_editor.py" line="140"/>
        <source>&amp;Add agreement</source>
        <translation>T&amp;ilføj aftale</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching/agreements_editor.py" line="141"/>
        <source>Add an agreement (Insert)</source>
        <translation>Tilføj en aftale (Insert)</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching/agreements_editor.py" line="142"/>
        <source>Remove agreement</source>
        <translation>Fjern aftale</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching/agreements_editor.py" line="143"/>
        <source>Remove the selected agreement (Delete)</source>
        <translation>Fjern den valgte aftale (Delete)</translation>
    </message>
</context>
<context>
    <name>AgreementsPanel</name>
    <message>
        <location filename="../ledarplan/gui/views/talk/agreements_panel.py" line="75"/>
        <source>Agreement</source>
        <extracomment>An agreement was added or removed (the page saves at once); cell edits come through the model&apos;s dataChanged.</extracomment>
        <translation>Aftale</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/agreements_panel.py" line="75"/>
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/agreements_panel.py" line="75"/>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/agreements_panel.py" line="75"/>
        <source>Done</source>
        <translation>Udført</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/agreements_panel.py" line="77"/>
        <source>Agree&amp;ments:</source>
        <translation>&amp;Aftaler:</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/agreements_panel.py" line="78"/>
        <source>Agreements</source>
        <translation>Aftaler</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/agreements_panel.py" line="81"/>
        <source>Add a&amp;greement</source>
        <translation>&amp;Tilføj aftale</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/agreements_panel.py" line="82"/>
        <source>Add an agreement (Insert)</source>
        <translation>Tilføj en aftale (Insert)</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/agreements_panel.py" line="83"/>
        <source>Add agreement</source>
        <translation>Tilføj aftale</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/agreements_panel.py" line="86"/>
        <location filename="../ledarplan/gui/views/talk/agreements_panel.py" line="128"/>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/agreements_panel.py" line="87"/>
        <source>Remove the selected agreement (Delete)</source>
        <translation>Fjern den valgte aftale (Delete)</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/agreements_panel.py" line="88"/>
        <location filename="../ledarplan/gui/views/talk/agreements_panel.py" line="126"/>
        <source>Remove agreement</source>
        <translation>Fjern aftale</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/agreements_panel.py" line="108"/>
        <location filename="../ledarplan/gui/views/talk/agreements_panel.py" line="123"/>
        <source>New agreement</source>
        <translation>Ny aftale</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/agreements_panel.py" line="127"/>
        <source>Remove the agreement “%1”?</source>
        <translation>Fjern aftalen “%1”?</translation>
    </message>
</context>
<context>
    <name>AssessmentView</name>
    <message>
        <location filename="../ledarplan/gui/views/assessment_view.py" line="206"/>
        <source>Assessment</source>
        <extracomment>&quot;Develop this&quot;: the user wants a goal for this item (its id).</extracomment>
        <translation>Vurdering</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/assessment_view.py" line="210"/>
        <source>Assessment rounds</source>
        <translation>Vurderingsrunder</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/assessment_view.py" line="212"/>
        <source>Start a new assessment round (Insert)</source>
        <translation>Start en ny vurderingsrunde (Insert)</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/assessment_view.py" line="213"/>
        <source>&amp;Self-assessment</source>
        <translation>&amp;Selvevaluering</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/assessment_view.py" line="217"/>
        <source>Feedba&amp;ck from others…</source>
        <translation>Feedbac&amp;k fra andre…</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/assessment_view.py" line="219"/>
        <source>Ask others for feedback with a PDF form, and take in their answers</source>
        <translation>Bed andre om feedback med en PDF-formular, og tag deres svar ind</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/assessment_view.py" line="236"/>
        <source>My assessment, as the leader&apos;s &amp;manager</source>
        <translation>Min vurdering, som lederens &amp;chef</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/assessment_view.py" line="239"/>
        <source>No assessment yet. The leader&apos;s self-assessment arrives with the plan file they send you; you can make your own assessment as their manager.</source>
        <translation>Ingen vurdering endnu. Lederens selvevaluering kommer med den planfil, lederen sender dig; du kan lave din egen vurdering som chef.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/assessment_view.py" line="243"/>
        <source>Start my assessment</source>
        <translation>Start min vurdering</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/assessment_view.py" line="245"/>
        <source>Assessment by my &amp;manager</source>
        <translation>Vurdering fra min &amp;chef</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/assessment_view.py" line="214"/>
        <source>Assessment by &amp;someone else</source>
        <translation>Vurdering fra en &amp;anden</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/assessment_view.py" line="216"/>
        <source>Delete the selected round (Delete)</source>
        <translation>Slet den valgte runde (Delete)</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/assessment_view.py" line="221"/>
        <source>R&amp;ate</source>
        <translation>V&amp;urdér</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/assessment_view.py" line="222"/>
        <source>Com&amp;pare</source>
        <translation>Sammen&amp;lign</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/assessment_view.py" line="248"/>
        <source>No assessment yet. Start with a self-assessment: rate each item of the model against what is expected of you. Your manager&apos;s assessment can follow.</source>
        <translation>Ingen vurdering endnu. Start med en selvevaluering: vurdér hvert punkt i ledelsesgrundlaget ud fra det, der forventes af dig. Din chefs vurdering kan følge bagefter.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/assessment_view.py" line="253"/>
        <source>Start a self-assessment</source>
        <translation>Start en selvevaluering</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/assessment_view.py" line="225"/>
        <source>Develop this: make it a goal</source>
        <translation>Udvikl dette: gør det til et mål</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/assessment_view.py" line="209"/>
        <source>Assess&amp;ment rounds</source>
        <translation>Vurd&amp;eringsrunder</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/assessment_view.py" line="211"/>
        <source>New ro&amp;und</source>
        <translation>N&amp;y runde</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/assessment_view.py" line="215"/>
        <source>De&amp;lete round</source>
        <translation>&amp;Slet runde</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/assessment_view.py" line="370"/>
        <source>Delete the assessment of %1 (%2)? Its ratings and comments are removed and cannot be restored.</source>
        <translation>Slet vurderingen fra %1 (%2)? Dens scorer og kommentarer fjernes og kan ikke gendannes.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/assessment_view.py" line="377"/>
        <source>Delete assessment round</source>
        <translation>Slet vurderingsrunde</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/assessment_view.py" line="377"/>
        <source>Delete</source>
        <translation>Slet</translation>
    </message>
</context>
<context>
    <name>Assessor</name>
    <message>
        <location filename="../ledarplan/gui/models/round_list.py" line="25"/>
        <source>Self-assessment</source>
        <translation>Selvevaluering</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/models/round_list.py" line="26"/>
        <source>Manager</source>
        <translation>Chef</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/models/round_list.py" line="27"/>
        <source>Other</source>
        <translation>Anden</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../ledarplan/gui/views/backups_dialog.py" line="120"/>
        <source>Backups</source>
        <translation>Sikkerhedskopier</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/backups_dialog.py" line="123"/>
        <source>A backup is made at the first start of each day, before every upgrade and before a restore. Your data is in %1.</source>
        <translation>Der tages en sikkerhedskopi ved dagens første start, før hver opgradering og før en gendannelse. Dine data ligger i %1.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/backups_dialog.py" line="127"/>
        <source>&amp;Back up now</source>
        <translation>&amp;Tag en sikkerhedskopi nu</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/backups_dialog.py" line="128"/>
        <source>&amp;Restore the selected backup…</source>
        <translation>&amp;Gendan den valgte sikkerhedskopi…</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/backups_dialog.py" line="129"/>
        <source>Open the data &amp;folder</source>
        <translation>Åbn data&amp;mappen</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/backups_dialog.py" line="130"/>
        <source>Restore &amp;from a file…</source>
        <translation>Gendan &amp;fra en fil…</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/backups_dialog.py" line="131"/>
        <source>&amp;Choose backup folder…</source>
        <translation>&amp;Vælg mappe til sikkerhedskopier…</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/backups_dialog.py" line="132"/>
        <source>Do&amp;n&apos;t copy</source>
        <translation>Kopiér i&amp;kke</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/backups_dialog.py" line="134"/>
        <source>When</source>
        <translation>Hvornår</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/backups_dialog.py" line="134"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/backups_dialog.py" line="134"/>
        <source>Size</source>
        <translation>Størrelse</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/backups_dialog.py" line="136"/>
        <source>Daily</source>
        <translation>Daglig</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/backups_dialog.py" line="137"/>
        <source>Made by hand</source>
        <translation>Taget manuelt</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/backups_dialog.py" line="138"/>
        <source>Before an upgrade</source>
        <translation>Før en opgradering</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/backups_dialog.py" line="139"/>
        <source>Before a restore</source>
        <translation>Før en gendannelse</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/backups_dialog.py" line="140"/>
        <source>Before an import replaced a plan</source>
        <translation>Før en import erstattede en plan</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/backups_dialog.py" line="142"/>
        <source>%1 (in the backup folder)</source>
        <translation>%1 (i mappen til sikkerhedskopier)</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/backups_dialog.py" line="155"/>
        <source>Each daily backup can also be copied to a second place, such as your home drive (which IT backs up) or a USB stick, so that a lost or broken computer does not take the backups with it.</source>
        <translation>Hver daglig sikkerhedskopi kan også kopieres til et andet sted, for eksempel dit hjemmedrev (som IT sikkerhedskopierer) eller en USB-nøgle, så en mistet eller ødelagt computer ikke tager sikkerhedskopierne med sig.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/backups_dialog.py" line="160"/>
        <source>Each daily backup is also copied to: %1</source>
        <translation>Hver daglig sikkerhedskopi kopieres også til: %1</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/backups_dialog.py" line="168"/>
        <source>Choose the backup folder</source>
        <translation>Vælg mappen til sikkerhedskopier</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/backups_dialog.py" line="188"/>
        <source>Restore from a backup file</source>
        <translation>Gendan fra en sikkerhedskopi</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/backups_dialog.py" line="189"/>
        <source>ledarplan backups (*.sqlite3);;All files (*)</source>
        <translation>ledarplan-sikkerhedskopier (*.sqlite3);;Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/application.py" line="323"/>
        <source>The backup folder could not be used</source>
        <translation>Mappen til sikkerhedskopier kunne ikke bruges</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/application.py" line="327"/>
        <location filename="../ledarplan/gui/views/backups_dialog.py" line="203"/>
        <source>No backup could be made</source>
        <translation>Der kunne ikke tages en sikkerhedskopi</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/backups_dialog.py" line="217"/>
        <source>Restore the backup?</source>
        <translation>Gendan sikkerhedskopien?</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/backups_dialog.py" line="219"/>
        <source>Everything will be as it was on %1. What you have done since is kept in a new backup, so it is not lost.</source>
        <translation>Alt bliver, som det var %1. Det, du har gjort siden, gemmes i en ny sikkerhedskopi, så det går ikke tabt.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/backups_dialog.py" line="222"/>
        <source>Restore</source>
        <translation>Gendan</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/backups_dialog.py" line="229"/>
        <source>The backup could not be restored</source>
        <translation>Sikkerhedskopien kunne ikke gendannes</translation>
    </message>
</context>
<context>
    <name>BlindSpotsBox</name>
    <message>
        <location filename="../ledarplan/gui/views/assessment/blind_spots.py" line="48"/>
        <source>&amp;Blind spots: where your self-assessment and others&apos; feedback differ most</source>
        <extracomment>&quot;Make it a goal&quot;: a goal for this item (its id).</extracomment>
        <translation>&amp;Blinde pletter: hvor din selvevaluering og andres feedback adskiller sig mest</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/assessment/blind_spots.py" line="50"/>
        <source>Make it a &amp;goal</source>
        <translation>Gør det til et &amp;mål</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/assessment/blind_spots.py" line="51"/>
        <source>A new goal for the chosen item</source>
        <translation>Et nyt mål for det valgte punkt</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/assessment/blind_spots.py" line="58"/>
        <source>%1: you %2, others %3</source>
        <translation>%1: dig %2, andre %3</translation>
    </message>
</context>
<context>
    <name>CalendarLabels</name>
    <message>
        <location filename="../ledarplan/services/calendar.py" line="37"/>
        <source>Development talk: {person} ({plan})</source>
        <extracomment>SEQUENCE counts minutes since this moment (a change made later has a higher number).</extracomment>
        <translation>Lederudviklingssamtale: {person} ({plan})</translation>
    </message>
    <message>
        <location filename="../ledarplan/services/calendar.py" line="38"/>
        <source>Follow-up of the development talk: {person} ({plan})</source>
        <translation>Opfølgning på udviklingssamtalen: {person} ({plan})</translation>
    </message>
    <message>
        <location filename="../ledarplan/services/calendar.py" line="41"/>
        <source>Coaching session: {person} ({plan})</source>
        <translation>Coachingsamtale: {person} ({plan})</translation>
    </message>
    <message>
        <location filename="../ledarplan/services/calendar.py" line="42"/>
        <source>An action is due: {person} ({plan})</source>
        <translation>En handling skal være færdig: {person} ({plan})</translation>
    </message>
    <message>
        <location filename="../ledarplan/services/calendar.py" line="43"/>
        <source>An agreement is due: {person} ({plan})</source>
        <translation>En aftale skal være opfyldt: {person} ({plan})</translation>
    </message>
    <message>
        <location filename="../ledarplan/services/calendar.py" line="44"/>
        <source>A goal&apos;s target date: {person} ({plan})</source>
        <translation>Måldato for et mål: {person} ({plan})</translation>
    </message>
    <message>
        <location filename="../ledarplan/services/calendar.py" line="45"/>
        <source>Development plans</source>
        <translation>Udviklingsplaner</translation>
    </message>
</context>
<context>
    <name>CardPickerDialog</name>
    <message>
        <location filename="../ledarplan/gui/views/talk/card_picker.py" line="84"/>
        <source>Choose themes for the talk</source>
        <translation>Vælg temaer til samtalen</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/card_picker.py" line="86"/>
        <source>Tick the themes you want to talk about; two or three is usual. They become questions of your preparation, and you can put them in the order you agree on. The texts are the model&apos;s own: %1.</source>
        <translation>Sæt kryds ved de temaer, I vil tale om; to eller tre er det almindelige. De bliver spørgsmål i din forberedelse, og du kan sætte dem i den rækkefølge, I aftaler. Teksterne er modellens egne: %1.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/card_picker.py" line="92"/>
        <source>The common themes, in italics at the top, are discussed in every talk: they are in both preparations already.</source>
        <translation>De fælles temaer, i kursiv øverst, drøftes i hver samtale: de er allerede i begge parters forberedelse.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/card_picker.py" line="96"/>
        <source>The model&apos;s conversation cards</source>
        <translation>Modellens samtalekort</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/card_picker.py" line="97"/>
        <source>The card&apos;s text</source>
        <translation>Kortets tekst</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/card_picker.py" line="98"/>
        <source>Choose</source>
        <translation>Vælg</translation>
    </message>
    <message numerus="yes">
        <location filename="../ledarplan/gui/views/talk/card_picker.py" line="131"/>
        <source>%n theme(s) chosen</source>
        <translation>
            <numerusform>%n tema valgt</numerusform>
            <numerusform>%n temaer valgt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CarryOverDialog</name>
    <message>
        <location filename="../ledarplan/gui/views/coaching/carry_over_dialog.py" line="71"/>
        <source>Carry over open agreements</source>
        <translation>Overfør åbne aftaler</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching/carry_over_dialog.py" line="74"/>
        <source>These &amp;agreements from earlier sessions are still open. The ticked ones are carried over to the new session; untick those you no longer want to follow up.</source>
        <translation>Disse &amp;aftaler fra tidligere sessioner er stadig åbne. De markerede bliver overført til den nye session; fjern markeringen ved dem, du ikke længere vil følge op på.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching/carry_over_dialog.py" line="78"/>
        <source>Open agreements to carry over</source>
        <translation>Åbne aftaler, der skal overføres</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching/carry_over_dialog.py" line="79"/>
        <source>Create session</source>
        <translation>Opret session</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching/carry_over_dialog.py" line="89"/>
        <source>due %1</source>
        <translation>frist %1</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching/carry_over_dialog.py" line="92"/>
        <source>from %1</source>
        <translation>fra %1</translation>
    </message>
</context>
<context>
    <name>CoachingView</name>
    <message>
        <location filename="../ledarplan/gui/views/coaching_view.py" line="183"/>
        <source>Coaching</source>
        <translation>Coaching</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching_view.py" line="189"/>
        <source>Fi&amp;lter:</source>
        <translation>Fi&amp;lter:</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching_view.py" line="190"/>
        <source>Topic or person</source>
        <translation>Emne eller person</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching_view.py" line="191"/>
        <source>Filter sessions by topic or person</source>
        <translation>Filtrér sessioner efter emne eller person</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching_view.py" line="192"/>
        <source>Coaching sessions</source>
        <translation>Coachingsessioner</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching_view.py" line="194"/>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching_view.py" line="194"/>
        <source>With</source>
        <translation>Med</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching_view.py" line="194"/>
        <source>Topic</source>
        <translation>Emne</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching_view.py" line="194"/>
        <source>Open</source>
        <translation>Åbne</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching_view.py" line="195"/>
        <source>(no topic)</source>
        <translation>(intet emne)</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching_view.py" line="196"/>
        <source>Open agreements: %1</source>
        <translation>Åbne aftaler: %1</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching_view.py" line="198"/>
        <source>&amp;New session</source>
        <translation>&amp;Ny session</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching_view.py" line="199"/>
        <source>Log a new coaching session dated today (Insert)</source>
        <translation>Registrér en ny coachingsession med dagens dato (Insert)</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching_view.py" line="200"/>
        <source>&amp;Delete session</source>
        <translation>&amp;Slet session</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching_view.py" line="201"/>
        <source>Delete the selected session (Delete)</source>
        <translation>Slet den valgte session (Delete)</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching_view.py" line="280"/>
        <source>Open a plan to see its coaching log.</source>
        <translation>Åbn en plan for at se dens coachingsessioner.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching_view.py" line="283"/>
        <source>No coaching sessions yet.

The leader&apos;s own sessions arrive with the plan file they send you. Sessions you log here are yours.</source>
        <translation>Ingen coachingsessioner endnu.

Lederens egne sessioner kommer med den planfil, lederen sender dig. Sessioner, du registrerer her, er dine.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching_view.py" line="288"/>
        <source>No coaching sessions yet.

Choose New session to log your first conversation.</source>
        <translation>Ingen coachingsessioner endnu.

Vælg Ny session for at registrere din første samtale.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching_view.py" line="291"/>
        <source>Choose a session in the list.</source>
        <translation>Vælg en session på listen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ledarplan/gui/views/coaching_view.py" line="298"/>
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessioner</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ledarplan/gui/views/coaching_view.py" line="300"/>
        <source>%1 of %n session(s)</source>
        <translation>
            <numerusform>%1 af %n session</numerusform>
            <numerusform>%1 af %n sessioner</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching_view.py" line="399"/>
        <source>Delete the session of %1, &quot;%2&quot;?</source>
        <translation>Slet sessionen fra %1, &quot;%2&quot;?</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching_view.py" line="402"/>
        <source>Delete the session of %1?</source>
        <translation>Slet sessionen fra %1?</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching_view.py" line="404"/>
        <source>Its notes, reflection and agreements are deleted with it. This cannot be undone.</source>
        <translation>Dens noter, refleksion og aftaler bliver slettet sammen med den. Det kan ikke fortrydes.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching_view.py" line="407"/>
        <source>Delete session</source>
        <translation>Slet session</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching_view.py" line="421"/>
        <source>Remove the agreement &quot;%1&quot;?</source>
        <translation>Fjern aftalen &quot;%1&quot;?</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching_view.py" line="423"/>
        <source>Remove agreement</source>
        <translation>Fjern aftale</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching_view.py" line="423"/>
        <source>Remove</source>
        <translation>Fjern</translation>
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
        <translation>&amp;Sammenlign</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/assessment/comparison_panel.py" line="190"/>
        <source>w&amp;ith</source>
        <translation>&amp;med</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/assessment/comparison_panel.py" line="191"/>
        <source>S&amp;wap</source>
        <translation>&amp;Byt om</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/assessment/comparison_panel.py" line="192"/>
        <source>Swap the two rounds</source>
        <translation>Byt om på de to runder</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/assessment/comparison_panel.py" line="193"/>
        <source>First round</source>
        <translation>Første runde</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/assessment/comparison_panel.py" line="194"/>
        <source>Second round</source>
        <translation>Anden runde</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/assessment/comparison_panel.py" line="195"/>
        <source>Ratings of the two rounds item by item</source>
        <translation>Scorer fra de to runder punkt for punkt</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/assessment/comparison_panel.py" line="196"/>
        <source>Radar chart of the average rating per area</source>
        <translation>Radardiagram over den gennemsnitlige score pr. område</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/assessment/comparison_panel.py" line="197"/>
        <source>Choose two rounds to compare.</source>
        <translation>Vælg to runder, der skal sammenlignes.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/assessment/comparison_panel.py" line="199"/>
        <source>Feedback from &amp;others</source>
        <translation>Feedbac&amp;k fra andre</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/assessment/comparison_panel.py" line="200"/>
        <source>Feedback round shown beside the two</source>
        <translation>Feedbackrunde, der vises ved siden af de to</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/assessment/comparison_panel.py" line="213"/>
        <source>Comparing needs two assessment rounds, for example the leader&apos;s self-assessment and your assessment, or one round and feedback from others.</source>
        <translation>En sammenligning kræver to vurderingsrunder, for eksempel lederens selvevaluering og din vurdering, eller én runde og feedback fra andre.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/assessment/comparison_panel.py" line="218"/>
        <source>Comparing needs two assessment rounds, for example your self-assessment and your manager&apos;s assessment, or one round and feedback from others.</source>
        <translation>En sammenligning kræver to vurderingsrunder, for eksempel din selvevaluering og din chefs vurdering, eller én runde og feedback fra andre.</translation>
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
            <numerusform>%1 (%n besvarelse)</numerusform>
            <numerusform>%1 (%n besvarelser)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/assessment/comparison_panel.py" line="346"/>
        <source>Feedback from others: %1. A group is shown only when at least %2 have answered.</source>
        <translation>Feedback fra andre: %1. En gruppe vises kun, når mindst %2 har svaret.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/assessment/comparison_panel.py" line="352"/>
        <source>Counted with others: %1.</source>
        <translation>Talt med under andre: %1.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/assessment/comparison_panel.py" line="355"/>
        <source>Too few to show: %1.</source>
        <translation>For få til at blive vist: %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ledarplan/gui/views/assessment/comparison_panel.py" line="383"/>
        <source>%n item(s) rated %1 or more steps apart (highlighted): worth talking about.</source>
        <translation>
            <numerusform>%n punkt har en forskel på %1 eller flere trin (fremhævet): værd at tale om.</numerusform>
            <numerusform>%n punkter har en forskel på %1 eller flere trin (fremhævet): værd at tale om.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/assessment/comparison_panel.py" line="388"/>
        <source>No item is rated %1 or more steps apart.</source>
        <translation>Intet punkt har en forskel på %1 eller flere trin.</translation>
    </message>
</context>
<context>
    <name>ComparisonTableModel</name>
    <message>
        <location filename="../ledarplan/gui/models/comparison_table.py" line="147"/>
        <source>cannot say: %1</source>
        <extracomment>Second minus first as a number (None when either is not assessed). Translucent amber reads as a highlight on light and dark palettes alike.</extracomment>
        <translation>kan ikke vurdere: %1</translation>
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
        <translation>Forskel</translation>
    </message>
</context>
<context>
    <name>ConflictPane</name>
    <message>
        <location filename="../ledarplan/gui/views/conflict_pane.py" line="126"/>
        <source>Keep all mi&amp;ne</source>
        <extracomment>The number of conflicts still to decide, whenever a choice changes.</extracomment>
        <translation>Behold alle m&amp;ine</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/conflict_pane.py" line="127"/>
        <source>Take all thei&amp;rs</source>
        <translation>Tag alle dere&amp;s</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/conflict_pane.py" line="129"/>
        <source>Keep mine</source>
        <translation>Behold mit</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/conflict_pane.py" line="130"/>
        <source>Take theirs</source>
        <translation>Tag deres</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/conflict_pane.py" line="131"/>
        <source>Keep both</source>
        <translation>Behold begge</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/conflict_pane.py" line="133"/>
        <source>What</source>
        <translation>Hvad</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/conflict_pane.py" line="133"/>
        <source>Field</source>
        <translation>Felt</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/conflict_pane.py" line="133"/>
        <source>Decision</source>
        <translation>Valg</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/conflict_pane.py" line="134"/>
        <source>To decide</source>
        <translation>Skal vælges</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/conflict_pane.py" line="141"/>
        <source>Keep &amp;mine</source>
        <translation>Behold &amp;mit</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/conflict_pane.py" line="142"/>
        <source>Take &amp;theirs</source>
        <translation>Tag &amp;deres</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/conflict_pane.py" line="143"/>
        <source>Keep &amp;both</source>
        <translation>Behold &amp;begge</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/conflict_pane.py" line="145"/>
        <source>Both texts are kept: yours first, then theirs, marked with the desk and date.</source>
        <translation>Begge tekster bevares: din først, derefter deres, mærket med eksemplar og dato.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ledarplan/gui/views/conflict_pane.py" line="194"/>
        <source>%n conflict(s) still to decide</source>
        <translation>
            <numerusform>%n konflikt mangler at blive valgt</numerusform>
            <numerusform>%n konflikter mangler at blive valgt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/conflict_pane.py" line="197"/>
        <source>Every conflict is decided.</source>
        <translation>Alle konflikter er valgt.</translation>
    </message>
</context>
<context>
    <name>ContributeDialog</name>
    <message>
        <location filename="../ledarplan/gui/views/contribute_dialog.py" line="160"/>
        <source>There is no plan here to contribute.</source>
        <translation>Der er ingen plan her at bidrage med.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/contribute_dialog.py" line="162"/>
        <source>Tick the plans to contribute.</source>
        <translation>Sæt flueben ved de planer, der skal bidrage.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/contribute_dialog.py" line="168"/>
        <source>Contribute to the organisation&apos;s yearly summary</source>
        <translation>Bidrag til organisationens årlige opsamling</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/contribute_dialog.py" line="171"/>
        <source>HR puts together a yearly picture of what leaders work on, from anonymous summaries. Below is exactly what the summary file holds: no names, no texts, no dates but the month, nothing that leads back to a person. It is saved only when you choose Save, and you send it to HR yourself.</source>
        <translation>HR samler hvert år et billede af, hvad ledere arbejder med, ud fra anonyme opsamlinger. Herunder står præcis, hvad opsamlingsfilen indeholder: ingen navne, ingen tekster, ingen datoer ud over måneden, intet der fører tilbage til en person. Den gemmes først, når du vælger Gem, og du sender den selv til HR.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/contribute_dialog.py" line="177"/>
        <source>Plans to contribute (their names are not written)</source>
        <translation>Planer, der bidrager (deres navne skrives ikke)</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/contribute_dialog.py" line="178"/>
        <source>Tick &amp;all</source>
        <translation>Markér &amp;alle</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/contribute_dialog.py" line="179"/>
        <source>Tick &amp;none</source>
        <translation>Markér &amp;ingen</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/contribute_dialog.py" line="180"/>
        <source>What the file holds</source>
        <translation>Hvad filen indeholder</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/contribute_dialog.py" line="181"/>
        <source>The file as it is written</source>
        <translation>Filen, som den skrives</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/contribute_dialog.py" line="182"/>
        <source>&amp;Save…</source>
        <translation>&amp;Gem…</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <location filename="../ledarplan/gui/widgets/date_edit.py" line="211"/>
        <source>“%1” is not a date. Type it as %2, or pick it in the calendar (Alt+Down).</source>
        <translation>“%1” er ikke en dato. Skriv den som %2, eller vælg den i kalenderen (Alt+Pil ned).</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/widgets/date_edit.py" line="217"/>
        <source>A date is needed here: type one, or pick it (Alt+Down).</source>
        <translation>Her skal stå en dato: skriv den, eller vælg den (Alt+Pil ned).</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/widgets/date_edit.py" line="326"/>
        <source>Open the calendar</source>
        <translation>Åbn kalenderen</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/widgets/date_edit.py" line="327"/>
        <source>Pick the date in a calendar (Alt+Down)</source>
        <translation>Vælg datoen i en kalender (Alt+Pil ned)</translation>
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
        <translation>Skriv en dato eller vælg den i kalenderen (Alt+Pil ned)</translation>
    </message>
</context>
<context>
    <name>DeskFlows</name>
    <message>
        <location filename="../ledarplan/gui/desk_flows.py" line="77"/>
        <source>Send the plan to your manager</source>
        <extracomment>One sentence for the user (empty when nothing needs saying). The user cancelled (a passphrase or the preview): nothing was written, nothing to say. Stored as a new plan (an import says nothing more unless the person differs). The passphrase that opened the last file of this batch, tried first on the next. Replaced by tests to drive the preview without exec(). Replaced by tests to answer the properties dialog without exec().</extracomment>
        <translation>Send planen til din chef</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/desk_flows.py" line="79"/>
        <source>The plan was saved to %1 for your manager. Send them the file, e.g. by e-mail; they update their copy of the plan from it. Your private notes were left out.</source>
        <translation>Planen blev gemt i %1 til din chef. Send filen til chefen, f.eks. med e-mail; chefen opdaterer sit eksemplar af planen fra den. Dine private noter blev udeladt.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/desk_flows.py" line="83"/>
        <source>Send the plan to the leader</source>
        <translation>Send planen til lederen</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/desk_flows.py" line="85"/>
        <source>The plan was saved to %1 for the leader. Send them the file, e.g. by e-mail; they update their copy of the plan from it. Your private notes were left out.</source>
        <translation>Planen blev gemt i %1 til lederen. Send filen til lederen, f.eks. med e-mail; lederen opdaterer sit eksemplar af planen fra den. Dine private noter blev udeladt.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/desk_flows.py" line="95"/>
        <source>Ready to send</source>
        <translation>Klar til at sende</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/desk_flows.py" line="107"/>
        <source>Hand the plan over to a new manager</source>
        <translation>Overdrag planen til en ny chef</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/desk_flows.py" line="108"/>
        <source>Ready to hand over</source>
        <translation>Klar til overdragelse</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/desk_flows.py" line="110"/>
        <source>The plan, with its history, was saved to %1 for the new manager, without your private notes. They open it as their copy; the leader then sends their files to the new manager.</source>
        <translation>Planen med dens historik blev gemt i %1 til den nye chef, uden dine private noter. Den nye chef åbner den som sit eksemplar; derefter sender lederen sine filer til den nye chef.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/desk_flows.py" line="123"/>
        <source>Import a plan</source>
        <translation>Importér en plan</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/desk_flows.py" line="131"/>
        <source>The plan could not be imported</source>
        <translation>Planen kunne ikke importeres</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/desk_flows.py" line="134"/>
        <source>Plan updated</source>
        <translation>Planen er opdateret</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/desk_flows.py" line="141"/>
        <source>Update plans from files</source>
        <translation>Opdatér planer fra filer</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/desk_flows.py" line="151"/>
        <source>Update from a file</source>
        <translation>Opdatér fra en fil</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/desk_flows.py" line="155"/>
        <location filename="../ledarplan/gui/desk_flows.py" line="157"/>
        <source>Update from files</source>
        <translation>Opdatér fra filer</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/desk_flows.py" line="205"/>
        <source>%1: the plan of %2 was imported as a new plan.</source>
        <translation>%1: planen for %2 blev importeret som en ny plan.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/desk_flows.py" line="214"/>
        <source>%1: “%2” here, “%3” in the file</source>
        <translation>%1: “%2” her, “%3” i filen</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/desk_flows.py" line="222"/>
        <source>Take the file&apos;s details?</source>
        <translation>Brug oplysningerne fra filen?</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/desk_flows.py" line="224"/>
        <source>%1 is already stored here, with other details than in the file:

%2

The details stored here were kept. Take the file&apos;s details instead?</source>
        <translation>%1 findes allerede her, med andre oplysninger end i filen:

%2

Oplysningerne her blev bevaret. Brug oplysningerne fra filen i stedet?</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/desk_flows.py" line="229"/>
        <source>Take the file&apos;s details</source>
        <translation>Brug oplysningerne fra filen</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/desk_flows.py" line="239"/>
        <source>This could not be done</source>
        <translation>Det kunne ikke lade sig gøre</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/desk_flows.py" line="267"/>
        <source>%1: the plan here changed while the file was previewed; nothing was written. Update from the file again.</source>
        <translation>%1: planen her blev ændret, mens filen blev forhåndsvist; intet blev gemt. Opdatér fra filen igen.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/desk_flows.py" line="277"/>
        <source>%1: nothing new in this file.</source>
        <translation>%1: intet nyt i denne fil.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/desk_flows.py" line="283"/>
        <source>%1: the plan of %2 was updated (%3 added, %4 changed, %5 removed).</source>
        <translation>%1: planen for %2 blev opdateret (%3 tilføjet, %4 ændret, %5 fjernet).</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/desk_flows.py" line="292"/>
        <source>Your signature of the development talk was withdrawn, as the other desk changed what you signed: read the record again and sign it anew.</source>
        <translation>Din godkendelse af lederudviklingssamtalen blev trukket tilbage, fordi den anden part ændrede det, du godkendte: læs referatet igen, og godkend det på ny.</translation>
    </message>
</context>
<context>
    <name>DeskMenu</name>
    <message>
        <location filename="../ledarplan/gui/desk_menu.py" line="90"/>
        <source>Send to the &amp;leader…</source>
        <translation>Send til &amp;lederen…</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/desk_menu.py" line="91"/>
        <source>Send to the leader, encr&amp;ypted…</source>
        <translation>Send til lederen, kryp&amp;teret…</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/desk_menu.py" line="93"/>
        <source>Send to my &amp;manager…</source>
        <translation>Send til min &amp;chef…</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/desk_menu.py" line="94"/>
        <source>Send to my manager, encr&amp;ypted…</source>
        <translation>Send til min chef, kryp&amp;teret…</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/desk_menu.py" line="95"/>
        <source>&amp;Update plan from file…</source>
        <translation>&amp;Opdatér plan fra fil…</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/desk_menu.py" line="96"/>
        <source>&amp;Hand over to a new manager…</source>
        <translation>O&amp;verdrag til en ny chef…</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/desk_menu.py" line="97"/>
        <source>Hand over to a new manager, encryp&amp;ted…</source>
        <translation>Overdrag til en ny c&amp;hef, krypteret…</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/desk_menu.py" line="98"/>
        <source>Plan pr&amp;operties…</source>
        <translation>Plan&amp;egenskaber…</translation>
    </message>
</context>
<context>
    <name>Desks</name>
    <message>
        <location filename="../ledarplan/gui/desks.py" line="47"/>
        <source>The leader&apos;s own part: read-only at your desk. Only the leader changes it; their changes arrive with the plan file they send you.</source>
        <translation>Lederens egen del: skrivebeskyttet i dit eksemplar. Kun lederen ændrer den; ændringerne kommer med den planfil, lederen sender dig.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/desks.py" line="52"/>
        <source>Your manager&apos;s own part: read-only at your desk. Only your manager changes it; their changes arrive with the plan file they send you.</source>
        <translation>Din chefs egen del: skrivebeskyttet i dit eksemplar. Kun din chef ændrer den; ændringerne kommer med den planfil, chefen sender dig.</translation>
    </message>
</context>
<context>
    <name>DueDateDelegate</name>
    <message>
        <location filename="../ledarplan/gui/widgets/due_date_delegate.py" line="48"/>
        <source>Due date</source>
        <extracomment>The plan&apos;s period: an empty due date&apos;s calendar opens inside it.</extracomment>
        <translation>Frist</translation>
    </message>
</context>
<context>
    <name>EditSession</name>
    <message>
        <location filename="../ledarplan/gui/edit_session.py" line="346"/>
        <source>This could not be saved</source>
        <translation>Det kunne ikke gemmes</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/edit_session.py" line="258"/>
        <source>“%1” %2. It is back to what it was; everything else is saved.</source>
        <extracomment>True while typed work waits for the organisation&apos;s database; False once it is stored. How often a save that found the database away is tried again. Whether the database answers again (asked on a worker thread; None: the save itself is tried again).</extracomment>
        <translation>“%1” %2. Feltet er sat tilbage til det, det var; alt andet er gemt.</translation>
    </message>
</context>
<context>
    <name>Feedback</name>
    <message>
        <location filename="../ledarplan/gui/views/feedback/names.py" line="12"/>
        <source>Staff</source>
        <translation>Medarbejdere</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/feedback/names.py" line="13"/>
        <source>Peers</source>
        <translation>Kolleger</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/feedback/names.py" line="14"/>
        <source>Own manager</source>
        <translation>Egen chef</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/feedback/names.py" line="15"/>
        <source>Others</source>
        <translation>Andre</translation>
    </message>
</context>
<context>
    <name>FeedbackDialog</name>
    <message>
        <location filename="../ledarplan/gui/views/feedback/rounds_dialog.py" line="98"/>
        <source>Feedback from others</source>
        <extracomment>The plan&apos;s feedback rounds changed (made, answered, deleted).</extracomment>
        <translation>Feedback fra andre</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/feedback/rounds_dialog.py" line="101"/>
        <source>Ask your staff, peers, manager and others for feedback with one fillable PDF form. They fill it in, save it and send it back: to you, or to a collector (HR, a trusted colleague) when anonymity matters, who sends you only the summary (ledarplan feedback collect). Only the summary per group is kept, never a form or one person&apos;s answers.</source>
        <translation>Bed dine medarbejdere, kolleger, din chef og andre om feedback med én udfyldelig PDF-formular. De udfylder den, gemmer den og sender den tilbage: til dig, eller til en indsamler (HR, en kollega du har tillid til), når anonymiteten er vigtig, som kun sender dig opsummeringen (ledarplan feedback collect). Kun opsummeringen pr. gruppe gemmes, aldrig en formular eller én persons svar.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/feedback/rounds_dialog.py" line="109"/>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/feedback/rounds_dialog.py" line="109"/>
        <source>Items</source>
        <translation>Punkter</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/feedback/rounds_dialog.py" line="109"/>
        <source>Groups asked</source>
        <translation>Adspurgte grupper</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/feedback/rounds_dialog.py" line="109"/>
        <source>Answers</source>
        <translation>Svar</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/feedback/rounds_dialog.py" line="111"/>
        <source>Form &amp;language</source>
        <translation>Formularens &amp;sprog</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/feedback/rounds_dialog.py" line="112"/>
        <source>&amp;New round…</source>
        <translation>&amp;Ny runde…</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/feedback/rounds_dialog.py" line="113"/>
        <source>&amp;Write the form…</source>
        <translation>S&amp;kriv formularen…</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/feedback/rounds_dialog.py" line="114"/>
        <source>&amp;Take in answers…</source>
        <translation>&amp;Tag svar ind…</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/feedback/rounds_dialog.py" line="115"/>
        <source>&amp;Delete round</source>
        <translation>&amp;Slet runde</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/feedback/rounds_dialog.py" line="124"/>
        <source>none yet</source>
        <translation>ingen endnu</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/feedback/rounds_dialog.py" line="188"/>
        <source>Save the feedback form</source>
        <translation>Gem feedbackformularen</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/feedback/rounds_dialog.py" line="189"/>
        <source>feedback form.pdf</source>
        <translation>feedbackformular.pdf</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/feedback/rounds_dialog.py" line="190"/>
        <source>PDF form (*.pdf)</source>
        <translation>PDF-formular (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/feedback/rounds_dialog.py" line="199"/>
        <source>Feedback form written</source>
        <translation>Feedbackformularen er skrevet</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/feedback/rounds_dialog.py" line="201"/>
        <source>The form is in %1. Send it to the people you ask, by e-mail or on the intranet; ask them to fill it in, save it and send it back.</source>
        <translation>Formularen ligger i %1. Send den til dem, du spørger, via e-mail eller på intranettet; bed dem udfylde den, gemme den og sende den tilbage.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/feedback/rounds_dialog.py" line="210"/>
        <source>Take in answers</source>
        <translation>Tag svar ind</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/feedback/rounds_dialog.py" line="211"/>
        <source>Filled forms and summaries (*.pdf *.json);;All files (*)</source>
        <translation>Udfyldte formularer og opsummeringer (*.pdf *.json);;Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/feedback/rounds_dialog.py" line="227"/>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/feedback/rounds_dialog.py" line="228"/>
        <source>Took %1 forms and %2 summaries. Shown now: %3.</source>
        <translation>Tog %1 formularer og %2 opsummeringer ind. Vises nu: %3.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/feedback/rounds_dialog.py" line="236"/>
        <source>Fewer than %1 answered as %2: counted with others.</source>
        <translation>Færre end %1 svarede som %2: talt med under andre.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/feedback/rounds_dialog.py" line="240"/>
        <source>Fewer than %1 answered as %2, even with others: left out.</source>
        <translation>Færre end %1 svarede som %2, også sammen med andre: udeladt.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/feedback/rounds_dialog.py" line="244"/>
        <source>%1: counted once.</source>
        <translation>%1: talt med én gang.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/feedback/rounds_dialog.py" line="246"/>
        <source>Answers taken in</source>
        <translation>Svar taget ind</translation>
    </message>
    <message numerus="yes">
        <location filename="../ledarplan/gui/views/feedback/rounds_dialog.py" line="250"/>
        <source>%n file(s) could not be taken in; nothing of them was stored.</source>
        <translation>
            <numerusform>%n fil kunne ikke tages ind; intet fra den blev gemt.</numerusform>
            <numerusform>%n filer kunne ikke tages ind; intet fra dem blev gemt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/feedback/rounds_dialog.py" line="262"/>
        <source>Delete feedback round</source>
        <translation>Slet feedbackrunde</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/feedback/rounds_dialog.py" line="263"/>
        <source>Delete this feedback round with the answers taken in? This cannot be undone.</source>
        <translation>Slet denne feedbackrunde med de svar, der er taget ind? Det kan ikke fortrydes.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/feedback/rounds_dialog.py" line="264"/>
        <source>Delete</source>
        <translation>Slet</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/feedback/rounds_dialog.py" line="280"/>
        <source>This could not be done</source>
        <translation>Det kunne ikke lade sig gøre</translation>
    </message>
</context>
<context>
    <name>FeedbackForm</name>
    <message>
        <location filename="../ledarplan/pdf/form/labels.py" line="21"/>
        <source>Feedback to {name}</source>
        <translation>Feedback til {name}</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/form/labels.py" line="22"/>
        <source>{name} asks for your view of their leadership, against the leadership model below. Rate each statement by what you have seen; choose “Cannot say” when you have not seen enough to answer.</source>
        <translation>{name} beder om dit syn på sin ledelse ud fra ledelsesgrundlaget nedenfor. Vurdér hvert udsagn ud fra det, du har set; vælg »Kan ikke vurdere«, når du ikke har set nok til at svare.</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/form/labels.py" line="28"/>
        <source>Your answers are anonymous. Only a summary of each group&apos;s answers is kept, and a group is shown only when at least {threshold} people of it have answered; smaller groups are counted with “Others” or left out. Do not write your name in the form.</source>
        <translation>Dine svar er anonyme. Kun en opsummering af hver gruppes svar gemmes, og en gruppe vises kun, når mindst {threshold} personer i den har svaret; mindre grupper tælles med under »Andre« eller udelades. Skriv ikke dit navn i formularen.</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/form/labels.py" line="34"/>
        <source>Fill in the form in a PDF reader (for example Adobe Acrobat Reader or your computer&apos;s own), save it, and send the saved file back as you were asked.</source>
        <translation>Udfyld formularen i en PDF-læser (for eksempel Adobe Acrobat Reader eller computerens egen), gem den, og send den gemte fil tilbage, som du blev bedt om.</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/form/labels.py" line="39"/>
        <source>Leadership model</source>
        <translation>Ledelsesgrundlag</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/form/labels.py" line="40"/>
        <source>Role level</source>
        <translation>Ledelsesniveau</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/form/labels.py" line="41"/>
        <source>Source</source>
        <translation>Kilde</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/form/labels.py" line="42"/>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/form/labels.py" line="43"/>
        <source>What the ratings mean</source>
        <translation>Hvad vurderingerne betyder</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/form/labels.py" line="44"/>
        <source>Cannot say</source>
        <translation>Kan ikke vurdere</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/form/labels.py" line="45"/>
        <source>Your relation to {name}</source>
        <translation>Din relation til {name}</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/form/labels.py" line="46"/>
        <source>Choose one: {groups}</source>
        <translation>Vælg én: {groups}</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/form/labels.py" line="47"/>
        <source>(choose)</source>
        <translation>(vælg)</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/form/labels.py" line="48"/>
        <source>Staff</source>
        <translation>Medarbejdere</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/form/labels.py" line="49"/>
        <source>Peers</source>
        <translation>Kolleger</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/form/labels.py" line="50"/>
        <source>Own manager</source>
        <translation>Egen chef</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/form/labels.py" line="51"/>
        <source>Others</source>
        <translation>Andre</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/form/labels.py" line="52"/>
        <source>Your rating of: {item}</source>
        <translation>Din vurdering af: {item}</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/form/labels.py" line="53"/>
        <source>Comments on “{area}” (optional)</source>
        <translation>Kommentarer til »{area}« (valgfrit)</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/form/labels.py" line="54"/>
        <source>Open questions</source>
        <translation>Åbne spørgsmål</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/form/labels.py" line="55"/>
        <source>Thank you! Save the form and send it back.</source>
        <translation>Tak! Gem formularen, og send den tilbage.</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/form/labels.py" line="56"/>
        <source>Page {page} of {pages}</source>
        <translation>Side {page} af {pages}</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/form/labels.py" line="57"/>
        <source>Feedback form {id}</source>
        <translation>Feedbackformular {id}</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/form/labels.py" line="59"/>
        <source>What should {name} keep doing?</source>
        <extracomment>The open questions a new round suggests (the leader may change or clear them).</extracomment>
        <translation>Hvad skal {name} blive ved med?</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/form/labels.py" line="60"/>
        <source>What could {name} do differently, or start doing?</source>
        <translation>Hvad kunne {name} gøre anderledes, eller begynde på?</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="41"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="42"/>
        <source>Job title</source>
        <translation>Stilling</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="43"/>
        <source>Unit</source>
        <translation>Enhed</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="44"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="45"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="46"/>
        <source>Period</source>
        <translation>Periode</translation>
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
        <translation>Vurderet af</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="50"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="51"/>
        <source>Rating</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="52"/>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="53"/>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="54"/>
        <source>How we know</source>
        <translation>Hvordan ved vi det</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="55"/>
        <source>Progress</source>
        <translation>Fremdrift</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="56"/>
        <source>Linked items</source>
        <translation>Tilknyttede punkter</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="57"/>
        <source>Check-in</source>
        <translation>Statusnotat</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="58"/>
        <source>Actions</source>
        <translation>Handlinger</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="59"/>
        <source>What</source>
        <translation>Hvad</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="60"/>
        <source>How</source>
        <translation>Hvordan</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="61"/>
        <source>Why</source>
        <translation>Hvorfor</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="62"/>
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="63"/>
        <source>When</source>
        <translation>Hvornår</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="64"/>
        <source>How we follow up</source>
        <translation>Hvordan vi følger op</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="65"/>
        <source>Building block</source>
        <translation>Byggeklods</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="66"/>
        <location filename="../ledarplan/gui/error_text.py" line="67"/>
        <source>Agreement</source>
        <translation>Aftale</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="68"/>
        <source>Owner</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="69"/>
        <source>With whom</source>
        <translation>Med hvem</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="70"/>
        <source>Topic</source>
        <translation>Emne</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="71"/>
        <source>Notes</source>
        <translation>Noter</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="72"/>
        <source>Experience</source>
        <translation>Oplevelse</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="73"/>
        <source>Reflection</source>
        <translation>Refleksion</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="74"/>
        <source>Conclusion</source>
        <translation>Konklusion</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="75"/>
        <source>Experiment</source>
        <translation>Eksperiment</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="76"/>
        <source>Linked goals</source>
        <translation>Tilknyttede mål</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="77"/>
        <source>Next session</source>
        <translation>Næste gang</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="78"/>
        <source>Participants</source>
        <translation>Deltagere</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="79"/>
        <source>The leader&apos;s preparation</source>
        <translation>Lederens forberedelse</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="80"/>
        <source>The manager&apos;s preparation</source>
        <translation>Chefens forberedelse</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="81"/>
        <source>Question</source>
        <translation>Spørgsmål</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="82"/>
        <source>Answer</source>
        <translation>Svar</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="83"/>
        <source>Summary</source>
        <translation>Opsummering</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="84"/>
        <source>The leader&apos;s signature</source>
        <translation>Lederens underskrift</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="85"/>
        <source>The manager&apos;s signature</source>
        <translation>Chefens underskrift</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="86"/>
        <source>Whose desk</source>
        <translation>Hvis eksemplar</translation>
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
        <translation>Vurderingsrunde</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="90"/>
        <source>Coaching session</source>
        <translation>Coachingsamtale</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="91"/>
        <source>Follow-up date</source>
        <translation>Dato for opfølgning</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="92"/>
        <source>Leadership model</source>
        <translation>Ledelsesgrundlag</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="93"/>
        <source>Role level</source>
        <translation>Ledelsesniveau</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="94"/>
        <source>Carried over</source>
        <translation>Overført</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="95"/>
        <source>Development talk</source>
        <translation>Lederudviklingssamtale</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="96"/>
        <source>Feedback round</source>
        <translation>Feedbackrunde</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="97"/>
        <source>Anonymity threshold</source>
        <translation>Anonymitetsgrænse</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="98"/>
        <source>Groups asked</source>
        <translation>Adspurgte grupper</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="99"/>
        <source>Open questions</source>
        <translation>Åbne spørgsmål</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="100"/>
        <source>Answers taken in</source>
        <translation>Svar taget ind</translation>
    </message>
</context>
<context>
    <name>GoalEditor</name>
    <message>
        <location filename="../ledarplan/gui/views/goals/goal_editor.py" line="266"/>
        <source>How we &amp;know</source>
        <translation>Hvordan ved v&amp;i det</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/goal_editor.py" line="255"/>
        <source>What do you want to achieve?</source>
        <translation>Hvad vil du opnå?</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/goal_editor.py" line="271"/>
        <source>Why this goal matters, and what it is about</source>
        <translation>Hvorfor målet er vigtigt, og hvad det handler om</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/goal_editor.py" line="257"/>
        <source>How will you and others notice that the goal is reached?</source>
        <translation>Hvordan vil du og andre mærke, at målet er nået?</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/goal_editor.py" line="244"/>
        <source>What does the leader want to achieve?</source>
        <translation>Hvad vil lederen opnå?</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/goal_editor.py" line="246"/>
        <source>How will the leader and others notice that the goal is reached?</source>
        <translation>Hvordan mærker lederen og andre, at målet er nået?</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/goal_editor.py" line="250"/>
        <source>The success criterion: what the leader and others will see or hear when the goal is reached</source>
        <translation>Succeskriteriet: hvad lederen og andre vil se eller høre, når målet er nået</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/goal_editor.py" line="260"/>
        <source>The success criterion: what you will see or hear when the goal is reached</source>
        <translation>Succeskriteriet: det, du vil se eller høre, når målet er nået</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/goal_editor.py" line="274"/>
        <source>Goal title</source>
        <translation>Målets titel</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/goal_editor.py" line="275"/>
        <source>Goal description</source>
        <translation>Beskrivelse af målet</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/goal_editor.py" line="276"/>
        <source>How we know the goal is reached</source>
        <translation>Hvordan vi ved, at målet er nået</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/goal_editor.py" line="267"/>
        <location filename="../ledarplan/gui/views/goals/goal_editor.py" line="277"/>
        <source>Target date</source>
        <translation>M&amp;åldato</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/goal_editor.py" line="264"/>
        <source>Tit&amp;le</source>
        <translation>Tite&amp;l</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/goal_editor.py" line="265"/>
        <source>Desc&amp;ription</source>
        <translation>&amp;Beskrivelse</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/goal_editor.py" line="268"/>
        <source>Stat&amp;us</source>
        <translation>Stat&amp;us</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/goal_editor.py" line="269"/>
        <source>Pro&amp;gress</source>
        <translation>Fre&amp;mdrift</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/goal_editor.py" line="278"/>
        <source>Goal status</source>
        <translation>Målets status</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/goal_editor.py" line="279"/>
        <source>Progress in percent</source>
        <translation>Fremdrift i procent</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/goal_editor.py" line="283"/>
        <source>Model items this goal serves</source>
        <translation>Punkter i ledelsesgrundlaget, som målet understøtter</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/goal_editor.py" line="285"/>
        <source>Tick the items of the leadership model that this goal develops</source>
        <translation>Markér de punkter i ledelsesgrundlaget, som målet udvikler</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/goal_editor.py" line="287"/>
        <source>Check-ins</source>
        <translation>Statusnotater</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/goal_editor.py" line="288"/>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/goal_editor.py" line="288"/>
        <source>Progress</source>
        <translation>Fremdrift</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/goal_editor.py" line="288"/>
        <source>Note</source>
        <translation>Notat</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/goal_editor.py" line="289"/>
        <source>Da&amp;te</source>
        <translation>Da&amp;to</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/goal_editor.py" line="290"/>
        <source>Check-in date</source>
        <translation>Dato for statusnotatet</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/goal_editor.py" line="291"/>
        <source>Set progress to</source>
        <translation>S&amp;æt fremdrift til</translation>
    </message>
    <message numerus="yes">
        <location filename="../ledarplan/gui/views/goals/goal_editor.py" line="303"/>
        <source>Linked ite&amp;ms (%n)</source>
        <translation>
            <numerusform>Tilkn&amp;yttede (%n)</numerusform>
            <numerusform>Tilkn&amp;yttede (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/goal_editor.py" line="292"/>
        <source>New progress in percent</source>
        <translation>Ny fremdrift i procent</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/goal_editor.py" line="293"/>
        <source>How is it going? What has happened?</source>
        <translation>Hvordan går det? Hvad er der sket?</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/goal_editor.py" line="294"/>
        <source>Check-in note</source>
        <translation>Tekst i statusnotatet</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/goal_editor.py" line="295"/>
        <source>Add check-in</source>
        <translation>Tilføj statusnotat</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/goal_editor.py" line="297"/>
        <source>Adds a dated note; a new progress becomes the goal&apos;s progress</source>
        <translation>Tilføjer et dateret notat; en ny fremdrift bliver målets fremdrift</translation>
    </message>
    <message numerus="yes">
        <location filename="../ledarplan/gui/views/goals/goal_editor.py" line="304"/>
        <source>&amp;Check-ins (%n)</source>
        <translation>
            <numerusform>Statusnotat&amp;er (%n)</numerusform>
            <numerusform>Statusnotat&amp;er (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/goal_editor.py" line="311"/>
        <source>Expected at %1: %2</source>
        <translation>Forventninger til %1: %2</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/goal_editor.py" line="316"/>
        <source>Choose an item to read what is expected at %1.</source>
        <translation>Vælg et punkt for at læse forventningerne til %1.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/goal_editor.py" line="320"/>
        <source>Tick the items of the model that this goal develops.</source>
        <translation>Markér de punkter i ledelsesgrundlaget, som målet udvikler.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/goal_editor.py" line="73"/>
        <source>Linked items</source>
        <extracomment>The user asks to add a check-in: (date, note, new progress or None).</extracomment>
        <translation>Tilknyttede punkter</translation>
    </message>
</context>
<context>
    <name>GoalNames</name>
    <message>
        <location filename="../ledarplan/gui/views/goals/names.py" line="14"/>
        <source>Not started</source>
        <translation>Ikke startet</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/names.py" line="15"/>
        <location filename="../ledarplan/gui/views/goals/names.py" line="32"/>
        <source>In progress</source>
        <translation>I gang</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/names.py" line="16"/>
        <source>Reached</source>
        <translation>Nået</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/names.py" line="17"/>
        <source>Dropped</source>
        <translation>Opgivet</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/names.py" line="23"/>
        <source>On the job</source>
        <translation>I jobbet</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/names.py" line="24"/>
        <source>With others</source>
        <translation>Med andre</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/names.py" line="25"/>
        <source>Course</source>
        <translation>Kursus</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/names.py" line="31"/>
        <source>Planned</source>
        <translation>Planlagt</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/names.py" line="33"/>
        <source>Done</source>
        <translation>Udført</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/names.py" line="39"/>
        <source>70-20-10: most of what leaders learn (about 70 %) comes from tasks on the job, about 20 % with and from others (feedback, mentoring, networks) and about 10 % from courses and reading. A good plan has some of each.</source>
        <translation>70-20-10: Det meste af det, ledere lærer (ca. 70 %), kommer fra opgaver i jobbet, ca. 20 % sammen med og fra andre (feedback, mentorordninger, netværk) og ca. 10 % fra kurser og læsning. En god plan har lidt af det hele.</translation>
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
        <translation>Nyt mål</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals_view.py" line="174"/>
        <source>Adds a goal to the plan (Insert)</source>
        <translation>Tilføjer et mål til planen (Insert)</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals_view.py" line="175"/>
        <location filename="../ledarplan/gui/views/goals_view.py" line="254"/>
        <location filename="../ledarplan/gui/views/goals_view.py" line="258"/>
        <source>Delete goal</source>
        <translation>Slet mål</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals_view.py" line="176"/>
        <source>Deletes the selected goal (Delete)</source>
        <translation>Sletter det valgte mål (Delete)</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals_view.py" line="179"/>
        <source>No goals yet.

Start one here, or set a goal from an item of the leadership model on the assessment page.</source>
        <translation>Ingen mål endnu.

Opret et her, eller sæt et mål ud fra et punkt i ledelsesgrundlaget på siden Vurdering.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals_view.py" line="183"/>
        <source>Target %1</source>
        <translation>Måldato %1</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals_view.py" line="256"/>
        <source>Delete the goal “%1” with its actions and check-ins? This cannot be undone.</source>
        <translation>Slet målet “%1” med dets handlinger og statusnotater? Det kan ikke fortrydes.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals_view.py" line="366"/>
        <location filename="../ledarplan/gui/views/goals_view.py" line="368"/>
        <source>Delete action</source>
        <translation>Slet handling</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals_view.py" line="367"/>
        <source>Delete the action “%1”? This cannot be undone.</source>
        <translation>Slet handlingen “%1”? Det kan ikke fortrydes.</translation>
    </message>
</context>
<context>
    <name>HrFlows</name>
    <message>
        <location filename="../ledarplan/gui/hr_flows.py" line="58"/>
        <source>This could not be done</source>
        <extracomment>Replaced by tests to answer the dialog without exec(): the document to save, or None. Replaced by tests to look at the view without exec().</extracomment>
        <translation>Det kunne ikke lade sig gøre</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/hr_flows.py" line="67"/>
        <source>Save the summary for HR</source>
        <translation>Gem opsamlingen til HR</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/hr_flows.py" line="69"/>
        <source>ledarplan summaries (*%1);;All files (*)</source>
        <translation>ledarplan-opsamlinger (*%1);;Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/hr_flows.py" line="79"/>
        <source>The summary could not be saved</source>
        <translation>Opsamlingen kunne ikke gemmes</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/hr_flows.py" line="84"/>
        <source>Summary saved</source>
        <translation>Opsamlingen er gemt</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/hr_flows.py" line="86"/>
        <source>The summary was saved to %1. Send it to HR as your organisation asks (e.g. to a shared folder, so that it does not say who sent it).</source>
        <translation>Opsamlingen blev gemt i %1. Send den til HR, som din organisation beder om (fx til en fælles mappe, så det ikke fremgår, hvem der sendte den).</translation>
    </message>
</context>
<context>
    <name>HrLabels</name>
    <message>
        <location filename="../ledarplan/summary/labels.py" line="36"/>
        <source>The file holds the plans below and nothing else: no names, no texts, no ids of plans or people, and no date but the month it was written ({month}).</source>
        <translation>Filen indeholder planerne herunder og intet andet: ingen navne, ingen tekster, ingen id&apos;er for planer eller personer og ingen dato ud over måneden, hvor den blev skrevet ({month}).</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/labels.py" line="41"/>
        <source>Plan {number} of {count}</source>
        <translation>Plan {number} af {count}</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/labels.py" line="42"/>
        <source>One-way key (counts the plan once; leads to no one)</source>
        <translation>Envejsnøgle (tæller planen én gang; fører ikke til nogen)</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/labels.py" line="43"/>
        <source>Leadership model</source>
        <translation>Ledelsesgrundlag</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/labels.py" line="44"/>
        <source>version {version}</source>
        <translation>version {version}</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/labels.py" line="45"/>
        <source>Role level</source>
        <translation>Ledelsesniveau</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/labels.py" line="46"/>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/labels.py" line="47"/>
        <source>not given</source>
        <translation>ikke angivet</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/labels.py" line="48"/>
        <source>Latest self-assessment</source>
        <translation>Seneste selvevaluering</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/labels.py" line="49"/>
        <source>Latest manager&apos;s assessment</source>
        <translation>Seneste vurdering fra chefen</translation>
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
        <translation>knyttet til</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/labels.py" line="54"/>
        <source>no item of the model</source>
        <translation>intet punkt i modellen</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/labels.py" line="55"/>
        <source>{value} % done</source>
        <translation>{value} % udført</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/labels.py" line="56"/>
        <source>actions</source>
        <translation>handlinger</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/labels.py" line="57"/>
        <source>Goals: none</source>
        <translation>Mål: ingen</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/labels.py" line="58"/>
        <source>Coaching sessions</source>
        <translation>Coachingsessioner</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/labels.py" line="59"/>
        <source>Agreements: {open} open, {done} done</source>
        <translation>Aftaler: {open} åbne, {done} udført</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/labels.py" line="60"/>
        <source>Development talk</source>
        <translation>Lederudviklingssamtale</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/labels.py" line="61"/>
        <source>held</source>
        <translation>holdt</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/labels.py" line="62"/>
        <source>signed by both</source>
        <translation>godkendt af begge</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/labels.py" line="63"/>
        <source>followed up</source>
        <translation>fulgt op</translation>
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
        <translation>ikke startet</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/labels.py" line="68"/>
        <location filename="../ledarplan/summary/labels.py" line="72"/>
        <source>in progress</source>
        <translation>i gang</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/labels.py" line="69"/>
        <source>reached</source>
        <translation>nået</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/labels.py" line="70"/>
        <source>dropped</source>
        <translation>opgivet</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/labels.py" line="71"/>
        <source>planned</source>
        <translation>planlagt</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/labels.py" line="73"/>
        <source>done</source>
        <translation>udført</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/labels.py" line="74"/>
        <source>On the job</source>
        <translation>I jobbet</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/labels.py" line="75"/>
        <source>With others</source>
        <translation>Med andre</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/labels.py" line="76"/>
        <source>Courses</source>
        <translation>Kurser</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/labels.py" line="78"/>
        <source>Leader development across the organisation</source>
        <translation>Lederudvikling i hele organisationen</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/labels.py" line="79"/>
        <source>What leaders work on, from anonymous summaries of their plans</source>
        <translation>Hvad ledere arbejder med, ud fra anonyme opsamlinger af deres planer</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/labels.py" line="82"/>
        <source>Years</source>
        <translation>År</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/labels.py" line="83"/>
        <source>Plans counted</source>
        <translation>Planer talt med</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/labels.py" line="84"/>
        <source>Summary files read</source>
        <translation>Læste opsamlingsfiler</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/labels.py" line="85"/>
        <source>Smallest group shown</source>
        <translation>Mindste gruppe, der vises</translation>
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
            <numerusform>Ingen gruppe i denne rapport har færre end %n plan: en mindre gruppe tælles med i en bredere (alle niveauer, derefter alle år) eller udelades, som det sidste afsnit redegør for. En vurdering, som færre planer har givet, vises heller ikke (en streg). Opsamlingerne indeholder ingen navne, ingen tekster og ingen datoer, der er mere præcise end måneden.</numerusform>
            <numerusform>Ingen gruppe i denne rapport har færre end %n planer: en mindre gruppe tælles med i en bredere (alle niveauer, derefter alle år) eller udelades, som det sidste afsnit redegør for. En vurdering, som færre planer har givet, vises heller ikke (en streg). Opsamlingerne indeholder ingen navne, ingen tekster og ingen datoer, der er mere præcise end måneden.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/labels.py" line="151"/>
        <source>{share} of the plans</source>
        <translation>{share} af planerne</translation>
    </message>
    <message numerus="yes">
        <location filename="../ledarplan/summary/labels.py" line="154"/>
        <source>%n goal(s): {done} reached, {progress} done on average</source>
        <translation>
            <numerusform>%n mål: {done} nået, i gennemsnit {progress} udført</numerusform>
            <numerusform>%n mål: {done} nået, i gennemsnit {progress} udført</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ledarplan/summary/labels.py" line="160"/>
        <source>%n action(s). The dashed lines mark the 70-20-10 model&apos;s own split: 70 % on the job, 20 % with others, 10 % in courses.</source>
        <translation>
            <numerusform>%n handling. De stiplede linjer markerer 70-20-10-modellens egen fordeling: 70 % i jobbet, 20 % med andre, 10 % på kurser.</numerusform>
            <numerusform>%n handlinger. De stiplede linjer markerer 70-20-10-modellens egen fordeling: 70 % i jobbet, 20 % med andre, 10 % på kurser.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ledarplan/summary/labels.py" line="178"/>
        <source>%n coaching session(s) ({per_plan} per plan); agreements: {open} open, {done} done.</source>
        <translation>
            <numerusform>%n coachingsession ({per_plan} pr. plan); aftaler: {open} åbne, {done} udført.</numerusform>
            <numerusform>%n coachingsessioner ({per_plan} pr. plan); aftaler: {open} åbne, {done} udført.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ledarplan/summary/labels.py" line="195"/>
        <source>Nothing was left out: every group had at least %n plan(s).</source>
        <translation>
            <numerusform>Intet blev udeladt: hver gruppe havde mindst %n plan.</numerusform>
            <numerusform>Intet blev udeladt: hver gruppe havde mindst %n planer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ledarplan/summary/labels.py" line="202"/>
        <source>{model}, {group}: fewer than %n plan(s); counted in {into}.</source>
        <translation>
            <numerusform>{model}, {group}: færre end %n plan; talt med i {into}.</numerusform>
            <numerusform>{model}, {group}: færre end %n planer; talt med i {into}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ledarplan/summary/labels.py" line="209"/>
        <source>{model}, {group}: not shown on its own, as a group of fewer than %n plan(s) could otherwise be worked out from the figures; counted in {into}.</source>
        <translation>
            <numerusform>{model}, {group}: vises ikke for sig, da en gruppe med færre end %n plan ellers ville kunne regnes ud af tallene; talt med i {into}.</numerusform>
            <numerusform>{model}, {group}: vises ikke for sig, da en gruppe med færre end %n planer ellers ville kunne regnes ud af tallene; talt med i {into}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ledarplan/summary/labels.py" line="223"/>
        <source>The organisation&apos;s database gives no group of fewer than %n plan(s): a level shared by fewer plans of a year is given as all levels, a year shared by fewer plans of a model as all years, and a model with fewer plans in all is left out.</source>
        <translation>
            <numerusform>Organisationens database giver ingen gruppe med færre end %n plan: et niveau, som færre planer et år deler, gives som alle niveauer, et år, som færre planer i en model deler, som alle år, og en model med færre planer i alt udelades.</numerusform>
            <numerusform>Organisationens database giver ingen gruppe med færre end %n planer: et niveau, som færre planer et år deler, gives som alle niveauer, et år, som færre planer i en model deler, som alle år, og en model med færre planer i alt udelades.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ledarplan/summary/labels.py" line="239"/>
        <source>{model}: %n plan(s) of years with too few plans, given by the organisation&apos;s database as all years; counted in {into}.</source>
        <translation>
            <numerusform>{model}: %n plan fra år med for få planer, som organisationens database giver som alle år; talt med i {into}.</numerusform>
            <numerusform>{model}: %n planer fra år med for få planer, som organisationens database giver som alle år; talt med i {into}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ledarplan/summary/labels.py" line="252"/>
        <source>{model}: fewer than %n plan(s) in all; left out of the report.</source>
        <translation>
            <numerusform>{model}: færre end %n plan i alt; udeladt af rapporten.</numerusform>
            <numerusform>{model}: færre end %n planer i alt; udeladt af rapporten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ledarplan/summary/labels.py" line="259"/>
        <source>%n summary(ies) of plans already counted (the leader&apos;s and the manager&apos;s copy, or one sent twice): each plan was counted once.</source>
        <translation>
            <numerusform>%n opsamling af en plan, der allerede var talt med (lederens og chefens eksemplar, eller én sendt to gange): hver plan blev talt med én gang.</numerusform>
            <numerusform>%n opsamlinger af planer, der allerede var talt med (lederens og chefens eksemplar, eller én sendt to gange): hver plan blev talt med én gang.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ledarplan/summary/labels.py" line="272"/>
        <source>%n file(s) not read ({why}); the files were named where the report was made.</source>
        <translation>
            <numerusform>%n fil blev ikke læst ({why}); filen blev nævnt ved navn, hvor rapporten blev lavet.</numerusform>
            <numerusform>%n filer blev ikke læst ({why}); filerne blev nævnt ved navn, hvor rapporten blev lavet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ledarplan/summary/labels.py" line="282"/>
        <source>%n plan(s) of a model, level or item not installed where the report was made left out.</source>
        <translation>
            <numerusform>%n plan med en model, et niveau eller et punkt, der ikke er installeret, hvor rapporten blev lavet, blev udeladt.</numerusform>
            <numerusform>%n planer med en model, et niveau eller et punkt, der ikke er installeret, hvor rapporten blev lavet, blev udeladt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/labels.py" line="293"/>
        <source>not a ledarplan summary</source>
        <translation>ikke en opsamling fra ledarplan</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/labels.py" line="294"/>
        <source>written by a newer version of ledarplan: update ledarplan to read it</source>
        <translation>skrevet af en nyere version af ledarplan: opdatér ledarplan for at læse den</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/labels.py" line="297"/>
        <source>refused: it holds names or free text added by hand, and the picture must stay anonymous</source>
        <translation>afvist: den indeholder navne eller fritekst, der er tilføjet i hånden, og billedet skal forblive anonymt</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/labels.py" line="301"/>
        <source>damaged</source>
        <translation>beskadiget</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/labels.py" line="302"/>
        <source>some plans left out: a model, level or item not installed here</source>
        <translation>nogle planer udeladt: en model, et niveau eller et punkt, der ikke er installeret her</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/labels.py" line="305"/>
        <source>cannot be read</source>
        <translation>kan ikke læses</translation>
    </message>
    <message numerus="yes">
        <location filename="../ledarplan/summary/labels.py" line="310"/>
        <source>Made with ledarplan from anonymous summaries. No group shown has fewer than %n plan(s).</source>
        <translation>
            <numerusform>Lavet med ledarplan ud fra anonyme opsamlinger. Ingen gruppe, der vises, har færre end %n plan.</numerusform>
            <numerusform>Lavet med ledarplan ud fra anonyme opsamlinger. Ingen gruppe, der vises, har færre end %n planer.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/labels.py" line="87"/>
        <source>Made</source>
        <translation>Lavet</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/labels.py" line="107"/>
        <source>All levels</source>
        <translation>Alle niveauer</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/labels.py" line="108"/>
        <source>All years</source>
        <translation>Alle år</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/labels.py" line="109"/>
        <source>Year not given</source>
        <translation>År ikke angivet</translation>
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
        <translation>Modelversion(er): {versions}</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/labels.py" line="113"/>
        <source>Self</source>
        <translation>Selv</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/labels.py" line="114"/>
        <source>Manager</source>
        <translation>Chef</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/labels.py" line="115"/>
        <source>Self-assessments (average)</source>
        <translation>Selvevalueringer (gennemsnit)</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/labels.py" line="116"/>
        <source>Managers&apos; assessments (average)</source>
        <translation>Chefernes vurderinger (gennemsnit)</translation>
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
        <translation>Gns.</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/labels.py" line="120"/>
        <source>Gap</source>
        <translation>Forskel</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/labels.py" line="121"/>
        <source>Gap: the manager&apos;s rating minus the leader&apos;s own, on average, where both rated the same item of the same plan. Below zero, leaders rate themselves higher.</source>
        <translation>Forskel: chefens vurdering minus lederens egen, i gennemsnit, hvor begge har vurderet samme punkt i samme plan. Under nul vurderer lederne sig selv højere.</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/labels.py" line="126"/>
        <source>Self and manager ratings per area</source>
        <translation>Selvevaluering og chefens vurdering pr. område</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/labels.py" line="127"/>
        <source>How the items were rated</source>
        <translation>Hvordan punkterne blev vurderet</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/labels.py" line="128"/>
        <source>Each bar shows how many ratings gave each point of the scale, from {low} (lightest) to {high} (darkest); the number is the average.</source>
        <translation>Hver søjle viser, hvor mange vurderinger der gav hvert trin på skalaen, fra {low} (lysest) til {high} (mørkest); tallet er gennemsnittet.</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/labels.py" line="133"/>
        <source>Plans with a self-assessment: {own}; with a manager&apos;s assessment: {theirs}.</source>
        <translation>Planer med selvevaluering: {own}; med chefens vurdering: {theirs}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ledarplan/summary/labels.py" line="138"/>
        <source>A dash: fewer than %n plan(s) gave these ratings (or they would give such a group away beside the figures of its levels or years), so they are not shown.</source>
        <translation>
            <numerusform>En streg: færre end %n plan gav disse vurderinger (eller de ville afsløre sådan en gruppe ved siden af tallene for dens niveauer eller år), så de vises ikke.</numerusform>
            <numerusform>En streg: færre end %n planer gav disse vurderinger (eller de ville afsløre sådan en gruppe ved siden af tallene for dens niveauer eller år), så de vises ikke.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/labels.py" line="150"/>
        <source>The items most often chosen for goals</source>
        <translation>De punkter, der oftest er valgt til mål</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/labels.py" line="152"/>
        <source>No goal is linked to an item of the model.</source>
        <translation>Intet mål er knyttet til et punkt i modellen.</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/labels.py" line="158"/>
        <source>How leaders learn (70-20-10)</source>
        <translation>Hvordan ledere lærer (70-20-10)</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/labels.py" line="172"/>
        <source>No actions yet.</source>
        <translation>Ingen handlinger endnu.</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/labels.py" line="173"/>
        <source>Development talks and follow-up</source>
        <translation>Lederudviklingssamtaler og opfølgning</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/labels.py" line="174"/>
        <source>Talk held</source>
        <translation>Samtale holdt</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/labels.py" line="175"/>
        <source>Signed by both</source>
        <translation>Godkendt af begge</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/labels.py" line="176"/>
        <source>Followed up</source>
        <translation>Fulgt op</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/labels.py" line="187"/>
        <source>Year over year</source>
        <translation>År for år</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/labels.py" line="188"/>
        <source>Averages of every rated item; shares of the plans of each year.</source>
        <translation>Gennemsnit af alle vurderede punkter; andele af hvert års planer.</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/labels.py" line="191"/>
        <source>{value} %</source>
        <translation>{value} %</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/labels.py" line="192"/>
        <source>In detail: {years}</source>
        <translation>I detaljer: {years}</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/labels.py" line="193"/>
        <source>What was left out, and why</source>
        <translation>Hvad der blev udeladt, og hvorfor</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/labels.py" line="221"/>
        <source>all levels of the same year</source>
        <translation>alle niveauer samme år</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/labels.py" line="306"/>
        <source>No model has enough plans to be shown.</source>
        <translation>Ingen model har planer nok til at blive vist.</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/labels.py" line="307"/>
        <source>Page {page} of {pages}</source>
        <translation>Side {page} af {pages}</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/labels.py" line="308"/>
        <source>Contents</source>
        <translation>Indhold</translation>
    </message>
</context>
<context>
    <name>LeftOutPage</name>
    <message>
        <location filename="../ledarplan/gui/views/hr_view.py" line="289"/>
        <source>Files not read</source>
        <extracomment>The logo&apos;s height beside the organisation&apos;s name (pixels at 100 %). What a tree entry stands for: (kind, model index, cell index).</extracomment>
        <translation>Filer, der ikke blev læst</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ledarplan/gui/main_window.py" line="244"/>
        <location filename="../ledarplan/gui/main_window.py" line="339"/>
        <source>Opening your plans…</source>
        <extracomment>Commands chosen before the data was there, run once it is (see `attach`). The dialogs the menus open that are neither a plan&apos;s nor a desk&apos;s. The menus and their commands (the handlers are this window&apos;s).</extracomment>
        <translation>Åbner dine planer…</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/main_window.py" line="423"/>
        <source>ledarplan</source>
        <translation>ledarplan</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/main_window.py" line="293"/>
        <source>The database is back: everything you typed is saved.</source>
        <translation>Databasen er tilbage: alt, hvad du har skrevet, er gemt.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/main_window.py" line="342"/>
        <source>Waiting for the organisation&apos;s database: it cannot be reached just now. What you type stays here and is saved as soon as the database is back; it is tried again every few seconds.</source>
        <translation>Venter på organisationens database: den kan ikke nås lige nu. Det, du skriver, bliver her og gemmes, så snart databasen er tilbage; der prøves igen med få sekunders mellemrum.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/window_dialogs.py" line="59"/>
        <source>Backups</source>
        <translation>Sikkerhedskopier</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/window_dialogs.py" line="60"/>
        <source>Your plans are kept in your organisation&apos;s database, which IT backs up with PostgreSQL&apos;s own tools (pg_dump, continuous archiving). ledarplan makes no copies of it and restores none: ask IT if you need an earlier state of a plan.</source>
        <translation>Dine planer ligger i organisationens database, som IT sikkerhedskopierer med PostgreSQL&apos;s egne værktøjer (pg_dump, løbende arkivering). ledarplan laver ingen kopier af den og gendanner ingen: spørg IT, hvis du har brug for en tidligere udgave af en plan.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/main_window.py" line="582"/>
        <source>Could not save the settings: %1</source>
        <translation>Indstillingerne kunne ikke gemmes: %1</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/window_dialogs.py" line="97"/>
        <source>About ledarplan</source>
        <translation>Om ledarplan</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/main_window.py" line="591"/>
        <source>Close without saving?</source>
        <translation>Luk uden at gemme?</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/main_window.py" line="593"/>
        <source>Some of what you typed could not be saved:

%1

If you close now, it is lost. Stay to correct it (or free space on the disk) and it is saved again.</source>
        <translation>Noget af det, du skrev, kunne ikke gemmes:

%1

Hvis du lukker nu, går det tabt. Bliv og ret det (eller frigør plads på disken), så gemmes det igen.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/main_window.py" line="596"/>
        <source>Close without saving</source>
        <translation>Luk uden at gemme</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/application.py" line="188"/>
        <source>The settings file could not be read; default settings are used.</source>
        <translation>Indstillingsfilen kunne ikke læses; standardindstillingerne bruges.</translation>
    </message>
</context>
<context>
    <name>MergePreviewDialog</name>
    <message>
        <location filename="../ledarplan/gui/views/merge_preview_dialog.py" line="166"/>
        <source>Update the plan from a file</source>
        <translation>Opdatér planen fra en fil</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/merge_preview_dialog.py" line="168"/>
        <source>The plan of %1, from %2</source>
        <translation>Planen for %1, fra %2</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/merge_preview_dialog.py" line="175"/>
        <source>What your manager added, changed and removed is listed below, with what you both changed. Nothing is written until you choose Update the plan.</source>
        <translation>Herunder står, hvad din chef har tilføjet, ændret og fjernet, og hvad I begge har ændret. Intet gemmes, før du vælger Opdatér planen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ledarplan/gui/views/merge_preview_dialog.py" line="179"/>
        <source>From your manager: %n change(s)</source>
        <translation>
            <numerusform>Fra din chef: %n ændring</numerusform>
            <numerusform>Fra din chef: %n ændringer</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/merge_preview_dialog.py" line="183"/>
        <source>What the leader added, changed and removed is listed below, with what you both changed. Nothing is written until you choose Update the plan.</source>
        <translation>Herunder står, hvad lederen har tilføjet, ændret og fjernet, og hvad I begge har ændret. Intet gemmes, før du vælger Opdatér planen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ledarplan/gui/views/merge_preview_dialog.py" line="187"/>
        <source>From the leader: %n change(s)</source>
        <translation>
            <numerusform>Fra lederen: %n ændring</numerusform>
            <numerusform>Fra lederen: %n ændringer</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/merge_preview_dialog.py" line="191"/>
        <source>What</source>
        <translation>Hvad</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/merge_preview_dialog.py" line="191"/>
        <source>Change</source>
        <translation>Ændring</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/merge_preview_dialog.py" line="196"/>
        <source>Nothing new in this file.</source>
        <translation>Intet nyt i denne fil.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ledarplan/gui/views/merge_preview_dialog.py" line="199"/>
        <source>Changed at both desks: %n conflict(s)</source>
        <translation>
            <numerusform>Ændret i begge eksemplarer: %n konflikt</numerusform>
            <numerusform>Ændret i begge eksemplarer: %n konflikter</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/merge_preview_dialog.py" line="203"/>
        <source>Mine (here)</source>
        <translation>Mit (her)</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/merge_preview_dialog.py" line="204"/>
        <source>Theirs (in the file)</source>
        <translation>Deres (i filen)</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/merge_preview_dialog.py" line="203"/>
        <source>Mine — this copy</source>
        <translation>Mit — dette eksemplar</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/merge_preview_dialog.py" line="204"/>
        <source>Theirs — in the file</source>
        <translation>Deres — i filen</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/merge_preview_dialog.py" line="207"/>
        <source>Also take the person&apos;s details from the file</source>
        <translation>Brug også personens oplysninger fra filen</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/merge_preview_dialog.py" line="210"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/merge_preview_dialog.py" line="210"/>
        <source>&amp;Update the plan</source>
        <translation>&amp;Opdatér planen</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/merge_preview_dialog.py" line="224"/>
        <source>Decide every conflict first: keep mine, take theirs, or keep both.</source>
        <translation>Vælg først i alle konflikter: behold mit, tag deres eller behold begge.</translation>
    </message>
</context>
<context>
    <name>MergeRows</name>
    <message>
        <location filename="../ledarplan/gui/views/merge_rows.py" line="33"/>
        <source>Added</source>
        <translation>Tilføjet</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/merge_rows.py" line="35"/>
        <source>Removed</source>
        <translation>Fjernet</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/merge_rows.py" line="37"/>
        <source>Changed: %1</source>
        <translation>Ændret: %1</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/merge_rows.py" line="55"/>
        <source>Deleted at one desk, changed at the other</source>
        <translation>Slettet i det ene eksemplar, ændret i det andet</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/merge_rows.py" line="73"/>
        <location filename="../ledarplan/gui/views/merge_rows.py" line="144"/>
        <source>(deleted)</source>
        <translation>(slettet)</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/merge_rows.py" line="74"/>
        <source>Still there, changed</source>
        <translation>Findes stadig, ændret</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/merge_rows.py" line="85"/>
        <source>Left out: the file would change parts that only this desk changes, so those changes were not taken:</source>
        <translation>Udeladt: filen ville ændre dele, som kun dit eksemplar ændrer, så de ændringer blev ikke taget med:</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/merge_rows.py" line="96"/>
        <source>%1: signed by both and final</source>
        <translation>%1: godkendt af begge og endeligt</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/merge_rows.py" line="109"/>
        <source>Your signature of the development talk %1 is withdrawn: the other desk changed what you signed. Read the record again and sign it anew.</source>
        <translation>Din godkendelse af lederudviklingssamtalen %1 trækkes tilbage: den anden part ændrede det, du godkendte. Læs referatet igen, og godkend det på ny.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/merge_rows.py" line="125"/>
        <source>%1: “%2” here, “%3” in the file</source>
        <translation>%1: “%2” her, “%3” i filen</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/merge_rows.py" line="132"/>
        <source>The details stored here are kept unless you tick the box.</source>
        <translation>Oplysningerne her bevares, medmindre du sætter flueben i feltet.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/merge_rows.py" line="145"/>
        <source>%1 — still there, changed since the copies last met</source>
        <translation>%1 — findes stadig, ændret siden eksemplarerne sidst mødtes</translation>
    </message>
</context>
<context>
    <name>MergeTexts</name>
    <message>
        <location filename="../ledarplan/gui/merge_texts.py" line="49"/>
        <source>Period</source>
        <extracomment>How the domain names a round, check-in, session or talk: by its date.</extracomment>
        <translation>Periode</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/merge_texts.py" line="50"/>
        <source>Scale</source>
        <translation>Skala</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/merge_texts.py" line="52"/>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/merge_texts.py" line="53"/>
        <source>Kind of assessment</source>
        <translation>Type vurdering</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/merge_texts.py" line="56"/>
        <source>Target date</source>
        <translation>Måldato</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/merge_texts.py" line="57"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/merge_texts.py" line="58"/>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/merge_texts.py" line="59"/>
        <source>Done on</source>
        <translation>Udført den</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/merge_texts.py" line="62"/>
        <source>Notes shared or private</source>
        <translation>Noter delt eller private</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/merge_texts.py" line="63"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/merge_texts.py" line="64"/>
        <source>Done</source>
        <translation>Udført</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/merge_texts.py" line="65"/>
        <source>Carried over</source>
        <translation>Overført</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/merge_texts.py" line="82"/>
        <source>The plan&apos;s details</source>
        <translation>Planens oplysninger</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/merge_texts.py" line="83"/>
        <source>Assessment rounds</source>
        <translation>Vurderingsrunder</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/merge_texts.py" line="84"/>
        <source>Goals and actions</source>
        <translation>Mål og handlinger</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/merge_texts.py" line="85"/>
        <source>Coaching sessions and agreements</source>
        <translation>Coachingsessioner og aftaler</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/merge_texts.py" line="86"/>
        <source>Development talks</source>
        <translation>Lederudviklingssamtaler</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/merge_texts.py" line="87"/>
        <source>Feedback from others</source>
        <translation>Feedback fra andre</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/merge_texts.py" line="111"/>
        <source>The plan</source>
        <translation>Planen</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/merge_texts.py" line="113"/>
        <source>Assessment round</source>
        <translation>Vurderingsrunde</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/merge_texts.py" line="114"/>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/merge_texts.py" line="115"/>
        <source>Check-in</source>
        <translation>Statusnotat</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/merge_texts.py" line="116"/>
        <source>Action</source>
        <translation>Handling</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/merge_texts.py" line="117"/>
        <source>Coaching session</source>
        <translation>Coachingsamtale</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/merge_texts.py" line="118"/>
        <source>Agreement</source>
        <translation>Aftale</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/merge_texts.py" line="119"/>
        <source>Development talk</source>
        <translation>Lederudviklingssamtale</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/merge_texts.py" line="120"/>
        <source>Feedback round</source>
        <translation>Feedbackrunde</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/merge_texts.py" line="133"/>
        <source>%1 “%2”</source>
        <translation>%1 “%2”</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/merge_texts.py" line="159"/>
        <location filename="../ledarplan/gui/merge_texts.py" line="169"/>
        <location filename="../ledarplan/gui/merge_texts.py" line="179"/>
        <source>(empty)</source>
        <translation>(tom)</translation>
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
        <translation>Kladde</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/merge_texts.py" line="204"/>
        <source>Agreed</source>
        <translation>Aftalt</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/merge_texts.py" line="205"/>
        <source>Followed up</source>
        <translation>Fulgt op</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/merge_texts.py" line="215"/>
        <source>Unchanged since the copies last met</source>
        <translation>Uændret siden eksemplarerne sidst mødtes</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/merge_texts.py" line="218"/>
        <source>Changed at the leader&apos;s desk on %1</source>
        <translation>Ændret i lederens eksemplar den %1</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/merge_texts.py" line="221"/>
        <source>Changed at the manager&apos;s desk on %1</source>
        <translation>Ændret i chefens eksemplar den %1</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/merge_texts.py" line="232"/>
        <source>the file holds another plan</source>
        <translation>filen indeholder en anden plan</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/merge_texts.py" line="234"/>
        <source>the file holds the plan of another person, with the same id as this one</source>
        <translation>filen indeholder en anden persons plan, med samme id som denne</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/merge_texts.py" line="238"/>
        <source>the file was written at a leader&apos;s desk, as this copy is kept: a copy is updated from the other desk&apos;s file (is this a file you sent yourself?)</source>
        <translation>filen blev skrevet i et ledereksemplar, ligesom dette eksemplar: et eksemplar opdateres fra den anden parts fil (er det en fil, du selv har sendt?)</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/merge_texts.py" line="244"/>
        <source>the file was written at a manager&apos;s desk, as this copy is kept: a copy is updated from the other desk&apos;s file (is this a file you sent yourself?)</source>
        <translation>filen blev skrevet i et chefeksemplar, ligesom dette eksemplar: et eksemplar opdateres fra den anden parts fil (er det en fil, du selv har sendt?)</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/merge_texts.py" line="250"/>
        <source>the file is older than what this copy has already taken in from the other desk (was it merged before?)</source>
        <translation>filen er ældre end det, dette eksemplar allerede har modtaget fra den anden part (er den allerede flettet?)</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/merge_texts.py" line="255"/>
        <source>the file claims changes made at this desk that this copy never made (was it altered?)</source>
        <translation>filen angiver ændringer i dette eksemplar, som eksemplaret aldrig har lavet (er filen blevet ændret?)</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/merge_texts.py" line="266"/>
        <source>%1 cannot update the plan here: %2.</source>
        <translation>%1 kan ikke opdatere planen her: %2.</translation>
    </message>
</context>
<context>
    <name>ModelBrowserView</name>
    <message>
        <location filename="../ledarplan/gui/views/model_browser.py" line="190"/>
        <source>Your organisation has chosen this model.</source>
        <extracomment>(framework id, level id or None) whenever the user&apos;s choice changes. Whether the level shown was chosen (by the user, the settings or the organisation). Where the level matters (a new plan): none is shown until the user chooses one.</extracomment>
        <translation>Din organisation har valgt denne model.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/model_browser.py" line="221"/>
        <source>(this model has no role levels)</source>
        <translation>(dette ledelsesgrundlag har ingen ledelsesniveauer)</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/model_browser.py" line="292"/>
        <source>Source: %1</source>
        <translation>Kilde: %1</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/model_browser.py" line="340"/>
        <source>Source</source>
        <translation>Kilde</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/model_browser.py" line="341"/>
        <source>Role level</source>
        <translation>Ledelsesniveau</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/model_browser.py" line="342"/>
        <source>All role levels</source>
        <translation>Alle ledelsesniveauer</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/model_browser.py" line="343"/>
        <source>Expected of: {level}</source>
        <translation>Forventninger til: {level}</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/model_browser.py" line="347"/>
        <source>Leadership &amp;model:</source>
        <translation>&amp;Ledelsesgrundlag:</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/model_browser.py" line="349"/>
        <source>Role &amp;level:</source>
        <translation>Ledelses&amp;niveau:</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/model_browser.py" line="350"/>
        <source>Choose the role level</source>
        <translation>Vælg ledelsesniveau</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/model_browser.py" line="351"/>
        <source>Expectations</source>
        <translation>Forventninger</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/model_browser.py" line="352"/>
        <source>Compare levels</source>
        <translation>Sammenlign niveauer</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/model_browser.py" line="353"/>
        <source>Every role level side by side</source>
        <translation>Alle ledelsesniveauer side om side</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/model_browser.py" line="354"/>
        <location filename="../ledarplan/gui/views/model_browser.py" line="364"/>
        <source>About the model</source>
        <translation>Om ledelsesgrundlaget</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/model_browser.py" line="356"/>
        <source>The model&apos;s own framing: vision, values, cornerstones and more</source>
        <translation>Ledelsesgrundlagets egen ramme: vision, værdier, hjørnesten og mere</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/model_browser.py" line="358"/>
        <source>Competency</source>
        <translation>Kompetence</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/model_browser.py" line="358"/>
        <source>Sub-competency</source>
        <translation>Delkompetence</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/model_browser.py" line="359"/>
        <source>Contents: click to go to a section</source>
        <translation>Indhold: klik for at gå til et afsnit</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/model_browser.py" line="361"/>
        <source>Contents of the model</source>
        <translation>Modellens indhold</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/model_browser.py" line="362"/>
        <source>Expectations at the role level</source>
        <translation>Forventninger til ledelsesniveauet</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/model_browser.py" line="363"/>
        <source>Expectations of every role level</source>
        <translation>Forventninger på hvert rolleniveau</translation>
    </message>
</context>
<context>
    <name>ModelFromSheetDialog</name>
    <message>
        <location filename="../ledarplan/gui/views/model_from_sheet.py" line="166"/>
        <source>New model from a spreadsheet</source>
        <extracomment>The id of a model saved into the organisation&apos;s folder (and added to the catalog).</extracomment>
        <translation>Ny model fra et regneark</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/model_from_sheet.py" line="169"/>
        <source>Put your organisation&apos;s leadership model into a spreadsheet (Excel or LibreOffice Calc) and open it here. You see every problem with its sheet and cell, or the model exactly as leaders will see it, before you save it.</source>
        <translation>Skriv organisationens ledelsesgrundlag ind i et regneark (Excel eller LibreOffice Calc), og åbn det her. Du ser hvert problem med ark og celle, eller modellen præcis som lederne vil se den, før du gemmer den.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/model_from_sheet.py" line="174"/>
        <source>Start from a template</source>
        <translation>Start fra en skabelon</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/model_from_sheet.py" line="175"/>
        <source>&amp;Role levels:</source>
        <translation>Ledelsesni&amp;veauer:</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/model_from_sheet.py" line="176"/>
        <source>Lan&amp;guage of the template:</source>
        <translation>Skabelonens &amp;sprog:</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/model_from_sheet.py" line="177"/>
        <source>Save an empty &amp;template…</source>
        <translation>Gem en tom ska&amp;belon…</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/model_from_sheet.py" line="178"/>
        <source>Or start &amp;from a model:</source>
        <translation>Eller start fra en &amp;model:</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/model_from_sheet.py" line="179"/>
        <source>Save the model as a &amp;spreadsheet…</source>
        <translation>Gem modellen som &amp;regneark…</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/model_from_sheet.py" line="180"/>
        <source>&amp;Open a filled-in spreadsheet…</source>
        <translation>&amp;Åbn et udfyldt regneark…</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/model_from_sheet.py" line="182"/>
        <source>Open a filled-in spreadsheet to check it and see the model.</source>
        <translation>Åbn et udfyldt regneark for at kontrollere det og se modellen.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/model_from_sheet.py" line="184"/>
        <source>Sa&amp;ve model…</source>
        <translation>Gem mo&amp;del…</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/model_from_sheet.py" line="189"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-projektmapper (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/model_from_sheet.py" line="195"/>
        <source>Save an empty template</source>
        <translation>Gem en tom skabelon</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/model_from_sheet.py" line="210"/>
        <source>Save the model as a spreadsheet</source>
        <translation>Gem modellen som regneark</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/model_from_sheet.py" line="226"/>
        <source>Saved: %1

Fill it in with Excel or LibreOffice Calc, save it, then open it here with “Open a filled-in spreadsheet…”.</source>
        <translation>Gemt: %1

Udfyld den i Excel eller LibreOffice Calc, gem den, og åbn den så her med “Åbn et udfyldt regneark…”.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/model_from_sheet.py" line="235"/>
        <source>Could not save %1: %2</source>
        <translation>Kunne ikke gemme %1: %2</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/model_from_sheet.py" line="245"/>
        <source>Open a filled-in spreadsheet</source>
        <translation>Åbn et udfyldt regneark</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/model_from_sheet.py" line="246"/>
        <source>Excel workbooks (*.xlsx *.xlsm);;All files (*)</source>
        <translation>Excel-projektmapper (*.xlsx *.xlsm);;Alle filer (*)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ledarplan/gui/views/model_from_sheet.py" line="268"/>
        <source>%n problem(s) in %1. Nothing can be saved until they are solved: correct the spreadsheet, save it, and open it again.</source>
        <translation>
            <numerusform>%n problem i %1. Intet kan gemmes, før det er løst: ret regnearket, gem det, og åbn det igen.</numerusform>
            <numerusform>%n problemer i %1. Intet kan gemmes, før de er løst: ret regnearket, gem det, og åbn det igen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/model_from_sheet.py" line="282"/>
        <source>%1 is ready. This is how leaders will see the model: choose each role level to read its expectations, then save the model.</source>
        <translation>%1 er klar. Sådan vil lederne se modellen: vælg hvert ledelsesniveau for at læse dets forventninger, og gem så modellen.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/model_from_sheet.py" line="287"/>
        <source>Its id &apos;%1&apos; is a built-in model&apos;s, so ledarplan would leave it out: give it an id of its own in the Model sheet.</source>
        <translation>Dens id &apos;%1&apos; tilhører en indbygget model, så ledarplan ville udelade den: giv den sit eget id i arket Model.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/model_from_sheet.py" line="312"/>
        <source>Save the model</source>
        <translation>Gem modellen</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/model_from_sheet.py" line="314"/>
        <source>Model packs (*.yaml)</source>
        <translation>Modelfiler (*.yaml)</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/model_from_sheet.py" line="333"/>
        <source>Saved: %1

To use it, put it into the “frameworks” folder of each leader&apos;s data directory, or name it in the organisation&apos;s presets.</source>
        <translation>Gemt: %1

For at bruge den skal den lægges i mappen “frameworks” i hver leders datamappe, eller angives i organisationens forudindstillinger.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/model_from_sheet.py" line="343"/>
        <source>Saved, but ledarplan cannot show the model beside the others:</source>
        <translation>Gemt, men ledarplan kan ikke vise modellen sammen med de andre:</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/model_from_sheet.py" line="352"/>
        <source>Saved: %1

The model is now among the leadership models (View → Browse leadership models) and can be chosen for a plan.</source>
        <translation>Gemt: %1

Modellen er nu blandt ledelsesgrundlagene (Vis → Se ledelsesgrundlag) og kan vælges til en plan.</translation>
    </message>
</context>
<context>
    <name>MoveInDialog</name>
    <message>
        <location filename="../ledarplan/gui/views/move_in_dialog.py" line="87"/>
        <source>Move my plans to the organisation database</source>
        <translation>Flyt mine planer til organisationens database</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/move_in_dialog.py" line="90"/>
        <source>The plans of a local data folder (the folder that holds ledarplan.sqlite3) are moved into your organisation&apos;s database. The folder is only read: it stays as it is. Moving again later brings only what is new.</source>
        <translation>Planerne i en lokal datamappe (mappen med ledarplan.sqlite3) flyttes ind i organisationens database. Mappen læses kun: den forbliver som den er. Flytter du igen senere, kommer kun det nye med.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/move_in_dialog.py" line="95"/>
        <source>C&amp;hoose folder…</source>
        <translation>&amp;Vælg mappe…</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/move_in_dialog.py" line="96"/>
        <source>&amp;Move</source>
        <translation>&amp;Flyt</translation>
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
        <translation>Hvad der sker</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/move_in_dialog.py" line="106"/>
        <source>The local data folder</source>
        <translation>Den lokale datamappe</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/move_in_dialog.py" line="132"/>
        <source>The plans of %1 cannot be moved: %2</source>
        <translation>Planerne i %1 kan ikke flyttes: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ledarplan/gui/views/move_in_dialog.py" line="153"/>
        <source>%n plan(s) moved into the organisation&apos;s database.</source>
        <translation>
            <numerusform>%n plan flyttet ind i organisationens database.</numerusform>
            <numerusform>%n planer flyttet ind i organisationens database.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/move_in_dialog.py" line="155"/>
        <source>There are no plans in this folder.</source>
        <translation>Der er ingen planer i denne mappe.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ledarplan/gui/views/move_in_dialog.py" line="157"/>
        <source>%n plan(s) will be moved.</source>
        <translation>
            <numerusform>%n plan flyttes.</numerusform>
            <numerusform>%n planer flyttes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/move_in_dialog.py" line="159"/>
        <source>Nothing new to move: every plan here is in the database already.</source>
        <translation>Intet nyt at flytte: hver plan her er allerede i databasen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ledarplan/gui/views/move_in_dialog.py" line="161"/>
        <source>%n plan(s) skipped.</source>
        <translation>
            <numerusform>%n plan springes over.</numerusform>
            <numerusform>%n planer springes over.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ledarplan/gui/views/move_in_dialog.py" line="163"/>
        <source>%n plan(s) in the database already.</source>
        <translation>
            <numerusform>%n plan er allerede i databasen.</numerusform>
            <numerusform>%n planer er allerede i databasen.</numerusform>
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
            <numerusform>Flettet med planen i databasen: %n ændring</numerusform>
            <numerusform>Flettet med planen i databasen: %n ændringer</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/move_in_dialog.py" line="173"/>
        <source>In the database already; nothing new</source>
        <translation>Allerede i databasen; intet nyt</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/move_in_dialog.py" line="175"/>
        <source>Skipped: %1</source>
        <translation>Springes over: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ledarplan/gui/views/move_in_dialog.py" line="179"/>
        <source>(%n of the manager&apos;s own parts stay for the manager to move)</source>
        <translation>
            <numerusform>(%n af chefens egne dele bliver tilbage, så chefen selv kan flytte dem)</numerusform>
            <numerusform>(%n af chefens egne dele bliver tilbage, så chefen selv kan flytte dem)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ledarplan/gui/views/move_in_dialog.py" line="182"/>
        <source>(%n of the leader&apos;s own parts stay for the leader to move)</source>
        <translation>
            <numerusform>(%n af lederens egne dele bliver tilbage, så lederen selv kan flytte dem)</numerusform>
            <numerusform>(%n af lederens egne dele bliver tilbage, så lederen selv kan flytte dem)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/move_in_dialog.py" line="191"/>
        <source>%1 is not registered as someone you manage (IT registers them with you as their manager)</source>
        <translation>%1 er ikke registreret som en, du er chef for (IT registrerer personen med dig som chef)</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/move_in_dialog.py" line="196"/>
        <source>more than one person you manage is called %1; give them their e-mail address in this copy</source>
        <translation>mere end én person, du er chef for, hedder %1; angiv personens e-mailadresse i dette eksemplar</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/move_in_dialog.py" line="200"/>
        <source>the database has later changes to it than this copy</source>
        <translation>databasen har senere ændringer i den end dette eksemplar</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/move_in_dialog.py" line="203"/>
        <source>values were changed both in this copy and in the database; make the change in the database by hand</source>
        <translation>værdier er ændret både i dette eksemplar og i databasen; foretag ændringen i databasen i hånden</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/move_in_dialog.py" line="207"/>
        <source>moving it would take back a signature made in the database</source>
        <translation>en flytning ville trække en godkendelse tilbage, der er givet i databasen</translation>
    </message>
</context>
<context>
    <name>NewPlanDialog</name>
    <message>
        <location filename="../ledarplan/gui/views/new_plan_dialog.py" line="169"/>
        <source>Create a development plan</source>
        <extracomment>For a new person (None when the plan is for someone already in the list). Whose desk the new copy is on: the user&apos;s own plan, or one of someone they manage.</extracomment>
        <translation>Opret en udviklingsplan</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/new_plan_dialog.py" line="170"/>
        <source>Whose plan</source>
        <translation>Hvis plan</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/new_plan_dialog.py" line="171"/>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/new_plan_dialog.py" line="172"/>
        <source>&amp;Job title:</source>
        <translation>&amp;Stilling:</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/new_plan_dialog.py" line="173"/>
        <source>&amp;Unit:</source>
        <translation>&amp;Enhed:</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/new_plan_dialog.py" line="174"/>
        <source>E-&amp;mail:</source>
        <translation>E-&amp;mail:</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/new_plan_dialog.py" line="175"/>
        <source>New plan for %1</source>
        <translation>Ny plan for %1</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/new_plan_dialog.py" line="176"/>
        <source>The plan</source>
        <translation>Planen</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/new_plan_dialog.py" line="177"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/new_plan_dialog.py" line="178"/>
        <source>This is:</source>
        <translation>Dette er:</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/new_plan_dialog.py" line="179"/>
        <source>M&amp;y own plan</source>
        <translation>Min e&amp;gen plan</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/new_plan_dialog.py" line="180"/>
        <source>The plan of &amp;someone I manage</source>
        <translation>Planen for en, jeg er &amp;chef for</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/new_plan_dialog.py" line="189"/>
        <source>e.g. My development plan 2027</source>
        <translation>f.eks. Min udviklingsplan 2027</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/new_plan_dialog.py" line="221"/>
        <source>Please choose the role level the plan is made for.</source>
        <translation>Vælg det ledelsesniveau, planen laves til.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/new_plan_dialog.py" line="182"/>
        <source>&amp;Period:</source>
        <translation>&amp;Periode:</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/new_plan_dialog.py" line="183"/>
        <source>Period from</source>
        <translation>Periode fra</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/new_plan_dialog.py" line="184"/>
        <source>Period to</source>
        <translation>Periode til</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/new_plan_dialog.py" line="185"/>
        <source>Create plan</source>
        <translation>Opret plan</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/new_plan_dialog.py" line="191"/>
        <source>e.g. Development plan 2027</source>
        <translation>f.eks. Udviklingsplan 2027</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/new_plan_dialog.py" line="216"/>
        <source>Please enter the name of the person the plan is for.</source>
        <translation>Skriv navnet på den person, planen er til.</translation>
    </message>
</context>
<context>
    <name>NewRoundDialog</name>
    <message>
        <location filename="../ledarplan/gui/views/feedback/new_round_dialog.py" line="126"/>
        <source>New feedback round</source>
        <translation>Ny feedbackrunde</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/feedback/new_round_dialog.py" line="127"/>
        <source>&amp;Items to ask about (the model&apos;s texts at your level)</source>
        <translation>&amp;Punkter at spørge om (modellens tekster på dit niveau)</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/feedback/new_round_dialog.py" line="128"/>
        <source>Who is asked</source>
        <translation>Hvem der spørges</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/feedback/new_round_dialog.py" line="131"/>
        <source>Anonymity &amp;threshold</source>
        <translation>Anonymitets&amp;grænse</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/feedback/new_round_dialog.py" line="134"/>
        <source>A group&apos;s answers are shown only when at least this many have answered; smaller groups are counted with “Others”, or left out, and you are told which.</source>
        <translation>En gruppes svar vises kun, når mindst så mange har svaret; mindre grupper tælles med under »Andre« eller udelades, og du får at vide hvilke.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/feedback/new_round_dialog.py" line="139"/>
        <source>Open question &amp;%1 (optional)</source>
        <translation>Åbent spørgsmål &amp;%1 (valgfrit)</translation>
    </message>
</context>
<context>
    <name>Notices</name>
    <message>
        <location filename="../ledarplan/notices.py" line="41"/>
        <source>Qt and PySide6 are used under the GNU Lesser General Public License v3 (LGPL-3.0). They are linked dynamically: the Qt and PySide6 libraries in ledarplan&apos;s installation folder may be replaced with your own builds of the same version. Their source code is available from https://download.qt.io/official_releases/ (Qt) and https://code.qt.io/cgit/pyside/pyside-setup.git/ (PySide6); on request we send a copy of the source of the exact versions we ship.</source>
        <extracomment>The distribution whose installed version is shown (None: not a Python package). What it does for ledarplan, in a few words. Anything the licence asks us to say (e.g. how to get the source of an LGPL library).</extracomment>
        <translation>Qt og PySide6 bruges under GNU Lesser General Public License v3 (LGPL-3.0). De linkes dynamisk: Qt- og PySide6-bibliotekerne i ledarplans installationsmappe må udskiftes med egne byg af samme version. Deres kildekode findes på https://download.qt.io/official_releases/ (Qt) og https://code.qt.io/cgit/pyside/pyside-setup.git/ (PySide6); på opfordring sender vi en kopi af kildekoden til præcis de versioner, vi leverer.</translation>
    </message>
    <message>
        <location filename="../ledarplan/notices.py" line="57"/>
        <source>windows, widgets, translations</source>
        <translation>vinduer, kontroller, oversættelser</translation>
    </message>
    <message>
        <location filename="../ledarplan/notices.py" line="65"/>
        <source>the bridge between Python and Qt</source>
        <translation>broen mellem Python og Qt</translation>
    </message>
    <message>
        <location filename="../ledarplan/notices.py" line="72"/>
        <source>the database layer</source>
        <translation>databaselaget</translation>
    </message>
    <message>
        <location filename="../ledarplan/notices.py" line="79"/>
        <source>upgrading the database between versions</source>
        <translation>opgradering af databasen mellem versioner</translation>
    </message>
    <message>
        <location filename="../ledarplan/notices.py" line="86"/>
        <source>the database file</source>
        <translation>databasefilen</translation>
    </message>
    <message>
        <location filename="../ledarplan/notices.py" line="93"/>
        <source>the PDF documents</source>
        <translation>PDF-dokumenterne</translation>
    </message>
    <message>
        <location filename="../ledarplan/notices.py" line="100"/>
        <source>SVG logos on the PDF</source>
        <translation>SVG-logoer i PDF&apos;en</translation>
    </message>
    <message>
        <location filename="../ledarplan/notices.py" line="101"/>
        <source>svglib is used unmodified under the LGPL-3.0; its source is at https://github.com/deeplook/svglib and may be replaced in the installation folder.</source>
        <translation>svglib bruges uændret under LGPL-3.0; kildekoden findes på https://github.com/deeplook/svglib, og biblioteket må udskiftes i installationsmappen.</translation>
    </message>
    <message>
        <location filename="../ledarplan/notices.py" line="108"/>
        <source>reading SVG logos</source>
        <translation>læsning af SVG-logoer</translation>
    </message>
    <message>
        <location filename="../ledarplan/notices.py" line="115"/>
        <location filename="../ledarplan/notices.py" line="122"/>
        <source>styles in SVG logos</source>
        <translation>typografier i SVG-logoer</translation>
    </message>
    <message>
        <location filename="../ledarplan/notices.py" line="129"/>
        <source>logo pictures</source>
        <translation>logobilleder</translation>
    </message>
    <message>
        <location filename="../ledarplan/notices.py" line="136"/>
        <source>checking files</source>
        <translation>kontrol af filer</translation>
    </message>
    <message>
        <location filename="../ledarplan/notices.py" line="143"/>
        <source>reading the model packs</source>
        <translation>læsning af modelpakkerne</translation>
    </message>
    <message>
        <location filename="../ledarplan/notices.py" line="150"/>
        <source>finding the data folder</source>
        <translation>at finde datamappen</translation>
    </message>
    <message>
        <location filename="../ledarplan/notices.py" line="157"/>
        <source>encrypted plan files</source>
        <translation>krypterede planfiler</translation>
    </message>
    <message>
        <location filename="../ledarplan/notices.py" line="164"/>
        <source>calendar files</source>
        <translation>kalenderfiler</translation>
    </message>
    <message>
        <location filename="../ledarplan/notices.py" line="171"/>
        <source>reading filled feedback forms</source>
        <translation>læser udfyldte feedbackformularer</translation>
    </message>
    <message>
        <location filename="../ledarplan/notices.py" line="178"/>
        <location filename="../ledarplan/notices.py" line="185"/>
        <source>model spreadsheets for HR</source>
        <translation>regneark med modeller til HR</translation>
    </message>
    <message>
        <location filename="../ledarplan/notices.py" line="192"/>
        <source>reading spreadsheets safely</source>
        <translation>sikker læsning af regneark</translation>
    </message>
    <message>
        <location filename="../ledarplan/notices.py" line="199"/>
        <source>the font embedded in the PDF</source>
        <translation>skrifttypen, der indlejres i PDF&apos;en</translation>
    </message>
    <message>
        <location filename="../ledarplan/notices.py" line="200"/>
        <source>The DejaVu fonts are derived from Bitstream Vera; Bitstream Vera is a trademark of Bitstream, Inc. The licence is in resources/fonts/LICENSE-DejaVu.txt.</source>
        <translation>Skrifttyperne DejaVu bygger på Bitstream Vera; Bitstream Vera er et varemærke tilhørende Bitstream, Inc. Licensen findes i resources/fonts/LICENSE-DejaVu.txt.</translation>
    </message>
    <message>
        <location filename="../ledarplan/notices.py" line="211"/>
        <source>the language</source>
        <translation>programmeringssproget</translation>
    </message>
</context>
<context>
    <name>Organisation</name>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="317"/>
        <source>The organisation&apos;s database %1 cannot be reached (%2). Ask IT whether the database server is running and whether this computer may reach it (the host and port in the database URL, a firewall, the network).</source>
        <translation>Organisationens database %1 kan ikke nås (%2). Spørg IT, om databaseserveren kører, og om denne computer må nå den (vært og port i databasens URL, en firewall, netværket).</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="323"/>
        <source>The organisation&apos;s database %1 asks for a password and none was found for this login. IT should set up the sign-on: the password in your .pgpass file or service file (never in the presets), or Kerberos sign-on.</source>
        <translation>Organisationens database %1 beder om en adgangskode, og der blev ikke fundet nogen for dette login. IT bør sætte login op: adgangskoden i din .pgpass-fil eller servicefil (aldrig i forudindstillingerne) eller Kerberos-login.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="329"/>
        <source>The organisation&apos;s database %1 refused the password given for this login. Check the password in your .pgpass file or service file; IT can set a new one.</source>
        <translation>Organisationens database %1 afviste adgangskoden for dette login. Kontrollér adgangskoden i din .pgpass-fil eller servicefil; IT kan sætte en ny.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="334"/>
        <source>The organisation&apos;s database %1 does not let this login in (%2). IT should create the login (ledarplan org add-user) and allow it to connect (pg_hba.conf, CONNECT on the database).</source>
        <translation>Organisationens database %1 lukker ikke dette login ind (%2). IT bør oprette login (ledarplan org add-user) og tillade det at forbinde (pg_hba.conf, CONNECT på databasen).</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="340"/>
        <source>The organisation&apos;s database %1 has not been prepared for ledarplan (%2). IT should run “ledarplan --database-url URL org init” as the database&apos;s owner.</source>
        <translation>Organisationens database %1 er ikke gjort klar til ledarplan (%2). IT bør køre »ledarplan --database-url URL org init« som databasens ejer.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="345"/>
        <source>The organisation&apos;s database %1 was prepared by an older version of ledarplan (schema %2; this version needs %3). IT should run “ledarplan --database-url URL org init” with this version, which brings it up to date.</source>
        <translation>Organisationens database %1 blev gjort klar af en ældre version af ledarplan (skema %2; denne version kræver %3). IT bør køre »ledarplan --database-url URL org init« med denne version, som opdaterer den.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="351"/>
        <source>The organisation&apos;s database %1 was prepared by a newer version of ledarplan (schema %2). IT should install that version (or a newer one) on this computer.</source>
        <translation>Organisationens database %1 blev gjort klar af en nyere version af ledarplan (skema %2). IT bør installere den version (eller en nyere) på denne computer.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="356"/>
        <source>Your login “%2” is not registered as a person in the organisation&apos;s database %1. IT should register it: “ledarplan org add-user %2 --name NAME”.</source>
        <translation>Dit login »%2« er ikke registreret som person i organisationens database %1. IT bør registrere det: »ledarplan org add-user %2 --name NAME«.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="361"/>
        <source>Your login “%2” lacks the rights ledarplan needs in the organisation&apos;s database %1 (%3). IT should give them: “ledarplan org add-user” makes a login a member of ledarplan_leader, and “ledarplan org init” grants that role what it needs.</source>
        <translation>Dit login »%2« mangler de rettigheder, ledarplan har brug for i organisationens database %1 (%3). IT bør give dem: »ledarplan org add-user« gør et login til medlem af ledarplan_leader, og »ledarplan org init« giver den rolle, hvad den har brug for.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="367"/>
        <source>This installation of ledarplan has no PostgreSQL driver, so the organisation&apos;s database %1 cannot be used. IT should install ledarplan with its PostgreSQL part (the installers include it).</source>
        <translation>Denne installation af ledarplan har ingen PostgreSQL-driver, så organisationens database %1 kan ikke bruges. IT bør installere ledarplan med dens PostgreSQL-del (installationsprogrammerne har den med).</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="373"/>
        <source>The database URL cannot be used (%1). Correct --database-url, LEDARPLAN_DATABASE_URL or the presets&apos; database_url.</source>
        <translation>Databasens URL kan ikke bruges (%1). Ret --database-url, LEDARPLAN_DATABASE_URL eller forudindstillingernes database_url.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="378"/>
        <source>The organisation&apos;s database %1 refused the change: it touches another person&apos;s part of the plan (%2). Nothing was written.</source>
        <translation>Organisationens database %1 afviste ændringen: den rører ved en anden persons del af planen (%2). Intet blev skrevet.</translation>
    </message>
</context>
<context>
    <name>OrganisationSummaryDialog</name>
    <message>
        <location filename="../ledarplan/gui/views/hr_view.py" line="406"/>
        <source>Open summary files</source>
        <extracomment>Why the organisation&apos;s database gave no picture (None: it did, or files are read).</extracomment>
        <translation>Åbn opsamlingsfiler</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/hr_view.py" line="407"/>
        <source>ledarplan summaries (*.json);;All files (*)</source>
        <translation>ledarplan-opsamlinger (*.json);;Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/hr_view.py" line="506"/>
        <source>Save the organisation summary as PDF</source>
        <translation>Gem organisationens opsamling som PDF</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/hr_view.py" line="508"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokumenter (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/hr_view.py" line="523"/>
        <source>The report could not be saved</source>
        <translation>Rapporten kunne ikke gemmes</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/hr_view.py" line="527"/>
        <location filename="../ledarplan/gui/views/hr_view.py" line="535"/>
        <source>Organisation summary</source>
        <translation>Organisationens opsamling</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/hr_view.py" line="528"/>
        <source>The report was saved to %1.</source>
        <translation>Rapporten blev gemt i %1.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/hr_view.py" line="536"/>
        <source>&amp;Open summary files…</source>
        <translation>Å&amp;bn opsamlingsfiler…</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/hr_view.py" line="537"/>
        <source>Smallest &amp;group shown:</source>
        <translation>Mindste &amp;gruppe, der vises:</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/hr_view.py" line="538"/>
        <source>plans</source>
        <translation>planer</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/hr_view.py" line="539"/>
        <source>Report &amp;language:</source>
        <translation>Rapportens s&amp;prog:</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/hr_view.py" line="540"/>
        <source>&amp;Export as PDF…</source>
        <translation>&amp;Eksportér som PDF…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ledarplan/gui/views/hr_view.py" line="548"/>
        <source>%n plan(s) from the organisation&apos;s database.</source>
        <translation>
            <numerusform>%n plan fra organisationens database.</numerusform>
            <numerusform>%n planer fra organisationens database.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/hr_view.py" line="569"/>
        <source>Only HR reads the organisation&apos;s picture, and your login is not in HR. IT registers HR&apos;s people in the organisation&apos;s database.</source>
        <translation>Kun HR læser organisationens billede, og dit login hører ikke til HR. IT registrerer HR&apos;s personer i organisationens database.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ledarplan/gui/views/hr_view.py" line="574"/>
        <source>The organisation&apos;s database holds fewer than %n plan(s), and the picture shows no group of fewer: there is nothing to show yet.</source>
        <translation>
            <numerusform>Organisationens database har færre end %n plan, og billedet viser ingen gruppe med færre: der er intet at vise endnu.</numerusform>
            <numerusform>Organisationens database har færre end %n planer, og billedet viser ingen gruppe med færre: der er intet at vise endnu.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/hr_view.py" line="582"/>
        <source>Open the summary files that leaders and managers sent you. They hold no names and no texts; the picture shows no group of fewer plans than the number above.</source>
        <translation>Åbn de opsamlingsfiler, som ledere og chefer har sendt dig. De indeholder ingen navne og ingen tekster; billedet viser ingen gruppe med færre planer end tallet ovenfor.</translation>
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
            <numerusform>fra %1 af %n fil.</numerusform>
            <numerusform>fra %1 af %n filer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ledarplan/gui/views/hr_view.py" line="560"/>
        <source>%n file(s) could not be read: see “%1”.</source>
        <translation>
            <numerusform>%n fil kunne ikke læses: se “%1”.</numerusform>
            <numerusform>%n filer kunne ikke læses: se “%1”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutcomePanel</name>
    <message>
        <location filename="../ledarplan/gui/views/talk/outcome_panel.py" line="62"/>
        <source>&amp;Summary agreed in the talk:</source>
        <translation>Opsummering, som &amp;I blev enige om i samtalen:</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/outcome_panel.py" line="63"/>
        <source>Summary</source>
        <translation>Opsummering</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/outcome_panel.py" line="65"/>
        <source>What did you talk about, and what do you both take away from it?</source>
        <translation>Hvad talte I om, og hvad tager I begge med jer?</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/outcome_panel.py" line="67"/>
        <source>Follow-&amp;up on:</source>
        <translation>O&amp;pfølgning den:</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/outcome_panel.py" line="68"/>
        <source>Follow-up date</source>
        <translation>Dato for opfølgning</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../ledarplan/gui/views/overview_page.py" line="70"/>
        <source>Overview</source>
        <translation>Overblik</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/overview_page.py" line="89"/>
        <source>Draft</source>
        <translation>Kladde</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/overview_page.py" line="90"/>
        <source>Agreed</source>
        <translation>Aftalt</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/overview_page.py" line="91"/>
        <source>Followed up</source>
        <translation>Fulgt op</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/overview_page.py" line="116"/>
        <source>%1 · Period %2 · Status: %3</source>
        <translation>%1 · Periode %2 · Status: %3</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/overview_page.py" line="129"/>
        <source>Leadership model</source>
        <translation>Ledelsesgrundlag</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/overview_page.py" line="132"/>
        <source>role level</source>
        <translation>ledelsesniveau</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/overview_page.py" line="144"/>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/overview_page.py" line="150"/>
        <source>Average progress: %1 %</source>
        <translation>Gennemsnitlig fremdrift: %1 %</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/overview_page.py" line="165"/>
        <source>No goals yet.</source>
        <translation>Ingen mål endnu.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/overview_page.py" line="172"/>
        <source>Coming up</source>
        <translation>Det kommende</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/overview_page.py" line="176"/>
        <source>held on %1</source>
        <translation>holdt %1</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/overview_page.py" line="180"/>
        <source>Next coaching session</source>
        <translation>Næste coachingsession</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/overview_page.py" line="181"/>
        <source>Development talk</source>
        <translation>Lederudviklingssamtale</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/overview_page.py" line="182"/>
        <source>Follow-up</source>
        <translation>Opfølgning</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/overview_page.py" line="228"/>
        <source>Overview of the plan</source>
        <translation>Oversigt over planen</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/overview_page.py" line="174"/>
        <source>not planned</source>
        <translation>ikke planlagt</translation>
    </message>
    <message numerus="yes">
        <location filename="../ledarplan/gui/views/overview_page.py" line="188"/>
        <source>%n open agreement(s) from coaching</source>
        <translation>
            <numerusform>%n åben aftale fra coaching</numerusform>
            <numerusform>%n åbne aftaler fra coaching</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/overview_page.py" line="203"/>
        <source>Overdue</source>
        <translation>Overskredet</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/overview_page.py" line="207"/>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/overview_page.py" line="208"/>
        <source>Action</source>
        <translation>Handling</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/overview_page.py" line="209"/>
        <source>Agreement</source>
        <translation>Aftale</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/overview_page.py" line="219"/>
        <source>Nothing is overdue.</source>
        <translation>Ingen frister er overskredet.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/overview_page.py" line="224"/>
        <source>Mark as agreed</source>
        <translation>Markér som aftalt</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/overview_page.py" line="225"/>
        <source>The leader and the manager have agreed the plan</source>
        <translation>Lederen og chefen er blevet enige om planen</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/overview_page.py" line="226"/>
        <source>Mark as followed up</source>
        <translation>Markér som fulgt op</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/overview_page.py" line="227"/>
        <source>Reopen</source>
        <translation>Genåbn</translation>
    </message>
</context>
<context>
    <name>PackProblemsBanner</name>
    <message numerus="yes">
        <location filename="../ledarplan/gui/pack_banner.py" line="67"/>
        <source>%n organisation model pack(s) could not be read and were left out. The other models work as usual.</source>
        <translation>
            <numerusform>%n fil med en organisations ledelsesgrundlag kunne ikke læses og er udeladt. De andre ledelsesgrundlag fungerer som normalt.</numerusform>
            <numerusform>%n filer med organisationers ledelsesgrundlag kunne ikke læses og er udeladt. De andre ledelsesgrundlag fungerer som normalt.</numerusform>
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
        <translation>Skjul denne meddelelse</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/pack_banner.py" line="72"/>
        <source>Model packs left out</source>
        <translation>Udeladte filer med ledelsesgrundlag</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/pack_banner.py" line="73"/>
        <source>These files were not loaded. Correct them and restart ledarplan.</source>
        <translation>Disse filer blev ikke indlæst. Ret dem, og genstart ledarplan.</translation>
    </message>
</context>
<context>
    <name>PdfExportDialog</name>
    <message>
        <location filename="../ledarplan/gui/views/pdf_export_dialog.py" line="96"/>
        <source>Cover page</source>
        <translation>Forside</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/pdf_export_dialog.py" line="97"/>
        <source>The leadership model</source>
        <translation>Ledelsesgrundlaget</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/pdf_export_dialog.py" line="98"/>
        <source>Expectations at the role level</source>
        <translation>Forventninger til ledelsesniveauet</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/pdf_export_dialog.py" line="99"/>
        <source>Assessment</source>
        <translation>Vurdering</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/pdf_export_dialog.py" line="100"/>
        <source>Spider chart</source>
        <translation>Radardiagram</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/pdf_export_dialog.py" line="101"/>
        <source>Feedback from others</source>
        <translation>Feedback fra andre</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/pdf_export_dialog.py" line="102"/>
        <source>Goals and actions</source>
        <translation>Mål og handlinger</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/pdf_export_dialog.py" line="103"/>
        <source>Coaching sessions</source>
        <translation>Coachingsessioner</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/pdf_export_dialog.py" line="104"/>
        <source>Development talk</source>
        <translation>Lederudviklingssamtale</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/pdf_export_dialog.py" line="105"/>
        <source>Signatures</source>
        <translation>Underskrifter</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/pdf_export_dialog.py" line="109"/>
        <source>Export the plan as PDF</source>
        <translation>Eksportér planen som PDF</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/pdf_export_dialog.py" line="110"/>
        <source>Include</source>
        <translation>Medtag</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/pdf_export_dialog.py" line="113"/>
        <source>&amp;Language of the document:</source>
        <translation>Dokumentets &amp;sprog:</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/pdf_export_dialog.py" line="114"/>
        <source>&amp;Paper size:</source>
        <translation>&amp;Papirstørrelse:</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/pdf_export_dialog.py" line="115"/>
        <source>Include &amp;private notes and answers</source>
        <translation>Medtag p&amp;rivate noter og svar</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/pdf_export_dialog.py" line="116"/>
        <source>&amp;Open the PDF when it is ready</source>
        <translation>Åb&amp;n PDF&apos;en, når den er klar</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/pdf_export_dialog.py" line="117"/>
        <source>Export</source>
        <translation>Eksportér</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/pdf_export_dialog.py" line="123"/>
        <source>The PDF will contain private coaching notes and private talk answers. Only share it with people who may read them.</source>
        <translation>PDF&apos;en kommer til at indeholde private coachingnoter og private svar fra samtalen. Del den kun med personer, der må læse dem.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/pdf_export_dialog.py" line="127"/>
        <source>Private coaching notes and private talk answers are left out.</source>
        <translation>Private coachingnoter og private svar fra samtalen bliver udeladt.</translation>
    </message>
</context>
<context>
    <name>PdfLabels</name>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="34"/>
        <source>Leader development plan</source>
        <translation>Lederudviklingsplan</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="37"/>
        <source>What the ratings mean</source>
        <extracomment>The program&apos;s own 1–5 scale&apos;s anchors, translated (frameworks.scale, context &quot;Scale&quot;).</extracomment>
        <translation>Hvad vurderingerne betyder</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="38"/>
        <source>Contents</source>
        <translation>Indhold</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="39"/>
        <source>Page {page} of {pages}</source>
        <translation>Side {page} af {pages}</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="40"/>
        <source>Confidential: personal development plan. Handle according to your organisation&apos;s rules for personnel records.</source>
        <translation>Fortroligt: personlig udviklingsplan. Behandles efter organisationens regler for personalesager.</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="50"/>
        <source>Name</source>
        <extracomment>A strftime pattern with numbers only (month names would follow the computer&apos;s locale). The decimal mark of averages (3.5 or 3,5).</extracomment>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="51"/>
        <source>Job title</source>
        <translation>Stilling</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="52"/>
        <source>Unit</source>
        <translation>Enhed</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="53"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="54"/>
        <source>Leadership model</source>
        <translation>Ledelsesgrundlag</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="55"/>
        <source>Source</source>
        <translation>Kilde</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="56"/>
        <source>Role level</source>
        <translation>Ledelsesniveau</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="57"/>
        <source>Plan period</source>
        <translation>Planperiode</translation>
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
        <translation>Lederudviklingssamtale</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="60"/>
        <source>Generated</source>
        <translation>Dannet</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="61"/>
        <source>Draft</source>
        <translation>Kladde</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="62"/>
        <source>Agreed</source>
        <translation>Aftalt</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="63"/>
        <source>Followed up</source>
        <translation>Fulgt op</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="65"/>
        <source>The leadership model</source>
        <translation>Ledelsesgrundlaget</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="66"/>
        <source>Expectations at role level: {level}</source>
        <translation>Forventninger til ledelsesniveauet: {level}</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="67"/>
        <source>The model&apos;s areas and items</source>
        <translation>Ledelsesgrundlagets områder og punkter</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="68"/>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="69"/>
        <source>Expectation</source>
        <translation>Forventning</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="71"/>
        <source>Assessment</source>
        <translation>Vurdering</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="72"/>
        <source>Self</source>
        <translation>Selv</translation>
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
        <translation>Anden</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="75"/>
        <source>Self-assessment</source>
        <translation>Selvevaluering</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="76"/>
        <source>Manager&apos;s assessment</source>
        <translation>Chefens vurdering</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="77"/>
        <source>Other assessment</source>
        <translation>Vurdering fra en anden</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="78"/>
        <source>Comments</source>
        <translation>Kommentarer</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="79"/>
        <source>not assessed</source>
        <translation>ikke vurderet</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="80"/>
        <source>Scale {low}–{high}</source>
        <translation>Skala {low}–{high}</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="81"/>
        <source>Self-assessment and manager&apos;s assessment per area</source>
        <translation>Selvevaluering og chefens vurdering pr. område</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="82"/>
        <source>Self-assessment and manager&apos;s assessment per item</source>
        <translation>Selvevaluering og chefens vurdering pr. punkt</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="83"/>
        <source>Area</source>
        <translation>Område</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="84"/>
        <source>Average</source>
        <translation>Gennemsnit</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="85"/>
        <source>No assessment has been made yet.</source>
        <translation>Der er endnu ikke foretaget nogen vurdering.</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="86"/>
        <source>Self-assessment, manager&apos;s assessment and feedback from others per area</source>
        <translation>Selvevaluering, chefens vurdering og feedback fra andre pr. område</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="89"/>
        <source>Self-assessment, manager&apos;s assessment and feedback from others per item</source>
        <translation>Selvevaluering, chefens vurdering og feedback fra andre pr. punkt</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="93"/>
        <source>Feedback from others</source>
        <translation>Feedback fra andre</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="94"/>
        <source>Feedback round of {date}: {count} respondents answered a form.</source>
        <translation>Feedbackrunde {date}: {count} personer besvarede en formular.</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="97"/>
        <source>{group} ({count})</source>
        <translation>{group} ({count})</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="98"/>
        <source>Anonymity: a group&apos;s answers are shown only when at least {threshold} people of it answered; only the summary of the answers is kept, never one person&apos;s answers.</source>
        <translation>Anonymitet: en gruppes svar vises kun, når mindst {threshold} personer i den har svaret; kun opsummeringen af svarene gemmes, aldrig én persons svar.</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="103"/>
        <source>Too few on their own, so counted with others: {groups}.</source>
        <translation>For få hver for sig, derfor talt med under andre: {groups}.</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="106"/>
        <source>Not shown (too few answers, even with others): {groups}.</source>
        <translation>Vises ikke (for få svar, også sammen med andre): {groups}.</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="109"/>
        <source>Respondents</source>
        <translation>Besvarelser</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="110"/>
        <source>Staff</source>
        <translation>Medarbejdere</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="111"/>
        <source>Peers</source>
        <translation>Kolleger</translation>
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
        <translation>Andre</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="114"/>
        <source>Where your own view and others&apos; differ most</source>
        <translation>Hvor dit eget syn og andres adskiller sig mest</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="115"/>
        <source>Own view</source>
        <translation>Eget syn</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="117"/>
        <source>Difference</source>
        <translation>Forskel</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="118"/>
        <source>Answers to the open questions</source>
        <translation>Svar på de åbne spørgsmål</translation>
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
        <translation>Der er endnu ikke sat nogen mål.</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="123"/>
        <source>Success criterion</source>
        <translation>Succeskriterium</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="124"/>
        <source>Target date</source>
        <translation>Måldato</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="125"/>
        <source>Progress</source>
        <translation>Fremdrift</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="126"/>
        <source>{value}%</source>
        <translation>{value} %</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="127"/>
        <source>In the model</source>
        <translation>I ledelsesgrundlaget</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="128"/>
        <source>Check-ins</source>
        <translation>Statusnotater</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="129"/>
        <source>Actions</source>
        <translation>Handlinger</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="130"/>
        <source>Action {number}</source>
        <translation>Handling {number}</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="131"/>
        <source>Not started</source>
        <translation>Ikke startet</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="132"/>
        <location filename="../ledarplan/pdf/labels.py" line="136"/>
        <source>In progress</source>
        <translation>I gang</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="133"/>
        <source>Reached</source>
        <translation>Nået</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="134"/>
        <source>Dropped</source>
        <translation>Opgivet</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="135"/>
        <source>Planned</source>
        <translation>Planlagt</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="137"/>
        <location filename="../ledarplan/pdf/labels.py" line="164"/>
        <source>Done</source>
        <translation>Udført</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="138"/>
        <source>Kind of learning (70-20-10)</source>
        <translation>Læringsform (70-20-10)</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="139"/>
        <source>On the job</source>
        <translation>I jobbet</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="140"/>
        <source>With others</source>
        <translation>Med andre</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="141"/>
        <source>Course</source>
        <translation>Kursus</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="142"/>
        <source>What</source>
        <translation>Hvad</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="143"/>
        <source>How</source>
        <translation>Hvordan</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="144"/>
        <source>Why</source>
        <translation>Hvorfor</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="145"/>
        <location filename="../ledarplan/pdf/labels.py" line="163"/>
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="146"/>
        <source>When</source>
        <translation>Hvornår</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="147"/>
        <source>How we follow up</source>
        <translation>Opfølgning</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="148"/>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="149"/>
        <source>Done on {date}</source>
        <translation>Udført den {date}</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="150"/>
        <source>Development activity</source>
        <translation>Udviklingsaktivitet</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="152"/>
        <source>Coaching</source>
        <translation>Coaching</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="153"/>
        <source>With</source>
        <translation>Med</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="154"/>
        <source>Topic</source>
        <translation>Emne</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="156"/>
        <source>Notes</source>
        <translation>Noter</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="157"/>
        <source>What happened</source>
        <translation>Hvad der skete</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="158"/>
        <source>What I noticed</source>
        <translation>Hvad jeg lagde mærke til</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="159"/>
        <source>What I understand now</source>
        <translation>Hvad jeg forstår nu</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="160"/>
        <source>What I will try</source>
        <translation>Hvad jeg vil prøve</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="161"/>
        <source>Agreements</source>
        <translation>Aftaler</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="162"/>
        <source>Agreement</source>
        <translation>Aftale</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="165"/>
        <source>Open</source>
        <translation>Åben</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="166"/>
        <source>Carried over</source>
        <translation>Overført</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="167"/>
        <source>Next session</source>
        <translation>Næste session</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="168"/>
        <source>No coaching sessions yet.</source>
        <translation>Ingen coachingsessioner endnu.</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="169"/>
        <source>private</source>
        <translation>privat</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="170"/>
        <source>Private notes and answers are not included in this document.</source>
        <translation>Private noter og svar er ikke med i dette dokument.</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="175"/>
        <source>Development talk {date}</source>
        <translation>Lederudviklingssamtale den {date}</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="176"/>
        <source>Participants</source>
        <translation>Deltagere</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="177"/>
        <source>Preparation</source>
        <translation>Forberedelse</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="178"/>
        <source>Question</source>
        <translation>Spørgsmål</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="179"/>
        <source>Leader</source>
        <translation>Leder</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="181"/>
        <source>Agreed summary</source>
        <translation>Fælles opsummering</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="182"/>
        <source>Follow-up date</source>
        <translation>Dato for opfølgning</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="183"/>
        <source>Signed by the leader: {name}, {date}</source>
        <translation>Godkendt af lederen: {name}, {date}</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="184"/>
        <source>Signed by the manager: {name}, {date}</source>
        <translation>Godkendt af chefen: {name}, {date}</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="185"/>
        <source>Signed in ledarplan by {name}</source>
        <translation>Godkendt i ledarplan af {name}</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="186"/>
        <source>Themes we chose</source>
        <translation>Temaer vi valgte</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="187"/>
        <source>chosen by {who}</source>
        <translation>valgt af {who}</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="188"/>
        <source>own theme, written by {who}</source>
        <translation>eget tema, skrevet af {who}</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="190"/>
        <source>the leader</source>
        <extracomment>Who chose or wrote a theme, as it reads in the middle of those sentences.</extracomment>
        <translation>lederen</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="191"/>
        <source>the manager</source>
        <translation>chefen</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="192"/>
        <source>the leader and the manager</source>
        <translation>lederen og chefen</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="193"/>
        <source>Common themes, discussed in every talk:</source>
        <translation>Fælles temaer, som drøftes i hver samtale:</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="194"/>
        <source>Chosen for this talk:</source>
        <translation>Valgt til denne samtale:</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="195"/>
        <source>The themes&apos; texts: {source}</source>
        <translation>Temaernes tekster: {source}</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="196"/>
        <source>Talk held and signed by both ({date})</source>
        <translation>Samtalen afholdt og godkendt af begge ({date})</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="197"/>
        <source>Talk held {date}; not yet signed by both</source>
        <translation>Samtalen afholdt {date}; endnu ikke godkendt af begge</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="198"/>
        <source>To be filled in at the talk.</source>
        <translation>Udfyldes ved samtalen.</translation>
    </message>
    <message>
        <location filename="../ledarplan/pdf/labels.py" line="199"/>
        <source>No development talk has been planned yet.</source>
        <translation>Der er endnu ikke planlagt nogen lederudviklingssamtale.</translation>
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
        <translation>Dato</translation>
    </message>
</context>
<context>
    <name>PeoplePanel</name>
    <message>
        <location filename="../ledarplan/gui/views/people_panel.py" line="165"/>
        <location filename="../ledarplan/gui/views/people_panel.py" line="166"/>
        <source>Search people and plans</source>
        <extracomment>A plan was chosen (its id), or nothing (None).</extracomment>
        <translation>Søg efter personer og planer</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/people_panel.py" line="167"/>
        <source>People and plans</source>
        <translation>Personer og planer</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/people_panel.py" line="168"/>
        <source>Show archived people</source>
        <translation>Vis arkiverede personer</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/people_panel.py" line="169"/>
        <source>Opening your plans…</source>
        <translation>Åbner dine planer…</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/people_panel.py" line="173"/>
        <source>draft</source>
        <translation>kladde</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/people_panel.py" line="174"/>
        <source>agreed</source>
        <translation>aftalt</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/people_panel.py" line="175"/>
        <source>followed up</source>
        <translation>fulgt op</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/people_panel.py" line="177"/>
        <source>archived</source>
        <translation>arkiveret</translation>
    </message>
</context>
<context>
    <name>PlanActions</name>
    <message>
        <location filename="../ledarplan/gui/plan_actions.py" line="37"/>
        <source>ledarplan plan files (*%1);;All files (*)</source>
        <translation>ledarplan-planfiler (*%1);;Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/plan_actions.py" line="76"/>
        <source>This could not be done</source>
        <extracomment>Replaced by tests to answer the new-plan dialog without showing it. Replaced by tests to answer the PDF dialog without showing it. Opens a finished file in the user&apos;s PDF viewer (tests record it instead).</extracomment>
        <translation>Det kunne ikke lade sig gøre</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/plan_actions.py" line="180"/>
        <source>Export the plan</source>
        <translation>Eksportér planen</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/plan_actions.py" line="181"/>
        <source>Plan exported</source>
        <translation>Planen er eksporteret</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/plan_actions.py" line="166"/>
        <source>The plan was saved to %1, with private notes.</source>
        <translation>Planen blev gemt i %1 med private noter.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/plan_actions.py" line="170"/>
        <source>The plan was saved to %1. Private notes were left out.</source>
        <translation>Planen blev gemt i %1. Private noter blev udeladt.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/plan_actions.py" line="212"/>
        <source>It is encrypted and opens only with the passphrase. Tell the passphrase another way than the file (e.g. by phone), never in the same e-mail.</source>
        <translation>Filen er krypteret og kan kun åbnes med adgangssætningen. Fortæl modtageren adgangssætningen på en anden måde end med filen (f.eks. i telefonen), aldrig i samme e-mail.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/plan_actions.py" line="221"/>
        <source>Encrypt the plan</source>
        <translation>Kryptér planen</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/plan_actions.py" line="226"/>
        <source>Choose a passphrase (at least %1 characters):</source>
        <translation>Vælg en adgangssætning (mindst %1 tegn):</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/plan_actions.py" line="236"/>
        <source>The passphrase is too short: use at least %1 characters.</source>
        <translation>Adgangssætningen er for kort: brug mindst %1 tegn.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/plan_actions.py" line="243"/>
        <source>The passphrase is wrong, or the file was changed after it was encrypted. Type the passphrase of %1 again:</source>
        <translation>Adgangssætningen er forkert, eller filen er blevet ændret, efter at den blev krypteret. Skriv adgangssætningen til %1 igen:</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/plan_actions.py" line="249"/>
        <source>%1 is encrypted. Type its passphrase:</source>
        <translation>%1 er krypteret. Skriv dens adgangssætning:</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/plan_actions.py" line="253"/>
        <source>Open an encrypted plan</source>
        <translation>Åbn en krypteret plan</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/plan_actions.py" line="264"/>
        <source>Save the plan as PDF</source>
        <translation>Gem planen som PDF</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/plan_actions.py" line="266"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokumenter (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/plan_actions.py" line="277"/>
        <source>The PDF could not be saved</source>
        <translation>PDF&apos;en kunne ikke gemmes</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/plan_actions.py" line="294"/>
        <source>Rename</source>
        <translation>Omdøb</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/plan_actions.py" line="295"/>
        <source>Name:</source>
        <translation>Navn:</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/plan_actions.py" line="310"/>
        <source>Delete %1?</source>
        <translation>Slet %1?</translation>
    </message>
    <message numerus="yes">
        <location filename="../ledarplan/gui/plan_actions.py" line="313"/>
        <source>%1 and all their data will be deleted: %n plan(s) with their assessments, goals, coaching notes and talks. This cannot be undone.</source>
        <translation>
            <numerusform>%1 og alle personens data bliver slettet: %n plan med tilhørende vurderinger, mål, coachingnoter og samtaler. Det kan ikke fortrydes.</numerusform>
            <numerusform>%1 og alle personens data bliver slettet: %n planer med tilhørende vurderinger, mål, coachingnoter og samtaler. Det kan ikke fortrydes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/plan_actions.py" line="318"/>
        <location filename="../ledarplan/gui/plan_actions.py" line="336"/>
        <source>Delete</source>
        <translation>Slet</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/plan_actions.py" line="330"/>
        <source>Delete the plan?</source>
        <translation>Slet planen?</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/plan_actions.py" line="331"/>
        <source>The plan “%1” with its assessments, goals, coaching notes and talks will be deleted. This cannot be undone.</source>
        <translation>Planen “%1” med tilhørende vurderinger, mål, coachingnoter og samtaler bliver slettet. Det kan ikke fortrydes.</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <location filename="../ledarplan/gui/views/plan_page.py" line="33"/>
        <source>What you typed waits for the organisation&apos;s database, so this stays on screen: it is saved as soon as the database is back. Choose again then.</source>
        <translation>Det, du skrev, venter på organisationens database, så dette bliver på skærmen: det gemmes, så snart databasen er tilbage. Vælg igen til den tid.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/plan_page.py" line="215"/>
        <source>This could not be done</source>
        <extracomment>The parts of a plan the page shows: a change to any other part does not reload it. Where a page lays out its widgets. What the user typed on its way to the services (autosave, flush, refused saves). Shows the choice between theirs and mine; the choices, or None (decided later). Saves given up while the database did not answer, by record: it may have committed them (a lost answer to COMMIT), and then the next save meets them as &quot;saved meanwhile&quot; — this window&apos;s own earlier text, not someone else&apos;s (`store_edited`).</extracomment>
        <translation>Det kunne ikke lade sig gøre</translation>
    </message>
</context>
<context>
    <name>PlanPropertiesDialog</name>
    <message>
        <location filename="../ledarplan/gui/views/plan_properties_dialog.py" line="96"/>
        <source>Plan properties</source>
        <translation>Planens egenskaber</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/plan_properties_dialog.py" line="97"/>
        <source>Whose plan:</source>
        <translation>Hvis plan:</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/plan_properties_dialog.py" line="98"/>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/plan_properties_dialog.py" line="99"/>
        <source>Leadership model:</source>
        <translation>Ledelsesgrundlag:</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/plan_properties_dialog.py" line="100"/>
        <source>Period:</source>
        <translation>Periode:</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/plan_properties_dialog.py" line="101"/>
        <source>This copy of the plan is</source>
        <translation>Dette eksemplar af planen er</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/plan_properties_dialog.py" line="102"/>
        <source>M&amp;y own plan: I am the leader</source>
        <translation>Min e&amp;gen plan: jeg er lederen</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/plan_properties_dialog.py" line="103"/>
        <source>The plan of &amp;someone I manage: I am their manager</source>
        <translation>Planen for en, jeg er &amp;chef for: jeg er chefen</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/plan_properties_dialog.py" line="106"/>
        <source>This copy was merged with the other desk&apos;s on %1; whose desk it is on can no longer change.</source>
        <translation>Dette eksemplar blev flettet med den anden parts den %1; hvis eksemplar det er, kan ikke længere ændres.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/plan_properties_dialog.py" line="111"/>
        <source>Each desk changes its own parts of the plan and sees the other desk&apos;s read-only. This can be changed until the copy is first merged with the other desk&apos;s.</source>
        <translation>Hver part ændrer sine egne dele af planen og ser den andens skrivebeskyttet. Det kan ændres, indtil eksemplaret første gang flettes med den anden parts.</translation>
    </message>
</context>
<context>
    <name>PlanWorkspace</name>
    <message>
        <location filename="../ledarplan/gui/views/workspace.py" line="258"/>
        <source>Leadership model</source>
        <extracomment>True while some page&apos;s typed work waits for the organisation&apos;s database to be back. How often the open plan is looked at for someone else&apos;s changes. The page of each tab once built (None: an empty stand-in holds its tab till then).</extracomment>
        <translation>Ledelsesgrundlag</translation>
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
        <translation>Spørgsmål</translation>
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
        <translation>Delt</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/prep_panel.py" line="212"/>
        <source>Private</source>
        <translation>Privat</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/prep_panel.py" line="213"/>
        <source>For the record</source>
        <translation>Til referatet</translation>
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
        <translation>Fælles tema: %1</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/prep_panel.py" line="220"/>
        <source>(none)</source>
        <translation>(intet)</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/prep_panel.py" line="225"/>
        <source>Add a question of your own (Insert)</source>
        <translation>Tilføj dit eget spørgsmål (Insert)</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/prep_panel.py" line="226"/>
        <source>Add question</source>
        <translation>Tilføj spørgsmål</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/prep_panel.py" line="229"/>
        <location filename="../ledarplan/gui/views/talk/prep_panel.py" line="354"/>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/prep_panel.py" line="230"/>
        <location filename="../ledarplan/gui/views/talk/prep_panel.py" line="238"/>
        <source>Remove the selected question (Delete)</source>
        <translation>Fjern det valgte spørgsmål (Delete)</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/prep_panel.py" line="231"/>
        <location filename="../ledarplan/gui/views/talk/prep_panel.py" line="352"/>
        <source>Remove question</source>
        <translation>Fjern spørgsmål</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/prep_panel.py" line="234"/>
        <source>Move the question up (Ctrl+Up)</source>
        <translation>Flyt spørgsmålet op (Ctrl+Op)</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/prep_panel.py" line="234"/>
        <source>Move up</source>
        <translation>Flyt op</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/prep_panel.py" line="235"/>
        <source>Move the question down (Ctrl+Down)</source>
        <translation>Flyt spørgsmålet ned (Ctrl+Ned)</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/prep_panel.py" line="235"/>
        <source>Move down</source>
        <translation>Flyt ned</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/prep_panel.py" line="240"/>
        <source>A common theme is discussed in every talk: it stays in the preparation</source>
        <translation>Et fælles tema drøftes i hver samtale: det bliver i forberedelsen</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/prep_panel.py" line="243"/>
        <source>Choose theme&amp;s…</source>
        <translation>Vælg te&amp;maer…</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/prep_panel.py" line="254"/>
        <source>Ti&amp;me frame:</source>
        <translation>&amp;Tidsperspektiv:</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/prep_panel.py" line="255"/>
        <source>&amp;Answer:</source>
        <translation>Sv&amp;ar:</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/prep_panel.py" line="246"/>
        <source>Pick conversation cards from the leadership model: the themes you want to talk about become questions of your preparation</source>
        <translation>Vælg samtalekort fra ledelsesgrundlaget: de temaer, du vil tale om, bliver spørgsmål i din forberedelse</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/prep_panel.py" line="224"/>
        <source>Add q&amp;uestion</source>
        <translation>Tilf&amp;øj spørgsmål</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/prep_panel.py" line="250"/>
        <source>O&amp;wn theme</source>
        <translation>E&amp;get tema</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/prep_panel.py" line="251"/>
        <source>Write a theme of your own for the talk</source>
        <translation>Skriv dit eget tema til samtalen</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/prep_panel.py" line="252"/>
        <source>&amp;Question:</source>
        <translation>S&amp;pørgsmål:</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/prep_panel.py" line="253"/>
        <source>This question comes from the leadership model.</source>
        <translation>Dette spørgsmål kommer fra ledelsesgrundlaget.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/prep_panel.py" line="256"/>
        <source>&amp;Private</source>
        <translation>Pr&amp;ivat</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/prep_panel.py" line="257"/>
        <source>Questions</source>
        <translation>Spørgsmål</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/prep_panel.py" line="261"/>
        <source>Private answer</source>
        <translation>Privat svar</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/prep_panel.py" line="267"/>
        <source>Looking back</source>
        <translation>Tilbageblik</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/prep_panel.py" line="268"/>
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/prep_panel.py" line="269"/>
        <source>Looking ahead</source>
        <translation>Fremadblik</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/prep_panel.py" line="320"/>
        <source>New question</source>
        <translation>Nyt spørgsmål</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/prep_panel.py" line="330"/>
        <source>My own theme</source>
        <translation>Mit eget tema</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/prep_panel.py" line="353"/>
        <source>Remove the question “%1” and its answer?</source>
        <translation>Fjern spørgsmålet “%1” og dets svar?</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/prep_panel.py" line="420"/>
        <source>Private: my own notes, never in the PDF or exchange file unless I choose.</source>
        <translation>Privat: mine egne noter, aldrig med i PDF&apos;en eller udvekslingsfilen, medmindre jeg vælger det.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/prep_panel.py" line="424"/>
        <source>For the record: part of the talk&apos;s record, in the PDF and exchange file.</source>
        <translation>Til referatet: en del af samtalens referat, med i PDF&apos;en og udvekslingsfilen.</translation>
    </message>
</context>
<context>
    <name>PresetsProblemsBanner</name>
    <message numerus="yes">
        <location filename="../ledarplan/gui/pack_banner.py" line="86"/>
        <source>%n of your organisation&apos;s preset(s) could not be used; ledarplan uses its defaults for them.</source>
        <translation>
            <numerusform>%n af organisationens forudindstillinger kunne ikke bruges; ledarplan bruger sin standard for den.</numerusform>
            <numerusform>%n af organisationens forudindstillinger kunne ikke bruges; ledarplan bruger sin standard for dem.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/pack_banner.py" line="91"/>
        <source>Organisation presets</source>
        <translation>Organisationens forudindstillinger</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/pack_banner.py" line="92"/>
        <source>These settings in the organisation&apos;s presets file were left out. Tell whoever installed ledarplan (often HR or IT).</source>
        <translation>Disse indstillinger i organisationens fil med forudindstillinger blev ikke brugt. Sig det til den, der installerede ledarplan (ofte HR eller IT).</translation>
    </message>
</context>
<context>
    <name>PrivateMarker</name>
    <message>
        <location filename="../ledarplan/gui/views/coaching/private_marker.py" line="60"/>
        <source>Private — not exported or printed unless you choose</source>
        <translation>Privat — bliver ikke eksporteret eller udskrevet, medmindre du vælger det</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching/private_marker.py" line="62"/>
        <source>Shareable — included when you export or print the plan</source>
        <translation>Kan deles — kommer med, når du eksporterer eller udskriver planen</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <location filename="../ledarplan/gui/prompts.py" line="131"/>
        <source>Type the same passphrase again:</source>
        <extracomment>Where what the user chose is remembered across starts (the settings file); without it (a dialog used alone), only while the program runs.</extracomment>
        <translation>Skriv den samme adgangssætning igen:</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/prompts.py" line="141"/>
        <source>The two passphrases differ. Please type them again.</source>
        <translation>De to adgangssætninger er forskellige. Skriv dem igen.</translation>
    </message>
</context>
<context>
    <name>RatingEditor</name>
    <message>
        <location filename="../ledarplan/gui/views/assessment/rating_editor.py" line="122"/>
        <source>Assessed &amp;by:</source>
        <translation>Vurderet &amp;af:</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/assessment/rating_editor.py" line="123"/>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/assessment/rating_editor.py" line="124"/>
        <source>&amp;Date:</source>
        <translation>&amp;Dato:</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/assessment/rating_editor.py" line="125"/>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote:</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/assessment/rating_editor.py" line="126"/>
        <source>&amp;Ratings</source>
        <translation>S&amp;corer</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/assessment/rating_editor.py" line="130"/>
        <source>Who assessed</source>
        <translation>Hvem vurderede</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/assessment/rating_editor.py" line="131"/>
        <source>Name of the assessor</source>
        <translation>Navn på den, der har vurderet</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/assessment/rating_editor.py" line="132"/>
        <source>Name of the person assessing</source>
        <translation>Navn på den, der vurderer</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/assessment/rating_editor.py" line="133"/>
        <source>Date of the assessment</source>
        <translation>Dato for vurderingen</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/assessment/rating_editor.py" line="134"/>
        <source>Note on the assessment</source>
        <translation>Note til vurderingen</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/assessment/rating_editor.py" line="136"/>
        <source>What the assessment is based on, e.g. concrete situations</source>
        <translation>Hvad vurderingen bygger på, f.eks. konkrete situationer</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/assessment/rating_editor.py" line="138"/>
        <source>Ratings of the model&apos;s items</source>
        <translation>Scorer for ledelsesgrundlagets punkter</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/assessment/rating_editor.py" line="146"/>
        <source>Type %1–%2 to rate the selected item, 0 or Delete for not assessed; Tab goes to the comment, Enter to the next item.</source>
        <translation>Tast %1–%2 for at give det valgte punkt en score, 0 eller Delete for ikke vurderet; Tab går til kommentaren, Enter til næste punkt.</translation>
    </message>
</context>
<context>
    <name>RatingTableModel</name>
    <message>
        <location filename="../ledarplan/gui/models/rating_table.py" line="145"/>
        <source>Not assessed</source>
        <extracomment>The rating as a number, or None for &quot;not assessed&quot; (DisplayRole shows it as text). The user changed a rating or a comment (not emitted when the model is filled).</extracomment>
        <translation>Ikke vurderet</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/models/rating_table.py" line="156"/>
        <source>Type %1–%2 to rate, 0 or Delete for not assessed</source>
        <translation>Tast %1–%2 for at give en score, 0 eller Delete for ikke vurderet</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/models/rating_table.py" line="190"/>
        <source>Expected of %1</source>
        <translation>Forventninger til %1</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/models/rating_table.py" line="191"/>
        <source>Expectation</source>
        <translation>Forventning</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/models/rating_table.py" line="194"/>
        <source>Rating (%1–%2)</source>
        <translation>Score (%1–%2)</translation>
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
        <translation>skal være tekst</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="106"/>
        <source>contains control characters</source>
        <translation>indeholder kontroltegn</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="109"/>
        <source>is too long (%1 characters; at most %2)</source>
        <translation>er for lang (%1 tegn; højst %2)</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="111"/>
        <source>must not be empty</source>
        <translation>må ikke være tom</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="112"/>
        <source>must be a single line</source>
        <translation>skal stå på én linje</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="115"/>
        <source>has too many entries (%1; at most %2)</source>
        <translation>har for mange poster (%1; højst %2)</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="119"/>
        <source>ends (%1) before it starts (%2)</source>
        <translation>slutter (%1), før den begynder (%2)</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="123"/>
        <source>“%1” is not an e-mail address</source>
        <translation>“%1” er ikke en e-mailadresse</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="127"/>
        <source>a plan cannot go from “%1” to “%2”</source>
        <translation>en plan kan ikke skifte fra “%1” til “%2”</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="131"/>
        <source>must run from a lower to a higher number within 0–%1</source>
        <translation>skal gå fra et lavere til et højere tal inden for 0–%1</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="135"/>
        <source>is not an item of the plan&apos;s model</source>
        <translation>er ikke et punkt i planens ledelsesgrundlag</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="137"/>
        <source>is rated twice</source>
        <translation>er vurderet to gange</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="140"/>
        <source>%1 is outside the scale %2–%3</source>
        <translation>%1 ligger uden for skalaen %2–%3</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="144"/>
        <location filename="../ledarplan/gui/error_text.py" line="151"/>
        <source>%1 % is not between 0 and 100 %</source>
        <translation>%1 % er ikke mellem 0 og 100 %</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="148"/>
        <source>“%1” is not an item of the plan&apos;s model</source>
        <translation>“%1” er ikke et punkt i planens ledelsesgrundlag</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="150"/>
        <source>an item is linked twice</source>
        <translation>et punkt er tilknyttet to gange</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="154"/>
        <source>a linked goal is not a goal of this plan</source>
        <translation>et tilknyttet mål hører ikke til denne plan</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="158"/>
        <source>the next session cannot be before this one</source>
        <translation>næste session kan ikke ligge før denne</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="162"/>
        <source>is the leader&apos;s own part: only the leader&apos;s desk changes it</source>
        <translation>er lederens egen del: kun lederens eksemplar kan ændre den</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="166"/>
        <source>is the manager&apos;s own part: only the manager&apos;s desk changes it</source>
        <translation>er chefens egen del: kun chefens eksemplar kan ændre den</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="170"/>
        <source>already signed by %1</source>
        <translation>allerede godkendt af %1</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="173"/>
        <source>the talk is signed by both and can no longer be changed</source>
        <translation>samtalen er godkendt af begge og kan ikke længere ændres</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="178"/>
        <source>this copy has already been merged with the other desk&apos;s; whose desk it is on can no longer change</source>
        <translation>dette eksemplar er allerede flettet med den anden parts; hvis eksemplar det er, kan ikke længere ændres</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="186"/>
        <source>an agreement to carry over is no longer open</source>
        <translation>en aftale, der skal overføres, er ikke længere åben</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="190"/>
        <source>the agreement is not in this session</source>
        <translation>aftalen hører ikke til denne session</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="192"/>
        <source>there is no model “%1”</source>
        <translation>ledelsesgrundlaget “%1” findes ikke</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="195"/>
        <source>choose a role level of the model “%1”</source>
        <translation>vælg et ledelsesniveau i ledelsesgrundlaget “%1”</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="199"/>
        <source>the model “%1” has no role level “%2”</source>
        <translation>ledelsesgrundlaget “%1” har ikke ledelsesniveauet “%2”</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="205"/>
        <source>draft</source>
        <extracomment>Values the reasons quote that are words, not names (a plan&apos;s status).</extracomment>
        <translation>kladde</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="206"/>
        <source>agreed</source>
        <translation>aftalt</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="207"/>
        <source>followed up</source>
        <translation>fulgt op</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="210"/>
        <source>This was deleted in the meantime. Please look again.</source>
        <translation>Det er blevet slettet i mellemtiden. Se efter igen.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="211"/>
        <source>This clashes with what is already stored.</source>
        <translation>Det er i konflikt med det, der allerede er gemt.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="212"/>
        <source>Someone else saved this after you opened it (%1), so what you typed was not saved: it is still on your screen. Open the plan again to see their change, then make yours again.</source>
        <translation>En anden gemte dette, efter du åbnede det (%1), så det, du skrev, blev ikke gemt: det står stadig på skærmen. Åbn planen igen for at se deres ændring, og lav så din igen.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="217"/>
        <source>Someone else saved this after you opened it (%1), and you have not yet chosen between theirs and yours: what you typed is still on your screen, not saved. Type on, or leave the field, to choose.</source>
        <translation>En anden gemte dette, efter du åbnede det (%1), og du har endnu ikke valgt mellem deres og dit: det, du skrev, står stadig på skærmen, ikke gemt. Skriv videre, eller forlad feltet, for at vælge.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="225"/>
        <source>The disk is full, so this was not saved. What was saved before is intact; free some space and try again.

File: %1</source>
        <translation>Disken er fuld, så dette blev ikke gemt. Det, der var gemt før, er bevaret; frigør noget plads, og prøv igen.

Fil: %1</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="230"/>
        <source>Another program is holding the database locked, so this was not saved. What was saved before is intact; close the other program and try again.

File: %1</source>
        <translation>Et andet program holder databasen låst, så dette blev ikke gemt. Det, der var gemt før, er bevaret; luk det andet program, og prøv igen.

Fil: %1</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="236"/>
        <source>The data folder cannot be written to (%2), so this was not saved. What was saved before is intact; ledarplan must be able to write in this folder.

Folder: %1</source>
        <translation>Der kan ikke skrives i datamappen (%2), så dette blev ikke gemt. Det, der var gemt før, er bevaret; ledarplan skal kunne skrive i denne mappe.

Mappe: %1</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="241"/>
        <source>The folder cannot be written to (%2), so this was not saved. What was saved before is intact.

Folder: %1</source>
        <translation>Der kan ikke skrives i mappen (%2), så dette blev ikke gemt. Det, der var gemt før, er bevaret.

Mappe: %1</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="246"/>
        <source>The file is read-only (%2), so this was not saved. What was saved before is intact.

File: %1</source>
        <translation>Filen er skrivebeskyttet (%2), så dette blev ikke gemt. Det, der var gemt før, er bevaret.

Fil: %1</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="253"/>
        <source>Your data folder is on a network share (%2). A database there can be damaged, so ledarplan does not open it there.

Folder: %1

Keep your plans on this computer&apos;s own disk (the usual place is %3: start ledarplan without --data-dir), and let the backups go to the network folder instead: File → Backups, backup folder. If your organisation has checked its setup, it can allow a network folder in its presets (allow_network_data_folder).</source>
        <translation>Din datamappe ligger på et netværksdrev (%2). En database dér kan blive beskadiget, så ledarplan åbner den ikke dér.

Mappe: %1

Hold dine planer på denne computers egen disk (det sædvanlige sted er %3: start ledarplan uden --data-dir), og lad sikkerhedskopierne gå til netværksmappen i stedet: Filer → Sikkerhedskopier, mappe til sikkerhedskopier. Hvis din organisation har kontrolleret sit miljø, kan den tillade en netværksmappe i sine forudindstillinger (allow_network_data_folder).</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="262"/>
        <source>Your data folder is in a synced folder (%2). The sync program can put an older copy of the database back over a newer one, so ledarplan does not open it there.

Folder: %1

Keep your plans on this computer&apos;s own disk (the usual place is %3: start ledarplan without --data-dir), and let the backups go to the synced folder instead: File → Backups, backup folder. If your organisation has checked its setup, it can allow it in its presets (allow_network_data_folder).</source>
        <translation>Din datamappe ligger i en synkroniseret mappe (%2). Synkroniseringsprogrammet kan lægge en ældre kopi af databasen tilbage over en nyere, så ledarplan åbner den ikke dér.

Mappe: %1

Hold dine planer på denne computers egen disk (det sædvanlige sted er %3: start ledarplan uden --data-dir), og lad sikkerhedskopierne gå til den synkroniserede mappe i stedet: Filer → Sikkerhedskopier, mappe til sikkerhedskopier. Hvis din organisation har kontrolleret sit miljø, kan den tillade det i sine forudindstillinger (allow_network_data_folder).</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="273"/>
        <source>The backup folder is not there (is the drive connected?), so today&apos;s backup was not copied to it. The backup beside your data was made as usual. You are told once; the copy is made again at a later start.

Folder: %1</source>
        <translation>Mappen til sikkerhedskopier findes ikke (er drevet tilsluttet?), så dagens sikkerhedskopi blev ikke kopieret dertil. Sikkerhedskopien ved siden af dine data blev lavet som sædvanligt. Du får det at vide én gang; kopien laves igen ved en senere start.

Mappe: %1</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="279"/>
        <source>Today&apos;s backup could not be copied to the backup folder: %2. The backup beside your data was made as usual. You are told once; the copy is tried again at every start.

Folder: %1</source>
        <translation>Dagens sikkerhedskopi kunne ikke kopieres til mappen til sikkerhedskopier: %2. Sikkerhedskopien ved siden af dine data blev lavet som sædvanligt. Du får det at vide én gang; kopien forsøges igen ved hver start.

Mappe: %1</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="286"/>
        <source>This could not be saved (%2). What was saved before is intact.

File: %1</source>
        <translation>Dette kunne ikke gemmes (%2). Det, der var gemt før, er bevaret.

Fil: %1</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="289"/>
        <source>The file could not be written: %2. Nothing was changed there.

File: %1</source>
        <translation>Filen kunne ikke skrives: %2. Intet blev ændret der.

Fil: %1</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="293"/>
        <source>the disk is full</source>
        <translation>disken er fuld</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="294"/>
        <source>the folder is read-only</source>
        <translation>mappen er skrivebeskyttet</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/error_text.py" line="295"/>
        <source>you may not write there</source>
        <translation>du har ikke tilladelse til at skrive der</translation>
    </message>
</context>
<context>
    <name>Refusals</name>
    <message>
        <location filename="../ledarplan/gui/refusals.py" line="24"/>
        <source>This needs the organisation&apos;s database, which cannot be reached just now, so nothing was changed. Try again once it is back.</source>
        <extracomment>How long the status bar says that an action needs the database.</extracomment>
        <translation>Dette kræver organisationens database, som ikke kan nås lige nu, så intet blev ændret. Prøv igen, når den er tilbage.</translation>
    </message>
</context>
<context>
    <name>RoundListModel</name>
    <message>
        <location filename="../ledarplan/gui/models/round_list.py" line="82"/>
        <source>%1 of %2</source>
        <translation>%1 af %2</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/models/round_list.py" line="101"/>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/models/round_list.py" line="102"/>
        <source>Assessed by</source>
        <translation>Vurderet af</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/models/round_list.py" line="103"/>
        <source>Rated</source>
        <translation>Vurderet</translation>
    </message>
</context>
<context>
    <name>SavedMeanwhileDialog</name>
    <message>
        <location filename="../ledarplan/gui/views/saved_meanwhile_dialog.py" line="69"/>
        <location filename="../ledarplan/gui/views/saved_meanwhile_dialog.py" line="105"/>
        <source>Saved by someone else meanwhile</source>
        <extracomment>Whose desk this window is (their save is &quot;yours, elsewhere&quot;); None: not known.</extracomment>
        <translation>Gemt af en anden i mellemtiden</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/saved_meanwhile_dialog.py" line="71"/>
        <source>Someone else saved %1 while you were changing it.</source>
        <translation>En anden gemte %1, mens du ændrede det.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/saved_meanwhile_dialog.py" line="77"/>
        <source>Everything else of theirs and yours is kept. For what you both changed, choose below: keep yours, take theirs, or keep both texts. Until you save, what you typed stays on your screen and nothing is written.</source>
        <translation>Alt andet af deres og dit beholdes. For det, I begge ændrede, vælg nedenfor: behold dit, tag deres, eller behold begge tekster. Indtil du gemmer, står det, du skrev, på skærmen, og intet skrives.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/saved_meanwhile_dialog.py" line="84"/>
        <source>Mine (typed here)</source>
        <translation>Mit (skrevet her)</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/saved_meanwhile_dialog.py" line="85"/>
        <source>Theirs (saved)</source>
        <translation>Deres (gemt)</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/saved_meanwhile_dialog.py" line="84"/>
        <source>Mine — typed here</source>
        <translation>Mit — skrevet her</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/saved_meanwhile_dialog.py" line="85"/>
        <source>Theirs — saved meanwhile</source>
        <translation>Deres — gemt i mellemtiden</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/saved_meanwhile_dialog.py" line="87"/>
        <source>&amp;Save</source>
        <translation>&amp;Gem</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/saved_meanwhile_dialog.py" line="88"/>
        <source>Decide later</source>
        <translation>Vælg senere</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/saved_meanwhile_dialog.py" line="99"/>
        <source>Typed here, not saved</source>
        <translation>Skrevet her, ikke gemt</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/saved_meanwhile_dialog.py" line="111"/>
        <source>Saved by you, in another window, at %1</source>
        <translation>Gemt af dig, i et andet vindue, kl. %1</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/saved_meanwhile_dialog.py" line="113"/>
        <source>Saved by you, in another window, on %1</source>
        <translation>Gemt af dig, i et andet vindue, den %1</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/saved_meanwhile_dialog.py" line="117"/>
        <source>Saved by the manager at %1</source>
        <translation>Gemt af chefen kl. %1</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/saved_meanwhile_dialog.py" line="119"/>
        <source>Saved by the manager on %1</source>
        <translation>Gemt af chefen den %1</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/saved_meanwhile_dialog.py" line="123"/>
        <source>Saved by the leader at %1</source>
        <translation>Gemt af lederen kl. %1</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/saved_meanwhile_dialog.py" line="125"/>
        <source>Saved by the leader on %1</source>
        <translation>Gemt af lederen den %1</translation>
    </message>
</context>
<context>
    <name>Scale</name>
    <message>
        <location filename="../ledarplan/frameworks/scale.py" line="24"/>
        <source>Not yet shown</source>
        <translation>Vises endnu ikke</translation>
    </message>
    <message>
        <location filename="../ledarplan/frameworks/scale.py" line="25"/>
        <source>Shown now and then</source>
        <translation>Vises af og til</translation>
    </message>
    <message>
        <location filename="../ledarplan/frameworks/scale.py" line="26"/>
        <source>Shown in most situations</source>
        <translation>Vises i de fleste situationer</translation>
    </message>
    <message>
        <location filename="../ledarplan/frameworks/scale.py" line="27"/>
        <source>Shown in all situations, also difficult ones</source>
        <translation>Vises i alle situationer, også svære</translation>
    </message>
    <message>
        <location filename="../ledarplan/frameworks/scale.py" line="28"/>
        <source>A strength others learn from</source>
        <translation>En styrke, som andre lærer af</translation>
    </message>
</context>
<context>
    <name>SessionEditor</name>
    <message>
        <location filename="../ledarplan/gui/views/coaching/session_editor.py" line="330"/>
        <source>Da&amp;te:</source>
        <extracomment>An agreement&apos;s &quot;done&quot; box changed: (agreement id, done).</extracomment>
        <translation>&amp;Dato:</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching/session_editor.py" line="331"/>
        <source>&amp;With whom:</source>
        <translation>&amp;Med hvem:</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching/session_editor.py" line="332"/>
        <source>Topi&amp;c:</source>
        <translation>&amp;Emne:</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching/session_editor.py" line="333"/>
        <source>Next sess&amp;ion:</source>
        <translation>Næste &amp;gang:</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching/session_editor.py" line="334"/>
        <source>Linked &amp;goals:</source>
        <translation>Tilkn&amp;yttede mål:</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching/session_editor.py" line="335"/>
        <source>The plan has no goals yet.</source>
        <translation>Planen har endnu ingen mål.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching/session_editor.py" line="336"/>
        <source>Session date</source>
        <translation>Sessionens dato</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching/session_editor.py" line="337"/>
        <source>With whom</source>
        <translation>Med hvem</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching/session_editor.py" line="338"/>
        <source>Coach, mentor or manager</source>
        <translation>Coach, mentor eller chef</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching/session_editor.py" line="339"/>
        <source>Topic</source>
        <translation>Emne</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching/session_editor.py" line="340"/>
        <source>What the session was about</source>
        <translation>Hvad sessionen handlede om</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching/session_editor.py" line="341"/>
        <source>Next session date</source>
        <translation>Dato for næste session</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching/session_editor.py" line="342"/>
        <source>Goals this session worked on</source>
        <translation>Mål, som sessionen arbejdede med</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching/session_editor.py" line="343"/>
        <source>N&amp;otes</source>
        <translation>N&amp;oter</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching/session_editor.py" line="344"/>
        <source>Notes</source>
        <translation>Noter</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching/session_editor.py" line="345"/>
        <source>What was said, in your own words.</source>
        <translation>Hvad der blev sagt, med dine egne ord.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching/session_editor.py" line="346"/>
        <source>&amp;Share these notes</source>
        <translation>Del disse no&amp;ter</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching/session_editor.py" line="348"/>
        <source>Include these notes when you export or print the plan</source>
        <translation>Tag noterne med, når du eksporterer eller udskriver planen</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching/session_editor.py" line="351"/>
        <source>Reflection — Kolb&apos;s learning cycle</source>
        <translation>Refleksion — Kolbs læringscirkel</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching/session_editor.py" line="353"/>
        <source>Go round the cycle once: from what happened to what you will try next.</source>
        <translation>Gå én gang rundt i cirklen: fra det, der skete, til det, du vil prøve næste gang.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching/session_editor.py" line="356"/>
        <source>E&amp;xperience — what happened?</source>
        <translation>O&amp;plevelse — hvad skete der?</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching/session_editor.py" line="357"/>
        <source>&amp;Reflection — what did I notice?</source>
        <translation>Refle&amp;ksion — hvad lagde jeg mærke til?</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching/session_editor.py" line="358"/>
        <source>Concl&amp;usion — what do I understand now?</source>
        <translation>Konkl&amp;usion — hvad forstår jeg nu?</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching/session_editor.py" line="359"/>
        <source>Ex&amp;periment — what will I try?</source>
        <translation>Eksperiment — hvad vil &amp;jeg prøve?</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching/session_editor.py" line="364"/>
        <source>Agree&amp;ments</source>
        <translation>&amp;Aftaler</translation>
    </message>
</context>
<context>
    <name>SignOffBar</name>
    <message>
        <location filename="../ledarplan/gui/views/talk/sign_off_bar.py" line="57"/>
        <source>Sign &amp;off…</source>
        <translation>G&amp;odkend…</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/sign_off_bar.py" line="60"/>
        <source>Sign the record of the talk at this desk. Once both of you have signed, it can no longer be changed.</source>
        <translation>Godkend referatet af samtalen i dit eksemplar. Når I begge har godkendt det, kan det ikke længere ændres.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/sign_off_bar.py" line="78"/>
        <source>Signed by the leader, %1, on %2.</source>
        <translation>Godkendt af lederen, %1, den %2.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/sign_off_bar.py" line="80"/>
        <source>Signed by the manager, %1, on %2.</source>
        <translation>Godkendt af chefen, %1, den %2.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/sign_off_bar.py" line="87"/>
        <source>The record is final and can no longer be changed.</source>
        <translation>Referatet er endeligt og kan ikke længere ændres.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/sign_off_bar.py" line="91"/>
        <source>Waiting for the other signature: send the plan to the other desk, and update it from their file when they have signed.</source>
        <translation>Venter på den anden underskrift: send planen til den anden part, og opdatér den fra deres fil, når de har godkendt.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/sign_off_bar.py" line="66"/>
        <source>At a public employer, a signed record of the talk can become a public document (allmän handling / offentligt dokument). Keep private notes marked private.</source>
        <translation>Hos en offentlig arbejdsgiver kan et godkendt referat af samtalen blive omfattet af aktindsigt (allmän handling / offentligt dokument). Hold private noter markeret som private.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/sign_off_bar.py" line="98"/>
        <source>Not signed off yet. When the talk is over and you both agree on the record, sign it off.</source>
        <translation>Endnu ikke godkendt. Når samtalen er slut, og I begge er enige om referatet, så godkend det.</translation>
    </message>
</context>
<context>
    <name>StandardQuestions</name>
    <message>
        <location filename="../ledarplan/gui/views/talk/standard_questions.py" line="24"/>
        <source>What went well in the past period?</source>
        <translation>Hvad gik godt i den forløbne periode?</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/standard_questions.py" line="25"/>
        <source>What was hard?</source>
        <translation>Hvad var svært?</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/standard_questions.py" line="26"/>
        <source>How are you doing in your role today?</source>
        <translation>Hvordan går det med dig i din rolle i dag?</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/standard_questions.py" line="28"/>
        <source>What do you want to develop in the coming year?</source>
        <translation>Hvad vil du udvikle i det kommende år?</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/standard_questions.py" line="31"/>
        <source>What support do you need?</source>
        <translation>Hvilken støtte har du brug for?</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../ledarplan/gui/application.py" line="63"/>
        <location filename="../ledarplan/gui/application.py" line="79"/>
        <source>ledarplan cannot start</source>
        <extracomment>The use cases over the user&apos;s database. The organisation&apos;s presets, checked against the models, and what was wrong in them. Said once the window is up: where the data was moved to (see app.MoveNote).</extracomment>
        <translation>ledarplan kan ikke starte</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/application.py" line="64"/>
        <source>Your data could not be opened. Nothing has been changed.

%1</source>
        <translation>Dine data kunne ikke åbnes. Intet er blevet ændret.

%1</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/application.py" line="80"/>
        <source>ledarplan keeps your plans in the folder below, but it cannot be created or written to (%2).

Folder: %1

Ask for a folder you may write in, or start ledarplan with --data-dir and a folder of your own. Nothing has been changed.</source>
        <translation>ledarplan gemmer dine planer i mappen nedenfor, men den kan ikke oprettes eller skrives i (%2).

Mappe: %1

Bed om en mappe, du må skrive i, eller start ledarplan med --data-dir og en mappe, du selv ejer. Intet er ændret.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/application.py" line="98"/>
        <source>Your data could not be opened</source>
        <translation>Dine data kunne ikke åbnes</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/application.py" line="99"/>
        <source>%1

The latest good backup is from %2. Put it in place of the damaged file? The damaged file is kept beside it, unchanged.</source>
        <translation>%1

Den seneste fejlfri sikkerhedskopi er fra %2. Vil du bruge den i stedet for den beskadigede fil? Den beskadigede fil gemmes uændret ved siden af.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/application.py" line="118"/>
        <source>Your plans are open on another computer</source>
        <translation>Dine planer er åbne på en anden computer</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/application.py" line="119"/>
        <source>ledarplan is open with your plans on %1 (since %2). Close it there first, then start it here again.

Only if %1 was switched off or lost its connection without closing ledarplan: open your plans here anyway.</source>
        <translation>ledarplan er åben med dine planer på %1 (siden %2). Luk den dér først, og start den så her igen.

Kun hvis %1 blev slukket eller mistede forbindelsen, uden at ledarplan blev lukket: åbn dine planer her alligevel.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/application.py" line="130"/>
        <source>Open here anyway</source>
        <translation>Åbn her alligevel</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/application.py" line="150"/>
        <source>Start from your backup?</source>
        <translation>Start fra din sikkerhedskopi?</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/application.py" line="151"/>
        <source>There are no plans on this computer yet, but the backup folder has a backup of your plans from %2:

%1

Start from that backup?</source>
        <translation>Der er endnu ingen planer på denne computer, men mappen til sikkerhedskopier har en sikkerhedskopi af dine planer fra %2:

%1

Vil du starte fra den sikkerhedskopi?</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/application.py" line="303"/>
        <source>Your data could not be moved from %1 to this computer&apos;s own disk (%3). It is used where it is this time, and moved at a later start.</source>
        <extracomment>The backup could not be made: why, in the user&apos;s language. The backup folder could not take today&apos;s copy (said once, not at every start).</extracomment>
        <translation>Dine data kunne ikke flyttes fra %1 til denne computers egen disk (%3). De bruges, hvor de er, denne gang og flyttes ved en senere start.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/application.py" line="309"/>
        <source>Your plans are now kept on this computer&apos;s own disk, in %2. They were in %1, which is copied to a server and back at every log-on; a database there can be put back to an older copy.</source>
        <translation>Dine planer ligger nu på denne computers egen disk, i %2. De lå i %1, som kopieres til en server og tilbage ved hvert logon; en database dér kan blive sat tilbage til en ældre kopi.</translation>
    </message>
</context>
<context>
    <name>SummaryFile</name>
    <message>
        <location filename="../ledarplan/summary/document.py" line="223"/>
        <source>the file is too large for a summary (at most {max} bytes)</source>
        <extracomment>What the file is called: &quot;Organisation summary 2026.ledarplan-summary.json&quot;. The other files of the program, named when one is given instead of a summary. An id of the model pack: lower-case letters, digits and single hyphens (as packs write them). A model version as a plain number (&quot;1&quot;, &quot;2021.1&quot;); any other version is not written. A year the organisation&apos;s database folded: the plan is of a year shared by fewer plans of its model than the threshold, and is counted in &quot;all years&quot; only (storage.hr_picture). A summary file written by a leader never holds it. None: the plan has no level, or the organisation&apos;s database folded it into all levels. The month the file was written (no finer date anywhere in the file).</extracomment>
        <translation>filen er for stor til en opsamling (højst {max} byte)</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/document.py" line="224"/>
        <source>the file is not UTF-8 text, as a summary is</source>
        <translation>filen er ikke UTF-8-tekst, som en opsamling er</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/document.py" line="225"/>
        <source>the file is empty</source>
        <translation>filen er tom</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/document.py" line="226"/>
        <source>the file&apos;s text is not valid JSON</source>
        <translation>filens tekst er ikke gyldig JSON</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/document.py" line="227"/>
        <source>the file holds no object with &quot;format&quot;: &quot;ledarplan-summary&quot;</source>
        <translation>filen indeholder intet objekt med &quot;format&quot;: &quot;ledarplan-summary&quot;</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/document.py" line="230"/>
        <source>this is a plan file, not a summary: it holds names and texts, and is not read</source>
        <translation>dette er en planfil, ikke en opsamling: den indeholder navne og tekster og læses ikke</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/document.py" line="233"/>
        <source>this is a file of everything stored about a person, not a summary: it holds names and texts, and is not read</source>
        <translation>dette er en fil med alt, hvad der er gemt om en person, ikke en opsamling: den indeholder navne og tekster og læses ikke</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/document.py" line="238"/>
        <source>its &quot;format&quot; is not &quot;ledarplan-summary&quot;</source>
        <translation>dens &quot;format&quot; er ikke &quot;ledarplan-summary&quot;</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/document.py" line="239"/>
        <source>&quot;format_version&quot; is missing or not a whole number</source>
        <translation>&quot;format_version&quot; mangler eller er ikke et heltal</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/document.py" line="240"/>
        <source>written in summary format {version} by a newer version of ledarplan; this version reads format {current}. Update ledarplan to read it</source>
        <translation>skrevet i opsamlingsformat {version} af en nyere version af ledarplan; denne version læser format {current}. Opdatér ledarplan for at læse den</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/document.py" line="245"/>
        <source>there is no summary format {version}</source>
        <translation>der findes intet opsamlingsformat {version}</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/document.py" line="246"/>
        <source>a field that a summary never has</source>
        <translation>et felt, som en opsamling aldrig har</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/document.py" line="247"/>
        <source>text that a summary never holds here</source>
        <translation>tekst, som en opsamling aldrig har her</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/document.py" line="248"/>
        <source>a field every summary has is missing</source>
        <translation>et felt, som hver opsamling har, mangler</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/document.py" line="249"/>
        <source>a value that a summary cannot hold here</source>
        <translation>en værdi, som en opsamling ikke kan have her</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/document.py" line="250"/>
        <source>… and more problems (only the first ones are shown)</source>
        <translation>… og flere problemer (kun de første vises)</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/document.py" line="251"/>
        <source>the file cannot be read ({reason})</source>
        <translation>filen kan ikke læses ({reason})</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/document.py" line="252"/>
        <source>the model “{model}” is not installed here (install its pack to read it)</source>
        <translation>modellen »{model}« er ikke installeret her (installér dens pakke for at læse den)</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/document.py" line="255"/>
        <source>“{level}” is not a role level of the model “{model}”</source>
        <translation>»{level}« er ikke et rolleniveau i modellen »{model}«</translation>
    </message>
    <message>
        <location filename="../ledarplan/summary/document.py" line="256"/>
        <source>item(s) {items}: not in the model “{model}” as installed here</source>
        <translation>punkt(er) {items}: findes ikke i modellen »{model}«, som den er installeret her</translation>
    </message>
</context>
<context>
    <name>TalkView</name>
    <message>
        <location filename="../ledarplan/gui/views/talk_view.py" line="173"/>
        <location filename="../ledarplan/gui/views/talk_view.py" line="177"/>
        <source>Development talk</source>
        <extracomment>Replaced by tests to answer the card picker without showing it.</extracomment>
        <translation>Lederudviklingssamtale</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk_view.py" line="176"/>
        <source>&amp;Talk:</source>
        <translation>&amp;Samtale:</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk_view.py" line="178"/>
        <source>The plan&apos;s talks, the latest first</source>
        <translation>Planens samtaler, den nyeste først</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk_view.py" line="180"/>
        <source>&amp;New talk</source>
        <translation>&amp;Ny samtale</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk_view.py" line="181"/>
        <source>Start a new development talk for this plan</source>
        <translation>Start en ny lederudviklingssamtale for denne plan</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk_view.py" line="182"/>
        <source>&amp;Date:</source>
        <translation>&amp;Dato:</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk_view.py" line="183"/>
        <source>Date of the talk</source>
        <translation>Dato for samtalen</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk_view.py" line="184"/>
        <source>Parti&amp;cipants:</source>
        <translation>De&amp;ltagere:</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk_view.py" line="185"/>
        <source>Participants</source>
        <translation>Deltagere</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk_view.py" line="186"/>
        <source>Who takes part in the talk</source>
        <translation>Hvem deltager i samtalen</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk_view.py" line="189"/>
        <source>After the ta&amp;lk</source>
        <translation>&amp;Efter samtalen</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk_view.py" line="436"/>
        <source>The leader&apos;s preparation</source>
        <translation>Lederens forberedelse</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk_view.py" line="188"/>
        <source>P&amp;reparation</source>
        <translation>For&amp;beredelse</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk_view.py" line="190"/>
        <source>&amp;Start the development talk</source>
        <translation>&amp;Start lederudviklingssamtalen</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk_view.py" line="275"/>
        <source>Remove themes</source>
        <translation>Fjern temaer</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk_view.py" line="276"/>
        <source>Your answers to these themes are removed with them:

%1</source>
        <translation>Dine svar på disse temaer fjernes sammen med dem:

%1</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk_view.py" line="279"/>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk_view.py" line="298"/>
        <source>Sign off the talk</source>
        <translation>Godkend samtalen</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk_view.py" line="300"/>
        <source>Your name, as you sign the record of the talk:
After signing, you can no longer change it; once you both have signed, it is final.</source>
        <translation>Dit navn, som du godkender referatet af samtalen med:
Når du har godkendt, kan du ikke længere ændre det; når I begge har godkendt, er det endeligt.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk_view.py" line="331"/>
        <source>Sign before the talk?</source>
        <translation>Godkend før samtalen?</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk_view.py" line="333"/>
        <source>The talk is dated %1, which is still to come. A signature confirms what was said and agreed in the talk.

Sign the record now, before the talk has taken place?</source>
        <translation>Samtalen er dateret %1, som endnu ikke er kommet. En godkendelse bekræfter, hvad der blev sagt og aftalt i samtalen.

Godkend referatet nu, før samtalen har fundet sted?</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk_view.py" line="337"/>
        <source>Sign now</source>
        <translation>Godkend nu</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk_view.py" line="437"/>
        <source>My preparation, as the manager</source>
        <translation>Min forberedelse, som chef</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk_view.py" line="439"/>
        <source>My preparation</source>
        <translation>Min forberedelse</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk_view.py" line="440"/>
        <source>My manager&apos;s preparation</source>
        <translation>Min chefs forberedelse</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk_view.py" line="444"/>
        <source>Talk without a date</source>
        <translation>Samtale uden dato</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk_view.py" line="446"/>
        <source>Talk on %1</source>
        <translation>Samtale den %1</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk_view.py" line="448"/>
        <source>%1 (signed off)</source>
        <translation>%1 (godkendt)</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk_view.py" line="453"/>
        <source>No plan is open</source>
        <translation>Ingen plan er åben</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk_view.py" line="454"/>
        <source>Open a plan to prepare its development talk.</source>
        <translation>Åbn en plan for at forberede dens lederudviklingssamtale.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk_view.py" line="456"/>
        <source>This plan has no development talk yet</source>
        <translation>Denne plan har endnu ingen lederudviklingssamtale</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk_view.py" line="459"/>
        <source>Start one to prepare it: the leader and the manager each answer the questions beforehand; after the talk you write down the summary and what you agreed, and sign the record off.</source>
        <translation>Start en for at forberede den: lederen og chefen besvarer hver især spørgsmålene på forhånd; efter samtalen skriver I opsummeringen og det, I har aftalt, ned og godkender referatet.</translation>
    </message>
</context>
<context>
    <name>TeamActions</name>
    <message>
        <location filename="../ledarplan/gui/team_actions.py" line="132"/>
        <location filename="../ledarplan/gui/team_actions.py" line="153"/>
        <source>The calendar file could not be written</source>
        <extracomment>One more plan is done: how many are done, and what became of it (a PdfOutcome). What stopped the rest: the folder could not be made, or something unforeseen. A team export has started (the running PdfBatch), for whoever wants to follow it. Replaced by tests to answer the team&apos;s PDF dialog without showing it. Opens the folder of the PDFs (tests record it instead). The progress dialog while a team export runs.</extracomment>
        <translation>Kalenderfilen kunne ikke skrives</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/team_actions.py" line="136"/>
        <location filename="../ledarplan/gui/team_actions.py" line="141"/>
        <source>Export calendar file</source>
        <translation>Eksportér kalenderfil</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/team_actions.py" line="136"/>
        <location filename="../ledarplan/gui/team_actions.py" line="180"/>
        <source>There are no plans yet.</source>
        <translation>Der er ingen planer endnu.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/team_actions.py" line="143"/>
        <source>Calendar files (*.ics);;All files (*)</source>
        <translation>Kalenderfiler (*.ics);;Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/team_actions.py" line="157"/>
        <source>Calendar file written</source>
        <translation>Kalenderfilen er skrevet</translation>
    </message>
    <message numerus="yes">
        <location filename="../ledarplan/gui/team_actions.py" line="159"/>
        <source>%n date(s) written to %1. Import the file into your calendar (Outlook, Thunderbird …); importing a newer file again updates the same events instead of adding copies.</source>
        <translation>
            <numerusform>%n dato skrevet til %1. Importér filen i din kalender (Outlook, Thunderbird …); importerer du en nyere fil igen, opdateres de samme begivenheder i stedet for at tilføje kopier.</numerusform>
            <numerusform>%n datoer skrevet til %1. Importér filen i din kalender (Outlook, Thunderbird …); importerer du en nyere fil igen, opdateres de samme begivenheder i stedet for at tilføje kopier.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/team_actions.py" line="176"/>
        <source>The PDFs could not be written</source>
        <translation>PDF-filerne kunne ikke skrives</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/team_actions.py" line="179"/>
        <location filename="../ledarplan/gui/team_actions.py" line="248"/>
        <source>Export the team&apos;s PDFs</source>
        <translation>Eksportér teamets PDF&apos;er</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/team_actions.py" line="187"/>
        <source>Folder for the PDFs</source>
        <translation>Mappe til PDF-filerne</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/team_actions.py" line="208"/>
        <source>Exporting the team&apos;s PDFs</source>
        <translation>Teamets PDF&apos;er eksporteres</translation>
    </message>
    <message numerus="yes">
        <location filename="../ledarplan/gui/team_actions.py" line="209"/>
        <source>Writing %n PDF(s)…</source>
        <translation>
            <numerusform>Skriver %n PDF…</numerusform>
            <numerusform>Skriver %n PDF&apos;er…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/team_actions.py" line="210"/>
        <source>Cancel</source>
        <translation>Annullér</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/team_actions.py" line="221"/>
        <source>Stopping after the PDF being written…</source>
        <translation>Stopper efter den PDF, der skrives nu…</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/team_actions.py" line="227"/>
        <source>%1 of %2 done: %3</source>
        <translation>%1 af %2 færdige: %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../ledarplan/gui/team_actions.py" line="251"/>
        <source>%n PDF(s) written to %1.</source>
        <translation>
            <numerusform>%n PDF skrevet til %1.</numerusform>
            <numerusform>%n PDF&apos;er skrevet til %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/team_actions.py" line="260"/>
        <source>an unexpected error (%1)</source>
        <translation>en uventet fejl (%1)</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/team_actions.py" line="264"/>
        <source>The export stopped at %1: %2</source>
        <translation>Eksporten stoppede ved %1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ledarplan/gui/team_actions.py" line="268"/>
        <source>You cancelled before the other %n.</source>
        <translation>
            <numerusform>%n blev ikke skrevet, fordi du annullerede.</numerusform>
            <numerusform>%n blev ikke skrevet, fordi du annullerede.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/team_actions.py" line="273"/>
        <source>These could not be written:</source>
        <translation>Disse kunne ikke skrives:</translation>
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
        <translation>Model og niveau</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/team_view.py" line="359"/>
        <source>Next talk</source>
        <translation>Næste samtale</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/team_view.py" line="360"/>
        <source>Follow-up</source>
        <translation>Opfølgning</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/team_view.py" line="361"/>
        <source>Prepared</source>
        <translation>Forberedt</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/team_view.py" line="362"/>
        <source>Self-assessment</source>
        <translation>Selvevaluering</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/team_view.py" line="363"/>
        <source>Manager&apos;s assessment</source>
        <translation>Chefens vurdering</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/team_view.py" line="364"/>
        <source>Agreements open / overdue</source>
        <translation>Aftaler åbne / overskredne</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/team_view.py" line="365"/>
        <location filename="../ledarplan/gui/views/team_view.py" line="374"/>
        <source>Actions overdue</source>
        <translation>Overskredne handlinger</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/team_view.py" line="366"/>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/team_view.py" line="367"/>
        <source>Last session</source>
        <translation>Seneste session</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/team_view.py" line="371"/>
        <source>Talk overdue</source>
        <translation>Samtale overskredet</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/team_view.py" line="372"/>
        <source>Follow-up overdue</source>
        <translation>Opfølgning overskredet</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/team_view.py" line="373"/>
        <source>Agreements overdue</source>
        <translation>Aftaler overskredet</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/team_view.py" line="375"/>
        <source>Talk due soon</source>
        <translation>Samtale snart</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/team_view.py" line="376"/>
        <source>Follow-up due soon</source>
        <translation>Opfølgning snart</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/team_view.py" line="379"/>
        <source>Talk overdue: the talk on %1 is not signed off</source>
        <translation>Samtale overskredet: samtalen den %1 er ikke godkendt</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/team_view.py" line="380"/>
        <source>Follow-up overdue: it was due on %1</source>
        <translation>Opfølgning overskredet: den skulle have været %1</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/team_view.py" line="381"/>
        <source>Agreements overdue: %1 of the %2 open ones</source>
        <translation>Aftaler overskredet: %1 af de %2 åbne</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/team_view.py" line="382"/>
        <source>Actions overdue: %1</source>
        <translation>Overskredne handlinger: %1</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/team_view.py" line="383"/>
        <source>Talk due soon: on %1</source>
        <translation>Samtale snart: den %1</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/team_view.py" line="384"/>
        <source>Follow-up due soon: on %1</source>
        <translation>Opfølgning snart: den %1</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/team_view.py" line="387"/>
        <source>What is overdue, or due within %1 days</source>
        <translation>Hvad der er overskredet, eller forfalder inden for %1 dage</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/team_view.py" line="391"/>
        <source>Who has prepared the talk: answered every question of their preparation</source>
        <translation>Hvem der har forberedt samtalen: besvaret alle spørgsmål i sin forberedelse</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/team_view.py" line="394"/>
        <source>Agreements not yet done, and how many of them are past their due date</source>
        <translation>Aftaler, der endnu ikke er udført, og hvor mange af dem der har passeret deres frist</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/team_view.py" line="397"/>
        <source>%1
Model: %2</source>
        <translation>%1
Model: %2</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/team_view.py" line="447"/>
        <source>Overdue</source>
        <translation>Overskredet</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/team_view.py" line="448"/>
        <source>Due soon</source>
        <translation>Snart</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/team_view.py" line="453"/>
        <source>%1: a talk whose date has passed is not signed off, the follow-up date has passed, or an agreement or action is late. %2: a talk or follow-up within %3 days.</source>
        <translation>%1: en samtale, hvis dato er passeret, er ikke godkendt, opfølgningens dato er passeret, eller en aftale eller handling er forsinket. %2: en samtale eller opfølgning inden for %3 dage.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/team_view.py" line="399"/>
        <source>Not yet</source>
        <translation>Ikke endnu</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/team_view.py" line="400"/>
        <source>The leader</source>
        <translation>Lederen</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/team_view.py" line="401"/>
        <source>The manager</source>
        <translation>Chefen</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/team_view.py" line="402"/>
        <source>Both</source>
        <translation>Begge</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/team_view.py" line="404"/>
        <source>Next session: %1</source>
        <translation>Næste session: %1</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/team_view.py" line="409"/>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/team_view.py" line="409"/>
        <source>When</source>
        <translation>Hvornår</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/team_view.py" line="409"/>
        <source>What</source>
        <translation>Hvad</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/team_view.py" line="411"/>
        <source>Within %1 days</source>
        <translation>Inden for %1 dage</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/team_view.py" line="413"/>
        <source>Filter by name, plan, model or status</source>
        <translation>Filtrér på navn, plan, model eller status</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/team_view.py" line="414"/>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/team_view.py" line="415"/>
        <source>&amp;Open plan</source>
        <translation>Å&amp;bn plan</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/team_view.py" line="416"/>
        <source>Open the chosen plan (or double-click its row)</source>
        <translation>Åbn den valgte plan (eller dobbeltklik på rækken)</translation>
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
        <translation>Mit år</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/team_view.py" line="423"/>
        <source>today</source>
        <translation>i dag</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/team_view.py" line="425"/>
        <source>tomorrow</source>
        <translation>i morgen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ledarplan/gui/views/team_view.py" line="426"/>
        <source>in %n day(s)</source>
        <translation>
            <numerusform>om %n dag</numerusform>
            <numerusform>om %n dage</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/team_view.py" line="433"/>
        <source>Your dates from today on: the development talk and its follow-up, the next coaching session, and when actions, agreements and goals are due.</source>
        <translation>Dine datoer fra i dag: lederudviklingssamtalen og opfølgningen, næste coachingsamtale, og hvornår handlinger, aftaler og mål skal være nået.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/team_view.py" line="438"/>
        <source>Team overview</source>
        <translation>Teamoverblik</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/team_view.py" line="441"/>
        <source>Everyone you hold a plan for (archived people left out), with their current plan. Double-click a row, or press Enter, to open the plan.</source>
        <translation>Alle, du har en plan for (undtagen arkiverede personer), med deres aktuelle plan. Dobbeltklik på en række, eller tryk Enter, for at åbne planen.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/team_view.py" line="450"/>
        <source>%2: within %3 days.</source>
        <translation>%2: inden for %3 dage.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ledarplan/gui/views/team_view.py" line="467"/>
        <source>%n date(s)</source>
        <translation>
            <numerusform>%n dato</numerusform>
            <numerusform>%n datoer</numerusform>
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
        <translation>%1 vist af %2</translation>
    </message>
</context>
<context>
    <name>TeamPdfDialog</name>
    <message>
        <location filename="../ledarplan/gui/views/team_pdf_dialog.py" line="63"/>
        <source>Export the team&apos;s plans as PDF</source>
        <translation>Eksportér teamets planer som PDF</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/team_pdf_dialog.py" line="64"/>
        <source>People (each one&apos;s current plan)</source>
        <translation>Personer (hver enkelts aktuelle plan)</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/team_pdf_dialog.py" line="65"/>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/team_pdf_dialog.py" line="66"/>
        <source>&amp;All</source>
        <translation>&amp;Alle</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/team_pdf_dialog.py" line="67"/>
        <source>&amp;None</source>
        <translation>&amp;Ingen</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/team_pdf_dialog.py" line="68"/>
        <source>&amp;Open the folder when they are written</source>
        <translation>Å&amp;bn mappen, når de er skrevet</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../ledarplan/gui/views/welcome_page.py" line="69"/>
        <source>Welcome to ledarplan</source>
        <extracomment>The page&apos;s text column, in pixels.</extracomment>
        <translation>Velkommen til ledarplan</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/welcome_page.py" line="72"/>
        <source>Keep leader development plans here, your own or those of the leaders you manage: read what your organisation&apos;s leadership model expects, assess, set goals, log coaching and prepare the development talk.</source>
        <translation>Her fører du lederudviklingsplaner, din egen eller dem for de ledere, du er leder for: læs, hvad organisationens ledelsesgrundlag forventer, vurdér, sæt mål, skriv noter fra coaching og forbered lederudviklingssamtalen.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/welcome_page.py" line="78"/>
        <source>Create a plan</source>
        <translation>Opret en plan</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/welcome_page.py" line="81"/>
        <source>For yourself, or for a leader you manage: choose the leadership model and role level, and start.</source>
        <translation>Til dig selv eller til en leder, du er leder for: vælg ledelsesgrundlag og ledelsesniveau, og gå i gang.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/welcome_page.py" line="85"/>
        <source>Try with sample data</source>
        <translation>Prøv med eksempeldata</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/welcome_page.py" line="87"/>
        <source>Look around in a complete example plan first. You can delete it later.</source>
        <translation>Se dig omkring i en komplet eksempelplan først. Du kan slette den bagefter.</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/welcome_page.py" line="89"/>
        <source>Import a plan file…</source>
        <translation>Importér en planfil…</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/welcome_page.py" line="91"/>
        <source>Open a plan someone sent you (a .ledarplan.json file).</source>
        <translation>Åbn en plan, som nogen har sendt dig (en .ledarplan.json-fil).</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/welcome_page.py" line="95"/>
        <source>Everything stays on this computer, in your own user folder. Nothing is sent anywhere.</source>
        <translation>Alt bliver på denne computer, i din egen brugermappe. Intet bliver sendt nogen steder hen.</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <location filename="../ledarplan/gui/window_menus.py" line="153"/>
        <source>&amp;File</source>
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/window_menus.py" line="154"/>
        <source>&amp;Edit</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/window_menus.py" line="155"/>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/window_menus.py" line="156"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjælp</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/window_menus.py" line="157"/>
        <source>New &amp;person and plan…</source>
        <translation>Ny &amp;person og plan…</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/window_menus.py" line="158"/>
        <source>&amp;New plan…</source>
        <translation>&amp;Ny plan…</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/window_menus.py" line="159"/>
        <source>Try with &amp;sample data</source>
        <translation>Prøv med &amp;eksempeldata</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/window_menus.py" line="160"/>
        <source>New &amp;model from a spreadsheet…</source>
        <translation>Ny mode&amp;l fra et regneark…</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/window_menus.py" line="161"/>
        <source>&amp;Import plan…</source>
        <translation>&amp;Importér plan…</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/window_menus.py" line="162"/>
        <source>&amp;Export plan…</source>
        <translation>E&amp;ksportér plan…</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/window_menus.py" line="163"/>
        <source>Export plan with &amp;private notes…</source>
        <translation>Eksportér plan med p&amp;rivate noter…</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/window_menus.py" line="164"/>
        <source>Export plan en&amp;crypted…</source>
        <translation>Eksportér kr&amp;ypteret plan…</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/window_menus.py" line="166"/>
        <source>Export plan encrypted, &amp;with private notes…</source>
        <translation>Eksportér krypteret plan &amp;med private noter…</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/window_menus.py" line="168"/>
        <source>Export as P&amp;DF…</source>
        <translation>Eksportér som P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/window_menus.py" line="169"/>
        <source>Export the &amp;team&apos;s PDFs…</source>
        <translation>Eksportér &amp;teamets PDF&apos;er…</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/window_menus.py" line="170"/>
        <source>Export calendar &amp;file…</source>
        <translation>Eksportér kalender&amp;fil…</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/window_menus.py" line="172"/>
        <source>The open plan&apos;s dates as a calendar file (.ics) for Outlook or Thunderbird</source>
        <translation>Den åbne plans datoer som kalenderfil (.ics) til Outlook eller Thunderbird</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/window_menus.py" line="174"/>
        <source>Export calendar file for the &amp;whole team…</source>
        <translation>Eksportér kalenderfil for &amp;hele teamet…</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/window_menus.py" line="176"/>
        <source>The dates of every plan here as one calendar file (.ics)</source>
        <translation>Datoerne i alle planer her som én kalenderfil (.ics)</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/window_menus.py" line="178"/>
        <source>&amp;Team overview</source>
        <translation>&amp;Teamoverblik</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/window_menus.py" line="179"/>
        <source>&amp;Backups…</source>
        <translation>&amp;Sikkerhedskopier…</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/window_menus.py" line="180"/>
        <source>Move my plans to the organisation database…</source>
        <translation>Flyt mine planer til organisationens database…</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/window_menus.py" line="181"/>
        <source>Contribute to the organisation&apos;s yearly summary…</source>
        <translation>Bidrag til organisationens årlige opsamling…</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/window_menus.py" line="182"/>
        <source>Organisation summar&amp;y…</source>
        <translation>Organisationens opsam&amp;ling…</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/window_menus.py" line="183"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/window_menus.py" line="184"/>
        <source>&amp;Find person or plan</source>
        <translation>&amp;Find person eller plan</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/window_menus.py" line="185"/>
        <source>&amp;Rename person…</source>
        <translation>&amp;Omdøb person…</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/window_menus.py" line="186"/>
        <source>&amp;Archive person</source>
        <translation>&amp;Arkivér person</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/window_menus.py" line="187"/>
        <source>&amp;Unarchive person</source>
        <translation>Tag person &amp;ud af arkivet</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/window_menus.py" line="188"/>
        <source>Delete p&amp;lan…</source>
        <translation>Slet p&amp;lan…</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/window_menus.py" line="189"/>
        <source>&amp;Delete person and all their data…</source>
        <translation>&amp;Slet person og alle personens data…</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/window_menus.py" line="190"/>
        <source>Browse &amp;leadership models</source>
        <translation>Se &amp;ledelsesgrundlag</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/window_menus.py" line="191"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprog</translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/window_menus.py" line="192"/>
        <source>&amp;About ledarplan</source>
        <translation>&amp;Om ledarplan</translation>
    </message>
</context>
</TS>
