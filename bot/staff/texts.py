"""Every staff- and worker-facing string of the staff package (simplified Chinese)."""

from __future__ import annotations

PRIORITY_LABEL = {"normal": "普通", "high": "较急", "urgent": "紧急"}
STATUS_LABEL = {
    "submitted": "待受理",
    "accepted": "已受理",
    "mediating": "调解中",
    "resolved": "已办结",
    "referred": "已移送",
    "rejected": "不予受理",
    "withdrawn": "已撤回",
}

NEW_CASE_TITLE = "新欠薪投诉 {case_no}"
URGENT_MARK = "【紧急】"
HIGH_MARK = "【较急】"
CASE_LINES = (
    "被反映单位：{employer_name}\n"
    "欠薪金额：{amount} · 涉及 {workers} 人\n"
    "地区：{district}（{centre}）\n"
    "行业：{industry}\n"
    "投诉人：{name} {phone}\n"
    "受理期限：{accept_by}"
)
REASONS_LINE = "紧急原因：{reasons}"
DIGEST_TITLE = "新欠薪投诉汇总（{count} 件，单独推送已折叠）"
DIGEST_LINE = "{n}. {case_no} {employer_name} {amount} {workers}人 {district}"
DIGEST_FOOTER = "请在工作台查看全部案件。"
WORKER_MESSAGE = "【投诉人回复】案件 {case_no}：\n{text}"
HUMAN_REQUEST = "群众请求人工服务：{channel} 用户 {user}，请尽快联系。"
DELETION_REQUEST = "个人信息删除申请：{channel} 用户 {user}，涉及投诉 {cases}。案卷按规定保存，请联系投诉人说明，并在“删除申请”页登记处理结果。"

BUTTON_ACCEPT = "受理"
BUTTON_CLAIM = "认领"
BUTTON_DETAIL = "详情"

AMOUNT = "{value:,.0f} 元"
AMOUNT_APPROX = "约 {value:,.0f} 元"

ACTION_LABEL = {
    "accept": "受理",
    "mediate": "转入调解",
    "resolve": "办结",
    "refer": "移送",
    "reject": "不予受理",
    "withdraw": "记录撤回",
}
ERR_NO_CASE = "没有找到案件 {case_no}。"
ERR_NOT_YOURS = "该案件不属于您所在的中心，无权操作。"
ERR_UNKNOWN_ACTION = "未知操作：{action}。"
ERR_REASON_REQUIRED = "不予受理必须填写理由。"
ERR_REFER_TARGET = "请选择移送去向：劳动人事争议仲裁委员会或劳动保障监察机构。"
ERR_AMOUNT = "追回金额应为不小于 0 的数字（单位：元）。"
ERR_TRANSITION = "案件当前状态为“{status}”，不能执行“{action}”。"
ERR_ASSIGN_OTHERS = "普通工作人员只能认领给自己，指派他人请联系主管。"
ERR_EMPTY_NOTE = "内容不能为空。"
ASSIGNED_NOTE = "承办人：{name}"

# What the worker is told, in plain words, on their own channel.
WORKER_STATUS = {
    "accept": "您的欠薪投诉（编号 {case_no}）已受理。工作人员会尽快与您联系核实情况，"
    "计划在 {resolve_by} 前办结。{note}",
    "mediate": "您的欠薪投诉（编号 {case_no}）已转入调解，工作人员会联系您和单位约定调解时间。{note}",
    "resolve": "您的欠薪投诉（编号 {case_no}）已办结。{note}\n如对处理结果有异议，可以申请劳动仲裁或咨询 12333。",
    "refer": "您的欠薪投诉（编号 {case_no}）已移送{refer_to}依法处理，后续会有工作人员联系您。{note}",
    "reject": "很抱歉，您的欠薪投诉（编号 {case_no}）不予受理。原因：{note}\n如有疑问可回复“转人工”或拨打 12333。",
    "withdraw": "已按您的意愿记录撤回欠薪投诉（编号 {case_no}）。如需重新投诉，可随时发送“我要投诉”。{note}",
}
WORKER_REPLY = "【工作人员回复】关于投诉 {case_no}：\n{text}\n\n您可以直接回复这条消息，我们会转给承办人。"

DEADLINE_NAME = {"accept_by": "受理期限", "resolve_by": "办结期限"}
REMINDER = "【期限提醒】案件 {case_no} 的{which}为 {when}，请及时处理。"
ESCALATION = "【已超期】案件 {case_no} 已超过{which}（{when}），请主管督办。"
RAISED_TO_PARENT = "{child}未在期限内受理，案件已上交{parent}。"

