"""Routes that are not FAQ answers: file a complaint, ask about one, ask for a person.
Patterns run on normalised text (simplified, no punctuation, synonyms applied)."""

from __future__ import annotations

import re

from knowledge_base.intents_en import chinese_reading, english_intent, english_part
from knowledge_base.intents_file import asks_to_file, cancels_unfinished, channel_only, files_outright
from knowledge_base.intents_general import OTHER_QUESTION, after_the_act, asks_generally
from knowledge_base.intents_human import asks_for_person
from knowledge_base.intents_progress import asks_progress, asks_where_to_check, gives_case_no
from knowledge_base.subjects import request_subject

# "我要投诉老板欠薪" files a complaint; "老板欠薪去哪里投诉" / "怎么投诉" asks how (an FAQ).
_ASKING_HOW = re.compile(
    r"(怎么|如何|怎样|去哪|哪里|哪儿|在哪|找谁|什么地方|能不能|可不可以|可以.*吗|有用吗|流程|需要什么|带什么|要什么|什么材料|哪些材料"
    r"|多久|多长时间|几天|多少天|多少个?工作日|一般|要钱吗|收费|需要|要不要|是不是|吗$"
    # Cantonese how words the synonyms keep: "点做投诉", "点搞"
    r"|点(做|搞|办|算)"
    # "我该去那里头诉": 那里 typed for 哪里 after a should
    r"|(该|应该|应当)(去|到|找)|(去|到)(那里|那儿|那个部门)"
    # which office, line or channel: "向哪个单位反映", "打哪个电话", "还有什么渠道可以反映欠薪"
    r"|哪个(单位|部门|机构|地方|电话|号码|窗口)|(?<!叫)什么(渠道|管道|途径|部门|单位|电话|号码)"
    # the channels listed or compared: "举报欠薪有哪些渠道", "正式投诉和打电话反映有啥区别"
    r"|哪些(渠道|途径|部门|方式|办法)|(渠道|途径|方式)(有哪些|是什么|有什么)|(有|有啥|有什么)(区别|不同)|不一样"
    r"|(投诉|举报|反映)的(渠道|途径|方式)"
    # what to bring: "反映欠薪用不用带身份证"
    r"|用不用|带不带|(要|得|用|必须)带"
    # when one may: "什么情况下可以投诉", "欠薪多少钱可以立案"
    r"|什么情况|哪些情况|什么条件|多少钱?(可以|能|才能|才)|标准"
    # what something is for: "我的电话和身份证你们拿去干嘛用"
    r"|(干嘛|干什么|做什么|干啥|做啥)用|用来(干|做)|有什么用"
    # which way, or where, asked: "监察和仲裁哪个能帮我要回钱", "能投诉吗 还是直接仲裁", "投诉哪"
    r"|哪个(能|可以|会|更)|还是(直接)?(去|走)?(申请)?(仲裁|起诉|打官司|去法院|告到法院)"
    r"|(投诉|举报|反映|告)(去|到)?哪(里|儿)?(啊|呢|呀)?$)"
)
_COMPLAINT = re.compile(
    r"(我要|我想要|我想|我们要|我们想|我欲|阮欲|阮要|额要|额想|额们要|偶要|偶想|帮我|给我|替我|申请|现在就|马上|(?:我|俺|我们)(?:就|是|还是|也|真的?|只)(?:要|想))"
    r"(正式|直接|马上|立刻|现在|就|去|再|一定要|必须)?(要|想)?(在这里?|在这儿|在你们这里?)?"
    # "我想告诉你们" tells, it files nothing (告 alone is to sue: "我要告他")
    r"(投诉|举报|登记|反映|告(?!诉)|维权|控告|讨薪|讨工资|讨回工资|要回工资)"
    # "咋投诉啊 欠薪 现在就想投": asked how, then the wish to do it now
    r"|(现在|马上|立刻|这就)就?(想|要)?(投诉?|举报|登记)(吧|了|啊)?$"
    # "我想要去劳动监察投诉我们老板"
    r"|(我|俺)们?(要|想要|想|打算|准备|决定)(去|到|给|向|找|跟)(劳动监察|监察大队|劳动局|人社局|劳动部门|人社部门|有关部门|政府)"
    r".{0,4}(投诉|举报|告(?!诉)|反映)"
    # "能不能帮我报上去", "替我们往上报一下"
    r"|(帮|替|给)(我|我们|俺|俺们)?.{0,2}(报上去|往上报|上报)"
    # "能帮我把老板欠薪的事报上去吗": what is to be passed up named between 把 and the verb
    r"|(帮|替|给)(我|我们|俺|俺们)把.{1,12}?(报上去|往上报|上报|登记上|投诉了)"
    # together with others: "想集体投诉", "我们要一起举报", "联名告他"
    r"|(想|要|准备|打算)(集体|一起|一块儿?|联名|统一)(投诉|举报|登记|反映|告(?!诉))"
    r"|(投诉|举报)(老板|公司|单位|工头|包工头|厂里|老板欠|欠薪)"
    r"|(登记|提交|填写?)(欠薪|投诉)"
    # "受理一下我的欠薪投诉": asked to take one (a complaint already taken is asked after: 受理了没)
    r"|(受理|接收|收下)(一下|下)(我的|我们的)?.{0,4}(投诉|举报|欠薪)"
    r"|^(投诉|欠薪投诉|我要投诉|举报欠薪)$"
    r"|(帮|请|替).{0,8}(反映|投诉|发起|登记|举报).{0,8}(欠薪|工资|老板|公司)"
    r"|(发起|提交|提起).{0,4}(欠薪)?投诉"
    r"|(投诉|欠薪).{0,4}(现在|马上|立刻)就?(填|登记|提交)|(现在|马上|立刻)就?(填|登记|提交).{0,2}(投诉|欠薪)"
    r"|(想|要)(在|从|通过)?(这里?|这儿|这上面|网上|线上|手机上|你们这).{0,3}(投诉|举报|登记|反映)"
    # on someone's behalf, or "I have decided to": "帮我爸投诉", "我决定投诉了"
    r"|(帮|替|给)(他|她|我爸|我妈|我老乡|工友|老乡|我们)(投诉|举报|登记|反映|立案)"
    r"|(决定|必须|一定要|打算|准备)(去)?(投诉|举报|立案)"
    r"|(投诉|举报|登记|立案).{0,6}(在哪|哪里|哪儿|从哪)填"
    # come here to complain, or for others: "我是来投诉的", "我代表我们客房部11个人来投诉"
    r"|(我|我们|俺|俺们)(是|就是|今天)?来(这里|这儿|你们这里?)?(投诉|举报|登记)"
    r"|(代表|替).{0,12}(来|在这里?|在你们这里?)(投诉|举报|登记|反映)"
    # asked whether it may be handed in here: "工资拖了两个月 在这儿提交行不行"
    r"|(在这里?|在这儿|在你们这里?)(提交|登记|投诉|报)(一下)?(行吗|行不行|成吗|成不成|可以吗|可不可以|好吗|中不中)"
    # the wrong itself named right after the verb: "举报拖欠农民工工资", "投诉克扣工资"
    r"|(投诉|举报|反映)(拖欠|克扣|欠薪|恶意欠薪|欠发|不发|拖着不发)"
    # 报 a wage case ("我要报欠薪案子", "帮我报个案", "报案欠薪"); never 报销, 报名, 报税 or 报警
    r"|(我要|我想要|我想|帮我|给我|替我|我们要|我们想)(去|来|在这里?)?报(个|一个)?(欠薪|拖欠|案子|案)"
    r"|报案.{0,2}(欠薪|拖欠|工资)"
    # 申报 of a wage claim ("我想申报欠薪", "帮我申报一下被拖的工钱"); never 申报个税, 申报工伤 or 社保
    r"|(我要|我想要|我想|我们要|我们想|帮我|给我|替我|帮忙|请)(现在|马上|直接|就|今天)*申报(一下)?(个|一个)?(欠薪|拖欠|被拖|工资|工钱|欠款|这个事|这事)"
    # the service asked to take it up: "要求处理欠薪问题", "请求劳动监察介入", "我想让你们管一管",
    # "你们看着办吧 帮我们讨个公道", "麻烦你们受理", "请你们出面帮我们要工资"
    r"|(要求|请求|请|麻烦|希望|想让|让|求)(你们|劳动监察|监察大队|劳动局|人社局|政府|有关部门)?(来|帮忙|出面)?"
    r"((处理|受理)(一下)?(欠薪|拖欠|这个|这事|我|吧|$)|(介入|管一管|管管|出面|查处|做主))"
    r"|(帮|替)(我|我们|俺|俺们)?(讨|讨回|主持)(个)?公道"
    # "请帮忙受理一下 工地上的工钱拖了大半年" (not "请问受理要多久"), "大家商量好在你这报"
    r"|(请|麻烦|帮忙)(你们)?(帮忙)?受理(一下|下)(?!要|需|多)"
    r"|(在|到|来)(你这|你们这|这里|这儿)(儿|里)?(报|登记)(个|一下|吧|上)?$"
    # pay got back: "我想搵你哋帮手追返啲人工"
    r"|(帮|帮手|帮忙|帮我|帮我们)(追返|追回|讨回|要回|追讨|讨)(些|啲|我的|我们的)?(工资|工钱|欠薪|钱)"
    # the wrong told to this service: "我想告诉你们 老板欠了我三个月工资"
    r"|(想|要)(告诉|跟|和)(你们|你)(说|讲|反映)?.{0,12}(欠|拖欠|克扣|不发|没发|不给)(了|着)?.{0,6}(工资|工钱|钱|薪)"
    # "把我们这个欠薪的事情记下来交给劳动监察": have it written down and passed on
    r"|(记下来|记录下来|登记下来|记一下|记上).{0,4}(交给|转给|报给|交到|转到|送到)"
)
# handed over to whoever deals with it, the thing named or not: "麻烦你们把我的事转给劳动监察大队",
# "帮我登上去", "替我们递上去", "帮我把材料交到监察那边", "你们帮我转到处理欠薪的部门去"
_HAND_OVER = re.compile(
    r"(^把.{1,16}?|(帮|替|给|麻烦|(?<!申)请|(?<![要请])求|我要|我想|我们要|我们想|(?<!不)(?:打算|准备|决定))"
    # a time said before it: "我想现在就把老板欠钱的事报上去", "我们今天就要把这事报上去"
    r"(我|我们|俺|俺们|你们|忙|帮忙|一下|现在|今天|马上|立刻|直接|赶紧|就|要)*(把.{1,16}?)?)"
    r"(记下来|记录下来|记上|登记下来|写下来)?(递上去|报上去|登上去|反映上去|交上去|往上报|往上递|上报|递上)"
    # to an office named (or "whoever deals with it"): "你们记录好交给监察处理", "你帮我记好然后送到管欠薪的部门"
    r"|(^把.{1,16}?|(帮|替|麻烦|(?<!申)请|(?<![要请])求|你们|你)(我|我们|俺|俺们|你们|忙|帮忙|一下)*(把.{1,16}?|.{0,6}?))"
    r"(转给|转交给?|交给|交到|递交给?|报给|报到|转到|送到|反映给|反映到|递到|移交给?)"
    r".{0,12}?(监察|劳动局|人社|劳动部门|有关部门|相关部门|上面|上级|管(这个|这事|欠薪|工资|这种事)的|处理的|处理欠薪|政府)"
)
# asked of this service outright, which no how-word undoes ("能不能替我们把欠薪的事递上去"); "你们会把
# 材料交给监察吗" asks what happens
_ASKED_OUTRIGHT = re.compile(r"^把|帮|替|麻烦|(?<!申)请|(?<![要请])求|我要|我想|我们要|我们想")
# the chat commands typed as text ("/complain" reaches the matcher through `faq ask`), their
# pinyin and the bare words of the menu
_COMMANDS = {
    **dict.fromkeys(
        ("complain", "complaint", "report", "jubao", "举报", "投诉", "登记", "立案"), "complaint"
    ),
    **dict.fromkeys(
        ("status", "progress", "jindu", "进度", "chajindu", "工单", "我的工单", "查工单"), "progress"
    ),
    **dict.fromkeys(("human", "agent", "staff", "person", "人工", "客服", "真人", "人工客服"), "human"),
}

