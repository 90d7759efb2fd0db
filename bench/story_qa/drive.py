#!/usr/bin/env python3
"""Play story-first wage-arrears complaints through a running laborbot's POST /api/chat,
then compare the filed case (staff API) with the story's true facts.

usage: python drive.py [--base URL] [--token TOKEN] [--stories stories.yaml] [--transcript FILE] [--only ID]
Needs PyYAML (run it with the laborbot venv's python).

Scoring change (issue 10, storyflow, 2026-12-01): when the summary offers to add the registered
name and its text invites the name typed ("…单位全称的话，直接发给我…", FULL_NAME_TYPED), the
worker types it (their `say` answer) as one message instead of pressing the 补单位全称 button
and answering (two). It is still counted under "registered names added", never as a correction;
the turn counts. A summary whose text does not invite it is played as before (the button).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import statistics
import sys
import time
import urllib.error
import urllib.request

import yaml

FIELDS = [
    "worker_name",
    "contact_phone",
    "employer_name",
    "project_name",
    "work_location",
    "industry",
    "arrears_period",
    "amount_owed",
    "workers_affected",
]
STRICT = [f for f in FIELDS if f != "industry"]  # industry is compared loosely (worker's words)
MAX_TURNS = 30

# summary line label -> field (by keyword; first match wins)
LABELS = [
    ("姓名", "worker_name"),
    ("手机", "contact_phone"),
    ("电话", "contact_phone"),
    ("被反映单位", "employer_name"),
    ("单位", "employer_name"),
    ("项目", "project_name"),
    ("工作地点", "work_location"),
    ("地点", "work_location"),
    ("行业", "industry"),
    ("工种", "industry"),
    ("欠薪时间", "arrears_period"),
    ("时间", "arrears_period"),
    ("金额", "amount_owed"),
    ("人数", "workers_affected"),
]

CN_DIGIT = {
    "零": 0,
    "〇": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
    "十": 10,
}


# ---------------------------------------------------------------- http
class Bot:
    """The web chat limits messages per minute per user and per address, and complaints per day per
    address. Each story is a worker on their own phone: run.sh starts the server with
    LABORBOT_TRUSTED_PROXIES=["127.0.0.1"] and the driver sends a distinct X-Forwarded-For per story.
    The driver paces itself (30 messages/minute per user) and, on a per-minute HTTP 429, waits a minute
    and sends the same message again (a retry is not a bot turn)."""

    def __init__(self, base: str, token: str, pace: float = 2.1):
        self.base = base.rstrip("/")
        self.token = token
        self.pace = pace
        self.last = 0.0
        self.throttled = 0
        self.client_ip = "203.0.113.1"

    def chat(self, user: str, *, text: str | None = None, button: str | None = None) -> dict:
        for _attempt in range(4):
            wait = self.last + self.pace - time.monotonic()
            if wait > 0:
                time.sleep(wait)
            self.last = time.monotonic()
            r = self._chat(user, text=text, button=button)
            if r.get("_error") != 429 or "今天" in json.dumps(r, ensure_ascii=False):
                return r
            self.throttled += 1
            time.sleep(61)
        return r

    def _chat(self, user: str, *, text: str | None = None, button: str | None = None) -> dict:
        body = {"user": user}
        if button is not None:
            body["button"] = button
        else:
            body["text"] = text
        req = urllib.request.Request(
            self.base + "/api/chat",
            data=json.dumps(body, ensure_ascii=False).encode(),
            headers={"content-type": "application/json", "X-Forwarded-For": self.client_ip},
        )
        try:
            with urllib.request.urlopen(req, timeout=60) as r:
                return json.load(r)
        except urllib.error.HTTPError as e:
            raw = e.read()
            try:
                body = json.loads(raw)
                text = " / ".join(rep.get("text", "") for rep in body.get("replies") or [])
            except ValueError:
                text = raw[:300].decode("utf-8", "replace")
            return {
                "replies": [{"text": f"<HTTP {e.code}> {text}", "buttons": []}],
                "expects": None,
                "case_no": None,
                "_error": e.code,
            }

    def case(self, case_no: str) -> dict | None:
        req = urllib.request.Request(
            self.base + f"/api/cases/{case_no}", headers={"Authorization": f"Bearer {self.token}"}
        )
        try:
            with urllib.request.urlopen(req, timeout=30) as r:
                return json.load(r)
        except urllib.error.HTTPError as e:
            print(f"  !! GET /api/cases/{case_no}: HTTP {e.code}", file=sys.stderr)
            return None


# ---------------------------------------------------------------- comparing
def squash(s) -> str:
    return re.sub(r"[\s\u3000'\"“”‘’「」『』《》]", "", str(s or ""))


def digits(s) -> str:
    s = str(s or "")
    s = "".join(str(CN_DIGIT[c]) if c in CN_DIGIT and c != "十" else c for c in s)
    return re.sub(r"\D", "", s)


def bigrams(s: str) -> set[str]:
    s = re.sub(r"[^\u4e00-\u9fff]", "", s)
    return {s[i : i + 2] for i in range(len(s) - 1)}


def parse_amount(s) -> float | None:
    if s is None:
        return None
    if isinstance(s, (int, float)):
        return float(s)
    t = str(s).replace(",", "").replace("，", "")
    m = re.search(r"(\d+(?:\.\d+)?)\s*(万)?", t)
    if not m:
        return None
    v = float(m.group(1))
    return v * 10000 if m.group(2) else v


def parse_period_text(s: str) -> dict | None:
    ms = re.findall(r"(\d{4})\s*[年\-/.]\s*(\d{1,2})", s)
    if not ms:
        return None
    start = f"{int(ms[0][0]):04d}-{int(ms[0][1]):02d}"
    end = f"{int(ms[-1][0]):04d}-{int(ms[-1][1]):02d}"
    return {"start": start, "end": end}


def period_of(v) -> dict | None:
    if isinstance(v, dict):
        return {"start": v.get("start"), "end": v.get("end")}
    if isinstance(v, str):
        return parse_period_text(v)
    return None


def int_of(v) -> int | None:
    if isinstance(v, bool):
        return None
    if isinstance(v, int):
        return v
    if isinstance(v, float):
        return int(v) if v == int(v) else None
    m = re.search(r"\d+", str(v or ""))
    return int(m.group()) if m else None


def compare(field: str, truth, value) -> bool:
    """True when `value` (from the bot) agrees with `truth` (from the story)."""
    if field == "worker_name" or field == "employer_name":
        return squash(value) == squash(truth)
    if field == "project_name":
        if truth is None:
            return squash(value) in ("", "无", "没有", "—", "-", "None", "null")
        return squash(value) == squash(truth)
    if field == "contact_phone":
        return digits(value) == digits(truth)
    if field == "work_location":
        return truth["district"] in squash(value)
    if field == "industry":
        sv, st = squash(value), squash(truth)
        return bool(sv) and (sv in st or st in sv or bool(bigrams(sv) & bigrams(st)))
    if field == "arrears_period":
        p = period_of(value)
        return p is not None and p["start"] == str(truth["start"]) and p["end"] == str(truth["end"])
    if field == "amount_owed":
        a = parse_amount(value)
        return a is not None and abs(a - float(truth)) <= 1
    if field == "workers_affected":
        return int_of(value) == int(truth)
    raise KeyError(field)


def show(field: str, v) -> str:
    if field == "arrears_period" and isinstance(v, dict):
        return f"{v.get('start')}..{v.get('end')}"
    if field == "work_location" and isinstance(v, dict):
        return v.get("address", "")
    return "" if v is None else str(v)


# ---------------------------------------------------------------- answering
def canonical_answer(field: str, facts: dict) -> str:
    """The plainest possible wording of a fact, used after pressing a correction button."""
    v = facts[field]
    if field == "contact_phone":
        return f"{v[:3]} {v[3:7]} {v[7:]}"
    if field == "work_location":
        return v["address"]
    if field == "arrears_period":
        (y1, m1), (y2, m2) = (map(int, str(v["start"]).split("-")), map(int, str(v["end"]).split("-")))
        return f"{y1}年{m1}月到{y2}年{m2}月"
    if field == "amount_owed":
        return f"{int(v)}元"
    if field == "workers_affected":
        return f"{int(v)}个人"
    if field == "project_name" and v is None:
        return "没有"
    return str(v)


def parse_summary(text: str) -> dict[str, str]:
    """Lines 'label：value' of a summary/echo -> {field: value text}."""
    out: dict[str, str] = {}
    for line in text.splitlines():
        m = re.match(r"\s*(?:已记录[：:])?\s*([^：:]{1,12})[：:]\s*(.+)$", line)
        if not m:
            continue
        label, value = m.group(1), m.group(2).strip()
        for key, field in LABELS:
            if key in label:
                out.setdefault(field, value)
                break
    return out


# The employer told by its shop's or factory's own name ("徽味轩饭店") when the facts hold the
# registered name ("合肥徽味轩餐饮管理有限公司"): not a wrong read-back. The bot may offer, once,
# at the summary, to add the registered name (a button whose label holds one of these words); the
# worker then gives it (their `say` answer). Counted apart ("full names added"), never as a
# correction nor as a redundant question; the turns count. A short name read back before the
# summary waits for it; a summary without the offer leaves it a correction, as does any other
# wrong name (words before the name, another employer).
FULL_NAME_WORDS = ("全称",)
# the summary's words that invite the registered name typed straight in (one message, no button)
FULL_NAME_TYPED = ("全称", "直接发")


def fair_short(shown: str, truth: str) -> bool:
    """`shown` is the registered name `truth` as a worker calls it: its own words, all found in
    the registered name, then at most a kind of workplace (饭店, 仓库, 车队, 厂)."""
    shown, truth = squash(shown), squash(truth)
    if not shown or shown == truth:
        return False
    n = len(shown)
    while n >= 2 and shown[:n] not in truth:
        n -= 1
    return n >= 2 and len(shown) - n <= 3


def value_missing(v: str) -> bool:
    return squash(v) in ("", "未填", "（未填）", "待填", "未知") or "未填" in v


def find_button(replies: list[dict], *, words=(), payload_prefix=None, exclude=()) -> dict | None:
    for rep in reversed(replies):
        for b in rep.get("buttons") or []:
            lab, pay = b.get("label", ""), b.get("payload", "")
            if any(x in lab for x in exclude):
                continue
            if payload_prefix and pay.startswith(payload_prefix):
                return b
            if words and any(w in lab for w in words):
                return b
    return None


def edit_button(replies: list[dict], field: str) -> dict | None:
    for rep in replies:
        for b in rep.get("buttons") or []:
            if b.get("payload", "").endswith(":" + field) and "edit" in b.get("payload", ""):
                return b
    # fall back on the label ("改金额")
    keys = [k for k, f in LABELS if f == field]
    for rep in replies:
        for b in rep.get("buttons") or []:
            lab = b.get("label", "")
            if "改" in lab and any(k in lab for k in keys):
                return b
    return None


# ---------------------------------------------------------------- one story
def play(bot: Bot, story: dict, run_tag: str, log) -> dict:
    facts, given, say = story["facts"], set(story.get("given") or []), story.get("say") or {}
    user = f"qa-{run_tag}-{story['id']}"
    res = {
        "id": story["id"],
        "turns": 0,
        "redundant": [],
        "reasks": [],
        "description_asked": 0,
        "corrections": [],
        "full_names": [],
        "summary_wrong": [],
        "case_no": None,
        "stuck": None,
        "errors": 0,
    }
    asked: dict[str, int] = {}
    corrected: dict[str, int] = {}
    pending_correction: str | None = None
    pending_full: str | None = None
    nudged = 0

    def send(*, text=None, button=None):
        res["turns"] += 1
        if button is not None:
            print(f"  >> [button] {button['label']} ({button['payload']})", file=log)
            r = bot.chat(user, button=button["payload"])
        else:
            text = str(text)  # YAML may hold a phone number as an int
            print(f"  >> {text}", file=log)
            r = bot.chat(user, text=str(text))
        if r.get("_error"):
            res["errors"] += 1
        for rep in r.get("replies") or []:
            print("  << " + (rep.get("text") or "").replace("\n", "\n     "), file=log)
            bs = rep.get("buttons") or []
            if bs:
                print("     [" + " | ".join(f"{b['label']}" for b in bs) + "]", file=log)
        print(f"     expects={r.get('expects')} case_no={r.get('case_no')}", file=log)
        return r

    print(f"\n=== {story['id']} ({story.get('style', '')})", file=log)
    # `first` may be a list: the story sent in several messages, one after another, whatever the
    # bot asks in between (a story in short pieces, a free-text correction, a greeting first)
    firsts = story["first"] if isinstance(story["first"], list) else [story["first"]]
    for piece in firsts:
        r = send(text=str(piece).strip())
    while not r.get("case_no") and res["turns"] < MAX_TURNS:
        replies = r.get("replies") or []
        expects = r.get("expects")

        # 1. any summary / echo with correction buttons: check it against the facts
        action = None
        full = None
        for rep in replies:
            text = rep.get("text") or ""
            has_edit = any("edit" in (b.get("payload") or "") for b in rep.get("buttons") or [])
            if not (has_edit or "已记录" in text or "记下了" in text):
                continue
            lines = parse_summary(text)
            for field, shown in lines.items():
                if field not in facts or value_missing(shown):
                    continue
                if not compare(field, facts[field], shown):
                    if field == "employer_name" and fair_short(shown, facts[field]) and not res["full_names"]:
                        if expects != "confirm":
                            continue  # the summary may offer to add the registered name
                        b = find_button(replies, words=FULL_NAME_WORDS)
                        if b is not None:
                            full = (field, b)
                            continue
                    tag = f"{field}: shown {shown!r}"
                    if tag not in res["summary_wrong"]:
                        res["summary_wrong"].append(tag)
                    b = edit_button(replies, field)
                    if b and corrected.get(field, 0) < 2 and action is None:
                        action = (field, b)
        if full and not action:
            field, b = full
            res["full_names"].append(field)
            invites = any(
                all(w in line for w in FULL_NAME_TYPED)
                for rep in replies
                for line in (rep.get("text") or "").splitlines()
            )
            if invites:  # typed at the summary: one message
                r = send(text=say.get(field) or canonical_answer(field, facts))
            else:
                pending_full = field
                r = send(button=b)
            continue
        if action:
            field, b = action
            corrected[field] = corrected.get(field, 0) + 1
            res["corrections"].append(field)
            pending_correction = field
            r = send(button=b)
            continue

        if expects == "consent":
            b = find_button(replies, words=("同意",), exclude=("不同意",))
            r = send(button=b) if b else send(text="同意")
        elif expects == "confirm":
            b = find_button(replies, words=("确认", "提交", "同意", "是"), exclude=("不", "改"))
            r = send(button=b) if b else send(text="确认提交")
        elif expects == "evidence":
            b = find_button(replies, payload_prefix="form:skip") or find_button(
                replies, words=("跳过", "没有", "发完", "无")
            )
            r = send(button=b) if b else send(text="没有")
        elif expects == "description":
            res["description_asked"] += 1
            r = send(text="就是我上面说的那样，干了活老板一直拖着不给钱")
        elif expects in FIELDS:
            asked[expects] = asked.get(expects, 0) + 1
            if pending_correction == expects:
                pending_correction = None
                answer = canonical_answer(expects, facts)
            elif pending_full == expects:  # the registered name, as the worker says it
                pending_full = None
                answer = say.get(expects) or canonical_answer(expects, facts)
            else:
                if expects in given:
                    res["redundant"].append(expects)
                if asked[expects] > 1:
                    res["reasks"].append(expects)
                answer = say.get(expects) or canonical_answer(expects, facts)
                if asked[expects] > 1:  # asked again after an answer: give the plainest form
                    answer = canonical_answer(expects, facts)
            if expects == "project_name" and facts["project_name"] is None:
                b = find_button(replies, words=("没有", "无", "跳过", "不是"))
                r = send(button=b) if b else send(text=answer)
            else:
                r = send(text=answer)
        elif expects:
            res["stuck"] = f"unknown expects {expects!r}"
            r = send(text="不知道")
        else:
            b = find_button(replies, words=("登记",), exclude=("进度", "查询")) or find_button(
                replies, words=("投诉",), exclude=("进度", "查询", "？", "?")
            )
            if b:
                r = send(button=b)
            elif nudged < 1:
                nudged += 1
                r = send(text="我要投诉欠薪")
            else:
                res["stuck"] = "bot stopped asking (expects=null, no filing button)"
                break
    res["case_no"] = r.get("case_no")
    if not res["case_no"] and not res["stuck"]:
        res["stuck"] = f"no case after {res['turns']} turns"
    return res


# ---------------------------------------------------------------- main
def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--base", default="http://127.0.0.1:18765")
    ap.add_argument("--token", default="qa-token")
    ap.add_argument("--stories", default="stories.yaml")
    ap.add_argument("--transcript", default=None, help="write every exchange here")
    ap.add_argument("--only", default=None)
    ap.add_argument("--pace", type=float, default=2.1, help="seconds between messages (server rate limit)")
    args = ap.parse_args()

    stories = yaml.safe_load(open(args.stories, encoding="utf-8"))
    if args.only:
        stories = [s for s in stories if s["id"] == args.only]
    bot = Bot(args.base, args.token, args.pace)
    run_tag = f"{int(time.time())}{random.randint(100, 999)}"
    log = open(args.transcript, "w", encoding="utf-8") if args.transcript else open("/dev/null", "w")

    results = []
    wrong_all: list[str] = []
    soft_all: list[str] = []
    for i, story in enumerate(stories):
        bot.client_ip = f"203.0.113.{10 + i}"  # each worker on their own network
        res = play(bot, story, run_tag, log)
        case = bot.case(res["case_no"]) if res["case_no"] else None
        res["case"] = case
        results.append(res)

        print(f"\n## {story['id']}  — {story.get('style', '')}")
        print(
            f"filed: {res['case_no'] or 'NO'}   bot turns: {res['turns']}   redundant asks: {len(res['redundant'])}"
            + (f" {res['redundant']}" if res["redundant"] else "")
            + (f"   re-asks: {res['reasks']}" if res["reasks"] else "")
            + (f"   description asked: {res['description_asked']}" if res["description_asked"] else "")
            + (f"   corrections pressed: {res['corrections']}" if res["corrections"] else "")
            + ("   registered name added at the summary" if res["full_names"] else "")
            + (f"   priority: {case.get('priority')}" if case else "")
        )
        if res["summary_wrong"]:
            print(f"summary showed wrong: {res['summary_wrong']}")
        if res["stuck"]:
            print(f"STUCK: {res['stuck']}")
        print(f"{'field':18} {'given':5} {'truth':34} {'case':34} ok")
        for f in FIELDS:
            truth = story["facts"][f]
            val = case.get(f) if case else None
            ok = compare(f, truth, val) if case else False
            mark = "ok" if ok else ("~" if f == "industry" else "WRONG")
            if not case:
                mark = "-"
            print(
                f"{f:18} {'y' if f in (story.get('given') or []) else '':5} {show(f, truth)[:34]:34} {show(f, val)[:34]:34} {mark}"
            )
            if case and not ok:
                item = f"{story['id']}.{f}: truth {show(f, truth)!r} case {show(f, val)!r}"
                (soft_all if f == "industry" else wrong_all).append(item)

    turns = [r["turns"] for r in results]
    filed = [r for r in results if r["case_no"]]
    print("\n# summary")
    print(f"stories filed: {len(filed)}/{len(results)}")
    print(f"bot turns: median {statistics.median(turns)}, max {max(turns)}  (per story: {turns})")
    print(
        f"redundant questions (asked for a field the first message stated): {sum(len(r['redundant']) for r in results)}"
    )
    for r in results:
        if r["redundant"]:
            print(f"  {r['id']}: {r['redundant']}")
    ra = sum(len(r["reasks"]) for r in results)
    print(f"re-asks (same field asked again after an answer): {ra}")
    print(f"'what happened' asked after a story: {sum(r['description_asked'] for r in results)}")
    print(f"summary corrections pressed: {sum(len(r['corrections']) for r in results)}")
    print(
        "registered names added at the summary (a short name read back, the bot's one offer taken; "
        f"not a correction): {sum(len(r['full_names']) for r in results)}"
    )
    for r in results:
        for w in r["summary_wrong"]:
            print(f"  read back wrong, corrected by the worker: {r['id']}.{w}")
    print(f"fields wrong in filed cases: {len(wrong_all)}")
    for w in wrong_all:
        print(f"  {w}")
    print(f"industry not matching the worker's words (loose check, not counted above): {len(soft_all)}")
    for w in soft_all:
        print(f"  {w}")
    print(
        f"HTTP 429 (rate limit) retries: {bot.throttled}; other HTTP errors: {sum(r['errors'] for r in results)}"
    )
    unfiled = [r for r in results if not r["case_no"]]
    for r in unfiled:
        print(f"NOT FILED: {r['id']}: {r['stuck']}")
    log.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
