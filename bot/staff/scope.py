"""Centres in levels (市 → 区县站 → 街道/社区点) and who sees which cases.

A centre in the service-centre file may name its `parent`. A parent's staff see and act on
their own and every descendant's cases; a child's staff only their own subtree; an admin sees
everything; an account without a centre sees nothing. The tree comes from the knowledge base
currently loaded (`use_centres`), so an edited centre file applies on hot reload."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from storage.models import StaffAccount

_source: Callable[[], Iterable[Any]] = lambda: ()  # noqa: E731


@dataclass
class CentreTree:
    parent: dict[str, str | None] = field(default_factory=dict)
    children: dict[str, list[str]] = field(default_factory=dict)
    names: dict[str, str] = field(default_factory=dict)

    @classmethod
    def of(cls, centres: Iterable[Any]) -> CentreTree:
        tree = cls()
        for c in centres:
            tree.parent[c.id] = getattr(c, "parent", None) or None
            tree.names[c.id] = getattr(c, "name", c.id)
        for cid, parent in tree.parent.items():
            if parent is not None:
                tree.children.setdefault(parent, []).append(cid)
        return tree

    def subtree(self, cid: str) -> list[str]:
        """The centre and every centre below it (cycles are refused by validation; guarded)."""
        out, todo = [], [cid]
        while todo:
            cur = todo.pop()
            if cur in out:
                continue
            out.append(cur)
            todo.extend(self.children.get(cur, []))
        return out

    def ancestors(self, cid: str) -> list[str]:
        out: list[str] = []
        cur = self.parent.get(cid)
        while cur is not None and cur not in out:
            out.append(cur)
            cur = self.parent.get(cur)
        return out

    def depth(self, cid: str) -> int:
        return len(self.ancestors(cid))


def use_centres(source: Callable[[], Iterable[Any]]) -> None:
    """Where the centre list comes from (the dashboard's setup passes the knowledge base's)."""
    global _source
    _source = source


def tree() -> CentreTree:
    try:
        return CentreTree.of(list(_source()))
    except Exception:  # noqa: BLE001 - no knowledge base: every centre stands alone
        return CentreTree()


def scope_of(account: StaffAccount) -> list[str] | None:
    """Centre ids whose cases this account sees and acts on; None: every centre (admin)."""
    if account.role == "admin":
        return None
    if not account.centre_id:
        return []
    return tree().subtree(account.centre_id)


def may_act(account: StaffAccount, centre_id: str | None) -> bool:
    if not account.active:
        return False
    scope = scope_of(account)
    return scope is None or (centre_id is not None and centre_id in scope)