# An employer (or anyone) asking who complained: "我是公司的人事…能不能告诉我是谁投诉的". It is
# neither a complaint nor a progress request; the privacy entry answers it.
_WHO_COMPLAINED = re.compile(
    r"(是谁|谁|哪个|哪位|哪些人|什么人)(在你们这里?|在这里?|在网上|去|来)?.{0,6}(投诉|举报|告|反映|登记)(的|了|我们|我|公司|我司|我们公司)"
    r"|(投诉|举报|反映)(人|者|的人)(是谁|是哪个|是哪位|叫什么|的名字|的姓名|的信息|的电话|的身份|的资料)"
    r"|(告诉|透露|查一下|查查|说一下|问一下).{0,4}(是谁|谁)(投诉|举报|告|反映)"
)


# a wish of one's own said in a clause: "我想喺度投诉佢" (not "工友让我一起投诉", "投诉完老板给了一半")
_WISH_VERB = re.compile(
    r"(想|要|来)(一起|一块|集体|直接|正式|在这里?|在线上|在网上)?(投诉|举报|登记|反映|告|提交|立案|报)"
)
_OWN_WISH = re.compile(
    r"(我|俺|阮|偶|额|阿拉|我们|我哋|咱)(们)?(也|就|还是|真的|只)?(要|想|欲|打算|准备|决定|系想)"
    # (not 我 of a relative's: "我替我爸填了投诉信息" tells what was done for him)
    r"|(帮我|给我|替我)(?!(爸|妈|哥|姐|弟|妹|爷|奶|老公|老婆|爱人|儿子|女儿|朋友|同事|老乡|家)[^投举登反告]{0,3}(填|交|提交|登记)(了|过|完))"
    r"|帮帮|帮忙|请|麻烦|开始|现在就|马上|立刻|^(想|要)"
    # asking leave to, about one's own wages: "可以投诉吗 老板欠我钱"
    r"|(可以|能|能不能|可不可以)(在这里?|在这儿)?(投诉|举报|登记)|" + _WISH_VERB.pattern
)


