"""What a route request is about: wage words (a complaint this service files), a customer's or a
taxpayer's complaint, an account of free time; and whole-word out-of-scope keywords. Patterns run on
normalised text (simplified, no punctuation, synonyms applied)."""

from __future__ import annotations

import re
from collections.abc import Iterable

# Words that can make a complaint or progress request a wage complaint (the only one this service
# files): pay, money owed, work, a boss or a workplace. "我要投诉" alone has none and still files
# one; "我要举报邻居违章建筑" has none and is someone else's business.
_WAGE = re.compile(
    r"欠|拖|(?<!退)钱|薪|工资|工费|活|干了|做了|干过|做过|(?<!返)厂(?!家|商)|老板|东家|公司|单位|社保|辞|开除|赔偿|补偿|合同|加班|扣"
    r"|结账|结算|工地|项目|包工|工头|劳动|劳务|上班|打工|员工|工人|工友|师傅|派遣|仲裁|工伤|监察|雇|请假|试用"
)
# Of those, the words a customer, a taxpayer or a victim of fraud uses as well ("燃气公司乱收费",
# "话费被乱扣", "被人骗了三万块钱", "快递拖了一周"): with no other wage word, the request keeps its
# route unless the model reads what it is about as an out-of-scope topic (knowledge_base/matcher.py).
# (a building site or a factory is a neighbour's word too: "工地晚上施工太吵", "厂里排的废气太臭")
_WAGE_WEAK = re.compile(r"拖|(?<!退)钱|公司|单位|扣|工地|(?<!返)厂(?!家|商)|项目")
_WAGE_STRONG = re.compile(
    r"欠|不给钱|没给钱|给钱|拖着.{0,6}不给|不发|没发|派费|提成|计件|底薪|绩效|全勤|薪|工资|工费|活|干了|做了|干过|做过|老板|东家|社保|辞|开除|赔偿|补偿|合同|加班|扣工|扣我工"
    r"|结账|结算|包工|工头|劳动|劳务|上班|打工|员工|工人|工友|师傅|派遣|仲裁|工伤|监察|雇|请假|试用"
)
_REQUEST_WORDS = re.compile(
    r"我们|我要|我想|要|想|帮我|给我|替我|请|麻烦|投诉|举报|反映|登记|立案|进度|进展|结果|查询|查一下|查|怎么|咋|现在"
    r"|之前|上周|前几天|处理|有消息|消息|怎么样|吗|呢|的|了|一下|我|在|那个|这个"
    r"|知道|问问|请问|你好|您好|啊|呀|吧|哪里|哪儿|去哪|在哪|去|到|弄|办|开始|找谁|谁|能|可以|该|应该|就"
)


# Free time named with what one did in it ("下班后去吃宵夜", "周末去爬山"), and no way to or from
# work: an accident then is no work injury, even though "下班后" is an entry's keyword. (On the
# way between work and home, 工伤保险条例 第十四条(六) can make it one: those words keep it.)
_LEISURE = re.compile(
    r"宵夜|夜宵|逛街|出去玩|去玩|旅游|唱歌|喝酒|聚会|聚餐|看电影|爬山|游泳|健身房|约会|打球|钓鱼|散步|跑步|兜风|自驾游"
)
_COMMUTE = re.compile(
    r"上班路上|下班路上|(?<![晚早])上下班|回家路上|回家的路|途中|去上班|上班的路|下班回家|通勤|下班的路"
)


