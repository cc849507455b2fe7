"""``python -m analysis.sample --n 100000 --out DIR``: see :func:`analysis.cli.sample_main`."""

from analysis.cli import sample_main

# Guarded so that importing the module (documentation tools, test collectors) writes nothing.
if __name__ == "__main__":
    raise SystemExit(sample_main())
