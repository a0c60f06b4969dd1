"""The files of a backup: the stored files under DATA_DIR, private (0600/0700) writing, hashing,
the manifest's signature key, and safe relative paths."""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import os
from collections.abc import Iterable
from pathlib import Path, PurePosixPath
from typing import BinaryIO

from core.settings import Settings
from fapiao.ops.backup.schema import CHUNK, TEMPORARY_SUFFIXES, BackupError

# -- files ------------------------------------------------------------------------------------------


def default_backup_dir(settings: Settings) -> Path:
    return Path(settings.backup_dir) if settings.backup_dir else Path(settings.data_dir) / "backups"


def sqlite_path(database_url: str) -> Path | None:
    if not database_url.startswith("sqlite://") or database_url == "sqlite://:memory:":
        return None
    return Path(database_url[len("sqlite://"):])


def stored_files(settings: Settings, *, exclude: Iterable[Path] = ()) -> list[tuple[str, Path]]:
    """Every stored file under DATA_DIR (relative POSIX path, path), except backups and the database."""
    root = Path(settings.data_dir)
    if not root.is_dir():
        return []
    skip_dirs = {p.resolve() for p in (root / "backups", default_backup_dir(settings), *exclude)}
    skip_files: set[Path] = set()
    db = sqlite_path(settings.database_url)
    if db is not None:
        for suffix in ("", "-wal", "-shm", "-journal"):
            skip_files.add(Path(str(db) + suffix).resolve())
    found: list[tuple[str, Path]] = []
    for folder, dirnames, filenames in os.walk(root):
        here = Path(folder)
        dirnames[:] = sorted(d for d in dirnames if (here / d).resolve() not in skip_dirs)
        for name in sorted(filenames):
            path = here / name
            if name.endswith(TEMPORARY_SUFFIXES) or path.resolve() in skip_files or path.is_symlink():
                continue
            found.append((path.relative_to(root).as_posix(), path))
    return found


def private_dir(path: Path) -> None:
    """0700, set in code: a backup holds every company's invoices and every password hash. Every
    folder created on the way gets the mode too (``mkdir(parents=True)`` leaves the umask's)."""
    missing = []
    current = path
    while not current.exists():
        missing.append(current)
        current = current.parent
    for folder in reversed(missing):
        folder.mkdir(mode=0o700, exist_ok=True)
        os.chmod(folder, 0o700)
    if not missing:
        os.chmod(path, 0o700)


def private_open(path: Path) -> BinaryIO:
    """Open for writing as 0600 (created so, not chmod-ed afterwards)."""
    private_dir(path.parent)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.fchmod(fd, 0o600)
    return os.fdopen(fd, "wb")


def manifest_key(settings: Settings) -> bytes:
    """The key of the manifest's HMAC: BACKUP_KEY, or derived from SECRET_KEY (docs/security.md).
    Restoring elsewhere needs the same BACKUP_KEY (or SECRET_KEY)."""
    if settings.backup_key:
        return settings.backup_key.encode()
    return hmac.new(settings.secret_key.encode(), b"fapiao/backup-manifest/v1", hashlib.sha256).digest()


def sign_manifest(key: bytes, data: bytes) -> str:
    return hmac.new(key, data, hashlib.sha256).hexdigest()


def copy_hashed(source: Path | BinaryIO, target: Path) -> tuple[int, str]:
    digest = hashlib.sha256()
    size = 0
    with contextlib.ExitStack() as stack:
        reader = stack.enter_context(source.open("rb")) if isinstance(source, Path) else source
        writer = stack.enter_context(private_open(target))
        while chunk := reader.read(CHUNK):
            digest.update(chunk)
            size += len(chunk)
            writer.write(chunk)
    return size, digest.hexdigest()


def hash_file(path: Path) -> tuple[int, str, int]:
    """(size, sha256, number of lines) of a file."""
    digest = hashlib.sha256()
    size = lines = 0
    with path.open("rb") as handle:
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
            size += len(chunk)
            lines += chunk.count(b"\n")
    return size, digest.hexdigest(), lines



def safe_relative(path: object, what: str) -> str:
    if not isinstance(path, str) or not path:
        raise BackupError(f"manifest.json: {what} has no path")
    pure = PurePosixPath(path)
    if pure.is_absolute() or ".." in pure.parts or "\\" in path:
        raise BackupError(f"manifest.json: unsafe path {path!r} in {what}")
    return path


def write_private(path: Path, data: bytes) -> None:
    with private_open(path) as handle:
        handle.write(data)