# Shopping and leisure asked for, whatever labour word comes with it ("休年假去哪玩 推荐个路线",
# "给工人买雇主责任险 哪家保险公司便宜", "劳动节祝福语", "考勤机哪个牌子好"): a recommendation, a
# plan for free time, a greeting or an opening hour is never a labour-policy question.
_SHOPPING_OR_LEISURE = re.compile(
    r"推荐(个|一个|几个|一下|些)?.{0,4}(路线|地方|景点|攻略|游戏|电影|电视剧|牌子|餐厅|饭店|好吃|好玩|小说)"
    r"|(去|到)哪(里|儿)?(玩|旅游|旅行|度假)|(旅游|旅行|出游|出去玩|度假).{0,6}(人少|去哪|攻略|路线|景点)"
    r"|吃什么(好|比较|最好|健康|补|有营养)|哪个牌子|哪家(保险公司|店)?(便宜|划算|靠谱|实惠)|性价比"
    r"|值不值得买|值得买吗|祝福|写.{0,8}文案|门票"
    r"|(公园|商场|超市|景区|博物馆|动物园|游乐场|电影院)(几点|什么时候)(开门|关门)"
    # household help bought: "请钟点工打扫一次多少钱", "找个月嫂什么价"
    r"|(请|找|雇)(个|一个|位)?(钟点工|保姆|月嫂|育儿嫂|家政|保洁阿姨|护工).{0,12}(多少钱|什么价|价格|怎么收费|贵不贵|哪里找|哪家)"
)
# Other non-labour classes that borrow a labour entry's word:
_NOT_WORK = re.compile(
    # a date on the calendar ("今年除夕是几号"), not a day off ("春节放几天", "除夕上班几倍工资")
    r"(除夕|春节|中秋|端午|元旦|清明|国庆|劳动节|五一|元宵|重阳|七夕|冬至|母亲节|父亲节)(节)?"
    r"(是|在)?(几号|几月几|哪一?天|星期几|农历|阳历)(?!.{0,12}(放|休|上班|加班|工资|调休|补班|倍))"
    # a contract of buying, renting or borrowing ("买卖合同约定了仲裁"), not of work
    r"|(买卖|租赁|租房|借款|借贷|购房|买房|装修|承揽|加盟|购车|买车|商铺|供货|采购)合同"
    # a customer harmed by whoever served them ("服务员把汤洒我身上了")
    r"|(服务员|店员|售货员|收银员|快递员|快递小哥|外卖员|骑手|理发师|技师|美甲师|保洁|搬运工|维修工|保姆)"
    r"(不小心)?把.{0,10}(我|我家|我的|孩子)"
)
# school life ("老师体罚学生"), not students at work (实习, 暑假工)
_SCHOOL_LIFE = re.compile(r"体罚|霸凌|欺负|作业|成绩|考试|班主任|家长会|校服|开学|转学|升学|补课|罚站")
_STUDENTS_WORK = re.compile(r"实习|打工|兼职|暑假工|寒假工|勤工俭学|工作|学徒")
# a game's world ("游戏里角色受伤了怎么回血"): no one's work, whatever word of injury or pay it borrows
_GAME = re.compile(r"游戏|game|手游|网游|副本|回血|打怪|充值|段位|玩家|王者荣耀|吃鸡", re.IGNORECASE)
# neighbours' nuisance at home ("楼上装修天天吵", "邻居家漏水"): a neighbour dispute, not a labour one
_NEIGHBOUR_NUISANCE = re.compile(
    r"(?:楼上|楼下|隔壁|邻居|对门|邻里)(?:家|的|那家|人家)?.{0,8}?(?:吵|噪音|噪声|扰民|漏水|占道|堵门|乱停|养狗|装修)"
)
# a work relation named: a class above is then a labour question after all ("服务员把客人衣服弄脏了
# 要扣她工资吗")
_RELATION = re.compile(r"工资|工钱|辞退|开除|扣钱|罚款|员工|上班|老板|公司|单位|劳动|厂")
# the teller worked on the job ("我在楼上邻居家装修干活"): that is work after all
_WORKED_THERE = re.compile(r"干活|打工|做工|工钱|干了|帮工|雇我|请我")
# money left by the dead in a bank ("奶奶去世了 她存折里的钱银行不让取"), not benefits of insurance
_ESTATE = re.compile(r"存折|存款|存单|银行卡|定期")
_DEATH = re.compile(r"去世|过世|走了|死了|遗产|离世|过身")
_INSURED_BENEFITS = re.compile(r"社保|养老金|退休金|抚恤|丧葬|工伤|单位|公司|医保")
# a crime on the way to or from work with no one hurt ("下班回家路上手机被人抢了"): no work injury
_CRIME = re.compile(r"抢|偷|被盗|扒|诈骗|被骗|报警")
_HURT = re.compile(r"伤|撞|摔|骨折|住院|医|死|残|流血|缝针|砍|刺|打")
# A debt between businesses: money for a project or goods ("工程款被甲方拖欠", "客户欠货款") and no
# word of anyone's pay or work (a builder's "包工头说工程款没结 工资发不了" is a wage question)
_BUSINESS_MONEY = re.compile(r"工程款|结算款|货款|材料款|设备款|分包款")
_ANYONES_WORK = re.compile(
    r"工资|工钱|人工|薪|农民工|工人|工友|干活|干了|做了|打工|班组|包工头|工头|生活费|发不了|发不出|我们的钱|做工"
    r"|老乡|普工|民工|泥水|木工|焊工|钢筋|油漆|上班|员工"
)