# Dashboard labels.
UI = {
    "app": "劳动关系公共服务中心 · 案件工作台",
    "login": "工作人员登录",
    "username": "用户名",
    "password": "密码",
    "submit_login": "登录",
    "logout": "退出",
    "bad_login": "用户名或密码错误。",
    "login_blocked": "登录失败次数过多，请 15 分钟后再试。",
    "login_wait": "登录尝试过于频繁，请 {seconds} 秒后再试。",
    "deletions": "删除申请",
    "csrf": "页面已过期，请刷新后重试。",
    "forbidden": "您没有权限访问此页面。",
    "not_found": "没有找到该案件。",
    "cases": "案件",
    "stats": "统计",
    "situation": "研判",
    "alerts": "预警",
    "admin_faq": "问答管理",
    "all": "全部",
    "status": "状态",
    "centre": "中心",
    "priority": "优先级",
    "overdue": "仅看超期",
    "search": "搜索（编号/单位/项目）",
    "filter": "筛选",
    "export_csv": "导出 CSV",
    "export_xlsx": "导出 Excel",
    "case_no": "编号",
    "employer": "被反映单位",
    "amount": "金额（元）",
    "workers": "人数",
    "district": "地区",
    "created": "登记时间",
    "accept_by": "受理期限",
    "resolve_by": "办结期限",
    "assignee": "承办人",
    "none": "（无）",
    "timeline": "办理记录",
    "fields": "案件信息",
    "evidence": "证据材料",
    "related": "关联投诉",
    "related_hint": "同一单位的其他工人投诉（按单位名称近似匹配），可合并处理：",
    "actions": "办理",
    "note": "内部备注",
    "add_note": "添加备注",
    "reply": "回复投诉人",
    "send_reply": "发送",
    "canned": "常用回复",
    "claim": "认领",
    "reason": "说明/理由",
    "recovered": "追回金额（元）",
    "refer_to": "移送去向",
    "do": "执行",
    "overdue_mark": "已超期",
    "done": "操作成功。",
    "kb_status": "知识库状态",
    "kb_loaded": "最近加载",
    "kb_entries": "条目数",
    "kb_error": "最近一次校验错误",
    "unanswered": "未答出和只给出候选的问题（按出现次数）",
    "attach": "加为该条目的问法",
    "attached": "已把问题加为条目 {entry} 的问法，知识库已重新加载。",
    "kb_missing": "知识库未加载。",
    "entry": "条目",
    "times": "次数",
    "question": "问题",
    "decision": "结果",
    "try": "查看匹配过程",
    "matcher": "匹配过程",
    "canned_missing": "标题和内容都要填写。",
    "canned_title": "标题，如：已联系单位",
    "canned_body": "内容，可用 {case_no} {employer_name} {resolve_by} 等字段",
    "delete": "删除",
    "add": "添加",
}
FIELD_LABEL = {
    "worker_name": "投诉人",
    "contact_phone": "联系电话",
    "employer_name": "被反映单位",
    "project_name": "项目名称",
    "work_location": "工作地点",
    "industry": "行业/工种",
    "arrears_period": "欠薪期间",
    "amount_owed": "欠薪金额（元）",
    "workers_affected": "涉及人数",
    "description": "情况说明",
    "amount_recovered": "追回金额（元）",
}
STATS = {
    "title": "研判",
    "period": "统计周期",
    "days": "近 {n} 天",
    "this_period": "本期",
    "last_period": "上期",
    "complaints": "投诉件数",
    "amount_sum": "反映金额（元）",
    "headcount": "涉及人数",
    "trend": "趋势（本期与上期）",
    "by_employer": "按被反映单位（前 20）",
    "open_alerts": "未关闭预警（按级别）",
    "per_centre": "各中心办结情况（本期登记的案件）",
    "closed": "已结案",
    "closed_45_share": "45 日内结案占比",
    "mediation_share": "调解结案占比",
    "name": "名称",
    "export": "导出 Excel",
    "sheet_totals": "总量",
    "sheet_trend": "趋势",
    "sheet_district": "地区",
    "sheet_industry": "行业",
    "sheet_employer": "单位",
    "sheet_centres": "中心",
    "sheet_alerts": "预警",
    "level": "级别",
    "count": "数量",
    "date": "日期",
    "per_week": "每周新增案件",
    "by_district": "按地区",
    "by_industry": "按行业",
    "owed": "欠薪总额（元）",
    "recovered": "已追回（元）",
    "time_to_accept": "平均受理用时（天）",
    "time_to_close": "平均办结用时（天）",
    "closed_45": "45 日内办结占比",
    "by_mediation": "调解解决占比",
    "total": "案件总数",
}
DECISION_LABEL = {"answer": "已回答", "suggest": "给出候选", "fallback": "未答出"}

