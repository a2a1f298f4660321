"""Airflow-style connections (``AIRFLOW_CONN_<ID>`` environment variables) as fsspec options.

Airflow stores a connection either as a URI (``sftp://user:pw@host:22/?key_file=...``)
or as JSON (``{"conn_type": "sftp", "host": ..., "extra": {...}}``); Airflow itself
exports connections this way to task processes, so ``etl`` reads the same variables
without importing Airflow.  An inbox URL ``conn://<conn_id>/<path>`` uses them.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

# Airflow conn_type -> fsspec protocol
_PROTOCOLS = {
    "sftp": "sftp", "ssh": "sftp",
    "samba": "smb", "smb": "smb", "cifs": "smb",
    "aws": "s3", "s3": "s3", "minio": "s3",
    "fs": "file", "file": "file",
}


class ConnectionError_(LookupError):
    """A connection id with no usable ``AIRFLOW_CONN_*`` variable."""


@dataclass(frozen=True, slots=True)
class Connection:
    conn_type: str
    host: str | None = None
    login: str | None = None
    password: str | None = None
    port: int | None = None
    schema: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)


def _from_uri(uri: str) -> Connection:
    parts = urlsplit(uri)
    conn_type = parts.scheme.replace("-", "_")
    return Connection(
        conn_type=conn_type,
        host=unquote(parts.hostname) if parts.hostname else None,
        login=unquote(parts.username) if parts.username else None,
        password=unquote(parts.password) if parts.password else None,
        port=parts.port,
        schema=unquote(parts.path.lstrip("/")) or None,
        extra=dict(parse_qsl(parts.query)),
    )


def _from_json(raw: str) -> Connection:
    data = json.loads(raw)
    extra = data.get("extra") or {}
    if isinstance(extra, str):
        extra = json.loads(extra) if extra.strip() else {}
    return Connection(conn_type=data.get("conn_type", ""), host=data.get("host"), login=data.get("login"),
                      password=data.get("password"), port=data.get("port"), schema=data.get("schema"),
                      extra=extra)


def get_connection(conn_id: str, environ: dict[str, str] | None = None) -> Connection:
    env = os.environ if environ is None else environ
    name = "AIRFLOW_CONN_" + conn_id.upper()
    raw = env.get(name)
    if not raw:
        raise ConnectionError_(f"connection {conn_id!r} is not defined: set the environment variable {name}")
    return _from_json(raw) if raw.lstrip().startswith("{") else _from_uri(raw)


def fsspec_options(conn: Connection) -> tuple[str, dict[str, Any]]:
    """(fsspec protocol, storage options) for a connection."""
    protocol = _PROTOCOLS.get(conn.conn_type.lower())
    if protocol is None:
        raise ConnectionError_(f"connection type {conn.conn_type!r} cannot serve an inbox "
                               f"(supported: {', '.join(sorted(_PROTOCOLS))})")
    extra = dict(conn.extra)
    opts: dict[str, Any] = {}
    if protocol == "sftp":
        opts = {"host": conn.host, "port": conn.port or 22, "username": conn.login, "password": conn.password}
        if extra.get("key_file"):
            opts["key_filename"] = extra["key_file"]
    elif protocol == "smb":
        opts = {"host": conn.host, "port": conn.port or 445, "username": conn.login, "password": conn.password}
    elif protocol == "s3":
        opts = {"key": conn.login or extra.get("aws_access_key_id"),
                "secret": conn.password or extra.get("aws_secret_access_key")}
        client_kwargs = {k: extra[k] for k in ("endpoint_url", "region_name") if extra.get(k)}
        if client_kwargs:
            opts["client_kwargs"] = client_kwargs
    return protocol, {k: v for k, v in opts.items() if v is not None}
