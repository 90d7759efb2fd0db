"""Story reader gaps found on story set 6 (dev), tested on stories written for this file: who
is filing for whom in Cantonese and in other words for kin, a caller who worked beside the
relative, given names holding 旗/万/天/月, a name introduced as the name keeping its place, a
farmers' co-operative as a registered employer, the trade read outside the employer's name, a
crop picked as the trade, and a works project keeping its 项目."""

from __future__ import annotations

from datetime import date

import pytest

from bot.core.extract import Story
from bot.core.extract.name_reader import mandarin
from bot.core.extract.people import find_self_name
from bot.core.intake.fields import FormContext, parse
from bot.core.types import Incoming
from tests.story_reading import read_story, story_value

TODAY = date(2026, 11, 30)


def _story(text: str) -> Story:
    return read_story(text, TODAY)


def _value(text: str, field: str) -> object:
    return story_value(text, field, TODAY)


@pytest.mark.parametrize(
    ("text", "worker", "relative"),
    [
        # Cantonese kin words and pronouns: 细佬 (younger brother), 佢 (he), 喺 (at)
        (
            "我想帮我细佬投诉。佢叫陈家豪，喺南海区一间五金厂做车床，老细欠佢三个月人工，我电话13711112222",
            "陈家豪",
            "弟弟",
        ),
        ("帮我家姐登记下，佢叫黎美玲，喺酒楼做楼面，欠咗佢一万二", "黎美玲", "姐姐"),
        ("我老豆喺工地做泥水，佢叫何伟强，包工头走佬咗，欠佢四万", "何伟强", "父亲"),
        # other words for kin: 男人 (husband), 俺爹 (father)
        ("替俺爹问问，他叫孙长贵，在砖厂干了半年一分钱没给", "孙长贵", "父亲"),
        ("我男人叫周大勇，在工地扎钢筋，老板欠他三万，我帮我男人投诉", "周大勇", "丈夫"),
    ],
)
def test_who_is_filed_for(text: str, worker: str, relative: str) -> None:
    story = _story(text)
    assert story.fields["worker_name"].value == worker
    assert story.relative == relative


@pytest.mark.parametrize(
    "text",
    [
        # the caller worked beside the relative: both are owed, the caller files as the worker
        "我和我男人两口子在监利县帮人种藕，老板欠我们俩六万，我叫许春花，我男人叫刘长江，电话13277160000",
        "我跟我老婆两个在东莞长安镇电子厂上班，我老婆叫覃丽，我叫韦小军，两个月工资没发",
    ],
)
def test_caller_who_worked_beside_the_relative_is_the_worker(text: str) -> None:
    story = _story(text)
    assert story.relative is None
    assert story.fields["worker_name"].value in ("许春花", "韦小军")


def test_cantonese_reads_as_mandarin_at_the_same_places() -> None:
    said = "佢喺度做嘢，係佢嘅事，畀咗八千，唔肯畀"
    spoken = mandarin(said)
    assert len(spoken) == len(said)
    assert spoken.startswith("他在度做嘢，是他的事，给了八千，不肯给")


@pytest.mark.parametrize("name", ["赵红旗", "王万里", "张天明", "李明月", "刘千里", "马路遥", "陈百川"])
def test_given_names_holding_place_and_number_words(name: str) -> None:
    assert _value(f"俺叫{name}，电话13612345678，工地上欠俺们两个月工资", "worker_name") == name
    found = find_self_name(f"我叫{name}电话13612345678")
    assert found is not None and found.value == name


@pytest.mark.parametrize(
    "text",
    [
        "我叫王明一个月五千欠了三个月",  # a run of words: the name stops before the talk
        "我是达拉特旗人，在工地干活",  # where one is from
        "我叫华美电子厂的老板还钱",  # a factory, no name
    ],
)
def test_no_name_read_from_talk(text: str) -> None:
    found = find_self_name(text)
    assert found is None or found.value == "王明"


