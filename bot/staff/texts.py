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
