"""The organisation's yearly picture, made of anonymous summaries of plans.

A leader (or a manager, for the plans they hold) writes a *summary file*: per plan the model and
level, the period's year, the latest self and manager ratings, what goals are linked to and how
far they are, the actions' kinds of learning, counts of sessions and agreements, and whether the
talk was held, signed and followed up — no names, no free text, no dates finer than the month,
no ids that link back (`document`, `build`). HR reads many such files and sees the picture per
model and level, never a cell of fewer than N plans (`aggregate`).

Qt-free core, like `domain`, `frameworks` and `exchange`; docs/hr-summary.md describes it.
"""

#: No group of HR's picture holds fewer plans than this, unless HR chooses otherwise …
DEFAULT_THRESHOLD = 5
#: … and never fewer than this: two plans of one group, and each leader knows the other's.
MIN_THRESHOLD = 3
