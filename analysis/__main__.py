"""``python -m analysis COMMAND ...`` and the ``analysis`` script: see :mod:`analysis.cli`."""

from analysis.cli import main

# Guarded so that importing the module (the ``analysis`` script, test collectors) runs nothing.
if __name__ == "__main__":
    raise SystemExit(main())
