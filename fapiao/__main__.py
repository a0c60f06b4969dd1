"""`python -m fapiao ...` is the `fapiao` command."""

from fapiao.cli import main

main()
