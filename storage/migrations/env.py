"""Alembic environment: runs on the connection handed over by storage.db.Database.upgrade,
or, from the alembic command line, on LABORBOT_DATABASE_URL (sync drivers)."""

from __future__ import annotations

import os

from alembic import context
from sqlalchemy import create_engine

from storage.models import Base

target_metadata = Base.metadata


def _configure_and_run(connection) -> None:  # type: ignore[no-untyped-def]
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = context.config.attributes.get("connection")
if connection is not None:
    _configure_and_run(connection)
else:
    url = os.environ.get("LABORBOT_DATABASE_URL", "sqlite:///data/laborbot.sqlite3")
    url = url.replace("+aiosqlite", "").replace("+asyncpg", "+psycopg")
    engine = create_engine(url)
    with engine.connect() as conn:
        _configure_and_run(conn)
