"""Questions about where to go or whom to talk with ("去哪里找人处理", "怎么跟老板沟通", "工作人员会
上门吗"), which ask for no person of this service: they set the human route aside (read by
knowledge_base/intents.py, clause_routes.py and the calibration). Patterns run on normalised text."""

from __future__ import annotations

import re

from knowledge_base.intents_general import after_the_act
from knowledge_base.intents_human import AS_A_JOB

_WHERE = re.compile(
    r"(去|到)(哪|什么地方|哪个部门)|哪里.{0,2}找人|找什么部门|哪个部门"
    # a number asked for, to call oneself: "打电话问劳动法的号码", "咨询加班费的电话是多少"
    r"|的(号码|电话)(是)?(多少|几号)?$|(什么|哪个)(号码|电话)(啊|呀|呢|吗)?$|打(什么|哪个)(号码|电话)"
    # someone else phoned and said something: "老板让人打电话给我 威胁我", "工作人员打电话说材料不全"
    r"|(打电话|打了电话|来电话|打来电话|打过电话|来了电话|打了个电话)(给我|来)?(说|讲|告诉|通知|威胁|骂|吓唬|催|让我|叫我|要我)"
    # what the staff of another office said: "仲裁委的工作人员说要等审查 叫我回去等通知"
    # (not one to talk with: "我要同工作人员讲", "跟你们的工作人员说话")
    r"|(?<!你们的)(?<![跟同和与找叫让请])(工作人员|窗口|仲裁委|监察大队|劳动局|人社局|书记员|仲裁员)(的人)?"
    r"(说(?!话)|讲(?!话)|告诉我|让我|叫我|通知我)"
    # someone to do a thing for one: "找人代签合同有效吗"; the hours: "工作人员上班时间是几点"
    r"|找人(代|替)|(上班|办公|服务|工作|开门)时间|预约"
    r"|(几点钟?|什么时候|啥时候|哪天)(上班|下班|开门|关门|有人|在)"
    # what staff would do, asked about: "工作人员会上门吗", "你们会到厂里来查吗"
    r"|会(不会)?(派人)?(上门|到家|来家里?|来我家|到我家|来现场|到现场|来厂里|到厂里|去厂里|到工地|来工地|去工地)"
)


def asks_where(norm: str) -> bool:
    """A question about where to go ("拖了两个月工资 可以去哪里找人处理"), or how to talk with
    someone else ("怎么跟老板沟通", "點同老師溝通"), not a request for a person of this service."""
    return bool(
        _WHERE.search(norm)
        or _OTHER_PARTY.search(norm)
        or AS_A_JOB.search(norm)
        or _THEIR_SERVICE.search(norm)
        # how long after complaining until staff call, asked in general ("登记以后一般多久有人回电话")
        or after_the_act(norm)
    )


# talking with someone other than this service: the boss, a teacher, the landlord, a colleague
# another firm's customer service or after-sales, which did nothing: "宽带一直断线 客服都不处理"
_THEIR_SERVICE = re.compile(
    r"(客服|售后|商家|运营商|卖家|店家)(人员)?(都|也|一直|根本|还是|就是|老是|总是)?(不|没|不肯|不给|没有)(处理|理|管|回|解决|接|给)"
)
_OTHER_PARTY = re.compile(
    r"(和|跟|与|同)(我们?的?|孩子的?|小孩的?)?(老板|老师|班主任|校长|领导|经理|主管|人事|hr|家长|同事|对方|房东|医生|公司"
    r"|厂里|单位|包工头|工头)(好好|当面)?(沟通|谈|说|商量|协商|讲|交流|聊)"
)
