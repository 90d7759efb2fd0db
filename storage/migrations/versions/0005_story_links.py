"""story: industry category, employer key and link group of a case

Revision ID: 0005_story
Revises: 0004_dashboard_alerts
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005_story"
down_revision = "0004_dashboard_alerts"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("cases") as batch:
        batch.add_column(sa.Column("industry_category", sa.String(length=32), nullable=True))
        batch.add_column(sa.Column("employer_key", sa.String(length=64), nullable=True))
        batch.add_column(sa.Column("link_group", sa.Integer(), nullable=True))
        batch.create_index(batch.f("ix_cases_employer_key"), ["employer_key"], unique=False)
        batch.create_index(batch.f("ix_cases_link_group"), ["link_group"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("cases") as batch:
        batch.drop_index(batch.f("ix_cases_link_group"))
        batch.drop_index(batch.f("ix_cases_employer_key"))
        batch.drop_column("link_group")
        batch.drop_column("employer_key")
        batch.drop_column("industry_category")
