"""The engine's store (bot.core.ports.WorkerStore) on the shared database: one transaction per
message, holding the delivery id, every effect and the worker's saved form state."""

from __future__ import annotations

import copy
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import fields as dataclass_fields
from pathlib import Path
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.core.ports import CaseView, Filing, FormState, WorkerState
from storage.db import Database
from storage.fast_unit import FastTx, read_snapshot
from storage.models import PRIORITIES, Case, Conversation, Delivery, Identity
from storage.services import worker_requests
from storage.services.attachments import save_attachment
from storage.services.cases import cases_of, file_case
from storage.services.deliveries import DeliveryLog
from storage.services.links import link_case, raise_group_priority
from storage.services.workers import (
    conversation_for,
    identity_for,
    record_delivery,
    take_pending_notices,
    worker_state,
)

_FORM_FIELDS = [f.name for f in dataclass_fields(FormState)]


def _form_of(conv: Conversation) -> FormState:
    return FormState(**{name: copy.deepcopy(getattr(conv, name)) for name in _FORM_FIELDS})


def _save_form(conv: Conversation, form: FormState) -> None:
    """Write back only what changed, so an unchanged conversation is not updated."""
    for name in _FORM_FIELDS:
        value = getattr(form, name)
        if name == "data" and value is None:
            value = {}
        if getattr(conv, name) != value:
            setattr(conv, name, value)


def _view(case: Case) -> CaseView:
    return CaseView(
        id=case.id,
        case_no=case.case_no,
        status=case.status,
        employer_name=case.employer_name,
        worker_name=case.worker_name,
        contact_phone=case.contact_phone,
        work_location=case.work_location,
        amount_owed=case.amount_owed,
        accept_by=case.accept_by,
        resolve_by=case.resolve_by,
        closed_at=case.closed_at,
        worker_notes=tuple(e.note for e in case.events if e.visible_to_worker and e.note),
    )


class SqlWorkerTx:
    def __init__(
        self, s: AsyncSession, ident: Identity, conv: Conversation, delivery_id: str | None = None
    ) -> None:
        self._s, self._ident, self._delivery_id = s, ident, delivery_id
        self.channel, self.user_key = ident.channel, ident.user_key
        self.form = _form_of(conv)

    async def take_notices(self) -> list[str]:
        return await take_pending_notices(self._s, self._ident)

    async def remember_replies(self, replies: list[dict[str, Any]]) -> None:
        if self._delivery_id:
            await self._s.execute(
                update(Delivery)
                .where(Delivery.delivery_id == self._delivery_id[:200])
                .values(replies=replies)
            )

    async def cases(self) -> list[CaseView]:
        return [_view(c) for c in await cases_of(self._s, self._ident)]

    async def save_evidence(self, filename: str, content_type: str, data: bytes, folder: Any) -> int:
        att = await save_attachment(self._s, self._ident.id, filename, content_type, data, Path(folder))
        return att.id

    async def file_case(self, fields: dict[str, Any], filing: Filing) -> str:
        case = await file_case(
            self._s,
            self._ident,
            fields,
            consent_at=filing.consent_at,
            centre_id=filing.centre_id,
            centre_name=filing.centre_name,
            district=filing.district,
            accept_by=filing.accept_by,
            resolve_by=filing.resolve_by,
            priority=filing.priority,
            reasons=filing.reasons,
            now=filing.now,
            industry_category=filing.industry_category,
            employer_key=filing.employer_key,
        )
        if filing.same_employer is not None and filing.employer_key:
            await self._s.flush()
            linked = await link_case(
                self._s, case, window_days=filing.link_window_days, same=filing.same_employer, now=filing.now
            )
            if linked is not None and filing.group_priority is not None:
                group, count, workers = linked
                raised = filing.group_priority(count, workers)
                if raised is not None:
                    await raise_group_priority(self._s, group, *raised)
                    if PRIORITIES.index(raised[0]) > PRIORITIES.index(case.priority):
                        case.priority, case.priority_reasons = raised
        return case.case_no

    async def relay(self, case_id: int, note: str, masked: str) -> str | None:
        return await worker_requests.relay_to_case(self._s, self._ident, case_id, note, masked)

    async def request_human(self, user_masked: str) -> None:
        worker_requests.request_human(self._s, self._ident, user_masked)

    async def request_deletion(self, note: str, user_masked: str) -> list[str]:
        return await worker_requests.request_deletion(self._s, self._ident, note, user_masked)


class SqlWorkerStore:
    """bot.core.ports.WorkerStore on a Database (SQLite or PostgreSQL)."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.deliveries = DeliveryLog(db)

    @asynccontextmanager
    async def unit(
        self,
        channel: str,
        user_key: str,
        *,
        display_name: str | None = None,
        delivery_id: str | None = None,
        full: bool = False,
    ) -> AsyncIterator[Any]:
        if not full and self.db.can_write_now:
            snap = await self.db.read(lambda conn: read_snapshot(conn, channel, user_key))
            if snap is not None and not snap.pending:
                fast = FastTx(channel, user_key, snap, self.db)
                yield fast
                await self.db.write_now(fast.writer(delivery_id))
                return
        async with self.db.session() as s:
            if delivery_id:
                await record_delivery(s, delivery_id, channel)  # DuplicateDelivery for a repeat
            ident = await identity_for(s, channel, user_key, display_name)
            conv = await conversation_for(s, ident)
            tx = SqlWorkerTx(s, ident, conv, delivery_id)
            yield tx
            _save_form(conv, tx.form)

    async def take_notices(self, channel: str, user_key: str) -> list[str]:
        async with self.db.session() as s:
            return await take_pending_notices(s, await identity_for(s, channel, user_key))

    async def worker_state(
        self, channel: str, user_key: str, delivery_id: str | None = None
    ) -> WorkerState | None:
        return await worker_state(self.db, channel, user_key, delivery_id)

    async def replies_for(self, delivery_id: str) -> list[dict[str, Any]] | None:
        key = delivery_id[:200]
        stmt = select(Delivery.replies).where(Delivery.delivery_id == key)
        return await self.db.read(lambda conn: conn.execute(stmt).scalar())

    def answered_recently(self, delivery_id: str) -> bool:
        return self.deliveries.is_pending(delivery_id)

    async def record_answered(self, delivery_id: str, channel: str) -> None:
        await self.deliveries.record(delivery_id, channel)

    def start(self) -> None:
        self.deliveries.start()

    async def close(self) -> None:
        await self.deliveries.close()