@pytest.mark.parametrize(
    ("text", "employer"),
    [
        # the name introduced as the name keeps its place
        (
            "我是城南小树苗幼儿园的保育员，欠了三个月工资，营业执照上的全称是望城区城南街道小树苗幼儿园",
            "望城区城南街道小树苗幼儿园",
        ),
        ("在一家饭店帮厨，饭店叫永川区胜利路老味道饭店，欠我五千", "永川区胜利路老味道饭店"),
        # a farmers' co-operative is registered: its county stays, whoever said it
        (
            "在中宁县的枸杞园子摘了一个月枸杞 宁夏中宁县红宝枸杞种植专业合作社欠我们四千",
            "宁夏中宁县红宝枸杞种植专业合作社",
        ),
        (
            "那个合作社叫盐池县滩羊养殖专业合作社 放了半年羊 一分钱没给",
            "盐池县滩羊养殖专业合作社",
        ),
    ],
)
def test_name_as_introduced(text: str, employer: str) -> None:
    assert _value(text, "employer_name") == employer


def test_address_before_a_shop_is_still_dropped_when_said_in_passing() -> None:
    assert _value("我们是南昌县莲塘镇小太阳幼儿园的保育员，三个月工资没发", "employer_name") == "小太阳幼儿园"


@pytest.mark.parametrize(
    ("text", "words", "category"),
    [
        # the trade said outside the employer's name, not a word inside it
        (
            "我们在园子里摘枸杞的 合作社叫中宁县杞乡红枸杞种植专业合作社 一天一百五 欠了四十天的钱",
            "摘枸杞",
            "农、林、牧、渔业",
        ),
        ("在深圳华强电子科技有限公司当保安，欠我两个月工资", "保安", None),
        # a crop picked or cut is farm work, whatever the crop
        ("在果园里摘蓝莓 老板欠了我们三千", "摘蓝莓", "农、林、牧、渔业"),
        ("去年冬天在崇左砍甘蔗 工钱还差八千", "砍甘蔗", "农、林、牧、渔业"),
    ],
)
def test_trade_as_said(text: str, words: str, category: str | None) -> None:
    story = _story(text)
    assert words in str(story.fields["industry"].value)
    if category is not None:
        assert story.industry_category == category


@pytest.mark.parametrize(
    ("text", "project"),
    [
        # a works project: 项目 is part of its name
        ("跟着包工头在伊金霍洛旗的聚能化工二期项目上干电焊，欠我们二十万", "聚能化工二期项目"),
        ("在县人民医院新院区建设项目干了五个月，工资没结", "县人民医院新院区建设项目"),
        ("我们在城南污水管网改造项目挖沟，欠八万", "城南污水管网改造项目"),
        # an estate: 项目 only labels it
        ("在龙岗那边的星河丹堤二期项目做泥水工，欠我一万", "星河丹堤二期"),
        ("在翠屏湾三期项目做木工，老板欠钱", "翠屏湾三期"),
        ("在锦湖湾三期工地支模，欠我两万", "锦湖湾三期"),
    ],
)
def test_project_as_said(text: str, project: str) -> None:
    assert _value(text, "project_name") == project


@pytest.mark.parametrize(
    ("text", "employer"),
    [
        # the main contractor introduced as such answers for a crew's pay, whatever its name's form
        ("在江夏区的光谷科创园项目干木工，总包是中建三局，包工头叫刘建军，欠我们八个人三十万", "中建三局"),
        (
            "在天府新区的麓湖项目扎钢筋，劳务分包是四川蜀工劳务有限公司，总包是中国五冶集团有限公司，欠我三万",
            "中国五冶集团有限公司",
        ),
        # a sub-contractor alone stays who owes
        (
            "在良渚的商业综合体项目干电工，劳务分包是浙江鼎力机电安装有限公司，欠我们两万",
            "浙江鼎力机电安装有限公司",
        ),
    ],
)
def test_main_contractor(text: str, employer: str) -> None:
    assert _value(text, "employer_name") == employer


@pytest.mark.parametrize(
    ("text", "hint"),
    [
        # a surname with a title after the role is who owes, asked in full with one tap
        ("包工头王师傅一直不给钱，在工地干了半年，一共四万二", "王师傅"),
        ("跟着包工头王哥在工地干了三个月 欠我一万五", "王哥"),
        # 老板 after a role is no nickname: the nickname after it is ("分包老板老赵跑了")
        ("我们班组15个人在东丽区的工地干了四个月，分包老板老赵跑了，欠我们二十万", "老赵"),
    ],
)
def test_who_owes_by_a_title(text: str, hint: str) -> None:
    story = _story(text)
    assert story.employer_hint == hint
    assert "employer_name" not in story.fields


