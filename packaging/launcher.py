"""The bundle's entry point: what PyInstaller freezes into the `ledarplan` executable.

The same as `python -m ledarplan`; kept outside the package so that PyInstaller does not put
the package folder itself on the module search path.
"""

import sys

from ledarplan.app import main

if __name__ == "__main__":
    sys.exit(main())
