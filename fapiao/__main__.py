"""`python -m fapiao ...` is the `fapiao` command (with its exit status)."""

from fapiao.cli import main

raise SystemExit(main())