def test_work_done_ends_the_place() -> None:
    assert (
        _value("王哥带我们在余杭区搞装修，王哥全名叫王建平，欠我们五个人四万块", "work_location") == "余杭区"
    )


@pytest.mark.parametrize(
    ("text", "worker"),
    [
        # the full name told right after a short one
        ("我叫阿强，全名叫黄志强，在厚街镇一间鞋厂做针车，欠我两个月工资一万四", "黄志强"),
        ("我叫小敏 大名是陆晓敏 在奶茶店干了两个月 工资没给", "陆晓敏"),
        # a voice message: where the caller is from, then the name, with no pause
        ("你好我是贵州毕节人叫杨德才在深圳光明区一个工地搬砖包工头欠了我一万一", "杨德才"),
    ],
)
def test_self_name(text: str, worker: str) -> None:
    assert _value(text, "worker_name") == worker


@pytest.mark.parametrize(
    ("text", "employer", "hint"),
    [
        # the name told before the role
        ("在蜀山区搞水电安装，给一个叫周强的包工头干，他欠我一万五", "周强", None),
        # a single character after the role is a surname only when introduced (干 is the work)
        ("在蜀山区的工地上给包工头干，干了三个月，欠我一万五", None, None),
        # a nickname of the brothers' order is asked in full
        ("在光明区一个工地搬砖 包工头叫杨老三 欠了我一万一", None, "杨老三"),
    ],
)
def test_who_owes_named_with_the_role(text: str, employer: str | None, hint: str | None) -> None:
    story = _story(text)
    assert _value(text, "employer_name") == employer
    assert story.employer_hint == hint


@pytest.mark.parametrize(
    ("text", "words", "category"),
    [
        # spoken words for a trade, in the category of the listed word for the same work
        ("俺在郑州管城区一个工地上打灰，干了四个月，包工头欠俺一万六", "打灰", "建筑业"),
        ("我在渝北区当棒棒，老板欠我三千", "棒棒", "交通运输仓储和邮政业"),
        ("我在东莞塘厦镇一个五金厂啤机，厂里欠我两个月", "啤机", "制造业"),
        ("我在海淀区送桶装水，水站老板欠我三个月工资", "送桶装水", "交通运输仓储和邮政业"),
    ],
)
def test_spoken_trade(text: str, words: str, category: str) -> None:
    story = _story(text)
    assert str(story.fields["industry"].value).startswith(words)
    assert story.industry_category == category


@pytest.mark.parametrize(
    ("text", "location"),
    [
        # a Dongguan town said alone is written once, with its city
        ("我们厂叫鑫达，全称是东莞市鑫达五金制品有限公司，在长安镇，欠我两个月工资", "东莞市长安镇"),
        ("在长安镇一个电子厂上班，欠我两个月", "东莞市长安镇"),
        # a village not named is no place
        ("我们在村里的养鸡场干活，老板叫刘德胜，欠我们三个人两万", None),
    ],
)
def test_work_place_words(text: str, location: str | None) -> None:
    assert _value(text, "work_location") == location


@pytest.mark.parametrize(
    ("text", "employer", "hint"),
    [
        # any kind of workplace with its name introduced by 叫
        ("我在锦江区的一个民宿做保洁，民宿叫云栖小院，老板欠我两个月", "云栖小院", None),
        # a surname with 姐/哥 who runs the place or owes: asked in full with one tap
        ("我在张姐开的美甲店上班，店在江北区观音桥，她欠我三个月工资", None, "张姐"),
        ("我跟着李哥在工地干，李哥欠我一万", None, "李哥"),
    ],
)
def test_who_owes_in_other_words(text: str, employer: str | None, hint: str | None) -> None:
    story = _story(text)
    assert _value(text, "employer_name") == employer
    assert story.employer_hint == hint


@pytest.mark.parametrize(
    ("text", "worker"),
    [
        # a voice message runs on past the name: the name ends where the talk starts again
        ("那个我在合肥包河区一家饭店洗碗干了两个月老板不给钱我叫汪秀英一个月三千五", "汪秀英"),
        ("在工地干了三个月我叫王芳一天两百", "王芳"),
    ],
)
def test_name_in_a_message_with_no_pauses(text: str, worker: str) -> None:
    assert _value(text, "worker_name") == worker


