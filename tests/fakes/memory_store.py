"""bot.core.ports.WorkerStore in memory, for engine and intake unit tests (no database).

Units of work run one at a time (like SQLite's single writer); a unit that raises leaves
everything as it was (its changes are undone). Staff-side helpers (`add_notice`, `open_relay`) stand in for the
dashboard."""

from __future__ import annotations

import asyncio
import copy
import itertools
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from bot import clock
from bot.core.ports import CaseView, DuplicateDelivery, Filing, FormState, WorkerState


@dataclass
class Worker:
    channel: str
    user_key: str
    display_name: str | None = None
    form: FormState = field(default_factory=FormState)
    notices: list[str] = field(default_factory=list)  # not shown yet
    last_inbound_at: datetime | None = None


@dataclass
class StoredCase:
    id: int
    case_no: str
    owner: tuple[str, str]
    fields: dict[str, Any]
    filing: Filing
    status: str = "submitted"
    evidence: list[int] = field(default_factory=list)
    events: list[dict[str, Any]] = field(default_factory=list)  # kind, actor, note, visible
    closed_at: datetime | None = None


@dataclass
class World:
    workers: dict[tuple[str, str], Worker] = field(default_factory=dict)
    deliveries: set[str] = field(default_factory=set)
    delivery_replies: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    cases: list[StoredCase] = field(default_factory=list)
    attachments: dict[int, dict[str, Any]] = field(default_factory=dict)  # id -> owner, case, name, size
    outbox: list[dict[str, Any]] = field(default_factory=list)
    deletion_requests: list[tuple[str, str]] = field(default_factory=list)


_ids = itertools.count(1)


class MemoryTx:
    def __init__(self, world: World, worker: Worker, delivery_id: str | None = None) -> None:
        self._world, self._worker, self._delivery_id = world, worker, delivery_id
        self.channel, self.user_key = worker.channel, worker.user_key
        self.form = copy.deepcopy(worker.form)

    @property
    def _key(self) -> tuple[str, str]:
        return (self.channel, self.user_key)

    async def remember_replies(self, replies: list[dict[str, Any]]) -> None:
        if self._delivery_id:
            self._world.delivery_replies[self._delivery_id[:200]] = replies

    async def take_notices(self) -> list[str]:
        notices, self._worker.notices = self._worker.notices, []
        return notices

    async def cases(self) -> list[CaseView]:
        mine = [c for c in self._world.cases if c.owner == self._key]
        mine.sort(key=lambda c: c.id, reverse=True)
        return [_view(c) for c in mine[:10]]

    async def save_evidence(self, filename: str, content_type: str, data: bytes, data_dir: Any) -> int:
        att_id = next(_ids)
        self._world.attachments[att_id] = {
            "owner": self._key,
            "case": None,
            "name": filename,
            "size": len(data),
        }
        return att_id

    async def file_case(self, fields: dict[str, Any], filing: Filing) -> str:
        case_id = next(_ids)
        case_no = f"QX{filing.now:%y%m%d}M{case_id:07d}"
        case = StoredCase(case_id, case_no, self._key, copy.deepcopy(fields), filing)
        case.events.append({"kind": "submitted", "actor": "worker", "note": None, "visible": True})
        for att_id in fields.get("evidence") or []:
            att = self._world.attachments.get(att_id)
            if att is not None and att["owner"] == self._key:
                att["case"] = case_id
                case.evidence.append(att_id)
        self._world.cases.append(case)
        self._world.outbox.append({"kind": "case_created", "case_no": case_no, "centre": filing.centre_id})
        return case_no

    async def relay(self, case_id: int, note: str, masked: str) -> str | None:
        case = next((c for c in self._world.cases if c.id == case_id), None)
        if case is None or case.owner != self._key:
            return None
        case.events.append({"kind": "worker_message", "actor": "worker", "note": note, "visible": False})
        self._world.outbox.append({"kind": "worker_message", "case_no": case.case_no, "text": masked})
        return case.case_no

    async def request_human(self, user_masked: str) -> None:
        self._world.outbox.append({"kind": "human_request", "user_masked": user_masked})

    async def request_deletion(self, note: str, user_masked: str) -> list[str]:
        for att_id, att in list(self._world.attachments.items()):
            if att["owner"] == self._key and att["case"] is None:
                del self._world.attachments[att_id]
        self._world.deletion_requests.append(self._key)
        for c in self._world.cases:
            if c.owner == self._key:
                c.events.append(
                    {"kind": "deletion_request", "actor": "worker", "note": note, "visible": False}
                )
        kept = [c.case_no for c in self._world.cases if c.owner == self._key]
        if kept:
            self._world.outbox.append({"kind": "deletion_request", "user_masked": user_masked, "cases": kept})
        return kept


