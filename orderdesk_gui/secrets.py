"""Named secrets (the SMTP password, a database password) in the system's credential store.

The store is the ``keyring`` library's: Windows Credential Manager, the macOS Keychain, the Secret
Service (GNOME Keyring, KWallet) on Linux. Entries are under the service "OrderDesk", named
``smtp:<user>@<host>`` and ``database:<user>@<host>:<port>/<database>``.

Where there is no store (keyring's "fail" or "null" backend, e.g. a headless Linux without a Secret
Service) or it refuses, nothing is stored: ``set_secret`` answers False and the caller keeps the
secret where it was (in settings.json), and one warning says so. keyring is imported only when a
secret is asked for.
"""

from __future__ import annotations

import logging

log = logging.getLogger(__name__)

SERVICE = "OrderDesk"
_warned = False


def smtp_key(user: str, host: str) -> str:
    return f"smtp:{user}@{host}"


def database_key(user: str, host: str, port: int, dbname: str) -> str:
    return f"database:{user}@{host}:{port}/{dbname}"


def _store():
    """keyring's backend when it can keep secrets, else None."""
    try:
        import keyring
        from keyring.backends import fail, null

        backend = keyring.get_keyring()
    except Exception:  # noqa: BLE001 - a broken keyring installation: as if there were none
        return None
    return None if isinstance(backend, (fail.Keyring, null.Keyring)) else backend


def available() -> bool:
    return _store() is not None


def _warn_once(reason: str) -> None:
    global _warned
    if not _warned:
        _warned = True
        log.warning("no credential store (%s): passwords stay in settings.json", reason)


def get_secret(key: str) -> str | None:
    """The secret stored under ``key``, or None (none stored, or no store)."""
    store = _store()
    if store is None:
        return None
    try:
        return store.get_password(SERVICE, key)
    except Exception as exc:  # noqa: BLE001 - a locked or broken store: nothing found
        log.warning("credential store unreadable (%s)", type(exc).__name__)
        return None


def set_secret(key: str, secret: str) -> bool:
    """Store ``secret`` under ``key``; False when there is no store or it refused (warned once)."""
    store = _store()
    if store is None:
        _warn_once("no keyring backend")
        return False
    try:
        store.set_password(SERVICE, key, secret)
    except Exception as exc:  # noqa: BLE001 - locked, refused, no D-Bus ...
        _warn_once(f"{type(store).__name__} refused: {type(exc).__name__}")
        return False
    return True


def delete_secret(key: str) -> None:
    """Forget the secret under ``key`` (nothing happens when there is none)."""
    store = _store()
    if store is None:
        return
    try:
        store.delete_password(SERVICE, key)
    except Exception:  # noqa: BLE001 - not there, or the store refused: nothing more to do
        pass
