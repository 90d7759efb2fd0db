"""bench/real_train_check.py: the exclusions keeping bench sets and a blind set out of training data."""

from __future__ import annotations

import hashlib
import importlib.util
import sys
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("real_train_check", REPO / "bench" / "real_train_check.py")
assert _spec is not None and _spec.loader is not None
check = importlib.util.module_from_spec(_spec)
sys.modules["real_train_check"] = check
_spec.loader.exec_module(check)


def _sha1(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def _blocklist(tmp_path: Path, *hashes: str) -> Path:
    path = tmp_path / "block.txt"
    path.write_text("# test list\n" + "".join(h + "\n" for h in hashes), encoding="utf-8")
    return path


def test_norm_drops_punctuation_and_folds_width() -> None:
    assert check.norm("ＡＢ，工资 拖欠了！？") == "AB工资拖欠了"


def test_blocklisted_whole_or_prefix_is_excluded(tmp_path: Path) -> None:
    whole = "厨师在饭馆切菜时被刀划伤手掌算不算因工受伤呢"
    prefix_of = "我是开叉车的司机在仓库里倒车时压到了自己的脚后来"
    ex = check.Exclusions(_blocklist(tmp_path, _sha1(whole), _sha1(check.norm(prefix_of)[: check.PREFIX])))
    assert ex.reason(whole + "？") == "blocklist"
    assert ex.reason(prefix_of + "，老板说不算工伤怎么办") == "blocklist"
    assert ex.reason("保洁阿姨在商场拖地时滑倒摔伤了腰，商场说她是外包的不管") is None


def test_bench_questions_are_excluded_in_every_form(tmp_path: Path) -> None:
    ex = check.Exclusions(_blocklist(tmp_path))
    q = str(
        yaml.safe_load((REPO / "bench" / "faq_real8.yaml").read_text(encoding="utf-8"))["questions"][0]["q"]
    )
    assert ex.reason(q) == "bench: exact"
    assert ex.reason(" ".join(q) + "!") == "bench: same without punctuation"
    assert ex.reason(check.norm(q)[: check.PREFIX] + "另外想问一下别的") == "bench: same first 20 characters"


def test_labelled_real_questions_pass_the_bench_exclusions(tmp_path: Path) -> None:
    ex = check.Exclusions(_blocklist(tmp_path))
    items = yaml.safe_load((REPO / "bench" / "real_train1.yaml").read_text(encoding="utf-8"))["asked"]
    assert len(items) >= 100
    assert [i["q"] for i in items if ex.reason(i["q"])] == []
    assert all(i["note"].split(" #")[1].isdigit() for i in items)