# this service named as where it is done: "怎么在这里直接提交", "在这上面咋登记"
_HERE = re.compile(r"在这里?|在这儿|在这上面|在你们?这")


def says_a_wish(norm: str) -> bool:
    """A wish of one's own to complain is said ("现在就想提交", "我要投诉"), or this service is
    named as where to do it ("怎么在这里直接提交")."""
    return bool(_OWN_WISH.search(norm) or _WISH_VERB.search(norm) or _HERE.search(norm))


# a complaint done, or someone else's idea: "投诉完老板给了一半", "工友让我一起投诉"
# (also one filled in: "我替我爸填了投诉信息")
_DONE_OR_ASKED_TO = re.compile(
    r"(投诉|举报|登记|反映)(完|了|过)|(让|叫|喊|拉)我.{0,4}(投诉|举报|登记|反映)"
    r"|(填|交|提交|登记)(了|完|过|好)的?.{0,4}(投诉|举报|登记)"
)


def no_wish_in(clause: str, whole: str) -> bool:
    """A clause naming a complaint is no request: the whole message asks what one would bring or
    another question (工友让我一起投诉，会不会被开除; …能要赔偿吗), or the clause tells of one
    done or asked of one (投诉完老板给了一半，剩下的怎么办), and no wish of one's own is said
    in the clause (我想…, 帮我…, 麻烦…, 可以投诉吗) nor a wish to complain in the whole."""
    if _OWN_WISH.search(clause) or _WISH_VERB.search(whole):
        return False
    return bool(
        _CONSEQUENCE.search(whole)
        or OTHER_QUESTION.search(whole)
        or _DONE_OR_ASKED_TO.search(clause)
        or _WHERE_TO.search(clause)
    )


