"""General questions about complaining, not where one's own complaint stands: "投诉一般多久能处理完",
"投诉的话怎么弄", "这个机器人能查投诉进度吗", "监察那边没下文 要不要改去仲裁", and a complaint made followed
by another question ("…投诉了老板 结果他把我开除了 能要赔偿吗"). Read by knowledge_base/intents.py and the
matcher; patterns run on normalised text."""

from __future__ import annotations

import re

_GENERALLY = re.compile(r"一般|通常|正常情况|平均|大概要|大约要|规定要?多久|条件|标准")
_OWN = re.compile(r"我|俺|咱|自己|本人|他的|她的|我们|我家|家里")


# how to do something ("投诉的话怎么弄", "我想问一下投诉流程", "工伤认定去哪申请"), with no case
# of one's own already made ("我投诉了…", "我的案子…", a case number)
_HOW_TO = re.compile(
    r"(怎么|如何|怎样|咋)(弄|办|操作|搞|整|用|使用|投诉|举报|登记|申请|走|进行)|流程|步骤|手续|需要什么|要什么材料|在哪|去哪|哪里"
    # what it takes: "提交投诉以后需要本人去现场吗"
    r"|需要本人|要本人|本人(去|到|来)|(需要|要不要|用不用|必须)(去|到)(现场|窗口|大队|劳动局)"
)
_OWN_CASE = re.compile(
    r"(投诉|举报|登记|反映|提交)(了|过)|(我|俺|我们)的(投诉|案子|案件|登记)|(我|俺|阮)们?(投诉|举报|登记|反映)的|编号|单号|工单"
    # a time past before the verb: "我上礼拜登记个投诉，现在哪能了"
    r"|(上周|上礼拜|上星期|前几天|前几日|前两天|前两日|前些天|这两天|前天|昨天|上个月|之前|上次|早前)(我|俺|阮|侬)?们?.{0,2}(投诉|举报|登记|反映|提交)"
    # where it stands now: "投诉以后多久有结果 现在到哪一步了"
    r"|现在.{0,4}(到哪一步|到哪了|什么状态|啥状态)"
)


_ASKING = re.compile(r"我想问一下|我想问问|我想问|我想知道|我问一下|我问问|我想咨询一下|我想咨询|我咨询一下")
_WAITING = re.compile(_OWN.pattern + r"|还要|还得|一直|已经|显示|都")
_HOW_LONG = re.compile(
    r"多久|多长时间|(要|需要|得)几天|几天(能|会|可以|才|就|有)|几个工作日|多少个?工作日"
    # "反映欠薪以后多少天会有人管"
    r"|多少天"
)
# after a complaint made, a question on something else: what one can claim, whether it is lawful,
# whether one may complain again ("我上个月投诉了老板 结果他把我开除了 能要赔偿吗")
OTHER_QUESTION = re.compile(
    r"(能|可以|可不可以|能不能)(要|拿|索要|主张|申请)(到|回)?(赔偿|补偿|经济补偿|双倍|工资|加班费|押金)"
    r"|(合法|违法|犯法|合理)(吗|不)|算不算|算.{0,6}吗$|(属于|是不是).{0,6}(报复|违法|打击)"
    r"|(还|再)(能|可以)(投诉|举报|告|起诉|仲裁)|能不能再(投诉|举报|告)"
    # whether complaining works at all: "投诉了有用吗", "举报到底管不管用"
    r"|(有用|管用|有效果|起作用|顶用|有没有用|管不管用|有冇用)(吗|不|没|嘛|么|呢|啊|$)"
    # the ways compared: "投诉是不是比仲裁快", "能投诉吗 还是直接仲裁", "哪个能帮我要回钱"
    r"|比.{0,6}(快|慢|好使|管用|有用)|哪个(能|可以|会|更)|还是(直接)?(去|走)?(申请)?(仲裁|起诉|打官司|去法院|告到法院)"
)
# going elsewhere instead: "是不是应该改去仲裁", "要不要换成申请仲裁"
_SWITCH = re.compile(
    r"(改|换|转)(成|为)?(去|走|到)?(申请)?(仲裁|起诉|法院|打官司)"
    r"|(是不是|要不要|该不该|应不应该)(应该|该|要)?(直接)?(去|走)?(申请)?(仲裁|起诉|告到法院|打官司)"
)
_STANDS_ASKED = re.compile(r"进度|进展|到哪|处理到|怎么样了|有结果了吗|受理了没")
# what this service can do, asked: "这个机器人能查投诉进度吗" (not "你能帮我查我的投诉进度吗")
_CAN_IT_CHECK = re.compile(
    r"(机器人|小程序|平台|系统|公众号|这个|这里|你们|你)(能|可以|能不能|可不可以|会)(在这里?)?(查|看|查询)"
    r".{0,6}(进度|进展|办理情况|处理情况)(吗|不|没|嘛)"
)
_MINE = re.compile(r"我的|我们的|俺的|我那个|我这个|帮我查|给我查|帮我看|替我查|编号|单号")