# Harm done by someone outside any work relation: a road accident, a medical mistake, an assault,
# an animal. With no word of work, pay or a workplace ("交通事故十级伤残怎么赔", "医生误诊了能要
# 赔偿吗") it is a civil claim against whoever did it, not a work injury, however well the injury
# words fit the work-injury entries. Any word of work keeps it a labour question: the way to or
# from work (工伤保险条例 第十四条(六)), a rider, a driver at work, a workplace, a benefit of
# insurance (丧葬费 of an insured person who died in an accident). The insurer (保险公司) and the
# driver at fault (肇事司机) are no employer and no work.
_HARM_BY_OTHERS = re.compile(
    r"交通事故|车祸|被.{0,8}撞|撞(伤|倒|断|骨折|了人)|追尾|肇事|逃逸"
    r"|医疗事故|医疗纠纷|误诊|医院.{0,6}(赔|负责|责任)|(狗|猫)咬|咬伤"
    r"|被(人|别人|同学|邻居|他|她|他们|对方|小偷|醉汉|陌生人|路人|歹徒)打|把人打伤|打伤了人"
    # the civil law's own names of a tort's harm (民法典 第一千一百七十九条, 第一千一百八十三条);
    # 死亡赔偿金 and 残疾赔偿金 are left out: workers name a work injury's benefits so too
    r"|人身损害|人身伤害|精神损害|精神抚慰金"
)
_ANY_WORK = re.compile(
    r"工伤|公伤|工亡|因公|上班|下班|夜班|白班|加班|值班|班组|工作|单位|(?<!保险)公司|老板|东家|厂|工地|车间|工程|干活|打工|做工"
    r"|员工|职工|同事|工友|雇|外卖|骑手|快递|网约车|滴滴|闪送|货拉拉|平台|接单|跑单|送餐|送货|送件|派件|拉货|(?<!肇事)(?<!对方)司机|出差"
    r"|劳动|劳务|工资|工钱|社保|养老金|退休金|抚恤|丧葬|保安|保姆|护工|站点|网点|岗|医疗期|假|合同|辞|开除|仲裁"
    r"|停工留薪|伤残津贴|职业病"
)


def harmed_outside_work(norm: str) -> bool:
    """Harm done by another party (a road accident, a medical mistake, an assault, a bite) told
    with no word of work at all."""
    return bool(_HARM_BY_OTHERS.search(norm)) and not _ANY_WORK.search(norm)


# Subjects of another office that borrow an entry's words: the tax on pay ("实习工资两千五要交税
# 吗"), the size of one's pension ("养老金计算公式") and a retiree's own medical-insurance years
# ("退休了医保还要自己交几年"). They are asked of the tax office, the pension office and the
# medical-insurance office; an out-of-scope topic says where (with the nearest entries as buttons).
# A dispute with an employer named in them keeps the question a labour one: pay withheld in the
# name of tax, a pension made smaller by contributions the employer never paid, a work injury.
_TAX_ASKED = re.compile(
    r"个税|个人所得税|(交|缴|扣|纳|报|退|补|计|免|征|上)(个|点|多少)?税|起征点|专项附加扣除|汇算"
)
_PENSION_SIZE = re.compile(
    r"(养老金|退休金|退休工资|养老保险).{0,12}(怎么算|怎么计算|如何计算|计算公式|计算方法|公式|算法"
    r"|能(拿|领)多少|(拿|领)多少|有多少)|(怎么|如何)(计算|算)(养老金|退休金|退休工资)"
)
_RETIREE_MEDICAL = re.compile(r"退休")
_MEDICAL_YEARS = re.compile(
    r"(医保|医疗保险|医疗保险费).{0,16}(多少年|几年|年限|到什么时候|交到|缴到|要交|要缴|还交|还缴)"
    r"|(交|缴)(多少年|几年).{0,6}(医保|医疗保险)"
)
_EMPLOYER_DISPUTE = re.compile(
    r"欠|拖|不发|没发|少发|克扣|扣(我|了我)?.{0,4}工资|辞|开除|解除|仲裁|投诉|举报|赔|补偿|工伤|工亡|伤残|因公|抚恤|丧葬"
    r"|去世|死亡|(没|未|少|漏|停)(给|帮)?(交|缴|买|上)|不(给|帮)(交|缴|买|上)|补(交|缴)|断(交|缴)"
    r"|(没|不|未|不用)签"
)
# an employer named: the pension or the medical insurance of someone still at work
_EMPLOYER = re.compile(r"单位|公司|老板|厂|返聘|上班|合同|员工|职工社保")


# the word an out-of-scope topic's keywords hold for each office (knowledge_base/data/out_of_scope.yaml)
_OFFICE_KEYWORD = {"tax": "个税", "pension": "养老金怎么算", "medical": "医保局"}


def other_office(norm: str) -> str | None:
    """Tax on pay ("tax"), the size of a pension ("pension") or a retiree's medical-insurance
    years ("medical"), asked with no dispute with an employer (and, for the last two, no employer
    named); None otherwise."""
    if _EMPLOYER_DISPUTE.search(norm):
        return None
    if _TAX_ASKED.search(norm):
        return "tax"
    if _EMPLOYER.search(norm):
        return None
    if _PENSION_SIZE.search(norm):
        return "pension"
    if _RETIREE_MEDICAL.search(norm) and _MEDICAL_YEARS.search(norm) and "养老" not in norm:
        return "medical"
    return None


