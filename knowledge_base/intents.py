"""Routes that are not FAQ answers: file a complaint, ask about one, ask for a person.
Patterns run on normalised text (simplified, no punctuation, synonyms applied)."""

from __future__ import annotations

import re
from collections.abc import Iterable

# "我要投诉老板欠薪" files a complaint; "老板欠薪去哪里投诉" / "怎么投诉" asks how (an FAQ).
_ASKING_HOW = re.compile(
    r"(怎么|如何|怎样|去哪|哪里|哪儿|在哪|找谁|什么地方|能不能|可不可以|可以.*吗|有用吗|流程|需要什么|带什么|要什么|什么材料|哪些材料"
    r"|多久|多长时间|几天|一般|要钱吗|收费|需要|要不要|是不是|吗$)"
)
_COMPLAINT = re.compile(
    r"(我要|我想|我们要|我们想|帮我|给我|替我|申请|现在就|马上)(正式|直接|马上|立刻|现在|就|去|再|一定要|必须)?"
    r"(投诉|举报|登记|反映|告)"
    # "能不能帮我报上去", "替我们往上报一下"
    r"|(帮|替|给)(我|我们|俺|俺们)?.{0,2}(报上去|往上报|上报)"
    r"|(投诉|举报)(老板|公司|单位|工头|包工头|厂里|老板欠|欠薪)"
    r"|(登记|提交|填写?)(欠薪|投诉)"
    r"|^(投诉|欠薪投诉|我要投诉|举报欠薪)$"
    r"|(帮|请|替).{0,8}(反映|投诉|发起|登记|举报).{0,8}(欠薪|工资|老板|公司)"
    r"|(发起|提交|提起).{0,4}(欠薪)?投诉"
    r"|(投诉|欠薪).{0,4}(现在|马上|立刻)就?(填|登记|提交)|(现在|马上|立刻)就?(填|登记|提交).{0,2}(投诉|欠薪)"
    r"|(想|要)(在|从|通过)?(这里?|这儿|这上面|网上|线上|手机上|你们这).{0,3}(投诉|举报|登记|反映)"
    # on someone's behalf, or "I have decided to": "帮我爸投诉", "我决定投诉了"
    r"|(帮|替|给)(他|她|我爸|我妈|我老乡|工友|老乡|我们)(投诉|举报|登记|反映|立案)"
    r"|(决定|必须|一定要|打算|准备)(去)?(投诉|举报|立案)"
    r"|(投诉|举报|登记|立案).{0,6}(在哪|哪里|哪儿|从哪)填"
)
_PROGRESS = re.compile(
    r"(投诉|案件|案子|申请|举报|欠薪|我的|反映).{0,6}(进度|进展|结果|处理到|怎么样了|有消息|受理了|办得|到哪|有回音|有回复|有下文)"
    r"|(查询?|看看?|查一下|问一下).{0,4}(进度|进展|案件|投诉)"
    r"|(进度|进展)(查询|如何|怎么样)"
    r"|^(进度|查进度|查询进度)$"
    r"|(投诉|案子|案件|申请).{0,8}(状态|受理了|处理了|办好了|办完了|有回音|回复了)"
    r"|(受理|处理)(我的|了我的)?(投诉|案子|案件)"
    # a complaint already made: "上礼拜投诉的…咋样了", "举报有人管没 都十天了"
    r"|(上周|上礼拜|上星期|前几天|前天|昨天|上个月|之前|前段时间|早就|已经).{0,6}(投诉|举报|反映|登记)"
    r".{0,16}(咋样|怎么样|如何|啥情况|什么情况|进度|结果|处理|有人管|管没|管不管|消息|回音|回复|动静|下文|理我)"
    # "投诉了有人管没" asks about one's own complaint; "去监察投诉还管不管" asks whether they would
    r"|(投诉|举报|反映)(了|过|的)?.{0,4}(有人管|管没|没人管|没人理|没动静|没消息|没回音|没下文)"
    r"|(投诉|举报|反映)(了|过|的).{0,4}管不管"
    r"|(投诉|举报|反映)(了|过).{0,8}(都|已经).{0,4}(天|周|礼拜|星期|个月)了?"
    # one's own complaint, then a question about where it stands: "我投诉的那家…联系上没有"
    r"|(我|俺|我们|我爸|我妈|我家|帮他|帮她|替他|替她)(的|在这里?|之前|上次|前几天|昨天)?.{0,8}"
    r"(投诉|举报|登记|反映|投的诉|立的案)(的|过|了).{0,30}"
    r"(状态|审核|进度|进展|结果|联系上|联系了|查到|管不管|有人管|管没|没人管|咋样了|怎么样了|啥情况|打电话|回复|消息|动静|下文|受理)"
    r"|(投诉|举报|登记)(的)?(状态|审核|进度)"
    r"|(投诉|举报|登记|反映).{0,10}(有没有人|没人|有人)(处理|管|理|联系)"
    r"|(投诉|举报|登记|反映)(了|过)?.{0,10}(一直|还是|怎么|咋)(没|没有|都没)(消息|动静|人联系|回音|下文|回复|结果)"
    r"|(投诉|举报|登记|反映)(都|已经).{0,4}([0-9]+|[一二三四五六七八九十两半几]+)(天|周|礼拜|星期|个月)"
)
_HUMAN = re.compile(
    r"(转|找|要|接|换|叫)(个|一个)?(人工|真人|客服|工作人员|活人)|人工(客服|服务|坐席)|^人工$"
    r"|(和|跟|与)(真人|人工|工作人员|客服)(说|聊|沟通|讲|谈)"
    r"|不想(和|跟)机器人"
    r"|找.{0,2}(工作人员|真人|人工|客服)(帮|聊|说|来)"
    r"|(有没有|能不能|可以).{0,3}(人工|真人|工作人员|客服)"
    r"|(我要|我想|让我)(跟|和|同)(人|真人|你们的人)(讲|说|聊|谈|通话)"
    r"|(不要|别|不想要?)(用|再|跟)?(机器人|自动回复)"
    r"|(换|找|叫|来)(个|一个)(真人|活人|人)(来|吧|跟我|和我|说|聊|问)"
    # "整个真人出来", "派个工作人员来", "喊个人工"
    r"|(整|弄|搞|派|喊|请)(个|一个|位)?(真人|活人|人工|工作人员|客服)"
    r"|真人(出来|来|呢|在吗|在不在|客服)"
)
# the chat commands typed as text ("/complain" reaches the matcher through `faq ask`)
_COMMANDS = {"complain": "complaint", "complaint": "complaint", "status": "progress", "human": "human"}