def asks_if_it_can_check(norm: str) -> bool:
    """Whether this service can show a complaint's progress, asked about (service.how_to_use)."""
    return bool(_CAN_IT_CHECK.search(norm)) and not _MINE.search(norm)


# words on where one's complaint stands
_WHERE_IT_STANDS = re.compile(
    r"进度|进展|有结果|结果(呢|如何|怎么)|怎么样了|受理|有人管|没人管|消息|动静|回音|下文|回复|联系我|到哪|状态|处理(了|得|到)"
)


# a case at another office (arbitration, a court) with no complaint here named: "我申请的仲裁受理了
# 两个月还没开庭 最长能拖多久" asks the law, the progress route follows complaints made here only
_OTHER_FORUM = re.compile(r"仲裁|法院|起诉|开庭|裁决|判决")
_HERE_CASE = re.compile(r"投诉|举报|登记|反映|工单|编号|单号|受理号|你们|这里|这儿|监察")


# how long after the act, asked: "在这登记欠薪后大概多长时间能处理好", "举报以后多少天有人管"
_AFTER_THE_ACT = re.compile(
    r"(投诉|举报|登记|反映|申报|提交|报上去)[^我]{0,8}?(后|以后|之后|完)(.{0,8})"
    r"(多久|多长时间|多少天|几天|多少个?工作日|几个工作日|几个?(星期|礼拜|月)|什么时候|啥时候)"
)
# one's own complaint already made ("我上周登记的", "我的投诉"): its progress is asked, not the law
_OWN_CASE_MADE = re.compile(
    r"(我|俺|我们|我爸|我妈|我家)(的|上周|上礼拜|前几天|前两天|昨天|前天|上个月|之前|已经)?.{0,4}(投诉|举报|登记|反映|提交)(了|过|的)"
    r"|(我的|我们的|俺的)(投诉|案子|案件|登记)"
)


def after_the_act(norm: str) -> bool:
    """How long after complaining, asked in general ("登记欠薪之后多久会有回音"): no case of one's
    own told as made, nor where it stands now asked ("…我那个现在到哪一步了"), nor one's own waiting
    told ("…我已经等了两个礼拜", "…会有人打电话给我")."""
    return (
        bool(_AFTER_THE_ACT.search(norm))
        and not _OWN_CASE_MADE.search(norm)
        and not _OWN_CASE.search(norm)
        and not _WAITING.search(_ASKING.sub("", norm))
    )


def asks_generally(norm: str) -> bool:
    """A general question ("投诉欠薪一般多久能处理完") with no word for the asker's own case, or a
    question how to do something with no case of one's own named: it asks how things work, not
    where the asker's own complaint stands."""
    if _HOW_TO.search(norm) and not _OWN_CASE.search(norm):
        return True
    if after_the_act(norm):
        return True
    if _OTHER_FORUM.search(norm) and not _HERE_CASE.search(norm):
        return True
    if asks_if_it_can_check(norm) or (_SWITCH.search(norm) and not _STANDS_ASKED.search(norm)):
        # "这个机器人能查投诉进度吗", "监察那边投诉了两个月没下文 要不要改去仲裁"
        return True
    if _HOW_LONG.search(norm) and not _OWN_CASE.search(norm) and not _WAITING.search(_ASKING.sub("", norm)):
        # "我想问一下 投诉以后多久有人联系" (not "我的怎么还没有", "一直显示待处理 还要等多久")
        return True
    if OTHER_QUESTION.search(norm) and not _WHERE_IT_STANDS.search(norm):
        return True
    return bool(_GENERALLY.search(norm)) and not _OWN.search(norm)


# a complaint told as made at a past time: "我九月份在这里投诉包工头", "去年年底登记过"
_COMPLAINED_BEFORE = re.compile(
    r"([0-9]{1,2}|[一二三四五六七八九十]{1,3})月(份|初|底|中旬|上旬|下旬|头)?.{0,8}(投诉|举报|登记|反映)"
    r"|(去年|前年|年初|年前|上半年|当时|那时候?).{0,8}(投诉|举报|登记|反映)"
)


def complained_before(norm: str) -> bool:
    """The message tells of a complaint made at a past time (a month, last year)."""
    return bool(_COMPLAINED_BEFORE.search(norm))
