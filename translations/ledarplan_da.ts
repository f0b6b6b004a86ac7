<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK">
<context>
    <name>ActionEditor</name>
    <message>
        <location filename="../ledarplan/gui/views/goals/action_editor.py" line="179"/>
        <source>Building &amp;block</source>
        <extracomment>The six questions, by the ids a model&apos;s talk-questions section uses for them (Kalix). The user chose another status (the page records it; done dates come from the service).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/action_editor.py" line="180"/>
        <source>Building block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/action_editor.py" line="183"/>
        <source>A ready development activity from the leadership model. Choosing one fills in what and how when they are still empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/action_editor.py" line="188"/>
        <source>None – my own action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/action_editor.py" line="190"/>
        <source>&amp;What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/action_editor.py" line="191"/>
        <source>&amp;How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/action_editor.py" line="192"/>
        <source>Wh&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/action_editor.py" line="193"/>
        <source>Wh&amp;o</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/action_editor.py" line="194"/>
        <source>Whe&amp;n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/action_editor.py" line="195"/>
        <source>How we &amp;follow up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/action_editor.py" line="198"/>
        <source>What will you do?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/action_editor.py" line="199"/>
        <source>How will it be done?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/action_editor.py" line="200"/>
        <source>Why does it matter?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/action_editor.py" line="201"/>
        <source>Who does what?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/action_editor.py" line="202"/>
        <source>When will it be done?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/action_editor.py" line="203"/>
        <source>How do we follow up?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/action_editor.py" line="213"/>
        <source>New action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/action_editor.py" line="215"/>
        <source>K&amp;ind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/action_editor.py" line="216"/>
        <source>Kind of learning (70-20-10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/action_editor.py" line="223"/>
        <source>D&amp;ue date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/action_editor.py" line="224"/>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/action_editor.py" line="225"/>
        <source>St&amp;atus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/action_editor.py" line="226"/>
        <source>Action status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/action_editor.py" line="229"/>
        <source>done on %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionsPanel</name>
    <message>
        <location filename="../ledarplan/gui/views/goals/actions_panel.py" line="123"/>
        <source>Actions: what, how, why, who, when, follow-up</source>
        <extracomment>The selected action changed: its id, or None.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/actions_panel.py" line="124"/>
        <source>Add action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/actions_panel.py" line="125"/>
        <source>Adds a step towards the goal (Insert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/actions_panel.py" line="126"/>
        <source>Delete action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/actions_panel.py" line="127"/>
        <source>Deletes the selected action (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/actions_panel.py" line="128"/>
        <source>Actions of the goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/actions_panel.py" line="130"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/actions_panel.py" line="130"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/actions_panel.py" line="130"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/actions_panel.py" line="130"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/actions_panel.py" line="130"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/actions_panel.py" line="133"/>
        <source>Done %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/actions_panel.py" line="137"/>
        <source>No actions yet. Add one: what you will do, how, why, who, when and how you will follow up.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgreementsEditor</name>
    <message>
        <location filename="../ledarplan/gui/views/coaching/agreements_editor.py" line="107"/>
        <source>New agreement</source>
        <extracomment>Rows were added or removed: the session should be saved now.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching/agreements_editor.py" line="127"/>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching/agreements_editor.py" line="127"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching/agreements_editor.py" line="127"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching/agreements_editor.py" line="127"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching/agreements_editor.py" line="128"/>
        <source>Carried over from an earlier session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching/agreements_editor.py" line="130"/>
        <source>Agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching/agreements_editor.py" line="131"/>
        <source>&amp;Add agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching/agreements_editor.py" line="132"/>
        <source>Add an agreement (Insert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching/agreements_editor.py" line="133"/>
        <source>Remove agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching/agreements_editor.py" line="134"/>
        <source>Remove the selected agreement (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgreementsPanel</name>
    <message>
        <location filename="../ledarplan/gui/views/talk/agreements_panel.py" line="94"/>
        <source>Agreement</source>
        <extracomment>An agreement was added or removed (the page saves at once); cell edits come through the model&apos;s dataChanged.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/agreements_panel.py" line="95"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/agreements_panel.py" line="96"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/agreements_panel.py" line="97"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/agreements_panel.py" line="100"/>
        <source>A&amp;greements:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/agreements_panel.py" line="101"/>
        <source>Agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/agreements_panel.py" line="102"/>
        <source>Add a&amp;greement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/agreements_panel.py" line="103"/>
        <source>Add an agreement (Insert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/agreements_panel.py" line="104"/>
        <source>Add agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/agreements_panel.py" line="105"/>
        <location filename="../ledarplan/gui/views/talk/agreements_panel.py" line="148"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/agreements_panel.py" line="106"/>
        <source>Remove the selected agreement (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/agreements_panel.py" line="107"/>
        <location filename="../ledarplan/gui/views/talk/agreements_panel.py" line="146"/>
        <source>Remove agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/agreements_panel.py" line="128"/>
        <location filename="../ledarplan/gui/views/talk/agreements_panel.py" line="143"/>
        <source>New agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/agreements_panel.py" line="147"/>
        <source>Remove the agreement “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssessmentView</name>
    <message>
        <location filename="../ledarplan/gui/views/assessment_view.py" line="195"/>
        <source>Assessment</source>
        <extracomment>&quot;Develop this&quot;: the user wants a goal for this item (its id).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/assessment_view.py" line="198"/>
        <source>Assessment &amp;rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/assessment_view.py" line="199"/>
        <source>Assessment rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/assessment_view.py" line="200"/>
        <source>&amp;New round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/assessment_view.py" line="201"/>
        <source>Start a new assessment round (Insert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/assessment_view.py" line="202"/>
        <source>&amp;Self-assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/assessment_view.py" line="203"/>
        <source>Assessment by my &amp;manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/assessment_view.py" line="204"/>
        <source>Assessment by &amp;someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/assessment_view.py" line="205"/>
        <source>&amp;Delete round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/assessment_view.py" line="206"/>
        <source>Delete the selected round (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/assessment_view.py" line="207"/>
        <source>R&amp;ate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/assessment_view.py" line="208"/>
        <source>Com&amp;pare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/assessment_view.py" line="211"/>
        <source>No assessment yet. Start with a self-assessment: rate each item of the model against what is expected of you. Your manager&apos;s assessment can follow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/assessment_view.py" line="215"/>
        <source>Start a self-assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/assessment_view.py" line="217"/>
        <source>Develop this: make it a goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/assessment_view.py" line="301"/>
        <source>Delete the assessment of %1 (%2)? Its ratings and comments are removed and cannot be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/assessment_view.py" line="308"/>
        <source>Delete assessment round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/assessment_view.py" line="308"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Assessor</name>
    <message>
        <location filename="../ledarplan/gui/models/round_list.py" line="32"/>
        <source>Self-assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/models/round_list.py" line="33"/>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/models/round_list.py" line="34"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CarryOverDialog</name>
    <message>
        <location filename="../ledarplan/gui/views/coaching/carry_over_dialog.py" line="71"/>
        <source>Carry over open agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching/carry_over_dialog.py" line="74"/>
        <source>These &amp;agreements from earlier sessions are still open. The ticked ones are carried over to the new session; untick those you no longer want to follow up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching/carry_over_dialog.py" line="78"/>
        <source>Open agreements to carry over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching/carry_over_dialog.py" line="79"/>
        <source>Create session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching/carry_over_dialog.py" line="89"/>
        <source>due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching/carry_over_dialog.py" line="92"/>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoachingView</name>
    <message>
        <location filename="../ledarplan/gui/views/coaching_view.py" line="183"/>
        <source>Coaching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching_view.py" line="192"/>
        <source>Fi&amp;lter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching_view.py" line="193"/>
        <source>Topic or person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching_view.py" line="194"/>
        <source>Filter sessions by topic or person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching_view.py" line="195"/>
        <source>Coaching sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching_view.py" line="197"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching_view.py" line="197"/>
        <source>With</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching_view.py" line="197"/>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching_view.py" line="197"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching_view.py" line="198"/>
        <source>(no topic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching_view.py" line="199"/>
        <source>Open agreements: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching_view.py" line="201"/>
        <source>&amp;New session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching_view.py" line="202"/>
        <source>Log a new coaching session dated today (Insert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching_view.py" line="203"/>
        <source>&amp;Delete session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching_view.py" line="204"/>
        <source>Delete the selected session (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching_view.py" line="276"/>
        <source>Open a plan to see its coaching log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching_view.py" line="279"/>
        <source>No coaching sessions yet.

Choose New session to log your first conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching_view.py" line="282"/>
        <source>Choose a session in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ledarplan/gui/views/coaching_view.py" line="289"/>
        <source>%n session(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ledarplan/gui/views/coaching_view.py" line="291"/>
        <source>%1 of %n session(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching_view.py" line="401"/>
        <source>Delete the session of %1, &quot;%2&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching_view.py" line="404"/>
        <source>Delete the session of %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching_view.py" line="406"/>
        <source>Its notes, reflection and agreements are deleted with it. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching_view.py" line="409"/>
        <source>Delete session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching_view.py" line="423"/>
        <source>Remove the agreement &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching_view.py" line="425"/>
        <source>Remove agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching_view.py" line="425"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommentDelegate</name>
    <message>
        <location filename="../ledarplan/gui/views/assessment/rating_table_view.py" line="162"/>
        <source>Comment</source>
        <extracomment>Keys typed with only these held still rate (&quot;+&quot; needs Shift on many keyboards). Shares of the width beside the area and rating columns: the expectation is what the user reads while rating, so it gets the most.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComparisonPanel</name>
    <message>
        <location filename="../ledarplan/gui/views/assessment/comparison_panel.py" line="153"/>
        <source>&amp;Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/assessment/comparison_panel.py" line="154"/>
        <source>&amp;with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/assessment/comparison_panel.py" line="155"/>
        <source>S&amp;wap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/assessment/comparison_panel.py" line="156"/>
        <source>Swap the two rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/assessment/comparison_panel.py" line="157"/>
        <source>First round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/assessment/comparison_panel.py" line="158"/>
        <source>Second round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/assessment/comparison_panel.py" line="159"/>
        <source>Ratings of the two rounds item by item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/assessment/comparison_panel.py" line="160"/>
        <source>Radar chart of the average rating per area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/assessment/comparison_panel.py" line="161"/>
        <source>Choose two rounds to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/assessment/comparison_panel.py" line="164"/>
        <source>Comparing needs two assessment rounds, for example your self-assessment and your manager&apos;s assessment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ledarplan/gui/views/assessment/comparison_panel.py" line="251"/>
        <source>%n item(s) rated %1 or more steps apart (highlighted): worth talking about.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/assessment/comparison_panel.py" line="256"/>
        <source>No item is rated %1 or more steps apart.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComparisonTableModel</name>
    <message>
        <location filename="../ledarplan/gui/models/comparison_table.py" line="158"/>
        <source>Area</source>
        <extracomment>Second minus first as a number (None when either is not assessed). Translucent amber reads as a highlight on light and dark palettes alike.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/models/comparison_table.py" line="159"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/models/comparison_table.py" line="160"/>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DueDateDelegate</name>
    <message>
        <location filename="../ledarplan/gui/views/coaching/due_date_delegate.py" line="46"/>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalEditor</name>
    <message>
        <location filename="../ledarplan/gui/views/goals/goal_editor.py" line="223"/>
        <source>&amp;Title</source>
        <extracomment>The goal&apos;s fields this editor shows, by the names the domain&apos;s validation uses. The user asks to add a check-in: (date, note, new progress or None).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/goal_editor.py" line="224"/>
        <source>&amp;Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/goal_editor.py" line="225"/>
        <source>How we &amp;know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/goal_editor.py" line="226"/>
        <source>Tar&amp;get date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/goal_editor.py" line="227"/>
        <source>&amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/goal_editor.py" line="228"/>
        <source>&amp;Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/goal_editor.py" line="229"/>
        <source>What do you want to achieve?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/goal_editor.py" line="231"/>
        <source>Why this goal matters, and what it is about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/goal_editor.py" line="234"/>
        <source>How will you and others notice that the goal is reached?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/goal_editor.py" line="237"/>
        <source>The success criterion: what you will see or hear when the goal is reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/goal_editor.py" line="239"/>
        <source>Goal title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/goal_editor.py" line="240"/>
        <source>Goal description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/goal_editor.py" line="241"/>
        <source>How we know the goal is reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/goal_editor.py" line="242"/>
        <source>Target date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/goal_editor.py" line="243"/>
        <source>Goal status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/goal_editor.py" line="244"/>
        <source>Progress in percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/goal_editor.py" line="248"/>
        <source>Model items this goal serves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/goal_editor.py" line="250"/>
        <source>Tick the items of the leadership model that this goal develops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/goal_editor.py" line="252"/>
        <source>Check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/goal_editor.py" line="253"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/goal_editor.py" line="253"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/goal_editor.py" line="253"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/goal_editor.py" line="254"/>
        <source>Dat&amp;e</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/goal_editor.py" line="255"/>
        <source>Check-in date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/goal_editor.py" line="256"/>
        <source>Set p&amp;rogress to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/goal_editor.py" line="257"/>
        <source>New progress in percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/goal_editor.py" line="258"/>
        <source>How is it going? What has happened?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/goal_editor.py" line="259"/>
        <source>Check-in note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/goal_editor.py" line="260"/>
        <source>Add check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/goal_editor.py" line="262"/>
        <source>Adds a dated note; a new progress becomes the goal&apos;s progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ledarplan/gui/views/goals/goal_editor.py" line="268"/>
        <source>&amp;Linked items (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ledarplan/gui/views/goals/goal_editor.py" line="269"/>
        <source>&amp;Check-ins (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/goal_editor.py" line="276"/>
        <source>Expected at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/goal_editor.py" line="281"/>
        <source>Choose an item to read what is expected at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/goal_editor.py" line="285"/>
        <source>Tick the items of the model that this goal develops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/goal_editor.py" line="374"/>
        <source>Linked items</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalNames</name>
    <message>
        <location filename="../ledarplan/gui/views/goals/names.py" line="14"/>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/names.py" line="15"/>
        <location filename="../ledarplan/gui/views/goals/names.py" line="32"/>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/names.py" line="16"/>
        <source>Reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/names.py" line="17"/>
        <source>Dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/names.py" line="23"/>
        <source>On the job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/names.py" line="24"/>
        <source>With others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/names.py" line="25"/>
        <source>Course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/names.py" line="31"/>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/names.py" line="33"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals/names.py" line="39"/>
        <source>70-20-10: most of what leaders learn (about 70 %) comes from tasks on the job, about 20 % with and from others (feedback, mentoring, networks) and about 10 % from courses and reading. A good plan has some of each.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalsView</name>
    <message>
        <location filename="../ledarplan/gui/views/goals_view.py" line="172"/>
        <location filename="../ledarplan/gui/views/goals_view.py" line="175"/>
        <source>Goals</source>
        <extracomment>A line the user emptied and is still editing: saved, or refused, when they leave it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals_view.py" line="176"/>
        <source>Goals of the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals_view.py" line="177"/>
        <location filename="../ledarplan/gui/views/goals_view.py" line="178"/>
        <location filename="../ledarplan/gui/views/goals_view.py" line="235"/>
        <source>New goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals_view.py" line="179"/>
        <source>Adds a goal to the plan (Insert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals_view.py" line="180"/>
        <location filename="../ledarplan/gui/views/goals_view.py" line="266"/>
        <location filename="../ledarplan/gui/views/goals_view.py" line="270"/>
        <source>Delete goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals_view.py" line="181"/>
        <source>Deletes the selected goal (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals_view.py" line="184"/>
        <source>No goals yet.

Start one here, or set a goal from an item of the leadership model on the assessment page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals_view.py" line="188"/>
        <source>Target %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals_view.py" line="268"/>
        <source>Delete the goal “%1” with its actions and check-ins? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals_view.py" line="364"/>
        <location filename="../ledarplan/gui/views/goals_view.py" line="366"/>
        <source>Delete action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals_view.py" line="365"/>
        <source>Delete the action “%1”? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals_view.py" line="438"/>
        <location filename="../ledarplan/gui/views/goals_view.py" line="450"/>
        <location filename="../ledarplan/gui/views/goals_view.py" line="463"/>
        <location filename="../ledarplan/gui/views/goals_view.py" line="479"/>
        <location filename="../ledarplan/gui/views/goals_view.py" line="487"/>
        <source>This could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/goals_view.py" line="480"/>
        <source>“%1” %2. It is back to what it was; everything else is saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ledarplan/gui/main_window.py" line="223"/>
        <source>ledarplan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/main_window.py" line="224"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/main_window.py" line="225"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/main_window.py" line="226"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/main_window.py" line="227"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/main_window.py" line="228"/>
        <source>New &amp;person and plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/main_window.py" line="229"/>
        <source>&amp;New plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/main_window.py" line="230"/>
        <source>Try with &amp;sample data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/main_window.py" line="231"/>
        <source>&amp;Import plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/main_window.py" line="232"/>
        <source>&amp;Export plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/main_window.py" line="233"/>
        <source>Export plan with &amp;private notes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/main_window.py" line="234"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/main_window.py" line="235"/>
        <source>&amp;Find person or plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/main_window.py" line="236"/>
        <source>&amp;Rename person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/main_window.py" line="237"/>
        <source>&amp;Archive person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/main_window.py" line="238"/>
        <source>&amp;Unarchive person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/main_window.py" line="239"/>
        <source>Delete p&amp;lan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/main_window.py" line="240"/>
        <source>&amp;Delete person and all their data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/main_window.py" line="241"/>
        <source>Browse &amp;leadership models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/main_window.py" line="242"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/main_window.py" line="245"/>
        <source>&amp;About ledarplan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/main_window.py" line="390"/>
        <source>Could not save the settings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/main_window.py" line="400"/>
        <source>About ledarplan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/main_window.py" line="406"/>
        <source>Your leader development plan, kept on your own computer. Nothing is sent anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/main_window.py" line="411"/>
        <source>Leadership models and their sources:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/application.py" line="72"/>
        <source>The settings file could not be read; default settings are used.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelBrowserView</name>
    <message>
        <location filename="../ledarplan/gui/views/model_browser.py" line="179"/>
        <source>(this model has no role levels)</source>
        <extracomment>(framework id, level id or None) whenever the user&apos;s choice changes.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/model_browser.py" line="218"/>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/model_browser.py" line="266"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/model_browser.py" line="267"/>
        <source>Role level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/model_browser.py" line="268"/>
        <source>All role levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/model_browser.py" line="269"/>
        <source>Expected of: {level}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/model_browser.py" line="273"/>
        <source>Leadership &amp;model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/model_browser.py" line="274"/>
        <source>Role &amp;level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/model_browser.py" line="275"/>
        <source>Expectations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/model_browser.py" line="276"/>
        <source>Compare levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/model_browser.py" line="277"/>
        <source>Every role level side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/model_browser.py" line="278"/>
        <source>About the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/model_browser.py" line="280"/>
        <source>The model&apos;s own framing: vision, values, cornerstones and more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/model_browser.py" line="282"/>
        <source>Competency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/model_browser.py" line="282"/>
        <source>Sub-competency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/model_browser.py" line="283"/>
        <source>Contents: click to go to a section</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewPlanDialog</name>
    <message>
        <location filename="../ledarplan/gui/views/new_plan_dialog.py" line="143"/>
        <source>Create a development plan</source>
        <extracomment>For a new person (None when the plan is for someone already in the list).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/new_plan_dialog.py" line="144"/>
        <source>Whose plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/new_plan_dialog.py" line="145"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/new_plan_dialog.py" line="146"/>
        <source>&amp;Job title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/new_plan_dialog.py" line="147"/>
        <source>&amp;Unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/new_plan_dialog.py" line="148"/>
        <source>E-&amp;mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/new_plan_dialog.py" line="149"/>
        <source>New plan for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/new_plan_dialog.py" line="150"/>
        <source>The plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/new_plan_dialog.py" line="151"/>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/new_plan_dialog.py" line="152"/>
        <source>e.g. My development plan 2027</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/new_plan_dialog.py" line="153"/>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/new_plan_dialog.py" line="154"/>
        <source>Period from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/new_plan_dialog.py" line="155"/>
        <source>Period to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/new_plan_dialog.py" line="156"/>
        <source>Create plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/new_plan_dialog.py" line="177"/>
        <source>Please enter the name of the person the plan is for.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutcomePanel</name>
    <message>
        <location filename="../ledarplan/gui/views/talk/outcome_panel.py" line="62"/>
        <source>&amp;Summary agreed in the talk:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/outcome_panel.py" line="63"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/outcome_panel.py" line="65"/>
        <source>What did you talk about, and what do you both take away from it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/outcome_panel.py" line="67"/>
        <source>Follow-&amp;up on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/outcome_panel.py" line="68"/>
        <source>Follow-up date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../ledarplan/gui/views/overview_page.py" line="69"/>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/overview_page.py" line="91"/>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/overview_page.py" line="92"/>
        <source>Agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/overview_page.py" line="93"/>
        <source>Followed up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/overview_page.py" line="118"/>
        <source>%1 · Period %2 · Status: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/overview_page.py" line="140"/>
        <source>Average progress: %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/overview_page.py" line="159"/>
        <source>Next coaching session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/overview_page.py" line="160"/>
        <source>Development talk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/overview_page.py" line="161"/>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/overview_page.py" line="164"/>
        <source>not planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ledarplan/gui/views/overview_page.py" line="168"/>
        <source>%n open agreement(s) from coaching</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/overview_page.py" line="182"/>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/overview_page.py" line="183"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/overview_page.py" line="184"/>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/overview_page.py" line="199"/>
        <source>Mark as agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/overview_page.py" line="200"/>
        <source>The leader and the manager have agreed the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/overview_page.py" line="201"/>
        <source>Mark as followed up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/overview_page.py" line="202"/>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackProblemsBanner</name>
    <message numerus="yes">
        <location filename="../ledarplan/gui/pack_banner.py" line="41"/>
        <source>%n organisation model pack(s) could not be read and were left out. The other models work as usual.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/pack_banner.py" line="47"/>
        <source>Details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/pack_banner.py" line="48"/>
        <source>Hide this message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/pack_banner.py" line="53"/>
        <source>Model packs left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/pack_banner.py" line="54"/>
        <source>These files were not loaded. Correct them and restart ledarplan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeoplePanel</name>
    <message>
        <location filename="../ledarplan/gui/views/people_panel.py" line="139"/>
        <location filename="../ledarplan/gui/views/people_panel.py" line="140"/>
        <source>Search people and plans</source>
        <extracomment>A plan was chosen (its id), or nothing (None).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/people_panel.py" line="141"/>
        <source>People and plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/people_panel.py" line="142"/>
        <source>Show archived people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/people_panel.py" line="145"/>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/people_panel.py" line="146"/>
        <source>agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/people_panel.py" line="147"/>
        <source>followed up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/people_panel.py" line="149"/>
        <source>archived</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanActions</name>
    <message>
        <location filename="../ledarplan/gui/plan_actions.py" line="28"/>
        <source>ledarplan plan files (*%1);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/plan_actions.py" line="56"/>
        <source>This could not be done</source>
        <extracomment>Replaced by tests to answer the new-plan dialog without showing it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/plan_actions.py" line="127"/>
        <source>Import a plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/plan_actions.py" line="137"/>
        <source>Replace the plan?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/plan_actions.py" line="138"/>
        <source>This plan is already here. Replace the stored copy with the one in %1? A backup is made first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/plan_actions.py" line="143"/>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/plan_actions.py" line="151"/>
        <source>The plan could not be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/plan_actions.py" line="166"/>
        <source>Export the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/plan_actions.py" line="182"/>
        <source>Plan exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/plan_actions.py" line="184"/>
        <source>The plan was saved to %1, with private notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/plan_actions.py" line="188"/>
        <source>The plan was saved to %1. Private notes were left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/plan_actions.py" line="201"/>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/plan_actions.py" line="202"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/plan_actions.py" line="217"/>
        <source>Delete %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ledarplan/gui/plan_actions.py" line="218"/>
        <source>%1 and all their data will be deleted: %n plan(s) with their assessments, goals, coaching notes and talks. This cannot be undone.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/plan_actions.py" line="225"/>
        <location filename="../ledarplan/gui/plan_actions.py" line="243"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/plan_actions.py" line="237"/>
        <source>Delete the plan?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/plan_actions.py" line="238"/>
        <source>The plan “%1” with its assessments, goals, coaching notes and talks will be deleted. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <location filename="../ledarplan/gui/views/plan_page.py" line="63"/>
        <source>This could not be done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanWorkspace</name>
    <message>
        <location filename="../ledarplan/gui/views/workspace.py" line="81"/>
        <source>Leadership model</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrepPanel</name>
    <message>
        <location filename="../ledarplan/gui/views/talk/prep_panel.py" line="196"/>
        <location filename="../ledarplan/gui/views/talk/prep_panel.py" line="222"/>
        <source>Time frame</source>
        <extracomment>An answer marked private is tinted like its row in the table. A question was added or removed (the page saves at once).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/prep_panel.py" line="197"/>
        <location filename="../ledarplan/gui/views/talk/prep_panel.py" line="221"/>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/prep_panel.py" line="198"/>
        <location filename="../ledarplan/gui/views/talk/prep_panel.py" line="223"/>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/prep_panel.py" line="199"/>
        <source>Shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/prep_panel.py" line="202"/>
        <source>Private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/prep_panel.py" line="203"/>
        <source>For the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/prep_panel.py" line="207"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/prep_panel.py" line="209"/>
        <source>&amp;Add question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/prep_panel.py" line="210"/>
        <source>Add a question of your own (Insert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/prep_panel.py" line="211"/>
        <source>Add question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/prep_panel.py" line="212"/>
        <location filename="../ledarplan/gui/views/talk/prep_panel.py" line="288"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/prep_panel.py" line="213"/>
        <source>Remove the selected question (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/prep_panel.py" line="214"/>
        <location filename="../ledarplan/gui/views/talk/prep_panel.py" line="286"/>
        <source>Remove question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/prep_panel.py" line="215"/>
        <source>&amp;Question:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/prep_panel.py" line="216"/>
        <source>This question comes from the leadership model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/prep_panel.py" line="217"/>
        <source>Time &amp;frame:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/prep_panel.py" line="218"/>
        <source>Ans&amp;wer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/prep_panel.py" line="219"/>
        <source>&amp;Private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/prep_panel.py" line="220"/>
        <source>Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/prep_panel.py" line="224"/>
        <source>Private answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/prep_panel.py" line="230"/>
        <source>Looking back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/prep_panel.py" line="231"/>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/prep_panel.py" line="232"/>
        <source>Looking ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/prep_panel.py" line="273"/>
        <source>New question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/prep_panel.py" line="287"/>
        <source>Remove the question “%1” and its answer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/prep_panel.py" line="350"/>
        <source>Private: my own notes, never in the PDF or exchange file unless I choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/prep_panel.py" line="354"/>
        <source>For the record: part of the talk&apos;s record, in the PDF and exchange file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrivateMarker</name>
    <message>
        <location filename="../ledarplan/gui/views/coaching/private_marker.py" line="57"/>
        <source>Private — not exported or printed unless you choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching/private_marker.py" line="59"/>
        <source>Shareable — included when you export or print the plan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RatingEditor</name>
    <message>
        <location filename="../ledarplan/gui/views/assessment/rating_editor.py" line="122"/>
        <source>Assessed &amp;by:</source>
        <extracomment>A round was stored (carries the stored round).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/assessment/rating_editor.py" line="123"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/assessment/rating_editor.py" line="124"/>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/assessment/rating_editor.py" line="125"/>
        <source>N&amp;ote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/assessment/rating_editor.py" line="126"/>
        <source>&amp;Ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/assessment/rating_editor.py" line="130"/>
        <source>Who assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/assessment/rating_editor.py" line="131"/>
        <source>Name of the assessor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/assessment/rating_editor.py" line="132"/>
        <source>Name of the person assessing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/assessment/rating_editor.py" line="133"/>
        <source>Date of the assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/assessment/rating_editor.py" line="134"/>
        <source>Note on the assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/assessment/rating_editor.py" line="136"/>
        <source>What the assessment is based on, e.g. concrete situations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/assessment/rating_editor.py" line="138"/>
        <source>Ratings of the model&apos;s items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/assessment/rating_editor.py" line="146"/>
        <source>Type %1–%2 to rate the selected item, 0 or Delete for not assessed; Tab goes to the comment, Enter to the next item.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RatingTableModel</name>
    <message>
        <location filename="../ledarplan/gui/models/rating_table.py" line="168"/>
        <source>Not assessed</source>
        <extracomment>The rating as a number, or None for &quot;not assessed&quot; (DisplayRole shows it as text). The user changed a rating or a comment (not emitted when the model is filled).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/models/rating_table.py" line="179"/>
        <source>Type %1–%2 to rate, 0 or Delete for not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/models/rating_table.py" line="217"/>
        <source>Expected of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/models/rating_table.py" line="218"/>
        <source>Expectation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/models/rating_table.py" line="221"/>
        <source>Rating (%1–%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/models/rating_table.py" line="223"/>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/models/rating_table.py" line="224"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/models/rating_table.py" line="225"/>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoundListModel</name>
    <message>
        <location filename="../ledarplan/gui/models/round_list.py" line="113"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/models/round_list.py" line="134"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/models/round_list.py" line="135"/>
        <source>Assessed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/models/round_list.py" line="136"/>
        <source>Rated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionEditor</name>
    <message>
        <location filename="../ledarplan/gui/views/coaching/session_editor.py" line="321"/>
        <source>Da&amp;te:</source>
        <extracomment>Pending edits should be stored now (the page calls the service). An agreement&apos;s &quot;done&quot; box changed: (agreement id, done).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching/session_editor.py" line="322"/>
        <source>&amp;With whom:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching/session_editor.py" line="323"/>
        <source>Topi&amp;c:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching/session_editor.py" line="324"/>
        <source>Next sess&amp;ion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching/session_editor.py" line="325"/>
        <source>Linked &amp;goals:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching/session_editor.py" line="326"/>
        <source>The plan has no goals yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching/session_editor.py" line="327"/>
        <source>Session date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching/session_editor.py" line="328"/>
        <source>With whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching/session_editor.py" line="329"/>
        <source>Coach, mentor or manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching/session_editor.py" line="330"/>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching/session_editor.py" line="331"/>
        <source>What the session was about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching/session_editor.py" line="332"/>
        <source>Next session date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching/session_editor.py" line="333"/>
        <source>Goals this session worked on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching/session_editor.py" line="334"/>
        <source>N&amp;otes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching/session_editor.py" line="335"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching/session_editor.py" line="336"/>
        <source>What was said, in your own words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching/session_editor.py" line="337"/>
        <source>&amp;Share these notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching/session_editor.py" line="339"/>
        <source>Include these notes when you export or print the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching/session_editor.py" line="342"/>
        <source>Reflection — Kolb&apos;s learning cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching/session_editor.py" line="344"/>
        <source>Go round the cycle once: from what happened to what you will try next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching/session_editor.py" line="347"/>
        <source>E&amp;xperience — what happened?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching/session_editor.py" line="348"/>
        <source>&amp;Reflection — what did I notice?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching/session_editor.py" line="349"/>
        <source>Concl&amp;usion — what do I understand now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching/session_editor.py" line="350"/>
        <source>Experi&amp;ment — what will I try?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/coaching/session_editor.py" line="355"/>
        <source>Agr&amp;eements</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignOffBar</name>
    <message>
        <location filename="../ledarplan/gui/views/talk/sign_off_bar.py" line="53"/>
        <source>Sign &amp;off…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/sign_off_bar.py" line="55"/>
        <source>Close the record of the talk: after signing off it can no longer be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/sign_off_bar.py" line="59"/>
        <source>At a public employer, a signed record of the talk can become a public document (allmän handling / offentligt dokument). Keep private notes marked private.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/sign_off_bar.py" line="71"/>
        <source>Signed off by %1 on %2. The record is closed and can no longer be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/sign_off_bar.py" line="78"/>
        <source>Not signed off yet. When the talk is over and you both agree on the record, sign it off.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StandardQuestions</name>
    <message>
        <location filename="../ledarplan/gui/views/talk/standard_questions.py" line="18"/>
        <source>What went well in the past period?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/standard_questions.py" line="22"/>
        <source>What was hard?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/standard_questions.py" line="25"/>
        <source>How are you doing in your role today?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/standard_questions.py" line="31"/>
        <source>What do you want to develop in the coming year?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk/standard_questions.py" line="37"/>
        <source>What support do you need?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../ledarplan/gui/application.py" line="42"/>
        <source>ledarplan cannot start</source>
        <extracomment>The use cases over the user&apos;s database.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/application.py" line="43"/>
        <source>Your data could not be opened. Nothing has been changed.

%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TalkView</name>
    <message>
        <location filename="../ledarplan/gui/views/talk_view.py" line="162"/>
        <location filename="../ledarplan/gui/views/talk_view.py" line="166"/>
        <source>Development talk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk_view.py" line="165"/>
        <source>&amp;Talk:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk_view.py" line="167"/>
        <source>The plan&apos;s talks, the latest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk_view.py" line="169"/>
        <source>&amp;New talk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk_view.py" line="170"/>
        <source>Start a new development talk for this plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk_view.py" line="171"/>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk_view.py" line="172"/>
        <source>Date of the talk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk_view.py" line="173"/>
        <source>Parti&amp;cipants:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk_view.py" line="174"/>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk_view.py" line="175"/>
        <source>Who takes part in the talk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk_view.py" line="176"/>
        <source>The leader&apos;s preparation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk_view.py" line="177"/>
        <source>The manager&apos;s preparation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk_view.py" line="178"/>
        <source>P&amp;reparation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk_view.py" line="179"/>
        <source>Aft&amp;er the talk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk_view.py" line="180"/>
        <source>&amp;Start the development talk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk_view.py" line="237"/>
        <source>Sign off the talk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk_view.py" line="239"/>
        <source>Who signs off the record of the talk?
After signing off, it can no longer be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk_view.py" line="344"/>
        <source>Talk without a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk_view.py" line="346"/>
        <source>Talk on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk_view.py" line="348"/>
        <source>%1 (signed off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk_view.py" line="353"/>
        <source>No plan is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk_view.py" line="354"/>
        <source>Open a plan to prepare its development talk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk_view.py" line="356"/>
        <source>This plan has no development talk yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/talk_view.py" line="359"/>
        <source>Start one to prepare it: the leader and the manager each answer the questions beforehand; after the talk you write down the summary and what you agreed, and sign the record off.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../ledarplan/gui/views/welcome_page.py" line="57"/>
        <source>Welcome to ledarplan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/welcome_page.py" line="60"/>
        <source>Keep your leader development plan here: read what your organisation&apos;s leadership model expects of you, assess yourself, set goals, log coaching and prepare your development talk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/welcome_page.py" line="65"/>
        <source>Create my plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/welcome_page.py" line="67"/>
        <source>Choose your leadership model and role level, and start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/welcome_page.py" line="69"/>
        <source>Try with sample data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/welcome_page.py" line="71"/>
        <source>Look around in a complete example plan first. You can delete it later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/welcome_page.py" line="73"/>
        <source>Import a plan file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/welcome_page.py" line="75"/>
        <source>Open a plan someone sent you (a .ledarplan.json file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ledarplan/gui/views/welcome_page.py" line="79"/>
        <source>Everything stays on this computer, in your own user folder. Nothing is sent anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
