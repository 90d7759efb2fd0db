from bot.channels.wechat.fit import ELLIPSIS, fit_message


def test_short_replies_are_joined_unchanged() -> None:
    assert fit_message(["答复", "请回复数字：\n1. 确认提交"]) == "答复\n\n请回复数字：\n1. 确认提交"


def test_the_longest_part_is_cut_and_the_choices_kept() -> None:
    choices = "请回复数字：\n1. 确认提交\n2. 改姓名"
    out = fit_message(["已记录", "请核对：" + "很长的情况说明" * 400, choices], limit=2000)
    assert len(out) == 2000
    assert out.endswith(choices) and out.startswith("已记录")
    assert ELLIPSIS + "\n\n" + choices in out


def test_a_single_part_too_long_is_cut_to_the_limit() -> None:
    out = fit_message(["字" * 3000], limit=100)
    assert len(out) == 100 and out.endswith(ELLIPSIS)
