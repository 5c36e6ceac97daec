"""``python -m newsclean``: the command line (see :mod:`newsclean.cli`)."""

import sys

if __name__ == "__main__":
    try:
        from newsclean.cli import run
    except KeyboardInterrupt:  # Ctrl-C while the package loads: the same quiet exit as later on
        sys.exit(130)
    run()
