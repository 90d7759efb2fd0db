"""Story reader gaps found on story set 5 (dev), tested on stories written for this file:
a rider's station or a courier's outlet is where, not who owes; a company's short name in
brackets after its registered one; the address before a school's or shop's name; a county
said without 县; a workmate complaining for someone they name; a full name after a nickname;
the work done ending the place; a trade no alias names."""

from __future__ import annotations

from datetime import date

import pytest

from bot.core.extract import Story, find_district
from bot.core.extract.named_for import find_named_for
from bot.core.intake.fields import employer_name_answer
from tests.story_reading import read_story, story_value

TODAY = date(2026, 11, 30)


def _story(text: str) -> Story:
    return read_story(text, TODAY)


def _value(text: str, field: str) -> object:
    return story_value(text, field, TODAY)


@pytest.mark.parametrize(
    ("text", "employer"),
    [
        # the station is run by the company named after it
        (
            "我在长沙岳麓区麓谷配送站点送外卖，站点是湖南飞驰人力资源服务有限公司承包的，九月十月两个月没发，一共一万一",
            "湖南飞驰人力资源服务有限公司",
        ),
        (
            "在芙蓉路网点送快递，网点归长沙速跑物流有限公司管，欠了我三个月工资",
            "长沙速跑物流有限公司",
        ),
        # the short name in brackets is no part of the registered one
        (
            "我在杭州滨江区做主播，签的是杭州云帆文化传媒有限公司（云帆传媒），欠我两万三",
            "杭州云帆文化传媒有限公司",
        ),
        # the address said before a kindergarten's or shop's name is where it is
        ("我们是南昌县莲塘镇小太阳幼儿园的保育员，三个月工资没发，每人六千", "小太阳幼儿园"),
        ("我在江宁区秣陵街道老方家菜馆当帮厨，欠我八千", "老方家菜馆"),
    ],
)
def test_who_owes(text: str, employer: str) -> None:
    assert _value(text, "employer_name") == employer


def test_registered_company_keeps_its_place() -> None:
    assert _value("我在芜湖市鸠江区保洁，归芜湖洁净物业服务有限公司管，欠我一万", "employer_name") == (
        "芜湖洁净物业服务有限公司"
    )


def test_a_station_alone_is_no_one_to_ask_when_its_boss_is_named() -> None:
    s = _story("我在平城区的飞毛腿网点送快递，网点老板老乔三个月没给钱，一共一万五")
    assert "employer_name" not in s.fields and s.employer_hint == "老乔"


def test_the_address_before_a_school_is_the_work_place() -> None:
    s = _story("我们是南昌县莲塘镇小太阳幼儿园的保育员，三个月工资没发，每人六千")
    assert s.district == "南昌县" and "南昌县" in str(s.fields["work_location"].value)


@pytest.mark.parametrize(
    ("text", "district", "place"),
    [
        ("老马带我们在习水修路，路修完了钱一直不给", "习水县", "习水县"),  # no 县, the trade after it
        ("我在南宁青秀区送外卖 两个月没发工资", "青秀区", "南宁青秀区"),
        ("在洪湖市瞿家湾镇王家村帮人看鱼塘 欠了半年工钱", "洪湖市", "洪湖市瞿家湾镇王家村"),
        ("我在观澜的鑫达五金厂做冲压 七月起没发工资", "龙华区", "龙华区观澜"),  # a town: its county
        ("在东莞长安镇的厂里做了三个月 欠我八千", "东莞市长安镇", "东莞市长安镇"),  # city with 市
    ],
)
def test_work_place_written_with_its_county(text: str, district: str, place: str) -> None:
    s = _story(text)
    assert s.district == district and s.fields["work_location"].value == place
    found = find_district(place)
    assert found is not None and found.name == district  # read again alone, the same county


@pytest.mark.parametrize(
    ("text", "worker", "caller", "relation"),
    [
        (
            "同志你好，我替我们车间的黄丽萍大姐来问问，她在宝安区的厂里做质检，八月到十月没发工资，"
            "她手机丢了，有事找我，我叫孙敏，13900002222",
            "黄丽萍",
            "孙敏",
            "同事",
        ),
        (
            "帮马秀云投诉一下，她在酒店做保洁，欠她四个月工资，我叫江涛，电话13800003333",
            "马秀云",
            "江涛",
            "他人",
        ),
    ],
)
def test_someone_named_is_complained_for(text: str, worker: str, caller: str, relation: str) -> None:
    s = _story(text)
    assert s.fields["worker_name"].value == worker
    assert s.caller_name == caller and s.relative == relation


@pytest.mark.parametrize(
    "text",
    ["帮我投诉一下", "我给王建国干了三个月活", "帮李师傅要钱", "我在给张老板打工", "替我妈投诉"],
)
def test_no_named_person_complained_for(text: str) -> None:
    assert find_named_for(text) is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("大家都叫我阿强就行，全名梁志强，在工地干了三个月没拿到钱", "梁志强"),
        ("我全名叫欧阳春生，在饭店洗碗，欠我两个月", "欧阳春生"),
    ],
)
def test_full_name_after_a_nickname(text: str, name: str) -> None:
    assert _value(text, "worker_name") == name