# where to take it, asked at the end of a clause: "投诉哪", "举报去哪里"
_WHERE_TO = re.compile(r"(投诉|举报|反映|告)(去|到)?哪(里|儿)?(啊|呢|呀)?$")


def asks_who_complained(norm: str) -> bool:
    """A question after the person behind a complaint ("谁举报了我们公司"), not a request."""
    return bool(_WHO_COMPLAINED.search(norm))


_STATUS_FIRST = re.compile(r"先(看看|看一下|查查|查一下|问问)")


def detect_intent(norm: str) -> str | None:
    if not norm:
        return None
    if norm in _COMMANDS:
        return _COMMANDS[norm]
    if gives_case_no(norm):
        return "progress"
    english = english_intent(norm)
    if english is not None or norm == english_part(norm):
        return english
    # English request words inside Chinese read as Chinese ("我想report我老板")
    norm = chinese_reading(norm)
    if _WHAT_IT_DOES.search(norm):
        # "第一次用 朋友说能问政策 查进度 转人工 一共有哪几样功能": what the service does, asked
        return None
    if asks_for_person(norm):
        # "我想撤回之前的投诉 先看看它现在什么状态": where it stands first
        return "progress" if _STATUS_FIRST.search(norm) and asks_progress(norm) else "human"
    if asks_who_complained(norm) or cancels_unfinished(norm) or not_a_request(norm):
        return None
    if (asks_progress(norm) and not asks_generally(norm)) or asks_where_to_check(norm):
        return "progress"
    if (
        _COMPLAINT.search(norm) or _HAND_OVER.search(norm) or files_outright(norm) or may_i_file_here(norm)
    ) and not asks_how(norm):
        # files_outright: "工钱被拖的投诉怎么填写", where the model is unsure (0.26)
        return "complaint"
    return None


