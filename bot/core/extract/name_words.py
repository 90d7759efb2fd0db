"""Word lists for reading people: common surnames, relatives and fellows one complains for, and
the titles a person is called by ("周大爷") that are no name."""

from __future__ import annotations

import re

# common surnames (single, then compound); a name must start with one
SURNAMES = set(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
    "姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
    "常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季"
    "裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦"
    "戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻"
    "苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练"
    "廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿"
    "鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由"
    "赖丘阎荀凤竺习郦蔚扶暴缑糜郗訾谯逄贲隗仉滑"
)
COMPOUND = (
    "欧阳",
    "司马",
    "上官",
    "诸葛",
    "东方",
    "皇甫",
    "尉迟",
    "公孙",
    "慕容",
    "令狐",
    "长孙",
    "宇文",
    "司徒",
    "夏侯",
)

RELATIVES = {
    "妈": "母亲", "妈妈": "母亲", "老妈": "母亲", "母亲": "母亲", "娘": "母亲",
    "爸": "父亲", "爸爸": "父亲", "老爸": "父亲", "父亲": "父亲", "爹": "父亲",
    "老公": "丈夫", "丈夫": "丈夫", "爱人": "配偶", "老婆": "妻子", "媳妇": "妻子", "妻子": "妻子",
    "儿子": "儿子", "女儿": "女儿", "哥": "哥哥", "哥哥": "哥哥", "弟": "弟弟", "弟弟": "弟弟",
    "姐": "姐姐", "姐姐": "姐姐", "妹": "妹妹", "妹妹": "妹妹", "舅舅": "舅舅", "叔叔": "叔叔",
    "姑姑": "姑姑", "姨": "阿姨", "小姨": "阿姨", "表哥": "表哥", "表弟": "表弟", "侄子": "侄子",
    "外甥": "外甥", "亲戚": "亲戚", "公公": "公公", "婆婆": "婆婆", "岳父": "岳父", "丈母娘": "岳母",
    "舅": "舅舅", "叔": "叔叔", "大伯": "伯父", "伯伯": "伯父", "姑": "姑姑", "表姐": "表姐", "表妹": "表妹",
    "孩子": "子女", "小孩": "子女", "女婿": "女婿", "儿媳": "儿媳", "儿媳妇": "儿媳", "姐夫": "姐夫",
    "嫂子": "嫂子", "弟媳": "弟媳", "妹夫": "妹夫", "外公": "外公", "爷爷": "爷爷",
    "那口子": "配偶", "老伴": "配偶", "对象": "配偶", "孩子他爸": "丈夫", "孩子他妈": "妻子",
    "男人": "丈夫", "老头": "丈夫", "老头子": "丈夫", "婆娘": "妻子", "屋里人": "配偶",
    "堂哥": "堂兄", "堂弟": "堂弟", "堂姐": "堂姐", "堂妹": "堂妹", "侄女": "侄女", "外甥女": "外甥女",
    "孙子": "孙子", "孙女": "孙女", "大哥": "哥哥", "二哥": "哥哥", "三哥": "哥哥", "大姐": "姐姐",
    "二姐": "姐姐", "小弟": "弟弟", "小妹": "妹妹",
    # spoken in Guangdong and Hong Kong ("帮我细佬投诉", "我老豆喺工地做"), and the north (俺爹, 俺娘)
    "细佬": "弟弟", "家姐": "姐姐", "细妹": "妹妹", "阿哥": "哥哥", "阿姐": "姐姐", "阿妹": "妹妹",
    "老豆": "父亲", "老窦": "父亲", "阿爸": "父亲", "阿妈": "母亲", "老母": "母亲", "阿嫲": "奶奶",
    # 阿 before a family word in southern speech (Hakka, Cantonese, Minnan): 阿姑 is an aunt, no name
    "阿姑": "姑姑", "阿舅": "舅舅", "阿婶": "婶婶", "阿嫂": "嫂子", "阿嬷": "奶奶", "阿奶": "奶奶", "阿弟": "弟弟",
    "奶奶": "奶奶", "外婆": "外婆", "姥姥": "外婆", "姥爷": "外公",
    # the north-east's 老爹 / 老爷子 (father), Shanghai's 姆妈 (mother)
    "老爹": "父亲", "老爷子": "父亲", "姆妈": "母亲",
    # a spouse in northern speech (老爷们儿: husband, 老娘们儿: wife, 孩他爸 / 娃他妈), Minnan's 阿母
    # (mother) and 阿兄 / 阿姊 (brother, sister)
    "老爷们儿": "丈夫", "老爷们": "丈夫", "爷们儿": "丈夫", "老娘们儿": "妻子", "老娘们": "妻子",
    "孩他爸": "丈夫", "孩他妈": "妻子", "娃他爸": "丈夫", "娃他妈": "妻子", "老伴儿": "配偶",
    "阿母": "母亲", "阿兄": "哥哥", "阿姊": "姐姐",
    # Hunan's 爷老子 / 娘老子 (father, mother: "我帮我爷老子问")
    "爷老子": "父亲", "娘老子": "母亲",
    # an aunt or uncle in Wu and south-western speech: 嬢嬢 / 孃孃 / 娘娘 (an aunt), 娘舅 (mother's
    # brother), 爷叔 (father's younger brother); and the plain 姑妈, 姨妈, 伯母, 婶娘
    "嬢嬢": "姑姑", "孃孃": "姑姑", "娘娘": "姑姑", "娘舅": "舅舅", "爷叔": "叔叔", "姑妈": "姑姑", "姨妈": "阿姨",
    "伯母": "伯母", "婶娘": "婶婶", "表叔": "表叔", "表舅": "舅舅", "表姑": "姑姑", "表姨": "阿姨",
    "堂叔": "叔叔", "侄儿": "侄子", "外孙": "外孙", "外孙女": "外孙女",
    # both parents in one word ("替我爸妈问问"): two people owed, see pairs.py
    "爸妈": "父母", "爸爸妈妈": "父母", "父母": "父母", "爹妈": "父母", "爹娘": "父母", "老爸老妈": "父母",
}  # fmt: skip

