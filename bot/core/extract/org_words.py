"""The words of employers' names: the kinds of workplace a name ends in (公司, 厂, 店…), the
generic kinds that name no one ("一家电子厂"), the words saying the name is unknown or that there is
none, the platforms, and the registered legal forms."""

from __future__ import annotations

import re
from functools import lru_cache

from bot.core.extract.divisions import division_index

CJK = r"\u4e00-\u9fff"
ORG_SUFFIX = (
    "有限责任公司|股份有限公司|有限公司|集团公司|集团|分公司|公司|工厂|加工厂|厂|饭店|酒店|酒楼|酒家|餐厅|餐馆|"
    "饭馆|菜馆|面馆|饺子馆|馄饨馆|米粉馆|粉馆|粥馆|羊肉馆|牛肉馆|烧烤馆|串串馆|酒馆|咖啡馆|包子铺|早餐铺|烧饼铺|杂货铺|茶楼|茶餐厅|食堂|火锅店|奶茶店|超市|商场|商行|门店|专卖店|便利店|药房|店|宾馆|旅馆|会所|"
    "网吧|诊所|美容院|工作室|事务所|中心|物业|项目部|劳务队|施工队|工程队|车队|配送站|站点|网点|站|作坊|仓库|养老院|"
    "医院|学校|幼儿园|托儿所|培训机构|驾校|农家乐|农庄|度假村|农场|养殖场|养鸡场|养鸭场|养猪场|养牛场|养羊场|牧场|林场|茶场|渔场|合作社|"
    # a farm, a quarry or a yard told by what it grows or digs: "兴记蚝场", "宏远石料场", "金田蔬菜基地"
    "蚝场|鸡场|猪场|鸭场|鱼场|虾场|石料场|采石场|砂石场|石场|砂场|砖场|煤场|木材场|"
    "(?:蔬菜|种植|养殖|育苗|果蔬|水果|花卉|苗木|茶叶|农业)基地|商贸|科技|传媒|劳务|物流|快递|速运|速递|货运|家政|"
    "鞋业|服饰|制衣|电商|电器|电子|塑胶|五金|实业|贸易|建材|食品|纺织|家具|灯饰|皮具|玩具|模具|机电|机械|印务|餐饮"
)
# words before the suffix that leave a generic kind, not a name ("一家电子厂", "那个饭店")
GENERIC = re.compile(
    rf"^(?:一家|一个|一间|一爿|这家|那家|那个|这个|这间|那间|个|家|间|我们|我们的|俺们|俺们的|咱们|咱们的|他们|他们的|小|私人|黑|某某|某个|某|"
    # a pronoun's company is no name: "佢公司", "他家厂", "伊的店", "阮厂"
    rf"(?:他|她|佢|伊|渠|你|您|我|俺|阮|咱|侬|人家|佢哋|伊拉|渠们|他家|她家)(?:的|嘅|个|家)?"
    rf"(?:那|这|那个|这个|那家|这家|嗰间|间)?"  # "他那公司", "佢嗰间厂"
    # the company above the boss, spoken of by where it stands: "上面公司", "上头的公司", "总公司"
    rf"|(?:上面|上头|上边|上级|上家|后面|后头|背后|总)(?:的|个|嘅)?)?"
    rf"(?:电子|五金|服装|制衣|鞋|玩具|塑胶|印刷|家具|食品|纸箱|模具|机械|加工|工|包装|建筑|装修|劳务|快递|"
    rf"物流|外卖|餐饮|小|大|私人|黑|个体|家政|物业|科技|网络|理发|美发|发廊|火锅|奶茶|饭|面|小吃|烧烤|"
    rf"服装|水果|手机|药|洗车|修车|广告|装饰|保洁|保安|环卫|清洁|绿化|安保|电商|骑手|配送|公司|学校|医院|单位|厂里|工厂|厂|"
    rf"外包|承包|分包|转包|派遣|劳务派遣|人力|人力资源|中介|施工|工程|建设|"
    # a workshop told by what it makes ("袜子作坊", "豆腐作坊", "羽绒加工厂"): no name
    rf"[\u4e00-\u9fff]{{1,2}}(?=(?:作坊|加工厂)$)|)?(?:{ORG_SUFFIX})$"
)
# the worker says they do not know the name: no employer read from it ("公司叫啥子都不知道")
DONT_KNOW = re.compile(
    r"不知道|不晓得|不清楚|不记得|记不得|记不清|忘了|不懂|没问|没问过|啥子|什么|啥|哪个|哪家"
    # "don't know" in Minnan (毋知, 呣知), Cantonese (唔知, 唔记得) and Hakka (毋知)
    r"|毋知|呣知|唔知|唔记得|唔清楚"
    # "not sure" and "what" in northern speech: 闹不清是甚公司 (Shanxi 甚: 什么), 搞不清, 弄不明白
    r"|(?:闹|搞|弄|整)不(?:清|明白|懂)|甚(?:么|公司|厂|单位|名|地方)"
)


def balanced(value: str) -> bool:
    """Every bracket opened is closed: "跑单（光谷鲁巷站" is a fragment, not a name."""
    depth = 0
    for ch in value:
        if ch in "（(":
            depth += 1
        elif ch in "）)":
            depth -= 1
            if depth < 0:
                return False
    return depth == 0


# "没公司", "么有公司", "不是公司": the worker says there is none, no name (see says_no_org)
NO_ORG = re.compile(r"^(?:没|没有|么有|冇|没得|无|不是|不算|非)")
PLATFORMS = (
    "美团",
    "饿了么",
    "顺丰",
    "京东",
    "达达",
    "闪送",
    "货拉拉",
    "滴滴",
    "中通",
    "圆通",
    "韵达",
    "申通",
    "拼多多",
)

# a platform's or a courier brand's outlet ("中通网点", "美团站点", "顺丰快递驿站"): where the work
# is; the outlet is a franchise or contracted firm, which is who pays
_OUTLET = re.compile(
    rf"^(?:{'|'.join(PLATFORMS)})(?:快递|外卖|配送)?(?:网点|站点|驿站|配送站|分部|站)$"
    # a food-delivery platform's station, run by a franchisee: "美团胜利街站点", "饿了么蜂鸟站点"
    r"|^(?:美团|饿了么)(?:外卖|专送|众包)?[\u4e00-\u9fff]{0,5}?(?:站点|配送站|站)$"
)


def platform_outlet(value: str) -> bool:
    """ "中通网点", "美团站点": a brand's outlet, no employer's name."""
    return _OUTLET.match(value) is not None


# a registered form keeps the place in its name: a company, a group, a farmers' co-operative
LEGAL = re.compile(r"(?:有限公司|有限责任公司|股份有限公司|集团|合作社|联合社)$")


@lru_cache(maxsize=1)
def _places_like_no() -> re.Pattern[str]:
    """Place names that begin as a "none" does: 无锡, 无为, 无棣, 无极 (from the division data)."""
    full, short, upper, _, _ = division_index()
    names = sorted({n for n in (*full, *short, *upper) if NO_ORG.match(n)}, key=len, reverse=True)
    return re.compile("^(?:" + "|".join(map(re.escape, names)) + ")") if names else re.compile("(?!)")


def says_no_org(text: str) -> bool:
    """The answer says there is no company ("没公司", "无", "不是公司 是个人老板"), not a name
    that only begins so: "无锡优品电子商务有限公司" (a city), "非凡装饰有限公司" (a registered name)."""
    return bool(NO_ORG.match(text)) and not LEGAL.search(text) and not _places_like_no().match(text)
