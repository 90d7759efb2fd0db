"""Who and where in a story (issue 10, classes of stories_qa13 and stories_probe1), tested on
stories written for this file: both parents complained for (two owed, the caller the contact);
which of two parents a name answer says to write; a shop's own name told as such (店名叫X), a
co-op or a salon named as people say it; a name run on into the work done (楚通车队租车跑…);
a platform's outlet with its street (美团X街站点); Hakka 系 for 是 after a workplace."""

from __future__ import annotations

from datetime import date

import pytest

from bot.core.extract import Story
from bot.core.extract.client_site import placed, site_named
from bot.core.extract.name_answer import worker_name_answer
from bot.core.extract.org_keys import short_name
from bot.core.extract.org_words import platform_outlet
from bot.core.extract.orgs import find_employer
from bot.core.extract.projects import project_name
from bot.core.extract.typos import meant
from bot.core.introduction import lone_name
from tests.story_reading import read_story, story_value

TODAY = date(2026, 12, 1)


def _story(text: str) -> Story:
    return read_story(text, TODAY)


def _value(text: str, field: str) -> object:
    return story_value(text, field, TODAY)


@pytest.mark.parametrize(
    "text",
    [
        "你好，我替我爸妈问问。他俩在嘉兴南湖区一个养鸭场喂鸭子，从四月干到十月，一人一个月三千，老板一分没给，打我电话13857312345",
        "帮我父母反映一下，两位老人在临沂河东区的鸿运养鸡场干活，半年工资没拿到，有事找我13905391122",
        "我爸妈在余杭区一个小区做保洁，三个月工资没发，一人一个月两千五，我爸叫方德明，打我电话13588771234",
        "我来替俺爹娘讨工钱，他们在滑县一个砖厂搬砖，八月到十月没给，电话15837212345",
    ],
)
def test_both_parents_are_two_owed_and_the_caller_is_the_contact(text: str) -> None:
    story = _story(text)
    assert story.relative == "父母"
    assert story.fields["workers_affected"].value == 2
    assert "contact_phone" in story.fields
    name = story.fields.get("worker_name")
    assert name is None or name.value == "方德明"  # a parent's name, never the caller's


def test_a_pair_spoken_of_is_two_owed() -> None:
    text = "我舅舅家老两口在寿光一个大棚里摘黄瓜，九月十月的钱没给，一人一天一百二"
    assert _value(text, "workers_affected") == 2


def test_one_parent_alone_is_still_one() -> None:
    story = _story(
        "替我妈投诉一下 她叫黄秀珍，在福州鼓楼区一家酒店洗碗，八月到十月没发工资，一个月两千六，有事打我电话15880112233"
    )
    assert story.relative == "母亲"
    assert story.fields["worker_name"].value == "黄秀珍"
    assert story.fields["contact_phone"].value == "15880112233"
    assert "workers_affected" not in story.fields or story.fields["workers_affected"].value == 1


@pytest.mark.parametrize(
    ("answer", "name"),
    [
        ("写我爸的名字吧，孙长贵。我妈叫刘桂兰", "孙长贵"),
        ("就写我妈的名字，何翠英，我爸叫王大成", "何翠英"),
        ("我爸叫罗永才，我妈叫彭桂香，写我爸的就行", "罗永才"),
        ("登记我爸的吧 他叫曹建平 我妈叫吴玉芬", "曹建平"),
        ("名字写我父亲的：邵国富", "邵国富"),
        ("俺叫贾永福，跟包工头一个姓，不是亲戚", "贾永福"),  # one name: as before
    ],
)
def test_the_parent_the_answer_says_to_write_is_the_worker(answer: str, name: str) -> None:
    assert worker_name_answer(answer) == name


@pytest.mark.parametrize(
    ("text", "employer"),
    [
        (
            "我是小张，在鼓楼区中山路一家烘焙店上班，店叫麦香园，九月十月工资没给，一个月三千八，电话17750291234",
            "麦香园",
        ),
        (
            "老板跑了 我在江北区观音桥的美甲店上班 店名叫指间花园，十月十一月底薪加提成一共八千六没给 我叫龙小雨",
            "指间花园",
        ),
    ],
)
def test_a_shop_named_as_such_is_read_and_marked(text: str, employer: str) -> None:
    story = _story(text)
    assert story.fields["employer_name"].value == employer
    assert story.shop_named


