"""``fapiao backup`` / ``fapiao restore`` and scheduled backups.

A backup is a directory in a portable, database-neutral format::

    manifest.json          written last: a backup without it is partial
    tables/<table>.jsonl   one JSON object per row, keyed by column
    files/<relative path>  the stored files under DATA_DIR (PDF cache, attachments, exports)

Values are typed neutrally: datetimes ISO 8601 with their offset, dates ISO 8601,
``Decimal`` as an exact string (quantized to the column's places), JSON columns as
JSON, bytes as base64. The manifest holds the format version, the source dialect,
the schema version (the applied migrations), and for every table and file its size,
SHA-256 (and row count), so that ``restore`` can refuse a truncated, edited or partial
backup before it changes anything. The same backup restores into SQLite or PostgreSQL.

Consistency while the server runs: on SQLite the database is first copied with
sqlite3's online backup API and the copy is read; on PostgreSQL every table is read
inside one ``REPEATABLE READ READ ONLY`` transaction. Stored files are written once
(content-addressed, or renamed into place) before the rows that name them commit, so
copying them after the database snapshot gives every row its file.
"""