# (not the amount 两万一: twenty-one thousand)
_CONSEQUENCE = re.compile(
    r"会不会|会被|会报复|会知道|要是|如果|假如|(?<![0-9一二三四五六七八九十两几])万一|的话会|会怎么样|会怎样|会有什么"
    # "用他的名字帮他登记 会有问题吗"
    r"|会(有|出)(问题|影响|麻烦|风险|后果)"
)
_WANT = re.compile(
    r"(我要|我想要|我想|帮我|给我|替我|我们要|我们想)(正式|直接|马上|现在|就|去)?(投诉|举报|登记|立案|维权|控告)"
)


# a wish said with who is to do it or what is to be passed up, then "how do I start": still a request
_WISH_WITH_OTHERS = re.compile(
    # whether this service takes it: "老板不给钱，我想告他，你们这能接吗"
    r"(你们这里?|你们这儿|你们)(能|可以|能不能)(接|受理|办|管)(吗|不|$)|"
    r"(想|要|准备|打算)(集体|一起|一块儿?|联名|统一)(投诉|举报|登记|反映|告)"
    r"|(帮|替)(我|我们|俺|俺们)把.{1,12}?(报上去|往上报|上报|登记上)"
    r"|(记下来|记录下来|登记下来|记一下|记上).{0,4}(交给|转给|报给|交到|转到|送到)"
)


# a complaint about this service's own site or app ("我要投诉你们这个小程序老是闪退"): no wage complaint
# something else registered: "公司让我登记加班时间", "在工地登记了考勤"
_OTHER_REGISTER = re.compile(
    r"登记(了|过)?(的)?(加班|考勤|打卡|工时|信息|身份|个人信息|结婚|户口|住址|车辆|访客|出入|体温|名字)"
)
_COMPLAINT_WORD = re.compile(r"投诉|举报|告(?!诉)|反映|欠薪|立案")
_ABOUT_THIS_SERVICE = re.compile(
    r"(投诉|举报|反映)(一下)?(你们|你哋)(这个|的|这)?(网站|网页|小程序|系统|app|页面|公众号|软件|程序|服务号)"
)
# what this service can do, asked with the alternatives: "能在这里登记吗 还是只能问问题",
# "可以帮她登记欠薪吗 还能干啥", "除了咨询还能投诉吗": a question about the service, no request
_WHAT_IT_DOES = re.compile(
    r"还是只(能|可以|是)|只能(问|咨询)|还(能|可以|会)(干|做|办|帮)(啥|什么|嘛|些什么|哪些)|除了.{1,10}还(能|可以)"
    r"|(有|有些|有哪些)(什么|啥)?功能|都(能|可以)(干|做|办)(啥|什么|哪些)"
    # "你这里能做哪些事情", "一共有哪几样功能", "要输入什么命令", "还能干别的不", "这些在这里都能弄吗"
    r"|(能|可以)(做|干|办)(哪些|哪几样)|哪几(样|个|种)功能|全部功能|所有功能"
    r"|(输入|打|发)(什么|啥)(命令|指令|字|吗|呢|$)|(什么|哪个)(菜单|指令|命令)|(还|也)(能|可以)(干|做|办)别的"
    r"|这些.{0,6}都(能|可以)(弄|办|做)"
    # the commands asked for: "有哪些命令", "指令都有啥"
    r"|有(哪些|什么|啥)(命令|指令|菜单)|(命令|指令)(有哪些|是什么|有什么|都有啥|有啥)"
)


