"""Verify a backup before anything changes: the manifest's signature, then every part's size,
SHA-256 and row count."""

from __future__ import annotations

import hmac
import json
from pathlib import Path
from typing import Any

from fapiao.ops.backup.files import hash_file, safe_relative, sign_manifest
from fapiao.ops.backup.schema import FORMAT, FORMAT_VERSION, MANIFEST, SIGNATURE, BackupError


def check_signature(source: Path, key: bytes, *, trust_unsigned: bool = False) -> bool:
    """True when the manifest is signed with ``key``. An unsigned or mis-signed backup is refused
    unless ``trust_unsigned`` (then False is returned and the caller says so)."""
    manifest_path, signature_path = Path(source) / MANIFEST, Path(source) / SIGNATURE
    if not manifest_path.is_file():
        raise BackupError(f"{source}: manifest.json is missing: a partial backup (it did not finish); "
                          "use another backup")
    if not signature_path.is_file():
        if trust_unsigned:
            return False
        raise BackupError(f"{source}: the backup is not signed ({SIGNATURE} is missing); if you made it yourself "
                          "with an older fapiao and trust it, restore with --trust-unsigned")
    expected = sign_manifest(key, manifest_path.read_bytes())
    if not hmac.compare_digest(expected, signature_path.read_text(encoding="ascii", errors="replace").strip()):
        if trust_unsigned:
            return False
        raise BackupError(f"{source}: the manifest's signature does not match: the backup was edited, or it was "
                          "made with another BACKUP_KEY / SECRET_KEY (set the same key, or --trust-unsigned)")
    return True


def verify_backup(source: Path) -> dict[str, Any]:
    """Check the manifest and every part's size, SHA-256 and row count; return the manifest.

    Raises :class:`BackupError` naming the first bad part. Reads only the backup. The manifest's
    signature is checked by :func:`check_signature` (restore does both).
    """
    source = Path(source)
    if not source.is_dir():
        raise BackupError(f"{source}: no backup folder there")
    manifest_path = source / MANIFEST
    if not manifest_path.is_file():
        raise BackupError(f"{source}: manifest.json is missing: a partial backup (it did not finish); "
                          "use another backup")
    try:
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    except (ValueError, UnicodeDecodeError):
        raise BackupError("manifest.json is corrupt (not valid JSON)") from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise BackupError("manifest.json: not a fapiao backup")
    version = manifest.get("format_version")
    if not isinstance(version, int) or version > FORMAT_VERSION:
        raise BackupError(f"manifest.json: format version {version!r} is newer than this fapiao "
                          f"understands ({FORMAT_VERSION}); upgrade fapiao first")
    if not isinstance(manifest.get("tables"), dict) or not isinstance(manifest.get("files"), list):
        raise BackupError("manifest.json: the list of tables or files is missing")
    for name, entry in manifest["tables"].items():
        if not isinstance(entry, dict) or not isinstance(entry.get("rows"), int):
            raise BackupError(f"manifest.json: the entry of table {name} is malformed")
        relative = safe_relative(entry.get("file"), f"table {name}")
        path = source / relative
        if not path.is_file():
            raise BackupError(f"missing part {relative} (table {name})")
        size, digest, lines = hash_file(path)
        if size != entry.get("bytes"):
            raise BackupError(f"bad part {relative} (table {name}): {size} bytes, the manifest says "
                              f"{entry.get('bytes')} (truncated or edited)")
        if digest != entry.get("sha256"):
            raise BackupError(f"bad part {relative} (table {name}): SHA-256 does not match (edited or corrupt)")
        if lines != entry["rows"]:
            raise BackupError(f"bad part {relative} (table {name}): {lines} rows, the manifest says {entry['rows']}")
    for entry in manifest["files"]:
        if not isinstance(entry, dict):
            raise BackupError("manifest.json: a file entry is malformed")
        relative = "files/" + safe_relative(entry.get("path"), "a file entry")
        path = source / relative
        if not path.is_file():
            raise BackupError(f"missing part {relative}")
        size, digest, _ = hash_file(path)
        if size != entry.get("size"):
            raise BackupError(f"bad part {relative}: {size} bytes, the manifest says {entry.get('size')} "
                              "(truncated or edited)")
        if digest != entry.get("sha256"):
            raise BackupError(f"bad part {relative}: SHA-256 does not match (edited or corrupt)")
    return manifest
