"""dashboard: the level of a warning last pushed to supervisors, and when

Revision ID: 0007_dashboard_alert_push
Revises: 0005_dashboard_situation
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import storage.types

revision = "0007_dashboard_alert_push"
down_revision = "0005_dashboard_situation"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("alerts") as batch:
        batch.add_column(sa.Column("pushed_level", sa.String(length=4), nullable=True))
        batch.add_column(sa.Column("pushed_at", storage.types.UTCDateTime(timezone=True), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("alerts") as batch:
        batch.drop_column("pushed_at")
        batch.drop_column("pushed_level")
