"""What the engine needs from storage, as plain data and protocols (no SQL here).

A message is handled inside one unit of work: `WorkerStore.unit(...)` records the delivery id
(raising DuplicateDelivery for a repeat), loads the worker's FormState, and commits the
delivery id, every effect and the changed form together, or nothing at all.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from typing import Any, Protocol


class DuplicateDelivery(Exception):
    """This delivery id was already handled; the message must change nothing."""


class StoreBusy(Exception):
    """The store could not serve the message in time (every database connection busy for
    the pool's timeout); nothing was written, so the worker can send it again."""


class NeedFullUnit(Exception):
    """A short unit of work (form state only) met something it cannot do; nothing was
    written, and the message must be handled again in a full unit (`unit(..., full=True)`)."""


@dataclass
class FormState:
    """A worker's conversation state, loaded and saved by the store."""

    flow: str | None = None  # None: idle; "complaint"
    step: str | None = None
    data: dict[str, Any] = field(default_factory=dict)
    consent_at: datetime | None = None
    # after a staff reply, the worker's free text goes to this case until reply_until
    reply_case_id: int | None = None
    reply_until: datetime | None = None

    def relay_case(self, now: datetime) -> int | None:
        """The case a worker's free text is relayed to, or None when no relay is open."""
        if self.reply_until is not None and self.reply_until > now:
            return self.reply_case_id
        return None

    def close_relay(self) -> None:
        self.reply_case_id, self.reply_until = None, None


@dataclass(frozen=True)
class WorkerState:
    """What one cheap read says about a known worker."""

    busy: bool  # a form or a reply relay is open
    pending: bool  # staff updates are waiting to be shown
    delivered: bool  # the delivery id asked about is already recorded

    @property
    def idle(self) -> bool:
        return not (self.busy or self.pending)


@dataclass(frozen=True)
class CaseView:
    """One of the worker's own cases, as /status and /mydata show it."""

    id: int
    case_no: str
    status: str
    employer_name: str
    worker_name: str
    contact_phone: str
    work_location: str
    amount_owed: Decimal
    accept_by: datetime
    resolve_by: datetime
    closed_at: datetime | None
    worker_notes: tuple[str, ...] = ()  # notes of events the worker may see, oldest first


@dataclass(frozen=True)
class Filing:
    """Everything a new case needs besides the form's fields."""

    consent_at: datetime
    centre_id: str
    centre_name: str
    district: str | None
    accept_by: datetime
    resolve_by: datetime
    priority: str
    reasons: list[str]
    now: datetime
    industry_category: str | None = None
    employer_key: str | None = None
    # linking: cases whose employer keys `same_employer` holds equal, filed within the window,
    # share a group; `group_priority(cases, workers)` of the group gives the (priority,
    # reasons) every member is raised to, or None
    link_window_days: int = 0
    same_employer: Callable[[str, str], bool] | None = None
    group_priority: Callable[[int, int], tuple[str, list[str]] | None] | None = None


class WorkerTx(Protocol):
    """One message's unit of work for one worker."""

    channel: str
    user_key: str
    form: FormState  # changes are saved when the unit commits

    async def take_notices(self) -> list[str]:
        """Staff updates not shown yet; marked shown (next_message) in this unit."""
        ...

    async def cases(self) -> list[CaseView]:
        """The worker's own cases, newest first (at most 10)."""
        ...

    async def save_evidence(self, filename: str, content_type: str, data: bytes, folder: Any) -> int:
        """Store an (already checked) evidence file; returns its attachment id."""
        ...

    async def file_case(self, fields: dict[str, Any], filing: Filing) -> str:
        """Create the case, its first event, link the evidence and tell staff; the case number."""
        ...

    async def relay(self, case_id: int, note: str, masked: str) -> str | None:
        """Add the worker's message to their case and tell its centre (masked); the case
        number, or None when the case is gone or not theirs."""
        ...

    async def request_human(self, user_masked: str) -> None: ...

    async def remember_replies(self, replies: list[dict[str, Any]]) -> None:
        """Keep the replies with this unit's delivery id (nothing without one)."""
        ...

    async def request_deletion(self, note: str, user_masked: str) -> list[str]:
        """Erase what need not be kept, record the request on every case and tell staff;
        returns the numbers of the filed cases that are kept."""
        ...


class WorkerStore(Protocol):
    def unit(
        self,
        channel: str,
        user_key: str,
        *,
        display_name: str | None = None,
        delivery_id: str | None = None,
        full: bool = False,
    ) -> AbstractAsyncContextManager[WorkerTx]:
        """Begin a unit of work; raises DuplicateDelivery for a delivery id seen before. A
        store may begin a short one (form state only) unless `full`; it raises NeedFullUnit
        when more is needed."""
        ...

    async def take_notices(self, channel: str, user_key: str) -> list[str]:
        """Staff updates waiting for a worker, in a unit of their own."""
        ...

    async def worker_state(
        self, channel: str, user_key: str, delivery_id: str | None = None
    ) -> WorkerState | None:
        """One read, no write lock; None for a worker never seen."""
        ...

    async def replies_for(self, delivery_id: str) -> list[dict[str, Any]] | None:
        """The replies kept with a delivery id already handled (None: none kept)."""
        ...

    def answered_recently(self, delivery_id: str) -> bool:
        """A read-only answer's delivery id still waiting to be written."""
        ...

    async def record_answered(self, delivery_id: str, channel: str) -> None:
        """The delivery id of a read-only answer, written behind in batches."""
        ...

    def start(self) -> None: ...

    async def close(self) -> None: ...
