"""Operations tests: `fapiao serve` as a real process (workers, graceful shutdown), deployment examples.

Their helpers (a free port, a clean environment, a running server) are in tests/kit/servers.py.
"""
