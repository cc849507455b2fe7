"""``python -m analysis.sample --n 100000 --out DIR``: see :func:`analysis.sample.main`."""

from analysis.sample.cli import main

# Guarded so that importing the module (documentation tools, test collectors) writes nothing.
if __name__ == "__main__":
    raise SystemExit(main())
