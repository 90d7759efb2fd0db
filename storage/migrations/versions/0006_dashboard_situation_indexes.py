"""dashboard: indexes for the situation figures and warning rules (group + created_at)

Revision ID: 0005_dashboard_situation
Revises: 0005_story
"""

from __future__ import annotations

from alembic import op

revision = "0005_dashboard_situation"
down_revision = "0005_story"
branch_labels = None
depends_on = None

INDEXES = {
    "ix_cases_district_created": ["district", "created_at"],
    "ix_cases_industry_created": ["industry_category", "created_at"],
    "ix_cases_employer_created": ["employer_key", "created_at"],
    "ix_cases_centre_created": ["centre_id", "created_at"],
}


def upgrade() -> None:
    with op.batch_alter_table("cases") as batch:
        for name, columns in INDEXES.items():
            batch.create_index(name, columns, unique=False)


def downgrade() -> None:
    with op.batch_alter_table("cases") as batch:
        for name in INDEXES:
            batch.drop_index(name)