@pytest.mark.parametrize(
    ("answer", "employer"),
    [
        ("网点是乔建军个人承包的", "乔建军"),
        ("站点是湖南飞驰人力资源服务有限公司承包的", "湖南飞驰人力资源服务有限公司"),
    ],
)
def test_employer_answer_who_runs_the_site(answer: str, employer: str) -> None:
    assert employer_name_answer(answer) == employer


def test_a_trade_no_alias_names_is_kept_beside_the_workplace() -> None:
    s = _story("我在景德镇的一家瓷厂做描金，厂里四个月没发工资，一个月四千")
    assert s.fields["industry"].value.startswith("描金") and s.industry_category == "制造业"


@pytest.mark.parametrize(
    ("text", "district"),
    [
        ("在彭水修高速 老板跑了 欠我们四个月工资", "彭水苗族土家族自治县"),  # autonomous county, short
        ("我在长阳那边的茶厂采茶，欠了两个月", "长阳土家族自治县"),
        ("我在秀山县城一家超市当收银员，欠了两个月", "秀山土家族苗族自治县"),  # said with 县
        ("我们在黔东南凯里修房子，欠我们六个人十八万", "凯里市"),  # after its prefecture's short name
    ],
)
def test_autonomous_counties_said_short(text: str, district: str) -> None:
    s = _story(text)
    assert s.district == district and district in str(s.fields["work_location"].value)


def test_a_big_factory_is_no_county() -> None:
    assert find_district("我在大厂上班") is None  # 大厂回族自治县 only with its suffix


def test_place_in_the_employer_name_yields_to_one_said() -> None:
    s = _story("我在顺德北滘的家电厂做普工，中介叫佛山市南海区恒通劳务派遣有限公司，欠我一个月工资")
    assert s.district == "顺德区" and s.fields["work_location"].value == "顺德区北滘"
    s = _story("我在义乌做电商客服，公司叫义乌市星河电子商务有限公司，欠我两个月工资")
    assert s.district == "义乌市" and s.fields["work_location"].value == "义乌市"  # not the company's words


@pytest.mark.parametrize(
    ("text", "worker", "relation"),
    [
        ("我帮我们班的刘金山师傅反映一下，他在工地上开塔吊，欠了他五个月，我叫吴斌", "刘金山", "同事"),
        ("我老乡马小军在银川金凤区的工地上被欠了两万", "马小军", "老乡"),
        ("我替我们宿舍的小芳问一下，她叫李娟，在电子厂上班，被欠了两个月", "李娟", "同事"),
    ],
)
def test_more_people_complained_for(text: str, worker: str, relation: str) -> None:
    s = _story(text)
    assert s.fields["worker_name"].value == worker and s.relative == relation


@pytest.mark.parametrize(
    ("text", "employer"),
    [
        ("我在抖音上一个叫“美美优选”的直播间做场控，欠我三个月工资，一共一万八", "美美优选"),
        ("我在“好运来”超市上班，欠我两个月", "好运来超市"),
    ],
)
def test_a_name_in_quotes(text: str, employer: str) -> None:
    assert _value(text, "employer_name") == employer


def test_a_project_in_quotes_is_no_employer() -> None:
    s = _story("我们在“锦绣江南”项目干活，欠了三个月")
    assert "employer_name" not in s.fields and s.fields["project_name"].value == "锦绣江南"


@pytest.mark.parametrize(
    ("text", "employer"),
    [
        ("我在金华义乌的小商品城帮人看档口，老板是个体户叫楼建华，欠我五个月工资", "楼建华"),
        ("我在廈門湖裡區的一間茶葉店做銷售，老闆叫鄭美玲，欠我三個月薪水", "郑美玲"),  # 一间: a kind
    ],
)
def test_boss_named_after_a_few_words(text: str, employer: str) -> None:
    assert _value(text, "employer_name") == employer


def test_cantonese_story() -> None:
    s = _story("我系喺东莞虎门嘅一间制衣厂做车位 老细姓陈 拖咗我两个月人工 我叫黄丽珍")
    assert s.fields["worker_name"].value == "黄丽珍" and "employer_name" not in s.fields
    assert s.employer_hint == "陈老细" and s.fields["work_location"].value == "东莞市虎门"


def test_suzhou_park_said_short() -> None:
    s = _story("我在苏州园区的一家日企做质检，公司叫苏州松本精密机械有限公司，欠了我两个月工资")
    assert s.district == "苏州工业园区" and s.fields["work_location"].value == "苏州工业园区"


def test_complaining_to_the_boss_is_not_for_them() -> None:
    assert find_named_for("我给刘总反映了好几次都没用，欠我三个月工资") is None


def test_districts_written_without_their_people() -> None:
    s = _story("我们是一家人在郑州管城区开面馆打工，老板叫常志勇，欠了我两个月")
    assert s.district == "管城回族区" and s.fields["work_location"].value == "郑州管城回族区"
    assert s.fields["employer_name"].value == "常志勇"


