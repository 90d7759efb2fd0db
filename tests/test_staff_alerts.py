"""Graded early warnings: every rule fires and stays quiet, one push per opening and per rise,
the staff lifecycle, the rules file's file:line errors, and GET /api/alerts."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer
from sqlalchemy import func, select

from bot.config import Settings
from bot.context import CTX, AppContext
from bot.staff.alerts.detect import detect
from bot.staff.alerts.festival import SPRING_FESTIVAL, before_spring_festival
from bot.staff.alerts.rules import RulesError, load_rules
from bot.staff.alerts.store import AlertError, act, apply
from bot.staff.alerts.watch import AlertWatch
from bot.staff.api import setup_api
from bot.staff.dispatcher import Dispatcher
from bot.staff.senders import HttpSender
from storage.models import Alert, AlertEvent, OutboxMessage
from tests.alert_cases import add_case
from tests.factories import staff_account

NOW = datetime(2026, 11, 20, 2, 0, tzinfo=UTC)  # far from the Spring Festival
RULES = load_rules()


async def _run(db, now: datetime = NOW):
    return await apply(db, await detect(db, RULES, now), now)


async def _alerts(db, kind: str | None = None) -> list[Alert]:
    async with db.session() as s:
        stmt = select(Alert).order_by(Alert.id)
        if kind:
            stmt = stmt.where(Alert.kind == kind)
        return list((await s.execute(stmt)).scalars())


async def _pushes(db, kind: str | None = None) -> list[OutboxMessage]:
    async with db.session() as s:
        rows = (await s.execute(select(OutboxMessage).where(OutboxMessage.kind == "alert"))).scalars()
        return [r for r in rows if kind is None or r.payload["kind"] == kind]


async def test_employer_repeat_fires_and_stays_quiet(db) -> None:
    # two workers, and a third worker's complaint 40 days ago: quiet
    await add_case(db, created=NOW - timedelta(days=40), employer="甲公司")
    await add_case(db, created=NOW - timedelta(days=3), employer="甲公司")
    await add_case(db, created=NOW - timedelta(days=2), employer="甲公司")
    # one worker complaining three times about another employer: quiet
    for d in range(3):
        await add_case(db, created=NOW - timedelta(days=d), employer="乙公司", worker="same")
    await _run(db)
    assert await _alerts(db, "employer_repeat") == []
    numbers = [await add_case(db, created=NOW - timedelta(days=1), employer="甲公司")]
    await _run(db)
    [alert] = await _alerts(db, "employer_repeat")
    assert alert.level == "蓝" and alert.subject == "甲公司" and len(alert.cases) == 3
    assert numbers[0] in alert.cases and "3 名不同投诉人" in alert.reason


async def test_tenth_case_is_not_pushed_again_and_rises_are(db) -> None:
    pushes_after = []
    for i in range(10):
        await add_case(db, created=NOW - timedelta(hours=10 - i), employer="丙建筑公司")
        await _run(db, NOW - timedelta(hours=10 - i) + timedelta(minutes=1))
        pushes_after.append(len(await _pushes(db, "employer_repeat")))
    # opened at the 3rd (蓝), rose at the 5th (黄) and the 8th (橙); nothing for 4, 6, 7, 9, 10
    assert pushes_after == [0, 0, 1, 1, 2, 2, 2, 3, 3, 3]
    [alert] = await _alerts(db, "employer_repeat")
    assert alert.level == "橙" and len(alert.cases) == 10
    titles = [p.payload["title"] for p in await _pushes(db, "employer_repeat")]
    assert titles[0].startswith("【蓝色预警】") and titles[1].startswith("【预警升级为黄色】")
    assert titles[2].startswith("【预警升级为橙色】")
    async with db.session() as s:
        events = (await s.execute(select(AlertEvent).where(AlertEvent.alert_id == alert.id))).scalars()
        kinds = [e.kind for e in events]
    assert kinds.count("opened") == 1 and kinds.count("escalated") == 2
    # running again with nothing new changes nothing
    before = len(await _pushes(db))
    await _run(db, NOW)
    assert len(await _pushes(db)) == before


async def test_large_case_fires_and_stays_quiet(db) -> None:
    await add_case(db, created=NOW - timedelta(days=1), employer="小作坊", workers=5, amount=30000)
    await _run(db)
    assert await _alerts(db, "large_case") == []
    await add_case(db, created=NOW - timedelta(days=1), employer="大工地", workers=120, amount=80000)
    await add_case(db, created=NOW - timedelta(days=2), employer="某物流", workers=2, amount=600000)
    await _run(db)
    alerts = {a.subject: a for a in await _alerts(db, "large_case")}
    assert alerts["大工地"].level == "红" and "120 人" in alerts["大工地"].reason
    assert alerts["某物流"].level == "黄" and "小作坊" not in alerts


async def test_risk_words_fire_and_stay_quiet(db) -> None:
    await add_case(db, created=NOW - timedelta(days=1), employer="丁公司", description="老板跑了，工资没发")
    await _run(db)
    assert await _alerts(db, "risk_words") == []
    await add_case(db, created=NOW - timedelta(days=1), employer="戊公司", description="我们打算集体去堵路")
    await _run(db)
    [alert] = await _alerts(db, "risk_words")
    assert alert.level == "红" and "堵路" in alert.reason and "集体" in alert.reason


async def test_surge_fires_and_stays_quiet(db) -> None:
    # 示例区: 3 a week for 8 weeks, then 4 this week: quiet. 东区: 1 a week, then 9: red surge.
    for week in range(1, 9):
        for k in range(3):
            await add_case(
                db, created=NOW - timedelta(days=7 * week + 1 + k), district="示例区", industry="制造业"
            )
        await add_case(db, created=NOW - timedelta(days=7 * week + 2), district="东区", industry="制造业")
    for k in range(4):
        await add_case(db, created=NOW - timedelta(days=1, hours=k), district="示例区", industry="制造业")
    await _run(db)
    assert await _alerts(db, "surge") == []
    for k in range(9):
        await add_case(db, created=NOW - timedelta(hours=k + 1), district="东区", industry="建筑业")
    await _run(db)
    alerts = {a.key: a for a in await _alerts(db, "surge")}
    assert alerts["district:东区"].level == "红" and len(alerts["district:东区"].cases) == 9
    assert "district:示例区" not in alerts
    # 建筑业 had nothing before: 9 this week is a surge too; 制造业 (4 vs 4/week) is not
    assert "industry:建筑业" in alerts and "industry:制造业" not in alerts


async def test_accept_deadline_fires_and_stays_quiet(db) -> None:
    await add_case(
        db, created=NOW - timedelta(days=6), accept_by=NOW + timedelta(hours=20), status="accepted"
    )
    await add_case(db, created=NOW - timedelta(days=1), accept_by=NOW + timedelta(days=5))
    await _run(db)
    assert await _alerts(db, "accept_deadline") == []
    case_no = await add_case(db, created=NOW - timedelta(days=6), accept_by=NOW + timedelta(hours=20))
    await _run(db)
    [alert] = await _alerts(db, "accept_deadline")
    assert alert.level == "黄" and alert.cases == [case_no]
    await _run(db, NOW + timedelta(hours=21))  # the deadline passed: red, pushed once more
    [alert] = await _alerts(db, "accept_deadline")
    assert alert.level == "红" and len(await _pushes(db, "accept_deadline")) == 2


async def test_spring_festival_lowers_thresholds(db) -> None:
    assert before_spring_festival(datetime(2027, 1, 20, tzinfo=UTC), 4)
    assert not before_spring_festival(NOW, 4)
    festive = datetime(2027, 1, 20, 2, 0, tzinfo=UTC)
    for t in (NOW, festive):
        await add_case(db, created=t - timedelta(days=1), employer=f"己公司{t.year}")
        await add_case(db, created=t - timedelta(days=2), employer=f"己公司{t.year}")
    await _run(db, NOW)
    assert await _alerts(db, "employer_repeat") == []  # two workers: below 3
    await _run(db, festive)
    [alert] = await _alerts(db, "employer_repeat")  # ceil(3 x 0.6) = 2 before the festival
    assert alert.subject == "己公司2027" and "春节前" in alert.reason


def test_spring_festival_table_matches_chinesecalendar() -> None:
    from chinese_calendar import get_holiday_detail
    from chinese_calendar.constants import Holiday

    checked = 0
    for year, day in SPRING_FESTIVAL.items():
        try:
            _on, name = get_holiday_detail(day)
        except NotImplementedError:
            continue  # beyond the years chinesecalendar knows
        assert name == Holiday.spring_festival.value, year
        checked += 1
    assert checked >= 2


async def test_lifecycle_events_and_reopen_only_on_new_cases(db) -> None:
    for d in range(3):
        await add_case(db, created=NOW - timedelta(days=d + 1), employer="庚公司")
    await _run(db)
    [alert] = await _alerts(db)
    sup = await staff_account(db, "sup", role="supervisor")
    with pytest.raises(AlertError):
        await act(db, alert.id, "handle", sup, disposition="nonsense")
    await act(db, alert.id, "acknowledge", sup)
    await act(db, alert.id, "handle", sup, disposition="interview", note="周三约谈法人")
    await act(db, alert.id, "close", sup, note="已支付")
    with pytest.raises(AlertError):
        await act(db, alert.id, "acknowledge", sup)
    async with db.session() as s:
        events = list((await s.execute(select(AlertEvent).order_by(AlertEvent.id))).scalars())
    assert [e.kind for e in events] == ["opened", "acknowledged", "handled", "closed"]
    assert events[2].note == "约谈企业：周三约谈法人" and events[3].actor == "staff:sup"
    await _run(db)  # the same situation, nothing new: stays closed
    assert len(await _alerts(db)) == 1
    await add_case(db, created=NOW - timedelta(hours=1), employer="庚公司")
    await _run(db)
    alerts = await _alerts(db)
    assert [a.status for a in alerts] == ["closed", "open"] and len(alerts[1].cases) == 4


async def test_pushed_once_to_supervisors(db, targets) -> None:
    settings = Settings(
        telegram_token="1:a",
        telegram_base_url=targets.telegram_base_url,
        staff_telegram_chat="-100",
        supervisor_telegram_chat="-999",
        supervisor_wecom_webhook=targets.wecom_url("sup"),
    )
    sender = HttpSender(settings.telegram_token, settings.telegram_base_url)
    d = Dispatcher(db, settings, sender, lambda: (), rng=random.Random(1))
    for i in range(4):
        await add_case(db, created=NOW - timedelta(hours=5 - i), employer="<b>辛</b>公司")
        await _run(db)
        await d.run_once(NOW)
    await sender.close()
    assert sorted(r.address for r in targets.received) == ["-999", "sup"]  # one alert, two targets
    tg = next(r for r in targets.received if r.kind == "telegram").body["text"]
    assert tg.startswith("<b>【蓝色预警】同一单位多人投诉：&lt;b&gt;辛&lt;/b&gt;公司</b>")


def test_rules_file_errors_name_file_and_line(tmp_path: Path) -> None:
    bad = tmp_path / "alert_rules.yaml"
    bad.write_text(
        "alert_rules:\n"
        "  employer_repeat:\n"
        "    window_days: -3\n"
        "    levels: {蓝: 5, 黄: 3}\n"
        "  risk_words:\n"
        "    words: {堵路: 紫}\n"
        "  surge:\n"
        "    by: [street]\n"
        "  nonsense: 1\n",
        encoding="utf-8",
    )
    with pytest.raises(RulesError) as info:
        load_rules(bad)
    problems = info.value.problems
    assert f"{bad}:3: window_days" in problems[1] or any(
        p.startswith(f"{bad}:3: window_days") for p in problems
    )
    assert any(p.startswith(f"{bad}:4: levels") for p in problems)
    assert any(p.startswith(f"{bad}:6: words") and "紫" in p for p in problems)
    assert any(p.startswith(f"{bad}:8: by") for p in problems)
    assert any(p.startswith(f"{bad}:9: unknown rule 'nonsense'") for p in problems)
    bad.write_text("alert_rules:\n  surge: [1\n", encoding="utf-8")
    with pytest.raises(RulesError) as info:
        load_rules(bad)
    assert info.value.problems[0].startswith(f"{bad}:")


async def test_watch_keeps_last_good_rules(db, tmp_path: Path) -> None:
    own = tmp_path / "alert_rules.yaml"
    own.write_text("alert_rules:\n  employer_repeat:\n    levels: {红: 2}\n", encoding="utf-8")
    watch = AlertWatch(db, tmp_path)
    for _ in range(2):
        await add_case(db, created=NOW - timedelta(days=1), employer="壬公司")
    await watch.run_once(NOW)
    [alert] = await _alerts(db)
    assert alert.level == "红"
    own.write_text("alert_rules:\n  employer_repeat:\n    levels: {红: x}\n", encoding="utf-8")
    import os

    os.utime(own, (1, 1))
    await watch.run_once(NOW)
    assert watch.rules.employer_levels == {"红": 2.0} and f"{own}:3" in (watch.last_error or "")


async def test_api_lists_alerts_by_status(db, tmp_path: Path) -> None:
    for d in range(3):
        await add_case(db, created=NOW - timedelta(days=d + 1), employer="癸公司")
    await add_case(db, created=NOW - timedelta(days=1), employer="大工地", workers=200)
    await _run(db)
    sup = await staff_account(db, "boss", role="supervisor")
    first = (await _alerts(db))[0]
    await act(db, first.id, "close", sup)
    app = web.Application()
    app[CTX] = AppContext(
        settings=Settings(data_dir=tmp_path, api_token="tok-123"), db=db, knowledge=None, engine=None
    )
    setup_api(app)
    async with TestClient(TestServer(app, host="127.0.0.1")) as client:
        assert (await client.get("/api/alerts")).status == 401
        auth = {"Authorization": "Bearer tok-123"}
        everything = await (await client.get("/api/alerts", headers=auth)).json()
        closed = await (await client.get("/api/alerts?status=closed", headers=auth)).json()
        opened = await (await client.get("/api/alerts?status=open", headers=auth)).json()
        bad = await client.get("/api/alerts?status=maybe", headers=auth)
    assert bad.status == 400
    async with db.session() as s:
        total = await s.scalar(select(func.count(Alert.id)))
    assert len(everything) == total == len(closed) + len(opened) and len(closed) == 1
    assert set(closed[0]) == {"id", "level", "kind", "subject", "reason", "cases", "opened_at", "status"}
    assert closed[0]["id"] == first.id and closed[0]["status"] == "closed"
    assert {a["level"] for a in opened} <= {"蓝", "黄", "橙", "红"}
    big = next(a for a in opened if a["subject"] == "大工地")
    assert big["level"] == "红" and big["kind"] == "large_case" and len(big["cases"]) == 1


async def test_alerts_page_acknowledge_handle_close(db, tmp_path: Path) -> None:
    import re

    from bot.staff.web import setup

    for d in range(3):
        await add_case(db, created=NOW - timedelta(days=d + 1), employer="<i>子</i>公司")
    await _run(db)
    [alert] = await _alerts(db, "employer_repeat")
    await staff_account(db, "wang")
    app = web.Application()
    app[CTX] = AppContext(settings=Settings(data_dir=tmp_path), db=db, knowledge=None, engine=None)
    setup(app, app[CTX])
    async with TestClient(TestServer(app, host="127.0.0.1")) as client:
        page = await (await client.get("/staff/login")).text()
        token = re.search(r'name="csrf" value="([^"]+)"', page).group(1)
        await client.post("/staff/login", data={"csrf": token, "username": "wang", "password": "x" * 12})
        page = await (await client.get("/staff/alerts")).text()
        assert '<span class="badge level level-蓝">蓝</span>' in page and "&lt;i&gt;子&lt;/i&gt;公司" in page
        csrf = re.search(r'name="csrf" value="([^"]+)"', page).group(1)
        base = f"/staff/alerts/{alert.id}"
        r = await client.post(f"{base}/handle", data={"csrf": csrf, "disposition": ""}, allow_redirects=False)
        assert "err=" in r.headers["Location"]
        for action, data in (("acknowledge", {}), ("handle", {"disposition": "joint"}), ("close", {})):
            r = await client.post(f"{base}/{action}", data={"csrf": csrf, **data}, allow_redirects=False)
            assert r.status == 302 and "ok=1" in r.headers["Location"], action
        closed = await (await client.get("/staff/alerts?status=closed")).text()
    assert f'id="alert-{alert.id}"' in closed and "联合调处" in closed
    async with db.session() as s:
        row = await s.get(Alert, alert.id)
    assert row.status == "closed" and row.disposition == "joint" and row.active_key is None


async def test_a_fast_climb_is_pushed_as_one_rise_and_red_at_once(db) -> None:
    t0 = NOW - timedelta(hours=2)
    for i in range(3):
        await add_case(db, created=t0 + timedelta(minutes=i), employer="丑公司")
    await _run(db, t0 + timedelta(minutes=3))  # opened 蓝, pushed
    for i in range(5):  # 8 workers within two minutes: 黄 then 橙, held back
        await add_case(db, created=t0 + timedelta(minutes=4, seconds=i), employer="丑公司")
        await _run(db, t0 + timedelta(minutes=4, seconds=i + 1))
    [alert] = await _alerts(db, "employer_repeat")
    titles = [p.payload["title"] for p in await _pushes(db, "employer_repeat")]
    assert alert.level == "橙" and len(titles) == 1 and titles[0].startswith("【蓝色预警】")
    await _run(db, t0 + timedelta(minutes=14))  # the wait is over: one push, the level reached
    titles = [p.payload["title"] for p in await _pushes(db, "employer_repeat")]
    assert len(titles) == 2 and titles[1].startswith("【预警升级为橙色】")
    await _run(db, t0 + timedelta(minutes=15))
    assert len(await _pushes(db, "employer_repeat")) == 2
    for i in range(4):  # 12 workers: 红 goes out at once
        await add_case(db, created=t0 + timedelta(minutes=15, seconds=i), employer="丑公司")
    await _run(db, t0 + timedelta(minutes=16))
    titles = [p.payload["title"] for p in await _pushes(db, "employer_repeat")]
    assert len(titles) == 3 and titles[2].startswith("【预警升级为红色】")