# a relative said with their place among siblings: 二舅, 三叔, 大姨, 小姑, 幺叔 (Sichuanese 幺: the
# youngest), 四姨夫; and 大大 / 达达 / 爹爹, father in Gansu, Shaanxi and Henan speech ("我大大在砖厂")
_ORDERS = "大二三四五六七八九小幺老"
_BY_ORDER = {"舅": "舅舅", "叔": "叔叔", "姨": "阿姨", "姑": "姑姑", "伯": "伯父", "舅舅": "舅舅", "姨夫": "姨夫",
             "姑父": "姑父", "舅妈": "舅妈", "婶": "婶婶", "姨妈": "阿姨", "爸": "叔叔"}  # fmt: skip
# not 大叔 / 大婶 (how any older man or woman is called) nor 大姑 / 小姑 / 老姑 (大姑娘: a young woman)
_NOT_KIN = {"大叔", "大婶", "大姑", "小姑", "老姑", "大爸", "小爸", "老婶"}
for _order in _ORDERS:
    for _kin, _rel in _BY_ORDER.items():
        if _order + _kin not in _NOT_KIN:
            RELATIVES.setdefault(_order + _kin, _rel)
for _word, _rel in {"大大": "父亲", "达达": "父亲", "爹爹": "父亲", "舅妈": "舅妈", "婶婶": "婶婶", "婶子": "婶婶",
                    "姨夫": "姨夫", "姑父": "姑父"}.items():  # fmt: skip
    RELATIVES.setdefault(_word, _rel)

# not family, but one who complains for another the same way: "替我老乡问的，他叫…"
FELLOWS = {
    "老乡": "老乡",
    "工友": "工友",
    "同乡": "老乡",
    "同事": "同事",
    "朋友": "朋友",
    "兄弟": "兄弟",
    "邻居": "邻居",  # "帮邻居周大爷问的，他叫周德旺"
    "隔壁邻居": "邻居",
}
# a neighbour called by how they are addressed: "帮隔壁阿叔问个", "替对门大爷问问"
for _door in ("隔壁", "对门", "邻居家", "隔壁家"):
    for _elder in (
        "阿叔",
        "阿伯",
        "阿婆",
        "阿公",
        "阿姨",
        "大爷",
        "大叔",
        "大伯",
        "大妈",
        "大娘",
        "奶奶",
        "爷爷",
    ):
        FELLOWS.setdefault(_door + _elder, "邻居")

# a surname and one of these is how someone is called, not their name
TITLES = {
    "大爷",
    "大叔",
    "大妈",
    "大娘",
    "大姐",
    "大哥",
    "阿姨",
    "大伯",
    "伯伯",
    "叔叔",
    "奶奶",
    "爷爷",
    "婆婆",
    "阿婆",
}

# adverbs and fillers of everyday and dialect speech that follow a word and are never a given
# name: "老板钱硬是不给" (Sichuanese 硬是: really), "工头李楞是拖着", "老板张一直不接", "刘咋个办"
_FILLER_WORDS = (
    "硬是|楞是|愣是|就是|老是|总是|还是|也是|都是|又是|只是|光是|倒是|偏是|偏偏|可是|真是|怕是|尽是|净是|"
    "一直|一点|一分|一毛|根本|压根|始终|死活|从来|从不|到底|居然|竟然|确实|实在|反正|简直|咋个|啷个|哪个|"
    "么子|莫子|啥子|"
    # one character, only before the talk it leads: "王就不给", "李还没结" (王就明 is a name)
    "(?:咋|硬|楞|愣|就|还|也|都|又)(?=[不没莫冇拖欠是要给说在])"
)
FILLER = re.compile(rf"(?:{_FILLER_WORDS})")


def filler_after(word: str, size: int = 1) -> bool:
    """The characters after the first `size` (a surname) start a filler, not a given name:
    "钱硬是" (钱 + 硬是), "王就是", "张一直"; "钱志刚", "李光明" are names."""
    return FILLER.match(word, size) is not None


# how a person is called by the teller, a possessive before it: 阿拉嬢嬢 (Wu: my aunt), 我家老头,
# 俺爹, 他媳妇 — a relation, never a name
_POSSESSIVE = re.compile(r"^(?:阿拉|我家|俺家|我们家|咱家|自家|我|俺|侬|伊|他|她|额|阮)(?:的)?")


def kin_word(word: str) -> bool:
    """`word` names a relation (嬢嬢, 阿拉嬢嬢, 我老公, 二舅), a fellow or a title (大爷), no person."""
    bare = _POSSESSIVE.sub("", word)
    return bool(bare) and (bare in RELATIVES or bare in FELLOWS or bare in TITLES)