def other_office_subject(norm: str) -> bool:
    """A subject of the tax, pension or medical-insurance office (other_office)."""
    return other_office(norm) is not None


def office_topic(norm: str, topic_keywords: list[list[str]]) -> int | None:
    """The out-of-scope topic (index) of the office other_office reads, by its keywords."""
    office = other_office(norm)
    if office is None:
        return None
    word = _OFFICE_KEYWORD[office]
    return next((i for i, words in enumerate(topic_keywords) if word in words), None)


def not_a_labour_matter(norm: str) -> bool:
    """Shopping or leisure asked for, a debt between businesses, or harm done outside any work
    relation: no labour answer, whatever labour word the question uses."""
    return bool(
        _SHOPPING_OR_LEISURE.search(norm)
        or (_NOT_WORK.search(norm) and not _RELATION.search(norm))
        or (_GAME.search(norm) and not _RELATION.search(norm) and "工作" not in norm)
        or (
            _NEIGHBOUR_NUISANCE.search(norm) and not _RELATION.search(norm) and not _WORKED_THERE.search(norm)
        )
        or (_BUSINESS_MONEY.search(norm) and not _ANYONES_WORK.search(norm))
        or (
            _SCHOOL_LIFE.search(norm)
            and "学" in norm
            and not _STUDENTS_WORK.search(norm)
            and not _RELATION.search(norm)
        )
        or (_ESTATE.search(norm) and _DEATH.search(norm) and not _INSURED_BENEFITS.search(norm))
        or (_COMMUTE.search(norm) and _CRIME.search(norm) and not _HURT.search(norm))
        or harmed_outside_work(norm)
        or other_office_subject(norm)
    )


def off_duty(norm: str) -> bool:
    """An account of free time (a leisure activity named, no way to or from work)."""
    return bool(_LEISURE.search(norm)) and not _COMMUTE.search(norm)


# A customer's complaint: about a shop, a rider, a driver, a doctor, a school or the property
# management ("我想投诉外卖骑手把汤洒了", "投诉那个卖家").
_CUSTOMER = re.compile(
    r"(投诉|举报)(一下)?(那个|这个|那家|这家|那位|这位|一个)?"
    r"(外卖骑手|外卖|快递员|快递|网约车司机|出租车|司机|服务员|店员|售货员|收银员|医生|护士|医院|老师|学校|幼儿园"
    r"|物业|客服|商家|卖家|店家|网店|商场|超市|饭店|餐馆|银行|保险公司|中介)"
)


def customer_complaint(norm: str) -> bool:
    """A complaint a customer makes about whoever served them."""
    return bool(_CUSTOMER.search(norm))


# a request made for one's family ("我替我老公投诉一下", "帮我爸登记"): a worker's relative files for them
_FOR_FAMILY = re.compile(
    r"(帮|替|给|代)(我|俺)?(爸|妈|父亲|母亲|老公|老婆|媳妇|丈夫|妻子|爱人|儿子|女儿|闺女|哥|姐|弟|妹|舅|叔|姨|老乡|家里人)"
    r".{0,3}(投诉|举报|登记|反映|立案)"
)


# a case, a complaint or its handling named: without one (nor a wage word) "你吃饭了没" is chit-chat
_CASE_TALK = re.compile(
    r"诉|举报|登记|反映|立案|案|进度(?!款)|进展|受理|处理|编号|单号|工单|申请|材料|回复|回音|结果|消息|联系|下文|动静|跟进|催|查询"
    r"|(报|登)(的|了|过|上去)|告(?!诉)|有人管|管没|查了没|查了吗|查过没|查没查|投(了|过|的|上去)|在办|办了没|办没办|办结"
)


def speaks_of_a_case(norm: str) -> bool:
    """The message names a case or its handling: a progress request may be one (work and pay
    alone do not: "帮我看看这个合同有没有问题" follows no complaint)."""
    return bool(_CASE_TALK.search(norm))


def may_be_wage(norm: str) -> bool:
    """The request may be about unpaid wages (or other work): it keeps its route."""
    return bool(_WAGE.search(norm) or _FOR_FAMILY.search(norm))


def weak_wage_only(norm: str) -> bool:
    """The request's only wage words are ones a customer uses too (公司, 钱, 扣, 拖, 单位)."""
    return bool(_WAGE_WEAK.search(norm) and not _WAGE_STRONG.search(norm) and not _FOR_FAMILY.search(norm))


def request_subject(norm: str) -> str:
    """What a complaint or progress request is about, without the words of asking."""
    return _REQUEST_WORDS.sub("", norm)


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