# Telegram staff chat.
TG_CASE = (
    "{case_no}｜{status}｜{priority}\n被反映单位：{employer}\n金额：{amount} 元 · {workers} 人\n"
    "地区：{district}\n投诉人：{name} {phone}\n详情请登录工作台查看。"
)
TG_CASE_LINE = "{case_no} {status} {employer} {amount}元"
TG_NO_CASES = "目前没有未办结的案件。"
TG_USAGE_CASE = "用法：/case 案件编号"
TG_USAGE_NOTE = "用法：/note 案件编号 备注内容"
TG_USAGE_REPLY = "用法：/reply 案件编号 回复内容"
TG_NOTE_SAVED = "已为 {case_no} 添加备注。"
TG_REPLY_SENT = "已把回复发送给 {case_no} 的投诉人。"
TG_REPLY_QUEUED = "投诉人当前无法直接接收，回复已保存，会在其下次留言时显示（{case_no}）。"
TG_NOT_STAFF = "仅限中心工作人员操作。"
TG_DONE = "已处理"
TG_ACCEPTED = "{case_no} 已由 {name} 受理。"
TG_CLAIMED = "{case_no} 已由 {name} 认领。"

EVENT_LABEL = {
    "submitted": "提交投诉",
    "assign": "指派/认领",
    "note": "内部备注",
    "reply": "回复投诉人",
    "worker_message": "投诉人留言",
    "reminder": "期限提醒",
    "escalation": "超期督办",
    "deletion_request": "申请删除个人信息",
}

# Graded early warnings (分级预警).
ALERT = {
    "title": "预警",
    "level": "级别",
    "kind": "类型",
    "subject": "对象",
    "reason": "原因",
    "cases": "涉及案件",
    "opened_at": "发出时间",
    "status": "状态",
    "acknowledge": "确认",
    "handle": "处置",
    "close": "关闭",
    "disposition": "处置方式",
    "history": "处置记录",
    "none": "目前没有预警。",
}
ALERT_KIND = {
    "employer_repeat": "同一单位多人投诉",
    "large_case": "涉及人数多或金额大",
    "risk_words": "出现风险苗头",
    "surge": "投诉量异常上升",
    "accept_deadline": "临近受理期限未受理",
}
ALERT_REASON = {
    "employer_repeat": "{days} 天内 {workers} 名不同投诉人反映同一单位（共 {count} 件）",
    "large_case": "涉及约 {workers} 人，反映金额合计 {amount} 元（共 {count} 件）",
    "risk_words": "投诉内容出现“{words}”（共 {count} 件）",
    "surge": "{dim}“{value}”近 7 天投诉 {current} 件，此前 {weeks} 周平均每周 {baseline} 件（{ratio} 倍）",
    "accept_deadline": "{count} 件投诉尚未受理，最早的受理期限为 {when}",
}
ALERT_FESTIVAL = "（春节前，预警阈值已下调）"
ALERT_DIMENSION = {"district": "地区", "industry": "行业"}
ALERT_STATUS = {"open": "待确认", "acknowledged": "已确认", "closed": "已关闭"}
ALERT_DISPOSITION = {
    "inspection": "转监察",
    "arbitration": "转仲裁",
    "interview": "约谈企业",
    "joint": "联合调处",
}
ALERT_EVENT = {
    "opened": "发出预警",
    "escalated": "预警升级",
    "updated": "新增关联案件",
    "acknowledged": "确认",
    "handled": "分类处置",
    "closed": "关闭",
}
ALERT_PUSH_TITLE = "【{level}色预警】{kind}：{subject}"
ALERT_PUSH_ESCALATED = "【预警升级为{level}色】{kind}：{subject}"
ALERT_PUSH_BODY = "{reason}\n涉及案件：{cases}\n请登录工作台确认并分类处置。"
ALERT_ERR_NOT_FOUND = "没有找到该预警。"
ALERT_ERR_CLOSED = "该预警已关闭。"
ALERT_ERR_DISPOSITION = "请选择处置方式：转监察、转仲裁、约谈企业或联合调处。"

REFER_TARGETS = {"arbitration": "劳动人事争议仲裁委员会", "inspection": "劳动保障监察机构"}

DELETIONS = {
    "title": "删除申请",
    "explain": "投诉人申请删除个人信息后，系统已立即删除草稿、未提交的证据、昵称和已读通知；"
    "已提交的投诉案卷按档案管理规定保存（《个人信息保护法》第四十七条：保存期限未届满的，"
    "停止除存储和采取必要的安全保护措施之外的处理）。请联系投诉人说明保存的内容和原因，再登记处理结果。",
    "none": "没有待处理的删除申请。",
    "request": "删除申请",
    "kept": "保存的投诉",
    "no_cases": "无（已自动处理）",
    "handled": "已处理",
    "note": "处理结果，例如：已电话告知案卷保存期限",
    "note_required": "请填写处理结果。",
    "done": "登记处理结果",
    "show_all": "显示全部（含已处理）",
    "pending_only": "只看待处理",
}