def detect_intent(norm: str) -> str | None:
    if not norm:
        return None
    if norm in _COMMANDS:
        return _COMMANDS[norm]
    if _HUMAN.search(norm):
        return "human"
    if _PROGRESS.search(norm):
        return "progress"
    if _COMPLAINT.search(norm) and not asks_how(norm):
        return "complaint"
    return None


def asks_how(norm: str) -> bool:
    """A question about complaining ("去哪里投诉", "投诉要带什么"), not a request to file one."""
    return bool(
        _ASKING_HOW.search(norm)
        and not re.search(
            r"(我要|我想|帮我|给我|替我|帮我们|在这里?|在这儿|在这上面|在你们?这里?|在你们?这儿|在网上|在手机上"
            r"|代我|代他|代她|帮他|帮她|替他|替她)(帮我|给我|帮他|帮她|帮忙)?(提交|递交|填个?|报个?)?"
            r"(投诉|举报|登记|立案|立个案|反映|报上去|往上报|上报)",
            norm,
        )
    )


_WHERE = re.compile(r"(去|到)(哪|什么地方|哪个部门)|哪里.{0,2}找人|找什么部门|哪个部门")


def asks_where(norm: str) -> bool:
    """A question about where to go ("拖了两个月工资 可以去哪里找人处理"), not a request for a
    person of this service."""
    return bool(_WHERE.search(norm))


_GENERALLY = re.compile(r"一般|通常|正常情况|平均|大概要|大约要|规定要?多久")
_OWN = re.compile(r"我|俺|咱|自己|本人|他的|她的|我们|我家|家里")


def asks_generally(norm: str) -> bool:
    """A general question ("投诉欠薪一般多久能处理完") with no word for the asker's own case: it
    asks how things work, not where the asker's own complaint stands."""
    return bool(_GENERALLY.search(norm)) and not _OWN.search(norm)


def word_runs(words: list[str], longest: int = 6) -> set[str]:
    """Every run of up to ``longest`` consecutive words, joined: a keyword matches only whole words
    ("报警" is not found in "未报警" unless jieba cut it out as a word of its own)."""
    return {
        "".join(words[i : j + 1]) for i in range(len(words)) for j in range(i, min(len(words), i + longest))
    }


def out_of_scope_topic(runs: set[str], keywords: Iterable[Iterable[str]]) -> int | None:
    """The index of the out-of-scope topic one of whose (normalised) keywords the question
    contains as words."""
    for i, words in enumerate(keywords):
        if any(k and k in runs for k in words):
            return i
    return None
