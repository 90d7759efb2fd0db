"""The migrations build the schema on both databases, and the types behave the same."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from storage.models import Base, Case, Delivery, Identity


async def test_upgrade_creates_every_table(db) -> None:
    from sqlalchemy import inspect

    async with db.engine.connect() as conn:
        names = await conn.run_sync(lambda c: set(inspect(c).get_table_names()))
    assert set(Base.metadata.tables) <= names
    assert await db.current_revision() is not None


async def test_upgrade_twice_is_a_no_op(db) -> None:
    before = await db.current_revision()
    await db.upgrade()
    assert await db.current_revision() == before


async def test_datetimes_come_back_aware_utc_and_money_exact(db) -> None:
    shanghai = datetime(2026, 11, 23, 9, 30, tzinfo=UTC) + timedelta(hours=0)
    async with db.session() as s:
        ident = Identity(channel="web", user_key="u1")
        s.add(ident)
        await s.flush()
        s.add(
            Case(
                case_no="QX-T-1",
                identity_id=ident.id,
                centre_id="c",
                consent_at=shanghai,
                worker_name="张三",
                contact_phone="13800138000",
                employer_name="某公司",
                work_location="示例区",
                industry="建筑",
                arrears_start="2026-01",
                arrears_end="2026-03",
                amount_owed=Decimal("8500.50"),
                workers_affected=3,
                description="d",
                accept_by=shanghai,
                resolve_by=shanghai,
            )
        )
    async with db.session() as s:
        case = (await s.execute(select(Case))).scalar_one()
    assert case.consent_at == shanghai and case.consent_at.tzinfo is not None
    assert case.amount_owed == Decimal("8500.50")


async def test_delivery_id_is_unique_even_when_racing(db) -> None:
    async def insert() -> bool:
        try:
            async with db.session() as s:
                s.add(Delivery(delivery_id="tg:42", channel="telegram"))
            return True
        except IntegrityError:
            return False

    results = await asyncio.gather(*(insert() for _ in range(8)))
    assert results.count(True) == 1
    async with db.session() as s:
        rows = (await s.execute(select(Delivery))).scalars().all()
    assert len(rows) == 1


async def test_naive_datetime_is_refused(db) -> None:
    from sqlalchemy.exc import StatementError

    with pytest.raises(StatementError, match="naive datetime"):
        async with db.session() as s:
            s.add(Identity(channel="web", user_key="u2", created_at=datetime(2026, 1, 1)))


async def test_migrations_match_the_models(db) -> None:
    """Alembic's autogenerate finds nothing to add: every model change has its migration."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    def diff(conn) -> list:  # type: ignore[no-untyped-def]
        ctx = MigrationContext.configure(conn, opts={"compare_type": True})
        return compare_metadata(ctx, Base.metadata)

    async with db.engine.connect() as conn:
        changes = await conn.run_sync(diff)
    assert changes == []
