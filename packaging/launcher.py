"""The bundle's entry point: what PyInstaller freezes into the `ledarplan` executable.

The same as `python -m ledarplan`; kept outside the package so that PyInstaller does not put
the package folder itself on the module search path.
"""

import os
import sys
from pathlib import Path

from ledarplan.app import main

if __name__ == "__main__":
    # The windowed Windows program has no standard streams (ledarplan-cli.exe has them):
    # anything a command would print goes nowhere rather than failing on None.
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, Path(os.devnull).open("w", encoding="utf-8"))  # noqa: SIM115
    sys.exit(main())