# a complaint declined: "我不想投诉 只想问问能不能拿回押金"
_NOT_WANTED = re.compile(
    r"(不想|不要|不打算|没打算|不准备|不是要|不是想|并不想|暂时不|先不)(去|在这里?)?(投诉|举报|登记|告|立案)"
)


# what becomes of one's details, asked: "这些信息谁能看到", "会不会泄露", "处理完能不能删掉"
_PRIVACY = re.compile(
    r"(信息|资料|身份证|手机号|电话|名字|姓名).{0,12}(谁能看|给谁看|谁看得到|谁会看|泄露|泄漏|外泄|保密|删掉|删除)"
    r"|(会不会|怕|担心).{0,4}(泄露|泄漏|外泄)|(能不能|可以|可不可以)(删掉|删除)"
)
# a complaint made against the asker: the employer ("员工在你们平台投诉了我们公司", "被员工举报了"),
# a worker complained of by a customer ("说是乘客投诉", "被客户投诉")
_AGAINST_ME = re.compile(
    r"(员工|工人|职工|前员工|离职员工|劳动者|手下|下属)(在|去|到|向|跑到)?.{0,8}(投诉|举报|告|反映)(了)?(我们|我司|本公司|公司|单位|老板|我)"
    r"|被(员工|工人|职工|前员工|乘客|客户|顾客|客人|业主|用户|买家|人)?(投诉|举报)"
    r"|(乘客|客户|顾客|客人|业主|用户|买家)(的)?(投诉|举报)"
)


def not_a_request(norm: str) -> bool:
    """No route is asked however a complaint is named: one's details asked about (who sees them, may
    they be deleted), or a complaint made against the asker (an employer, a worker a customer
    complained of), unless a wish to file is said outright or where it stands is asked (the employer
    following a complaint up gets the progress route)."""
    return bool(
        _PRIVACY.search(norm)
        or (_AGAINST_ME.search(norm) and not _WANT.search(norm) and not _WHERE_IT_STANDS.search(norm))
    )


# where the complaint stands, asked by the side complained of: "员工说在你们这投诉了我们 现在什么进展"
_WHERE_IT_STANDS = re.compile(r"进度|进展|处理到|到哪|状态|阶段|怎么样了")


def no_route_asked(norm: str) -> bool:
    """A complaint named but no route asked: who complained, one's details, a complaint against one."""
    return asks_who_complained(norm) or not_a_request(norm)


def asks_consequence(norm: str) -> bool:
    """What would follow asked ("帮朋友登记 用了他的名字 会有问题吗"), no wish said outright."""
    return bool(_CONSEQUENCE.search(norm)) and not _WANT.search(norm) and not _WISH_VERB.search(norm)


def about_this_service(norm: str) -> bool:
    """No wage complaint meant: a complaint about this service's own site or app, or one declined
    ("我不想投诉", with no wish said outright elsewhere)."""
    return bool(
        _ABOUT_THIS_SERVICE.search(norm)
        or _WHAT_IT_DOES.search(norm)
        or not_a_request(norm)
        or (_NOT_WANTED.search(norm) and not _WANT.search(norm))
        or (_OTHER_REGISTER.search(norm) and not _COMPLAINT_WORD.search(norm))
    )


def where_to_complain(norm: str) -> bool:
    """Where or how to complain, naming nothing but wages and a channel ("网上可以投诉欠薪吗")."""
    return asks_how(norm) and not about_this_service(norm) and channel_only(request_subject(norm))


