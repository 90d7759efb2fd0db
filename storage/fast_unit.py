"""The short unit of work (SQLite file or PostgreSQL), for any message of a known worker (a form or calculator
step, a question that starts a calculation or keeps a story): the worker's form is read
without a transaction (a WAL read in this thread), the engine works on it, and one short
write transaction saves it with the delivery id (three statements; on SQLite on a
synchronous connection with no thread hops, on PostgreSQL on a pooled connection with no ORM
session).

The worker's cases are read the same way. Anything more (notices waiting, filing, evidence,
relays) raises NeedFullUnit before anything is written, and the engine handles the message
again in a full unit of work. The form is saved only if nobody changed it since it was read
(else NeedFullUnit too)."""

from __future__ import annotations

import copy
from dataclasses import dataclass
from dataclasses import fields as dataclass_fields
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, String, bindparam, exists, select, type_coerce, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from bot.core.ports import CaseView, DuplicateDelivery, FormState, NeedFullUnit
from storage.models import Case, CaseEvent, Conversation, Delivery, Identity, WorkerNotice
from storage.types import utcnow

_FORM = tuple(f.name for f in dataclass_fields(FormState))
_C = Conversation.__table__.c
_I = Identity.__table__.c
_N = WorkerNotice.__table__.c
# Built once: constructing a statement costs more than running it on SQLite.
_SNAPSHOT = (
    select(
        _I.id.label("identity_id"),
        _C.id.label("conv_id"),
        *[_C[name] for name in _FORM],
        type_coerce(_C.updated_at, String).label("stamp"),
        _C.updated_at.label("updated_at"),
        exists().where(_N.identity_id == _I.id, _N.delivered_at.is_(None)).label("pending"),
    )
    .select_from(Identity.__table__.join(Conversation.__table__, _C.identity_id == _I.id))
    .where(_I.channel == bindparam("channel"), _I.user_key == bindparam("user_key"))
)


@dataclass
class Snapshot:
    identity_id: int
    conv_id: int
    form: FormState
    stamp: str  # updated_at as SQLite stores it (compared as text there)
    pending: bool
    updated_at: Any = None  # updated_at as read (compared as a timestamp on PostgreSQL)


def read_snapshot(conn: Connection, channel: str, user_key: str) -> Snapshot | None:
    """The worker's identity, form and whether notices wait; None for a new worker."""
    row = conn.execute(_SNAPSHOT, {"channel": channel, "user_key": user_key}).first()
    if row is None:
        return None
    form = FormState(**{name: copy.deepcopy(getattr(row, name)) for name in _FORM})
    if form.data is None:
        form.data = {}
    return Snapshot(row.identity_id, row.conv_id, form, row.stamp, bool(row.pending), row.updated_at)


_K = Case.__table__.c
_E = CaseEvent.__table__.c


def read_cases(conn: Connection, identity_id: int) -> list[CaseView]:
    rows = conn.execute(
        select(Case.__table__).where(_K.identity_id == identity_id).order_by(_K.created_at.desc()).limit(10)
    ).all()
    notes: dict[int, list[str]] = {r.id: [] for r in rows}
    if rows:
        for e in conn.execute(
            select(_E.case_id, _E.note)
            .where(_E.case_id.in_(list(notes)), _E.visible_to_worker.is_(True), _E.note.is_not(None))
            .order_by(_E.id)
        ):
            notes[e.case_id].append(e.note)
    return [
        CaseView(
            id=r.id,
            case_no=r.case_no,
            status=r.status,
            employer_name=r.employer_name,
            worker_name=r.worker_name,
            contact_phone=r.contact_phone,
            work_location=r.work_location,
            amount_owed=r.amount_owed,
            accept_by=r.accept_by,
            resolve_by=r.resolve_by,
            closed_at=r.closed_at,
            worker_notes=tuple(notes[r.id]),
        )
        for r in rows
    ]


class FastTx:
    """WorkerTx with the form only; every other call asks for a full unit of work."""

    def __init__(self, channel: str, user_key: str, snap: Snapshot, db: Any) -> None:
        self.channel, self.user_key = channel, user_key
        self.form = copy.deepcopy(snap.form)
        self._snap, self._db = snap, db
        self._replies: list[dict[str, Any]] | None = None

    async def remember_replies(self, replies: list[dict[str, Any]]) -> None:
        self._replies = replies  # written with the delivery id by writer()

    async def take_notices(self) -> list[str]:
        if self._snap.pending:
            raise NeedFullUnit("notices waiting")
        return []

    async def cases(self) -> list[CaseView]:
        """The worker's own cases, newest first, read without a transaction."""
        identity_id = self._snap.identity_id
        return await self._db.read(lambda conn: read_cases(conn, identity_id))

    async def save_evidence(self, *args: Any, **kw: Any) -> int:
        raise NeedFullUnit("evidence")

    async def file_case(self, *args: Any, **kw: Any) -> str:
        raise NeedFullUnit("filing")

    async def relay(self, *args: Any, **kw: Any) -> str | None:
        raise NeedFullUnit("relay")

    async def request_human(self, *args: Any, **kw: Any) -> None:
        raise NeedFullUnit("human")

    async def request_deletion(self, *args: Any, **kw: Any) -> None:
        raise NeedFullUnit("deletion")

    def writer(self, delivery_id: str | None) -> Any:
        """The one write transaction's work, for Database.write_now."""
        snap, form = self._snap, self.form
        changed: dict[str, Any] = {}
        for name in _FORM:
            value = getattr(form, name)
            if name == "data" and value is None:
                value = {}
            if value != getattr(snap.form, name):
                changed[name] = value

        replies = self._replies

        def write(conn: Connection) -> None:
            now: datetime = utcnow()
            sqlite = conn.dialect.name == "sqlite"
            if delivery_id:
                row = {"delivery_id": delivery_id[:200], "channel": self.channel, "received_at": now}
                inserted = conn.execute(_INSERT_DELIVERY[sqlite], {**row, "replies": replies}).first()
                if inserted is None:
                    raise DuplicateDelivery(delivery_id)
            if changed:
                stamp = snap.stamp if sqlite else snap.updated_at
                where = {"b_conv": snap.conv_id, "b_stamp": stamp}
                if conn.execute(_UPDATE_FORM[sqlite], {**changed, "updated_at": now, **where}).rowcount != 1:
                    raise NeedFullUnit("the form changed meanwhile")
            conn.execute(_TOUCH_IDENTITY, {"b_identity": snap.identity_id, "last_inbound_at": now})

        return write


# Built once and run with their values as parameters: building a statement for each message
# cost more than running it. Keyed by "is SQLite".
_D = Delivery.__table__
_INSERT_DELIVERY = {
    sqlite: insert(_D).on_conflict_do_nothing(index_elements=["delivery_id"]).returning(_D.c.id)
    for sqlite, insert in ((True, sqlite_insert), (False, pg_insert))
}
_UPDATE_FORM = {  # SQLite compares the stamp as the text it stores, PostgreSQL as a timestamp
    True: update(Conversation.__table__).where(
        _C.id == bindparam("b_conv"), type_coerce(_C.updated_at, String) == bindparam("b_stamp")
    ),
    False: update(Conversation.__table__).where(
        _C.id == bindparam("b_conv"), _C.updated_at == bindparam("b_stamp")
    ),
}
_TOUCH_IDENTITY = update(Identity.__table__).where(_I.id == bindparam("b_identity"))
