"""Issue 10: the worker's name is never the words said around it. Negations, relations, job
titles, place words and company words beside a name (or alone) are no person's name. Wordings
are my own, none from a story set."""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from bot.core.extract.name_answer import person_name, worker_name_answer
from tests.unit.conftest import inc

# (answer to "请问您的姓名？", the name in it)
ANSWERS = [
    # negations
    ("俺叫曹永旺，跟老板一个姓，不是亲戚", "曹永旺"),
    ("我叫周红梅，不是老板娘", "周红梅"),
    ("我姓孙，孙海涛，没有关系", "孙海涛"),
    ("吴天明，非亲非故", "吴天明"),
    ("邱国栋 没亲戚关系", "邱国栋"),
    ("莫小燕，莫得别的名字", "莫小燕"),
    # relations and fellows
    ("黄强 是他表弟", "黄强"),
    ("冯军，老板的小舅子", "冯军"),
    ("段红，跟老板同村", "段红"),
    ("钟伟，老乡介绍的", "钟伟"),
    ("和玉兰，帮我妈报的", "和玉兰"),
    ("我是她闺女，我叫骆晓琳", "骆晓琳"),
    # job titles and ranks
    ("赵大勇，木工班长", "赵大勇"),
    ("班长 王德顺", "王德顺"),
    ("马丽，保洁员", "马丽"),
    ("林志强，电工", "林志强"),
    ("彭小兵，个体户", "彭小兵"),
    ("带班的，我叫苗长青", "苗长青"),
    # places
    ("刘建军，本地人", "刘建军"),
    ("李秀兰，住在河西村", "李秀兰"),
    ("郑国华 在城关镇", "郑国华"),
    ("胡桂英，外地的", "胡桂英"),
    ("湖南人，叫谭春花", "谭春花"),
    # companies and workplaces
    ("陈小燕，华美电子厂的", "陈小燕"),
    ("石磊，工地上的", "石磊"),
    ("宏远物流，我叫尹德才", "尹德才"),
    # names with characters the story reader is wary of (天, 年, 千)
    ("王年", "王年"),
    ("张千", "张千"),
]


@pytest.mark.parametrize(("answer", "name"), ANSWERS)
def test_the_name_not_the_words_around_it(answer: str, name: str) -> None:
    assert worker_name_answer(answer) == name


TRAPS = [
    "不是亲戚",
    "没有关系",
    "非亲非故",
    "就我一个",
    "是他表弟",
    "老板小舅子",
    "同村的",
    "木工班长",
    "保洁员",
    "电工",
    "个体户",
    "开塔吊的",
    "本地人",
    "河西村",
    "城关镇",
    "湖南人",
    "华美电子厂",
    "宏远物流公司",
    "工地上的",
    "外地的",
]


@pytest.mark.parametrize("word", TRAPS)
def test_traps_are_no_name(word: str) -> None:
    assert not person_name(word)


@pytest.mark.parametrize("answer", ["不是亲戚", "就我一个", "没有关系"])
async def test_an_answer_with_no_name_asks_again(real_engine: Engine, answer: str) -> None:
    user = f"n{abs(hash(answer)) % 10**8}"
    await real_engine.handle(inc(user, text="/complain"))
    replies = await real_engine.handle(inc(user, button="form:consent:yes"))
    assert replies[-1].expects == "worker_name"
    replies = await real_engine.handle(inc(user, text=answer))
    assert replies[-1].expects == "worker_name" and "姓名" in replies[-1].text, [r.text for r in replies]
    replies = await real_engine.handle(inc(user, text="俺叫曹永旺，跟老板一个姓，不是亲戚"))
    assert "曹永旺" in replies[0].text and replies[-1].expects != "worker_name"


# an elder the caller helps is called by a title; the name told after it is the worker's
@pytest.mark.parametrize(
    ("story", "name"),
    [
        ("𠊎帮隔壁屋个阿公问个。阿公叫曾木生，在蕉岭县一个果场剪枝，做哩二十日冇分钱", "曾木生"),
        ("我替邻居阿婆问问，阿婆叫陈月娥，在饭店洗碗两个月没拿钱", "陈月娥"),
        ("帮我们村的大伯问一下，大伯名字叫孟庆山，在砖厂干了半年没拿到钱", "孟庆山"),
    ],
)
def test_an_elder_called_by_a_title_is_named_after_it(story: str, name: str) -> None:
    from datetime import date

    from bot.core.extract import extract_story

    s = extract_story(story, date(2026, 12, 1), [])
    assert s.fields["worker_name"].value == name and s.relative is not None


@pytest.mark.parametrize(
    ("answer", "project"),
    [
        ("翠湖名苑，那个小区工地", "翠湖名苑"),
        ("滨江一号，就是个楼盘", "滨江一号"),
        ("凤凰城二期，安置房项目", "凤凰城二期"),
        ("天安云谷三期项目", "天安云谷三期"),
    ],
)
def test_a_project_answer_without_the_kind_said_after_it(answer: str, project: str) -> None:
    from bot.core.extract.projects import project_name

    assert project_name(answer) == project