def asks_how(norm: str) -> bool:
    """A question about complaining ("去哪里投诉", "投诉要带什么"), not a request to file one;
    also what would follow one ("我在这里投诉 老板会不会知道"), unless a wish is said outright;
    also a complaint about this service's own site or app, which files no wage complaint."""
    if about_this_service(norm):
        return True
    if asks_consequence(norm):
        return True
    if after_the_act(norm) and not _WANT.search(norm):
        # "在这登记欠薪后大概多久能处理好": what follows a complaint, asked in general
        return True
    return bool(
        _ASKING_HOW.search(norm)
        and not asks_to_file(norm)
        and not re.search(
            r"(我要|我想|(?:我|俺|我们)(?:就|是|还是|也|真的?|只)(?:要|想)|帮我|给我|替我|帮我们|在这里?|在这儿|在这上面|在你们?这里?|在你们?这儿|在网上|在手机上"
            r"|代我|代他|代她|帮他|帮她|替他|替她)(现在就|马上就?|立刻|现在|就)?(帮我|给我|帮他|帮她|帮忙)?(提交|递交|填个?|报个?)?"
            r"(投诉|举报|登记|立案|立个案|反映|报上去|往上报|上报)",
            norm,
        )
        and not re.search(r"(现在|马上|立刻|这就)就?(想|要)?(投诉?|举报|登记)(吧|了|啊)?$", norm)
        and not _WISH_NOW_OR_HERE.search(norm)
        and not may_i_file_here(norm)
        and not _WISH_WITH_OTHERS.search(norm)
        and not (_HAND_OVER.search(norm) and _ASKED_OUTRIGHT.search(norm))
        and not (_SUE_WISH.search(norm) and norm.endswith("怎么办"))
    )


# whether one may file here, asked: "能在这儿直接投诉吗", "欠薪的事可以在你们这直接报吗", "这里能直接填吗"
# (not another registration: "可以在这里登记失业吗"; nor a channel: "网上可以投诉欠薪吗" is an answer)
_MAY_I_HERE = re.compile(
    r"(能|可以|能不能|可不可以|能否)(直接)?(在|从)(这里?|这儿|这上面|你们?这里?|你们?这儿)(直接)?(投诉|举报|登记|提交|申报|报(?!销|名|警|税|到|考|价|账)|填|立案)"
    r"|(这里|这儿|这上面|你们这里?|你们这儿|你这里?|你这儿)(能|可以)(直接)?(投诉|举报|登记|提交|申报|报(?!销|名|警|税|到|考|价|账)|填|立案|受理).{0,6}?(吗|不|么|嘛)"
)
_OTHER_FILING = re.compile(
    r"失业|就业|社保|医保|参保|户口|居住证|结婚|考勤|加班|打卡|车辆|访客|营业执照|备案|工伤|仲裁|个税|纳税|进度|状态"
)


def may_i_file_here(norm: str) -> bool:
    """Whether one may file a complaint here, asked (a request to file here, as "在这里提交行吗")."""
    return bool(_MAY_I_HERE.search(norm)) and not _OTHER_FILING.search(norm)


# a wish said now or here, then what to hand in or how to fill it in: "我现在就要投诉 需要我提供什么",
# "我要在这告他 怎么填", "在这儿提交行吗"
_WISH_NOW_OR_HERE = re.compile(
    r"(现在|马上|立刻)就?(要|想)(投诉|举报|登记|立案)"
    r"|(我|我们)(就|也|真的?)?(要|想)(在这里?|在这儿|在你们这里?)(投诉|举报|登记|告(?!诉))"
    r"|(在这里?|在这儿|在你们这里?)(提交|登记|投诉|报)(一下)?(行吗|行不行|成吗|成不成|可以吗|可不可以|好吗|中不中)"
)


# a wish to take the employer on, then only "how do I go about it" ("我要告他，咋整")
_SUE_WISH = re.compile(r"(我|俺|我们)(就|也|真的?)?(要|想)告(他|她|他们|老板|公司|厂里|单位|工头|包工头)")


def asks_what_it_does(norm: str) -> bool:
    """A question what this service can do, with the alternatives ("还是只能问问题")."""
    return bool(_WHAT_IT_DOES.search(norm))
