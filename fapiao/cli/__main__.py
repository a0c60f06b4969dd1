"""`python -m fapiao.cli ...` is the `fapiao` command (the tests run it this way)."""

from fapiao.cli import main

raise SystemExit(main())
