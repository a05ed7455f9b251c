"""``python -m mediakit``: the same command line as the ``mediakit`` script."""
import sys

from mediakit.cli.main import main

sys.exit(main())