def test_a_registered_name_is_not_marked_as_a_shop() -> None:
    story = _story("我在江北区的长沙麦香园食品有限公司上班，九月十月工资没给，一个月三千八")
    assert story.fields["employer_name"].value == "长沙麦香园食品有限公司"
    assert not story.shop_named


@pytest.mark.parametrize(
    ("name", "short"),
    [
        ("绿丰蔬菜合作社", True),  # as people say it
        ("金果合作社", True),
        ("兰陵县绿丰蔬菜种植专业合作社", False),  # registered
        ("丰泽棉花种植专业合作社", False),
        ("丽人美容", True),  # a salon by its trade alone
        ("金剪美发", True),
        ("苏州丽人美容服务有限公司", False),
    ],
)
def test_short_names_of_co_ops_and_salons(name: str, short: bool) -> None:
    assert short_name(name) is short


@pytest.mark.parametrize(
    ("text", "employer"),
    [
        ("我在江汉区楚通车队租车跑滴滴车队跟我们说流水由车队统一结算", "楚通车队"),
        ("我在天河区顺风车队开车跑货拉拉车队说运费月底结", "顺风车队"),
        ("我在吉运仓库分拣仓库老板跑了", "吉运仓库"),
        ("华兴五金厂分厂欠我们工资", "华兴五金厂分厂"),  # a branch is part of the name
        ("宏图建筑劳务有限公司欠钱", "宏图建筑劳务有限公司"),
    ],
)
def test_a_name_ends_before_the_work_done_and_the_kind_said_again(text: str, employer: str) -> None:
    found = find_employer(text)
    assert found is not None and found.value == employer


@pytest.mark.parametrize(
    ("value", "outlet"),
    [
        ("美团胜利街站点", True),
        ("中通网点", True),
        ("饿了么蜂鸟站点", True),
        ("顺丰南山站点", False),
        ("顺丰速运有限公司", False),
    ],
)
def test_a_platform_outlet_with_its_street_is_no_employer(value: str, outlet: bool) -> None:
    assert platform_outlet(value) is outlet


def test_a_rider_at_a_platform_street_station_is_asked_who_pays() -> None:
    story = _story(
        "我是饿了么骑手，在鼓楼区的饿了么鼓楼大街站点跑单，十月十一月工资没发，一共一万一，我叫严俊峰"
    )
    assert "employer_name" not in story.fields
    assert story.employer_hint == "饿了么鼓楼大街站点"


def test_hakka_is_after_a_workplace_gives_the_registered_name() -> None:
    text = "𠊎系罗秀兰，正月初十就去梅县区程江镇个金利鞋厂做鞋面，三只月工钱冇畀，厂系梅州金利鞋业有限公司，电话13719861234"
    assert _value(text, "employer_name") == "梅州金利鞋业有限公司"


@pytest.mark.parametrize(
    ("text", "employer"),
    [
        ("他俩在嘉兴南湖区的鸿福养殖场喂鸭子", "鸿福养殖场"),
        ("我在金牛养猪场喂猪，三个月没发钱", "金牛养猪场"),
        ("在青山林场砍树，老板欠两个月", "青山林场"),
        ("在一家养鸡场喂鸡，老板欠两个月", None),  # a kind, no name
    ],
)
def test_a_farm_is_named_by_its_kind(text: str, employer: str | None) -> None:
    found = find_employer(text)
    assert (found.value if found is not None else None) == employer


@pytest.mark.parametrize(
    ("text", "employer", "site"),
    [
        (
            "我在秦淮区的金陵大酒店做客房保洁，不是酒店直接招的，是南京洁净物业管理有限公司派过去的",
            "南京洁净物业管理有限公司",
            "金陵大酒店",
        ),
        ("我在历下区一个商场当保安，保安公司说等甲方结款再发", "保安公司", None),
        (
            "我在新城区的一个小区干保安，青城物业管理有限公司，八月没发，小区叫金桂苑",
            "青城物业管理有限公司",
            "金桂苑",
        ),
    ],
)
def test_a_worker_placed_at_a_client_site_is_asked_the_site(
    text: str, employer: str, site: str | None
) -> None:
    assert placed(text, employer)
    assert site_named(text, employer) == site


