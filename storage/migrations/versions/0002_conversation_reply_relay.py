"""conversation: relay the worker's answers to a staff reply back to the case

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import storage.types

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("conversations") as batch:
        batch.add_column(sa.Column("reply_case_id", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("reply_until", storage.types.UTCDateTime(), nullable=True))
        batch.create_foreign_key(
            "fk_conversations_reply_case_id_cases", "cases", ["reply_case_id"], ["id"], ondelete="SET NULL"
        )


def downgrade() -> None:
    with op.batch_alter_table("conversations") as batch:
        batch.drop_constraint("fk_conversations_reply_case_id_cases", type_="foreignkey")
        batch.drop_column("reply_until")
        batch.drop_column("reply_case_id")
