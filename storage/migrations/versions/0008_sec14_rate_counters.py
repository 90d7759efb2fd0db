"""web chat abuse limits: counters shared by every process (rate_counters)

Revision ID: 0008_sec14_rate_counters
Revises: 0007_dashboard_alert_push
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import storage.types

revision = "0008_sec14_rate_counters"
down_revision = "0007_dashboard_alert_push"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "rate_counters",
        sa.Column("key", sa.String(length=200), nullable=False),
        sa.Column("window_start", storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("hits", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("key", "window_start", name=op.f("pk_rate_counters")),
    )
    with op.batch_alter_table("rate_counters") as batch:
        batch.create_index(batch.f("ix_rate_counters_window_start"), ["window_start"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("rate_counters") as batch:
        batch.drop_index(batch.f("ix_rate_counters_window_start"))
    op.drop_table("rate_counters")