@pytest.mark.parametrize(
    ("text", "employer"),
    [("我在万达广场的海底捞做服务员", "海底捞"), ("我在宝安区的华芯电子厂做普工", "华芯电子厂")],
)
def test_a_shop_in_a_mall_or_a_factory_is_no_placement(text: str, employer: str) -> None:
    assert not placed(text, employer)


def test_a_site_answer_pointing_first_keeps_the_name() -> None:
    assert project_name("就是那个商场，泉城新天地购物中心") == "泉城新天地购物中心"
    assert project_name("汾西御景苑，那个小区工地") == "汾西御景苑"


@pytest.mark.parametrize(
    ("text", "meant_text"),
    [
        ("老版两个越没发工质了", "老板两个月没发工资了"),
        ("上个越的工姿还欠着", "上个月的工资还欠着"),
        ("我要头诉欠心", "我要投诉欠薪"),
        ("越来越难干，去越南的老版本", "越来越难干，去越南的老版本"),  # no slip
    ],
)
def test_typed_slips_in_key_words_are_read_as_meant(text: str, meant_text: str) -> None:
    assert meant(text) == meant_text


def test_a_story_typed_with_slips_reads_its_months_and_pay() -> None:
    story = _story(
        "我要投诉 我在龙岗区坂田的恒通电子厂做质检 老版两个越没发工质了 九月十月 一个越五千 我叫谢丽娟"
    )
    assert story.fields["arrears_period"].value == {"start": "2026-09", "end": "2026-10"}
    assert story.fields["amount_owed"].value == 10000
    assert story.text.count("越") == 2  # the description keeps the words as typed


@pytest.mark.parametrize(
    ("text", "name", "district"),
    [
        ("我叫江夏，在武昌区一家奶茶店做店员，八月九月工资没发，一个月三千", "江夏", "武昌区"),
        ("你好我是黄山，在宝安区一家建材店搬货，老板欠我十月工资五千", "黄山", "宝安区"),
        ("我叫吉林，在长春朝阳区一家火锅店做服务员，九月没发工资三千八", "吉林", "长春朝阳区"),
        ("我姓金，金华，在义乌一家饰品厂做包装，欠两个月工资", "金华", "义乌市"),
    ],
)
def test_a_name_that_is_also_a_place_is_the_worker_not_where(text: str, name: str, district: str) -> None:
    story = _story(text)
    assert story.fields["worker_name"].value == name
    assert story.fields["work_location"].value == district


@pytest.mark.parametrize(
    ("text", "employer", "district"),
    [
        ("我在宝安区的深圳南山建材有限公司做搬运，十月没发工资五千", "深圳南山建材有限公司", "宝安区"),
        ("我在海淀区的北京朝阳建筑劳务有限公司干活，工资没给", "北京朝阳建筑劳务有限公司", "海淀区"),
        ("我是贵阳人，在花溪区的遵义路桥工程有限公司开挖机，老板欠三个月", "遵义路桥工程有限公司", "花溪区"),
    ],
)
def test_a_place_inside_a_company_name_is_not_where(text: str, employer: str, district: str) -> None:
    story = _story(text)
    assert story.fields["employer_name"].value == employer
    assert story.fields["work_location"].value == district


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("我叫江夏", "江夏"),  # a name that is also a district
        ("您好！我是卢金凤", "卢金凤"),
        ("你好 本人邱国栋。", "邱国栋"),
        ("我是保安", None),  # a job, no name
        ("我叫王德明，怎么投诉", None),  # more than a name: read as usual
        ("我叫王德明 在工地干活欠了两个月", None),
    ],
)
def test_a_lone_self_introduction(text: str, name: str | None) -> None:
    assert lone_name(text, _story) == name
