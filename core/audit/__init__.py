"""The audit log: who did what, when, through which channel; hash-chained and written in the
same transaction as the change it records."""
