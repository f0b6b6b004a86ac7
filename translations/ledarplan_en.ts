<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CardPickerDialog</name>
    <message numerus="yes">
        <location filename="../ledarplan/gui/views/talk/card_picker.py" line="131"/>
        <source>%n theme(s) chosen</source>
        <translation>
            <numerusform>%n theme chosen</numerusform>
            <numerusform>%n themes chosen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoachingView</name>
    <message numerus="yes">
        <location filename="../ledarplan/gui/views/coaching_view.py" line="294"/>
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ledarplan/gui/views/coaching_view.py" line="296"/>
        <source>%1 of %n session(s)</source>
        <translation>
            <numerusform>%1 of %n session</numerusform>
            <numerusform>%1 of %n sessions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComparisonPanel</name>
    <message numerus="yes">
        <location filename="../ledarplan/gui/views/assessment/comparison_panel.py" line="253"/>
        <source>%1 (%n respondent(s))</source>
        <translation>
            <numerusform>%1 (%n respondent)</numerusform>
            <numerusform>%1 (%n respondents)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ledarplan/gui/views/assessment/comparison_panel.py" line="383"/>
        <source>%n item(s) rated %1 or more steps apart (highlighted): worth talking about.</source>
        <translation>
            <numerusform>%n item rated %1 or more steps apart (highlighted): worth talking about.</numerusform>
            <numerusform>%n items rated %1 or more steps apart (highlighted): worth talking about.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FeedbackDialog</name>
    <message numerus="yes">
        <location filename="../ledarplan/gui/views/feedback/rounds_dialog.py" line="250"/>
        <source>%n file(s) could not be taken in; nothing of them was stored.</source>
        <translation>
            <numerusform>%n file could not be taken in; nothing of it was stored.</numerusform>
            <numerusform>%n files could not be taken in; nothing of them was stored.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GoalEditor</name>
    <message numerus="yes">
        <location filename="../ledarplan/gui/views/goals/goal_editor.py" line="299"/>
        <source>Linked ite&amp;ms (%n)</source>
        <translation>
            <numerusform>Linked ite&amp;ms (%n)</numerusform>
            <numerusform>Linked ite&amp;ms (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ledarplan/gui/views/goals/goal_editor.py" line="300"/>
        <source>&amp;Check-ins (%n)</source>
        <translation>
            <numerusform>&amp;Check-ins (%n)</numerusform>
            <numerusform>&amp;Check-ins (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergePreviewDialog</name>
    <message numerus="yes">
        <location filename="../ledarplan/gui/views/merge_preview_dialog.py" line="252"/>
        <source>From your manager: %n change(s)</source>
        <translation>
            <numerusform>From your manager: %n change</numerusform>
            <numerusform>From your manager: %n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ledarplan/gui/views/merge_preview_dialog.py" line="260"/>
        <source>From the leader: %n change(s)</source>
        <translation>
            <numerusform>From the leader: %n change</numerusform>
            <numerusform>From the leader: %n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ledarplan/gui/views/merge_preview_dialog.py" line="272"/>
        <source>Changed at both desks: %n conflict(s)</source>
        <translation>
            <numerusform>Changed at both desks: %n conflict</numerusform>
            <numerusform>Changed at both desks: %n conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ledarplan/gui/views/merge_preview_dialog.py" line="374"/>
        <source>%n conflict(s) still to decide</source>
        <translation>
            <numerusform>%n conflict still to decide</numerusform>
            <numerusform>%n conflicts still to decide</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ModelFromSheetDialog</name>
    <message numerus="yes">
        <location filename="../ledarplan/gui/views/model_from_sheet.py" line="268"/>
        <source>%n problem(s) in %1. Nothing can be saved until they are solved: correct the spreadsheet, save it, and open it again.</source>
        <translation>
            <numerusform>%n problem in %1. Nothing can be saved until it is solved: correct the spreadsheet, save it, and open it again.</numerusform>
            <numerusform>%n problems in %1. Nothing can be saved until they are solved: correct the spreadsheet, save it, and open it again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrganisationSummaryDialog</name>
    <message numerus="yes">
        <location filename="../ledarplan/gui/views/hr_view.py" line="510"/>
        <source>%n file(s) could not be read: see “%1”.</source>
        <translation>
            <numerusform>%n file could not be read: see “%1”.</numerusform>
            <numerusform>%n files could not be read: see “%1”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message numerus="yes">
        <location filename="../ledarplan/gui/views/overview_page.py" line="184"/>
        <source>%n open agreement(s) from coaching</source>
        <translation>
            <numerusform>%n open agreement from coaching</numerusform>
            <numerusform>%n open agreements from coaching</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PackProblemsBanner</name>
    <message numerus="yes">
        <location filename="../ledarplan/gui/pack_banner.py" line="67"/>
        <source>%n organisation model pack(s) could not be read and were left out. The other models work as usual.</source>
        <translation>
            <numerusform>%n organisation model pack could not be read and was left out. The other models work as usual.</numerusform>
            <numerusform>%n organisation model packs could not be read and were left out. The other models work as usual.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanActions</name>
    <message numerus="yes">
        <location filename="../ledarplan/gui/plan_actions.py" line="318"/>
        <source>%1 and all their data will be deleted: %n plan(s) with their assessments, goals, coaching notes and talks. This cannot be undone.</source>
        <translation>
            <numerusform>%1 and all their data will be deleted: %n plan with their assessments, goals, coaching notes and talks. This cannot be undone.</numerusform>
            <numerusform>%1 and all their data will be deleted: %n plans with their assessments, goals, coaching notes and talks. This cannot be undone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PresetsProblemsBanner</name>
    <message numerus="yes">
        <location filename="../ledarplan/gui/pack_banner.py" line="86"/>
        <source>%n of your organisation&apos;s preset(s) could not be used; ledarplan uses its defaults for them.</source>
        <translation>
            <numerusform>%n of your organisation&apos;s preset could not be used; ledarplan uses its defaults for them.</numerusform>
            <numerusform>%n of your organisation&apos;s presets could not be used; ledarplan uses its defaults for them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamActions</name>
    <message numerus="yes">
        <location filename="../ledarplan/gui/team_actions.py" line="158"/>
        <source>%n date(s) written to %1. Import the file into your calendar (Outlook, Thunderbird …); importing a newer file again updates the same events instead of adding copies.</source>
        <translation>
            <numerusform>%n date written to %1. Import the file into your calendar (Outlook, Thunderbird …); importing a newer file again updates the same events instead of adding copies.</numerusform>
            <numerusform>%n dates written to %1. Import the file into your calendar (Outlook, Thunderbird …); importing a newer file again updates the same events instead of adding copies.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ledarplan/gui/team_actions.py" line="208"/>
        <source>Writing %n PDF(s)…</source>
        <translation>
            <numerusform>Writing %n PDF…</numerusform>
            <numerusform>Writing %n PDFs…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ledarplan/gui/team_actions.py" line="250"/>
        <source>%n PDF(s) written to %1.</source>
        <translation>
            <numerusform>%n PDF written to %1.</numerusform>
            <numerusform>%n PDFs written to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ledarplan/gui/team_actions.py" line="267"/>
        <source>You cancelled before the other %n.</source>
        <translation>
            <numerusform>You cancelled before the other %n.</numerusform>
            <numerusform>You cancelled before the other %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamOverviewView</name>
    <message numerus="yes">
        <location filename="../ledarplan/gui/views/team_view.py" line="416"/>
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ledarplan/gui/views/team_view.py" line="457"/>
        <source>%n date(s)</source>
        <translation>
            <numerusform>%n date</numerusform>
            <numerusform>%n dates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ledarplan/gui/views/team_view.py" line="459"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
</context>
</TS>
