"""Words for a trade that no listed alias holds: spoken words read in a listed word's category
(打灰 is 混凝土 work), the plain name of a job said in loose words (开大车: 货车司机), the trade a
platform or a courier brand stands for (滴滴: 网约车, 中通: 快递)."""

from __future__ import annotations

import re

# spoken words for a trade, each read in the category of a listed word for the same work:
# 打灰 (concrete and plaster on a site), 棒棒 (a Chongqing porter), 啤机 (a punch press, in
# Guangdong), 送桶装水 (delivering water)
SPOKEN_TRADES = {
    "打灰": "混凝土", "打混凝土": "混凝土", "浇筑": "混凝土", "扛水泥": "搬砖", "挑砖": "搬砖",
    "棒棒": "搬运", "扛包": "搬运", "扛大包": "搬运", "扛东西": "搬运", "下货": "装卸",
    "啤机": "冲床", "啤工": "冲床", "啤货": "冲床", "车衣": "车位", "踩衣车": "车位",
    "送桶装水": "送货", "送水": "送货", "送煤气": "送货", "装修房子": "装修",
    "卖衣服": "服装店", "卖服装": "服装店", "卖鞋": "服装店",
    "点心师傅": "厨师", "点心师": "厨师", "做点心": "厨师", "面点师": "厨师", "面点": "厨师",
    "做油漆": "油漆工", "搞油漆": "油漆工", "油漆活": "油漆工", "开小车": "司机", "开专车": "司机",
    "卸货": "装卸", "装车": "装卸", "卸车": "装卸", "跑长途": "货车司机", "拉面": "面馆", "打馕": "烘焙",
    "烤馕": "烘焙", "喷浆": "混凝土", "打隧道": "混凝土", "隧道": "工地", "打铁": "作坊",
    "疏果": "采摘", "疏花": "采摘", "授粉": "采摘", "嫁接": "采摘",
    # oysters shucked or farmed on the coast (开蚝: opening them for their meat)
    "开蚝": "养殖", "开生蚝": "养殖", "剥蚝": "养殖", "挖蚝": "养殖", "养蚝": "养殖", "蚝排": "养殖",
    # a household's helper called 阿姨 by what she does (Shanghai's 做阿姨 is working as one)
    "住家阿姨": "住家保姆", "家政阿姨": "家政", "钟点阿姨": "钟点工", "保洁阿姨": "保洁", "育儿阿姨": "育儿嫂",
    "做饭阿姨": "保姆", "烧饭阿姨": "保姆", "带娃阿姨": "育儿嫂", "做阿姨": "保姆",
    # a courier's round, said by what is carried: 送件, 派件, 揽件 (the parcels)
    "送件": "送快递", "派件": "送快递", "揽件": "快递", "跑件": "送快递", "送包裹": "送快递",
    # hair said by what is done to it: 剪头发, 剪头, 做头发, 烫头发 (a salon's work)
    "剪头发": "美发", "剪头": "美发", "做头发": "美发", "烫头发": "美发", "洗头发": "美发",
}  # fmt: skip
# the plain name of a job said in loose words, read back beside them so the worker and the staff
# see the same trade: "开大车" -> 开大车、货车司机, "下货" -> 下货、装卸工
PLAIN_JOB = {
    "开大车": "货车司机", "开货车": "货车司机", "跑长途": "货车司机", "开挂车": "货车司机", "开集卡": "货车司机",
    "拉货": "货车司机", "下货": "装卸工", "卸货": "装卸工", "装车": "装卸工", "卸车": "装卸工",
    "棒棒": "搬运工", "扛包": "搬运工", "扛大包": "搬运工", "扛东西": "搬运工", "拉面": "拉面师傅",
}  # fmt: skip
# a platform named as the work: the trade it stands for is said first ("跑滴滴" -> 网约车、滴滴)
PLATFORM_TRADE = {
    "滴滴": "网约车",
    "开滴滴": "网约车",
    "花小猪": "网约车",
    "曹操出行": "网约车",
    "货拉拉": "货运",
}
# a courier brand said where the worker works ("在中通的网点送件"): the trade it stands for is read
# back in its place, the brand is no trade (the employer's question asks who pays)
BRAND_TRADE = {
    brand: "快递"
    for brand in ("中通", "圆通", "韵达", "申通", "顺丰", "极兔", "百世", "京东物流", "德邦", "邮政")
}


# fit-out work done for a building named before it: "给云栖民宿整装修", "帮一家酒店做装修"
_FITTED_OUT = re.compile(r"(?:给|帮|替)[^，,。；;\s]{2,12}?(?:整|搞|做|弄|干)?(?:装修|装饰|翻新)")


def fitted_out(
    best: tuple[int, str, str], hits: list[tuple[int, str, str]], text: str, building: str | None
) -> tuple[tuple[int, str, str], str | None]:
    """Fit-out work told as done for a building ("给云栖民宿整装修") is building work, whatever
    the building is (a guesthouse, a hotel): (the hit that decides, the client's category, whose
    words are no trade of the worker's; None when the work is not told so)."""
    fit = _FITTED_OUT.search(text)
    if building is None or fit is None or best[2] == building:
        return best, None
    ours = [h for h in hits if h[2] == building and fit.start() <= h[0] < fit.end()]
    if not ours:
        return best, None
    return min(ours, key=lambda h: h[0]), best[2]
