"""``python -m newsclean``: the command line (see :mod:`newsclean.cli`)."""

from newsclean.cli import main

raise SystemExit(main())
