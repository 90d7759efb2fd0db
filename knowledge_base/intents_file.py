"""A request to file here asked as a how-question (issue 9): "咋登记拖欠的工钱", "投诉入口是哪个",
"麻烦帮我启动投诉程序", "我打算正式举报 要怎么填". The how is about this service's own steps, and
the consent step of the complaint form answers it, so the complaint route is not set aside.

A question about the channels stays an FAQ answer (wage.arrears.report offers the one-tap button):
"去哪里投诉", "网上能举报欠薪吗", "我想了解一下投诉的流程", "投诉的话怎么弄", "怎么举报黑工厂".
On the labelled questions of bench/faq_*.yaml (measured on 8de765f), the how-question shape this
module reads (how to register, fill in, submit or start, the entry, formally) was labelled @complaint
36 times out of 38 (the 2 others ask what the service does: service.how_to_use, still answered); the
where / which office / which channel shape with a complaint word an FAQ entry 73 times out of 80
(5 @progress on one's own case, 1 @human, 1 @complaint: "想投诉包工头拖欠工资 在哪里填资料").
Patterns run on normalised text (simplified, no punctuation)."""

from __future__ import annotations

import re

# the operation asked: register, fill in, submit, start ("点样开始", "从哪开始", "咋个填")
_HOW_TO_DO = re.compile(
    r"(怎么|如何|怎样|咋|咋个|点样|怎么样|从哪里?|从哪儿)(才能|才可以|可以|能)?(在这里?|在这儿|在这上面|在网上)?"
    r"(登记|填写?|提交|开始(?!算|计|计算)|操作|入手)"
    # where on this service's own form: "欠工资的登记在哪里开始", "投诉表在哪儿填"
    r"|(在哪里?|在哪儿)(开始|填)"
)
# the form or its entry named: "登记入口在哪", "投诉的入口是哪个"
_ENTRY = re.compile(r"(投诉|登记|举报|欠薪|反映)(的)?(入口|通道)")
# asked to start: "帮我开始投诉流程", "请启动欠薪登记", "现在开始登记"
_START = re.compile(
    r"(帮我|帮忙|请|给我|替我|直接|现在就?|马上|^)(开始|启动|发起|开启|走)(一下)?(个|一个)?(欠薪|拖欠工资)?(的)?"
    r"(投诉|登记|举报)"
)
# formally: "我打算正式投诉", "要正式举报"
_FORMALLY = re.compile(r"(想|要|打算|准备|决定)(正式|正式地)(投诉|举报|登记|立案|反映)")
_VERB = re.compile(r"投诉|举报|登记|立案|反映|检举")
# another kind of registration, or a complaint already made or declined
_NOT_THIS = re.compile(
    r"失业|就业|社保|医保|参保|户口|居住证|结婚|考勤|加班|打卡|车辆|访客|营业执照|备案|工伤认定|仲裁"
    r"|(投诉|举报|登记|反映|填|提交)(了|过|完)|不想|不要|取消|撤回|撤销|删除|删掉|还是|哪个(好|快)"
    # complaints from customers about a worker: "员工被客户投诉 怎么操作扣钱"
    r"|(客户|顾客|客人|乘客|业主)(的)?投诉|被投诉"
)
# the how said of the complaint itself, close by ("工钱被拖的投诉怎么填写", "投诉表在哪儿填"): the
# rule routes on it even where the model is unsure; "不太懂怎么操作 …也想反映欠薪" only lets the model
_NEAR = re.compile(
    r"(投诉|举报|登记|欠薪|工钱|工资|表).{0,3}(怎么|如何|怎样|咋|咋个|点样|在哪里?|在哪儿|从哪里?)(才能|可以|能)?"
    r"(登记|填写?|提交|开始)"
    r"|(怎么|如何|怎样|咋|咋个|点样)(才能|可以|能)?(在这里?|在这儿|在这上面)?(登记|填写?|提交)(一下|个)?(欠薪|拖欠|投诉|工钱|工资)"
)


def asks_to_file(norm: str) -> bool:
    """A request to start a complaint here, worded as how to do it ("怎么登记欠薪")."""
    if not _VERB.search(norm) or _NOT_THIS.search(norm):
        return False
    return bool(
        _HOW_TO_DO.search(norm) or _ENTRY.search(norm) or _START.search(norm) or _FORMALLY.search(norm)
    )


# a form being filled in, to be dropped: "填到一半不想投诉了 怎么退出", "还没提交的登记怎么取消"
_UNFINISHED = re.compile(r"填到一半|填了一半|填一半|没填完|还没填完|正在填|还没提交|没提交")
_DROP = re.compile(r"取消|不想(投诉|登记|举报)了|不填了|不投诉了|退出|作废|不要了|停止")


def cancels_unfinished(norm: str) -> bool:
    """How to drop a complaint half filled in here (service.how_to_use: /cancel), neither a new
    complaint nor a question where a filed one stands."""
    return bool(_UNFINISHED.search(norm) and _DROP.search(norm))


def files_outright(norm: str) -> bool:
    """A request to file here the rule takes on its own: the how said of the complaint, close by,
    or its entry, its start or a formal complaint asked for."""
    return asks_to_file(norm) and bool(
        _NEAR.search(norm) or _ENTRY.search(norm) or _START.search(norm) or _FORMALLY.search(norm)
    )


# the entry that answers where and how to complain about unpaid wages (its answer offers the button
# to file here: actions [complaint])
HOW_TO_COMPLAIN = "wage.arrears.report"
# what is left of "网上可以投诉欠薪吗", "我想问一下投诉流程" once the asking words are gone (after
# subjects.request_subject): the channel asked about, the wages, nothing else
_CHANNEL_ONLY = re.compile(
    r"网上|线上|手机上|手机|网络|流程|程序|渠道|途径|方式|步骤|了解|打听|咨询|问|解|的话|话|不|怎样|如何|部门|哪个"
    r"|欠薪|拖欠工资|拖欠|工资|工钱|薪水"
)


def channel_only(subject: str) -> bool:
    """A question how or where to complain that names nothing but wages and a channel."""
    return len(_CHANNEL_ONLY.sub("", subject)) < 2
