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
        <location filename="../ledarplan/gui/views/coaching_view.py" line="298"/>
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ledarplan/gui/views/coaching_view.py" line="300"/>
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
    <name>ConflictPane</name>
    <message numerus="yes">
        <location filename="../ledarplan/gui/views/conflict_pane.py" line="194"/>
        <source>%n conflict(s) still to decide</source>
        <translation>
            <numerusform>%n conflict still to decide</numerusform>
            <numerusform>%n conflicts still to decide</numerusform>
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
        <location filename="../ledarplan/gui/views/goals/goal_editor.py" line="303"/>
        <source>Linked ite&amp;ms (%n)</source>
        <translation>
            <numerusform>Linked ite&amp;ms (%n)</numerusform>
            <numerusform>Linked ite&amp;ms (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ledarplan/gui/views/goals/goal_editor.py" line="304"/>
        <source>&amp;Check-ins (%n)</source>
        <translation>
            <numerusform>&amp;Check-ins (%n)</numerusform>
            <numerusform>&amp;Check-ins (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HrLabels</name>
    <message numerus="yes">
        <location filename="../ledarplan/summary/labels.py" line="86"/>
        <source>%n plan(s)</source>
        <translation>
            <numerusform>%n plan</numerusform>
            <numerusform>%n plans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ledarplan/summary/labels.py" line="89"/>
        <source>No group in this report has fewer than %n plan(s): a smaller group is counted in a wider one (all levels, then all years) or left out, as the last section says. A rating given by fewer plans is not shown either (a dash). The summaries hold no names, no texts and no dates finer than the month.</source>
        <translation>
            <numerusform>No group in this report has fewer than %n plan: a smaller group is counted in a wider one (all levels, then all years) or left out, as the last section says. A rating given by fewer plans is not shown either (a dash). The summaries hold no names, no texts and no dates finer than the month.</numerusform>
            <numerusform>No group in this report has fewer than %n plans: a smaller group is counted in a wider one (all levels, then all years) or left out, as the last section says. A rating given by fewer plans is not shown either (a dash). The summaries hold no names, no texts and no dates finer than the month.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ledarplan/summary/labels.py" line="138"/>
        <source>A dash: fewer than %n plan(s) gave these ratings (or they would give such a group away beside the figures of its levels or years), so they are not shown.</source>
        <translation>
            <numerusform>A dash: fewer than %n plan gave these ratings (or they would give such a group away beside the figures of its levels or years), so they are not shown.</numerusform>
            <numerusform>A dash: fewer than %n plans gave these ratings (or they would give such a group away beside the figures of its levels or years), so they are not shown.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ledarplan/summary/labels.py" line="154"/>
        <source>%n goal(s): {done} reached, {progress} done on average</source>
        <translation>
            <numerusform>%n goal: {done} reached, {progress} done on average</numerusform>
            <numerusform>%n goals: {done} reached, {progress} done on average</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ledarplan/summary/labels.py" line="160"/>
        <source>%n action(s). The dashed lines mark the 70-20-10 model&apos;s own split: 70 % on the job, 20 % with others, 10 % in courses.</source>
        <translation>
            <numerusform>%n action. The dashed lines mark the 70-20-10 model&apos;s own split: 70 % on the job, 20 % with others, 10 % in courses.</numerusform>
            <numerusform>%n actions. The dashed lines mark the 70-20-10 model&apos;s own split: 70 % on the job, 20 % with others, 10 % in courses.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ledarplan/summary/labels.py" line="178"/>
        <source>%n coaching session(s) ({per_plan} per plan); agreements: {open} open, {done} done.</source>
        <translation>
            <numerusform>%n coaching session ({per_plan} per plan); agreements: {open} open, {done} done.</numerusform>
            <numerusform>%n coaching sessions ({per_plan} per plan); agreements: {open} open, {done} done.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ledarplan/summary/labels.py" line="195"/>
        <source>Nothing was left out: every group had at least %n plan(s).</source>
        <translation>
            <numerusform>Nothing was left out: every group had at least %n plan.</numerusform>
            <numerusform>Nothing was left out: every group had at least %n plans.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ledarplan/summary/labels.py" line="202"/>
        <source>{model}, {group}: fewer than %n plan(s); counted in {into}.</source>
        <translation>
            <numerusform>{model}, {group}: fewer than %n plan; counted in {into}.</numerusform>
            <numerusform>{model}, {group}: fewer than %n plans; counted in {into}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ledarplan/summary/labels.py" line="209"/>
        <source>{model}, {group}: not shown on its own, as a group of fewer than %n plan(s) could otherwise be worked out from the figures; counted in {into}.</source>
        <translation>
            <numerusform>{model}, {group}: not shown on its own, as a group of fewer than %n plan could otherwise be worked out from the figures; counted in {into}.</numerusform>
            <numerusform>{model}, {group}: not shown on its own, as a group of fewer than %n plans could otherwise be worked out from the figures; counted in {into}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ledarplan/summary/labels.py" line="223"/>
        <source>The organisation&apos;s database gives no group of fewer than %n plan(s): a level shared by fewer plans of a year is given as all levels, a year shared by fewer plans of a model as all years, and a model with fewer plans in all is left out.</source>
        <translation>
            <numerusform>The organisation&apos;s database gives no group of fewer than %n plan: a level shared by fewer plans of a year is given as all levels, a year shared by fewer plans of a model as all years, and a model with fewer plans in all is left out.</numerusform>
            <numerusform>The organisation&apos;s database gives no group of fewer than %n plans: a level shared by fewer plans of a year is given as all levels, a year shared by fewer plans of a model as all years, and a model with fewer plans in all is left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ledarplan/summary/labels.py" line="239"/>
        <source>{model}: %n plan(s) of years with too few plans, given by the organisation&apos;s database as all years; counted in {into}.</source>
        <translation>
            <numerusform>{model}: %n plan of years with too few plans, given by the organisation&apos;s database as all years; counted in {into}.</numerusform>
            <numerusform>{model}: %n plans of years with too few plans, given by the organisation&apos;s database as all years; counted in {into}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ledarplan/summary/labels.py" line="252"/>
        <source>{model}: fewer than %n plan(s) in all; left out of the report.</source>
        <translation>
            <numerusform>{model}: fewer than %n plan in all; left out of the report.</numerusform>
            <numerusform>{model}: fewer than %n plans in all; left out of the report.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ledarplan/summary/labels.py" line="259"/>
        <source>%n summary(ies) of plans already counted (the leader&apos;s and the manager&apos;s copy, or one sent twice): each plan was counted once.</source>
        <translation>
            <numerusform>%n summary of a plan already counted (the leader&apos;s and the manager&apos;s copy, or one sent twice): each plan was counted once.</numerusform>
            <numerusform>%n summaries of plans already counted (the leader&apos;s and the manager&apos;s copy, or one sent twice): each plan was counted once.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ledarplan/summary/labels.py" line="272"/>
        <source>%n file(s) not read ({why}); the files were named where the report was made.</source>
        <translation>
            <numerusform>%n file not read ({why}); the file was named where the report was made.</numerusform>
            <numerusform>%n files not read ({why}); the files were named where the report was made.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ledarplan/summary/labels.py" line="282"/>
        <source>%n plan(s) of a model, level or item not installed where the report was made left out.</source>
        <translation>
            <numerusform>%n plan of a model, level or item not installed where the report was made left out.</numerusform>
            <numerusform>%n plans of a model, level or item not installed where the report was made left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ledarplan/summary/labels.py" line="310"/>
        <source>Made with ledarplan from anonymous summaries. No group shown has fewer than %n plan(s).</source>
        <translation>
            <numerusform>Made with ledarplan from anonymous summaries. No group shown has fewer than %n plan.</numerusform>
            <numerusform>Made with ledarplan from anonymous summaries. No group shown has fewer than %n plans.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergePreviewDialog</name>
    <message numerus="yes">
        <location filename="../ledarplan/gui/views/merge_preview_dialog.py" line="179"/>
        <source>From your manager: %n change(s)</source>
        <translation>
            <numerusform>From your manager: %n change</numerusform>
            <numerusform>From your manager: %n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ledarplan/gui/views/merge_preview_dialog.py" line="187"/>
        <source>From the leader: %n change(s)</source>
        <translation>
            <numerusform>From the leader: %n change</numerusform>
            <numerusform>From the leader: %n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ledarplan/gui/views/merge_preview_dialog.py" line="199"/>
        <source>Changed at both desks: %n conflict(s)</source>
        <translation>
            <numerusform>Changed at both desks: %n conflict</numerusform>
            <numerusform>Changed at both desks: %n conflicts</numerusform>
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
    <name>MoveInDialog</name>
    <message numerus="yes">
        <location filename="../ledarplan/gui/views/move_in_dialog.py" line="153"/>
        <source>%n plan(s) moved into the organisation&apos;s database.</source>
        <translation>
            <numerusform>%n plan moved into the organisation&apos;s database.</numerusform>
            <numerusform>%n plans moved into the organisation&apos;s database.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ledarplan/gui/views/move_in_dialog.py" line="157"/>
        <source>%n plan(s) will be moved.</source>
        <translation>
            <numerusform>%n plan will be moved.</numerusform>
            <numerusform>%n plans will be moved.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ledarplan/gui/views/move_in_dialog.py" line="161"/>
        <source>%n plan(s) skipped.</source>
        <translation>
            <numerusform>%n plan skipped.</numerusform>
            <numerusform>%n plans skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ledarplan/gui/views/move_in_dialog.py" line="163"/>
        <source>%n plan(s) in the database already.</source>
        <translation>
            <numerusform>%n plan in the database already.</numerusform>
            <numerusform>%n plans in the database already.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ledarplan/gui/views/move_in_dialog.py" line="171"/>
        <source>Merged with the plan in the database: %n change(s)</source>
        <translation>
            <numerusform>Merged with the plan in the database: %n change</numerusform>
            <numerusform>Merged with the plan in the database: %n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ledarplan/gui/views/move_in_dialog.py" line="179"/>
        <source>(%n of the manager&apos;s own parts stay for the manager to move)</source>
        <translation>
            <numerusform>(%n of the manager&apos;s own parts stays for the manager to move)</numerusform>
            <numerusform>(%n of the manager&apos;s own parts stay for the manager to move)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ledarplan/gui/views/move_in_dialog.py" line="182"/>
        <source>(%n of the leader&apos;s own parts stay for the leader to move)</source>
        <translation>
            <numerusform>(%n of the leader&apos;s own parts stays for the leader to move)</numerusform>
            <numerusform>(%n of the leader&apos;s own parts stay for the leader to move)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrganisationSummaryDialog</name>
    <message numerus="yes">
        <location filename="../ledarplan/gui/views/hr_view.py" line="548"/>
        <source>%n plan(s) from the organisation&apos;s database.</source>
        <translation>
            <numerusform>%n plan from the organisation&apos;s database.</numerusform>
            <numerusform>%n plans from the organisation&apos;s database.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ledarplan/gui/views/hr_view.py" line="552"/>
        <source>%n plan(s)</source>
        <translation>
            <numerusform>%n plan</numerusform>
            <numerusform>%n plans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ledarplan/gui/views/hr_view.py" line="554"/>
        <source>from %1 of %n file(s).</source>
        <translation>
            <numerusform>from %1 of %n file.</numerusform>
            <numerusform>from %1 of %n files.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ledarplan/gui/views/hr_view.py" line="560"/>
        <source>%n file(s) could not be read: see “%1”.</source>
        <translation>
            <numerusform>%n file could not be read: see “%1”.</numerusform>
            <numerusform>%n files could not be read: see “%1”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ledarplan/gui/views/hr_view.py" line="574"/>
        <source>The organisation&apos;s database holds fewer than %n plan(s), and the picture shows no group of fewer: there is nothing to show yet.</source>
        <translation>
            <numerusform>The organisation&apos;s database holds fewer than %n plan, and the picture shows no group of fewer: there is nothing to show yet.</numerusform>
            <numerusform>The organisation&apos;s database holds fewer than %n plans, and the picture shows no group of fewer: there is nothing to show yet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message numerus="yes">
        <location filename="../ledarplan/gui/views/overview_page.py" line="188"/>
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
        <location filename="../ledarplan/gui/plan_actions.py" line="313"/>
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
        <location filename="../ledarplan/gui/team_actions.py" line="159"/>
        <source>%n date(s) written to %1. Import the file into your calendar (Outlook, Thunderbird …); importing a newer file again updates the same events instead of adding copies.</source>
        <translation>
            <numerusform>%n date written to %1. Import the file into your calendar (Outlook, Thunderbird …); importing a newer file again updates the same events instead of adding copies.</numerusform>
            <numerusform>%n dates written to %1. Import the file into your calendar (Outlook, Thunderbird …); importing a newer file again updates the same events instead of adding copies.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ledarplan/gui/team_actions.py" line="209"/>
        <source>Writing %n PDF(s)…</source>
        <translation>
            <numerusform>Writing %n PDF…</numerusform>
            <numerusform>Writing %n PDFs…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ledarplan/gui/team_actions.py" line="251"/>
        <source>%n PDF(s) written to %1.</source>
        <translation>
            <numerusform>%n PDF written to %1.</numerusform>
            <numerusform>%n PDFs written to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ledarplan/gui/team_actions.py" line="268"/>
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
        <location filename="../ledarplan/gui/views/team_view.py" line="426"/>
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ledarplan/gui/views/team_view.py" line="467"/>
        <source>%n date(s)</source>
        <translation>
            <numerusform>%n date</numerusform>
            <numerusform>%n dates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ledarplan/gui/views/team_view.py" line="469"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
</context>
</TS>
