"""The progress route's patterns: a worker asking where their own complaint stands ("我上周投诉的
欠薪处理到哪了", "投诉编号12345 进度"), never what a complaint would bring in general (that is
knowledge_base/intents_general.asks_generally, checked by the caller). Normalised text."""

from __future__ import annotations

import re

from knowledge_base.intents_en import chinese_reading

_PROGRESS = re.compile(
    # (not an assessment's or a ruling's result: "我的伤残鉴定结果不满意")
    r"(投诉|案件|案子|举报|欠薪|我的|反映).{0,6}(进度(?!款)|进展|(?<!鉴定|认定|评定|判决|裁决|体检|考核)结果|处理到|怎么样了|有消息|受理了|办得|到哪|有回音|有回复|有下文"
    r"|哪能了|哪能样|按怎了|按怎样|成点了?$)"
    r"|(查询?|看看?|查一下|问一下).{0,4}(进度|进展|案件|投诉)"
    r"|(进度|进展)(查询|如何|怎么样)"
    r"|^(进度|查进度|查询进度)$"
    r"|(投诉|案子|案件|申请).{0,8}(状态|受理了|处理了|办好了|办完了|有回音|回复了)"
    # "上周提交的欠薪投诉有没有被受理" (not "投诉一般多久受理": asks_generally)
    r"|(投诉|举报|案子|案件|登记|申请)(有没有|有冇|有无|是否|有没|还没|还没有)(被)?(受理|处理|立案|审核|通过)"
    # (not whether this service would take one: "你们这能受理投诉的话就帮我登记上")
    r"|(?<![能以])(受理|处理)(我的|了我的)?(投诉|案子|案件)(?!的话)"
    # a complaint already made: "上礼拜投诉的…咋样了", "举报有人管没 都十天了"
    r"|(上周|上礼拜|上星期|前几天|前几日|前两天|前两日|前些天|这两天|前天|昨天|上个月|之前|前段时间|早就|已经).{0,6}(投诉|举报|反映|登记)"
    r".{0,16}(咋样|怎么样|如何|啥情况|什么情况|进度|结果|处理|审核|审完|有人管|管没|管不管|消息|回音|回复|动静|下文|理我"
    r"|哪能了|哪能样|点样了|咋个样|啷个样)"
    # "投诉了有人管没" asks about one's own complaint; "去监察投诉还管不管" asks whether they would
    r"|(投诉|举报|反映)(了|过|的)?.{0,4}(有人管|管没|没人管|没人理|没动静|没消息|没回音|没下文)"
    r"|(投诉|举报|反映)(了|过|的).{0,4}管不管"
    r"|(投诉|举报|反映)(了|过).{0,8}(都|已经).{0,4}(天|周|礼拜|星期|个月)了?"
    # one's own complaint, then a question about where it stands: "我投诉的那家…联系上没有"
    r"|(我|俺|阮|阿拉|我们|我爸|我妈|我家|帮他|帮她|替他|替她)(的|在这里?|之前|上次|前几天|前几日|昨天)?.{0,8}"
    r"(投诉|举报|登记|反映|投的诉|立的案)(的|过|了).{0,30}"
    r"(状态|审核|进度|进展|结果(?=呢|如何|怎么|怎样|了|出来|出了|没|吗|是|有|$)|联系上|联系了|查到|管不管|有人管|管没|没人管|咋样了|怎么样了|啥情况|打电话|回复|消息|动静|下文|受理"
    r"|按怎|咋整的|咋弄的|怎么弄的|怎么办的|弄得|搞得|办得|点样|点呀|成点|哪能)"
    r"|(投诉|举报|登记)(的)?(状态|审核|进度)"
    # papers handed in, then whether they passed: "我上星期提交了资料 现在审核完了吗"
    r"|(提交|交)(了)?(的)?(资料|材料|投诉|登记表|投诉表).{0,12}(审核|审完|受理|通过)(完了|了|完)?(吗|没|没有)"
    # handed in, then what: "投诉交了 然后呢 还要我做什么"
    r"|(投诉|登记|举报|材料|表)(已经)?(交|提交|填|报)(了|完|好)(.{0,6})(然后呢|接下来呢|下一步呢|还要我|后面呢|之后呢)"
    # Shanghainese 我个 (my): "我个投诉哪能了"
    r"|(我个|阿拉个|侬个)(投诉|登记|案子|举报).{0,6}(哪能|怎么|进度|结果|消息)"
    # who has it now: "我的欠薪登记现在谁在跟"
    r"|(我的|我们的|我|我们)(之前|上次)?.{0,6}(投诉|登记|案子|案件|举报)(的|嘅)?(现在|而家|目前)?.{0,2}"
    r"(谁在跟|谁在办|谁在管|谁负责|谁处理|谁跟进|边个跟|边个负责)"
    # a complaint made before, followed up: "之前投诉欠薪…请问受理了没", "登记过一个欠薪投诉…就再没消息了"
    r"|((之前|上次|以前|曾经|已经).{0,8}(投诉|举报|登记|反映|提交|报)|(投诉|举报|登记|提交|报)过)"
    r".{0,80}(受理了没|受理没|有结果没|怎么样了|再没消息|再没有消息|再没人|没人联系|没下文|到哪一步)"
    r"|(投诉|举报|登记|反映).{0,10}(有没有人|没人|有人)(处理|管|理|联系)"
    r"|(投诉|举报|登记|反映)(了|过)?.{0,10}(一直|还是|怎么|咋)(没|没有|都没)(消息|动静|人联系|回音|下文|回复|结果)"
    # one's own complaint made, the story told, then where it stands: "我帮我哥在你们这登记了欠薪，
    # …现在一个多月了…到底办得怎么样了" (never what would follow one: "投诉了会怎么样")
    r"|(投诉|举报|登记|反映|提交|报|告)(了|过|咗)(?!.{0,3}会).{0,90}?(?<!会)"
    r"(怎么样了|怎么了$|怎么啦|到哪了|到哪一步|到哪里了|有进展|进展如何|进展怎么|有结果|结果呢|结果如何|结果怎么"
    r"|有消息|有没有消息|有没消息|有回音|有信儿|没信儿|有动静|有下文|哪能|按怎|成点"
    r"|(处理|办|搞|弄)得怎么|办好了没|处理好了没|受理了没|有没有人(处理|管|跟进|去查)|有没人(跟进|理|处理|管)"
    # whether the office it went to has looked into it: "…转给监察大队 现在有没有去公司调查"
    r"|有没有(派人)?(去|到)?.{0,8}(调查|核实|检查|查过|查了)|(调查|核实|查)(了)?(没有|没)(?!有?(证据|合同|记录)))"
    # one's complaint made, then taken, then silence or where it stands: "我在这里投诉欠薪之后 收到短信说已受理
    # 后来再没消息 现在处理到哪一步了"
    r"|(我|俺|我们)(在这里?|在你们这里?|在这上面|在网上)?(投诉|举报|登记|反映)(欠薪|工资|老板|公司)?(之后|以后)(?!.{0,3}会)"
    r".{0,80}(再也?没(有)?(消息|动静|回音|下文|人联系)|(现在|目前)(处理|办)?到哪|到哪一步了)"
    r"|(已受理|受理了).{0,40}(再也?没|一直没|都没)(有)?(消息|动静|回音|下文|人联系)"
    # a case number given: "投诉编号12345 进度查一下", "工单7788"
    r"|(编号|单号|工单|受理号)(是|为)?[0-9a-z]{3,}"
    # one's own complaint made a while ago, followed up: "早前反映的欠工钱 有冇人跟进"
    r"|(早前|前阵子|前些天|前些日子|前两天|前两日|上回|上次|早先|上个礼拜|上个星期|上个月)"
    r".{0,8}(投诉|举报|登记|反映|报|告)(的|嘅|咗).{0,16}"
    r"(怎么|进度|进展|结果|消息|回音|信儿|动静|下文|有人管|有没有?人|跟进|哪能|按怎|成点|处理|受理)"
    r"|(投诉|举报|登记|反映)(都|已经).{0,4}([0-9]+|[一二三四五六七八九十两半几]+)(天|周|礼拜|星期|个月)"
    # "我投诉半个月了", "俺登记都十来天了": one's own complaint and how long it has waited
    r"|(我|我们|俺)(已经)?(投诉|举报|登记|反映)(了|过)?(快|都|已经)?([0-9]+|[一二三四五六七八九十两半几好]+)"
    r".{0,2}(天|周|礼拜|星期|月)了"
    # pressing or following up one's complaint: "催一下我的投诉", "帮我跟进下那个案子"
    r"|(催|跟进|督促|催促)(一下|一哈|下)?.{0,6}(投诉|案子|案件|登记|申请|工单)"
    # "我提交的投诉呢", "我的案子呢"
    r"|(我|我们|俺)(提交|交|登记|报|填|投)的(投诉|登记|材料|案子|诉)呢"
    r"|^(我的|之前的?|上次的?|那个)(投诉|案子|案件|登记|工单)呢"
    # a complaint made here (过 / 了 / 提交的), then a check asked: "我替工友登记过一个投诉 想查下处理情况",
    # "查一下我上个月提交的那个投诉", "投诉…已经二十来天了…帮我查查"
    r"|(投诉|举报|登记|反映)(过|了).{0,40}(查下|查查|查一下|看看|看一下|问问)(现在)?.{0,6}(处理|进度|状态|情况|有没有人|到哪)"
    r"|(查|看)(一下|下|查|看)?.{0,10}(提交|登记|投|反映)(过|了)?的.{0,8}(投诉|登记|案子|诉)"
    r"|(投诉|举报|登记|反映).{0,16}(已经|都)(快|有)?([0-9]+|[一二三四五六七八九十两半几]+)多?(天|周|礼拜|星期|个月).{0,40}"
    r"(帮我查|查一下|查查|没受理|没人(打电话|联系|管|理))"
    # one's own complaint made, then how much longer: "我上礼拜在这登记了欠薪 还要等多少天",
    # "我那个欠薪登记 到现在还要等几天" (not how long one takes in general: asks_generally)
    r"|(我|俺|阮|我们|俺们|我爸|我妈|我哥|我姐|我弟|我妹|我老公|我老婆|我家).{0,10}"
    r"((投诉|举报|登记|反映|提交)(了|过|的)?|报(了|过|的)(欠薪|拖欠|工资|工钱)).{0,20}"
    r"(还要|还得|还需要)(再)?(等)?(多久|多少天|几天|多长时间|多少个?工作日|几个?(星期|礼拜|月))"
    # the number of one's case or ticket: "我的编号是…", "查一下我的工单"
    r"|(我的|查|查询|查一下|看看|看一下)(工单|单号|受理号|投诉号|案件号|案件编号|投诉编号|编号是[a-z0-9])"
)
# a case number given ("投诉 number 40213 进度", "工单7788"): the number is the case's, no hotline
_CASE_NUMBER = re.compile(r"(编号|单号|工单|受理号)(是|为)?[0-9a-z]{3,}")


def gives_case_number(norm: str) -> bool:
    """The message gives a case number, in Chinese or English words ("编号 40213", "ticket 7788")."""
    return bool(_CASE_NUMBER.search(chinese_reading(norm)))


# where one's complaint's progress is seen ("投诉嘅进度喺边度查"): here, by the progress route
_WHERE_TO_CHECK = re.compile(r"(投诉|登记|案件|案子)的?(进度|进展)(在|去|到)?(哪里?|哪儿)(查|看)")
# a case number as the service gives it (storage/services/cases.py: QX + yymmdd + 8 characters)
_CASE_NO = re.compile(r"qx[0-9]{6}[a-z2-9]{8}")


def asks_progress(norm: str) -> bool:
    """A question about one's own complaint made before: its progress, result or who has it."""
    return bool(_PROGRESS.search(norm))


def asks_where_to_check(norm: str) -> bool:
    """Where one's complaint's progress is seen ("投诉嘅进度喺边度查"): answered by the progress route."""
    return bool(_WHERE_TO_CHECK.search(norm))


def gives_case_no(norm: str) -> bool:
    """The message holds a case number as this service gives it (QX + yymmdd + 8 characters)."""
    return bool(_CASE_NO.search(norm))
