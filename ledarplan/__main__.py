"""`python -m ledarplan` — the same as the `ledarplan` command."""

import sys

from ledarplan.app import main

sys.exit(main())