def _view(c: StoredCase) -> CaseView:
    f = c.fields
    return CaseView(
        id=c.id,
        case_no=c.case_no,
        status=c.status,
        employer_name=f["employer_name"],
        worker_name=f["worker_name"],
        contact_phone=f["contact_phone"],
        work_location=f["work_location"],
        amount_owed=f["amount_owed"],
        accept_by=c.filing.accept_by,
        resolve_by=c.filing.resolve_by,
        closed_at=c.closed_at,
        worker_notes=tuple(e["note"] for e in c.events if e["visible"] and e["note"]),
    )


class MemoryStore:
    def __init__(self) -> None:
        self.world = World()
        self._lock = asyncio.Lock()

    def _worker(self, channel: str, user_key: str, display_name: str | None = None) -> Worker:
        key = (channel, user_key)
        if key not in self.world.workers:
            self.world.workers[key] = Worker(channel, user_key, display_name)
        worker = self.world.workers[key]
        worker.last_inbound_at = clock.utcnow()
        return worker

    @asynccontextmanager
    async def unit(
        self,
        channel: str,
        user_key: str,
        *,
        display_name: str | None = None,
        delivery_id: str | None = None,
        full: bool = False,
    ) -> AsyncIterator[MemoryTx]:
        async with self._lock:
            undo = self._undo_point(channel, user_key)
            try:
                if delivery_id:
                    if delivery_id[:200] in self.world.deliveries:
                        raise DuplicateDelivery(delivery_id)
                    self.world.deliveries.add(delivery_id[:200])
                worker = self._worker(channel, user_key, display_name)
                tx = MemoryTx(self.world, worker, delivery_id)
                yield tx
                worker.form = copy.deepcopy(tx.form)
            except BaseException:
                undo()
                raise

    def _undo_point(self, channel: str, user_key: str) -> Callable[[], None]:
        """What a unit may change, kept so that a failing unit can be undone."""
        w = self.world
        key = (channel, user_key)
        worker = w.workers.get(key)
        notices = list(worker.notices) if worker else []
        deliveries = set(w.deliveries)
        n_cases, n_outbox, n_deletions = len(w.cases), len(w.outbox), len(w.deletion_requests)
        events = [(c, len(c.events)) for c in w.cases]
        attachments = {k: dict(v) for k, v in w.attachments.items()}

        def undo() -> None:
            if worker is None:
                w.workers.pop(key, None)
            else:
                worker.notices = notices
            w.deliveries = deliveries
            del w.cases[n_cases:], w.outbox[n_outbox:], w.deletion_requests[n_deletions:]
            for case, n in events:
                del case.events[n:]
            w.attachments = attachments

        return undo

    async def take_notices(self, channel: str, user_key: str) -> list[str]:
        async with self.unit(channel, user_key) as tx:
            return await tx.take_notices()

    async def worker_state(
        self, channel: str, user_key: str, delivery_id: str | None = None
    ) -> WorkerState | None:
        worker = self.world.workers.get((channel, user_key))
        if worker is None:
            return None
        form = worker.form
        return WorkerState(
            busy=form.flow is not None or form.relay_case(clock.utcnow()) is not None,
            pending=bool(worker.notices),
            delivered=bool(delivery_id) and delivery_id[:200] in self.world.deliveries,
        )

    async def replies_for(self, delivery_id: str) -> list[dict[str, Any]] | None:
        return self.world.delivery_replies.get(delivery_id[:200])

    def answered_recently(self, delivery_id: str) -> bool:
        return False

    async def record_answered(self, delivery_id: str, channel: str) -> None:
        self.world.deliveries.add(delivery_id[:200])

    def start(self) -> None:
        pass

    async def close(self) -> None:
        pass

    # ------------------------------------------------------------ the staff side, for tests
    def add_notice(self, channel: str, user_key: str, text: str) -> None:
        self._worker(channel, user_key).notices.append(text)

    def open_relay(self, channel: str, user_key: str, case_no: str, hours: float = 72) -> None:
        case = next(c for c in self.world.cases if c.case_no == case_no)
        form = self._worker(channel, user_key).form
        form.reply_case_id, form.reply_until = case.id, clock.utcnow() + timedelta(hours=hours)

    def case(self, case_no: str) -> StoredCase:
        return next(c for c in self.world.cases if c.case_no == case_no)
