"""The admin loop: the unanswered page lists real misses and suggestions only, most frequent
first; an admin attaches a missed question to an entry as a new alternate, written into the
entry's YAML file with comments and layout kept, validated, and the knowledge base reloaded."""

from __future__ import annotations

import difflib
import re
import shutil
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer
from sqlalchemy import select

from bot.config import Settings
from bot.context import CTX, AppContext
from bot.staff.web import setup
from knowledge_base import KnowledgeService
from knowledge_base.edit import EditError, add_alternate, entry_files
from storage.models import AuditLog, FaqQuery
from tests.factories import staff_account

KB = Path(__file__).resolve().parent.parent / "knowledge_base" / "data"
MISS = "呃呃呃哈哈哈"  # no match at all
SUGGESTED = "厂里发的月饼能折现不"  # only suggestions
OPENER = "我要投诉"  # routed to the complaint form: not a miss
ANSWERED = "加班费怎么算"


@pytest.fixture
def kb_dir(tmp_path: Path) -> Path:
    root = tmp_path / "kb"
    shutil.copytree(KB, root)
    return root


@pytest.fixture
async def admin(db, kb_dir: Path, tmp_path: Path) -> AsyncIterator[tuple[TestClient, KnowledgeService]]:
    knowledge = KnowledgeService(kb_dir)
    app = web.Application()
    app[CTX] = AppContext(settings=Settings(data_dir=tmp_path), db=db, knowledge=knowledge, engine=None)
    setup(app, app[CTX])
    async with db.session() as s:
        for text, n in ((OPENER, 9), (SUGGESTED, 4), (MISS, 2), (ANSWERED, 7)):
            r = knowledge.match(text)
            for _ in range(n):
                s.add(
                    FaqQuery(
                        query=text,
                        normalized=r.normalized,
                        route=r.route,
                        topic_id=r.id,
                        score=r.score,
                        decision=r.decision,
                        candidates=[],
                    )
                )
    await staff_account(db, "root", role="admin", centre=None)
    async with TestClient(TestServer(app, host="127.0.0.1")) as client:
        page = await (await client.get("/staff/login")).text()
        token = re.search(r'name="csrf" value="([^"]+)"', page).group(1)
        await client.post("/staff/login", data={"csrf": token, "username": "root", "password": "x" * 12})
        yield client, knowledge


def _rows(page: str) -> list[tuple[str, str]]:
    return re.findall(r'<tr class="miss"><td>(\d+)</td><td>([^<]*)</td>', page)


async def test_only_real_misses_most_frequent_first(admin) -> None:
    client, _ = admin
    page = await (await client.get("/staff/admin/faq")).text()
    assert _rows(page) == [("4", SUGGESTED), ("2", MISS)]
    assert OPENER not in page and "1.00" not in page


async def test_attach_writes_one_line_keeps_the_rest_and_reloads(admin, kb_dir: Path, db) -> None:
    client, knowledge = admin
    path, _doc = entry_files(kb_dir)["wage.arrears.report"]
    before = path.read_text(encoding="utf-8")
    others = {p: p.read_bytes() for p in kb_dir.rglob("*.yaml") if p != path}
    page = await (await client.get("/staff/admin/faq")).text()
    csrf = re.search(r'name="csrf" value="([^"]+)"', page).group(1)
    r = await client.post(
        "/staff/admin/faq/attach",
        data={"csrf": csrf, "query": SUGGESTED, "entry": "wage.arrears.report"},
        allow_redirects=False,
    )
    assert r.status == 302 and "ok=" in r.headers["Location"]
    after = path.read_text(encoding="utf-8")
    diff = [d for d in difflib.ndiff(before.splitlines(), after.splitlines()) if d[:1] in "+-"]
    assert diff == [f"+       - {SUGGESTED}"] or diff == [f"+      - {SUGGESTED}"], diff
    assert all(p.read_bytes() == b for p, b in others.items())  # no other file touched
    result = knowledge.match(SUGGESTED)
    assert result.decision == "answer" and result.id == "wage.arrears.report"
    page = await (await client.get("/staff/admin/faq")).text()
    assert _rows(page) == [("2", MISS)] and "wage.arrears.report" in page
    async with db.session() as s:
        audit = (await s.execute(select(AuditLog).where(AuditLog.action == "faq_alternate"))).scalar_one()
    assert audit.target == "wage.arrears.report" and audit.actor == "staff:root"


async def test_bad_attach_changes_nothing(admin, kb_dir: Path) -> None:
    client, knowledge = admin
    snapshot = {p: p.read_bytes() for p in kb_dir.rglob("*.yaml")}
    page = await (await client.get("/staff/admin/faq")).text()
    csrf = re.search(r'name="csrf" value="([^"]+)"', page).group(1)
    taken = knowledge.current.kb.entries["hours.overtime_pay"].alternates[0]
    for entry, query in (
        ("no.such.entry", MISS),
        ("wage.arrears.report", taken),
        ("wage.arrears.report", "  "),
    ):
        r = await client.post(
            "/staff/admin/faq/attach",
            data={"csrf": csrf, "query": query, "entry": entry},
            allow_redirects=False,
        )
        assert "err=" in r.headers["Location"], (entry, query)
    shown = await (await client.get(r.headers["Location"])).text()
    assert "expected 1 to 200 characters" in shown
    assert {p: p.read_bytes() for p in kb_dir.rglob("*.yaml")} == snapshot
    with pytest.raises(EditError) as info:
        add_alternate(kb_dir, "wage.arrears.report", taken)
    # the duplicate is reported against the real file and line, not the validation copy
    assert str(kb_dir) in info.value.problems[0] and "duplicates one of entry 'hours.overtime_pay'" in str(
        info.value
    )