@pytest.mark.parametrize(
    ("text", "worker"),
    [
        # a name plainly introduced with no common surname: read whole
        ("我在拉萨城关区一个工地做钢筋，我是四川人，我叫泽仁多吉，包工头欠我四万", "泽仁多吉"),
        ("我叫买买提·艾力，在乌鲁木齐水磨沟区一个饭馆做拉面，老板欠我两个月", "买买提·艾力"),
    ],
)
def test_names_without_a_common_surname(text: str, worker: str) -> None:
    assert _value(text, "worker_name") == worker


@pytest.mark.parametrize("text", ["我叫一声老板他也不理", "我叫他们去要工资，老板欠我们三万"])
def test_no_whole_name_from_talk(text: str) -> None:
    assert _value(text, "worker_name") is None


def test_one_character_before_de_is_no_part_of_the_place() -> None:
    text = "在佛山顺德区北滘镇美的的供应商厂里做装配，欠我两个月"
    assert _value(text, "work_location") == "佛山顺德区北滘镇"


def test_renovating_a_house_is_said_whole() -> None:
    assert (
        _value("我和工友在太原小店区给一个老板装修房子，老板叫郝建军，装完了钱不给", "industry") == "装修房子"
    )


@pytest.mark.parametrize(
    ("answer", "employer"),
    [
        # story set 7: the words saying where the name is written are no part of it
        ("营业执照上是重庆巴渝老灶餐饮管理有限公司", "重庆巴渝老灶餐饮管理有限公司"),
        ("办学许可证上是绵阳市涪城区启航文化艺术培训学校", "绵阳市涪城区启航文化艺术培训学校"),
        ("俏佳人，营业执照上写的是南明区俏佳人服饰店，老板叫王丽", "南明区俏佳人服饰店"),
        ("执照上写着昆明滇池汽车维修有限公司", "昆明滇池汽车维修有限公司"),
        ("全称是佛山市顺德区美家家具厂", "佛山市顺德区美家家具厂"),
        ("合同上写的是湖南长丰劳务有限公司，老板是刘强", "湖南长丰劳务有限公司"),
        ("公司名字叫杭州云帆物流有限公司", "杭州云帆物流有限公司"),
        ("营业执照上写着南明区俏佳人服饰店在中华北路", "南明区俏佳人服饰店"),
        ("营业执照是晋江市鸿运鞋业有限公司", "晋江市鸿运鞋业有限公司"),
        ("合同上写嘞郑州速达通劳务服务有限公司", "郑州速达通劳务服务有限公司"),  # Henan 嘞 for 的
        ("宏达，公司在龙岗", "宏达，公司在龙岗"),  # no lead-in: kept as said
    ],
)
def test_employer_answer_after_where_the_name_is_written(answer: str, employer: str) -> None:
    ctx = FormContext(settings=None, kb=None, today=TODAY)
    parsed = parse("employer_name", Incoming(channel="web", user_key="u", text=answer), ctx)
    assert getattr(parsed, "value", parsed) == employer


@pytest.mark.parametrize(
    "text",
    [
        "你好，阮是晋江陈埭镇鸿运鞋厂做针车的。老板讲货款还没收到，叫阮等，等到今嘛伊人都找不到。",
        "老板一直叫阮等，阮厂里三十几个人都没拿到钱。",
    ],
)
def test_minnan_we_is_no_surname(text: str) -> None:
    # Minnan 阮 is "we" (story set 7): "叫阮等" is "told us to wait", not a worker named 阮等
    assert _value(text, "worker_name") is None


def test_a_worker_surnamed_ruan_keeps_the_name() -> None:
    assert _value("我叫阮文杰，在鞋厂做了三个月，工资没发", "worker_name") == "阮文杰"


def test_our_station_is_no_employer_name() -> None:
    # story set 7: "俺们站点" (Henan "our station") is a kind of workplace, not the employer's name
    text = "俺是在金水区送外卖嘞 俺们站点是速达通嘞 站长叫老郭 十月份嘞工资六千三百八 一直没给"
    assert _value(text, "employer_name") != "俺们站点"


def test_line_leader_names_herself_after_minnan_we() -> None:
    # story set 7: 拉长 (a shoe-factory line leader) is the worker's role before her name
    text = "你好，阮是晋江陈埭镇鸿运鞋厂做针车的，我是拉长林秀琴。老板叫阮等，等到今嘛伊人都找不到。"
    assert _value(text, "worker_name") == "林秀琴"
