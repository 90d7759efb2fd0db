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
HUMAN_REQUEST = "群众请求人工服务：{channel} 用户 {user}，请尽快联系。"
DELETION_REQUEST = "个人信息删除申请：{channel} 用户 {user}，请按规定处理。"
GENERIC = "{text}"

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