def test_boss_nickname_without_the_word_boss() -> None:
    s = _story("我在漳州龙海区的工地上干活，老板是林总，欠我四万")
    assert "employer_name" not in s.fields and s.employer_hint == "林总"


@pytest.mark.parametrize(
    ("text", "words", "category"),
    [
        ("在醴陵的陶瓷厂做彩绘，四个月没发工资", "彩绘", "制造业"),
        ("在美甲店做美甲师，老板欠我两个月", "美甲师", "居民服务"),
        ("我是开挖掘机的，工地欠我三万", "开挖掘机", "建筑业"),
        ("在冷库搬货，欠了我一个月", "冷库", "交通运输仓储和邮政业"),
        ("给人修房子，干完了钱不给", "修房子", "建筑业"),
        ("在驾校当教练，三个月没发工资", "教练", "其他"),
        ("在机场做地勤，欠我两个月工资", "地勤", "交通运输仓储和邮政业"),
        ("我在一家小公司做跟单，欠我两个月", "跟单", "其他"),  # no alias: the trade in the worker's words
    ],
)
def test_trades(text: str, words: str, category: str) -> None:
    s = _story(text)
    assert words in s.fields["industry"].value and s.industry_category == category


@pytest.mark.parametrize("text", ["我在那里做了三个月，欠我八千", "干到十月份就走了，钱没给", "做生意亏了"])
def test_no_trade_invented(text: str) -> None:
    assert "industry" not in _story(text).fields


def test_following_a_nickname_is_asked_for() -> None:
    s = _story("我们跟着老彭在宁乡修水渠，干了两个月，一分钱没拿到")
    assert "employer_name" not in s.fields and s.employer_hint == "老彭"


@pytest.mark.parametrize(
    ("answer", "employer"), [("不知道全名，都叫他老彭", "老彭"), ("名字不晓得，只知道叫小邓", "小邓")]
)
def test_employer_answer_only_a_nickname(answer: str, employer: str) -> None:
    assert employer_name_answer(answer) == employer


def test_where_one_comes_from_is_no_name() -> None:
    s = _story("我是金华人，在义乌做快递，欠我一个月")
    assert "worker_name" not in s.fields and s.district == "义乌市"
    assert s.fields["industry"].value == "快递"


def test_a_fellow_complained_for_after_their_workplace() -> None:
    s = _story("我帮我们工地的老乡问一下，他叫郭有田，今年六十多了，欠他四个月工钱")
    assert s.fields["worker_name"].value == "郭有田" and s.relative == "老乡"


def test_selling_ends_the_place() -> None:
    assert _value("我姓陈，叫陈大明，在华强北卖手机，老板欠我两个月", "work_location") == "福田区华强北"


@pytest.mark.parametrize(
    ("text", "employer"),
    [
        ("我给一家叫鸿运来的餐馆送货，老板欠我两个月工资", "鸿运来餐馆"),
        ("我在小区门口的“好再来”面馆干了三个月，欠我九千", "好再来面馆"),
        ("我们几个在老王的装修队干活，老王叫王德胜，拖了我们三个月", "王德胜"),  # the nickname's full name
    ],
)
def test_named_in_passing(text: str, employer: str) -> None:
    assert _value(text, "employer_name") == employer


def test_a_placeholder_is_no_name() -> None:
    assert _value("在某某物业公司做保安，公司全名叫什么我不清楚，欠我两个月", "employer_name") is None


@pytest.mark.parametrize(
    ("answer", "employer"),
    [
        ("他叫刘建华", "刘建华"),
        ("全名刘建华", "刘建华"),
        ("叫韩永胜", "韩永胜"),
        ("他的全名是韩永胜", "韩永胜"),
        ("叫花子鸡饭店", "叫花子鸡饭店"),  # a bare 叫 before a shop's name is part of it
    ],
)
def test_full_name_answer_introduced(answer: str, employer: str) -> None:
    assert employer_name_answer(answer) == employer


@pytest.mark.parametrize(
    ("text", "worker", "relation", "caller"),
    [
        ("我是刘德贵的老婆，他在工地干活被欠了三万，我叫何春花", "刘德贵", "丈夫", "何春花"),
        ("我同事叫郑小燕，在商场做导购，被欠了两个月，我帮她登记一下", "郑小燕", "同事", None),
        ("这是我爸的事，他叫孙长林，在砖厂干了半年没拿到钱", "孙长林", "父亲", None),
    ],
)
def test_who_the_complaint_is_for(text: str, worker: str, relation: str, caller: str | None) -> None:
    s = _story(text)
    assert s.fields["worker_name"].value == worker and s.relative == relation and s.caller_name == caller


@pytest.mark.parametrize("text", ["我是华美电子厂的员工，欠了三个月", "我是老李的兄弟，在工地干活被欠了"])
def test_i_am_of_no_person(text: str) -> None:
    assert _story(text).relative is None
