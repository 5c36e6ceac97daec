"""``python -m newsclean``: the command line (see :mod:`newsclean.cli`)."""

from newsclean.cli import run

if __name__ == "__main__":
    run()
