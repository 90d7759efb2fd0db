from bot.core.intake.fields import SUMMARY_DESCRIPTION_CHARS, summary


def _fields(description: str) -> dict:
    return {"worker_name": "钱七", "contact_phone": "13912345679", "description": description}


def test_a_long_story_is_shown_by_its_start_and_kept_whole() -> None:
    story = "老板说下个月发，我们天天去问。" * 100
    fields = _fields(story)
    text = summary(fields).text
    line = next(x for x in text.splitlines() if x.startswith("情况说明："))
    assert story[:SUMMARY_DESCRIPTION_CHARS] in line and f"共{len(story)}字，全文已保存" in line
    assert len(line) < SUMMARY_DESCRIPTION_CHARS + 40
    assert fields["description"] == story  # only the read-back is shortened


def test_a_short_story_is_shown_as_told() -> None:
    text = summary(_fields("老板欠我三个月工资")).text
    assert "情况说明：老板欠我三个月工资" in text.splitlines()
