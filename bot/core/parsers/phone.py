"""Mainland phone numbers typed with spaces, dashes, +86, full-width or Chinese digits
(一三九…, 幺 for 1) -> digits only."""

from __future__ import annotations

import re
import unicodedata

import phonenumbers

from bot.core.parsers import texts
from bot.core.parsers.base import Parsed, ParseError

_CN = {"零": "0", "〇": "0", "洞": "0", "幺": "1", "一": "1", "二": "2", "两": "2", "三": "3", "四": "4",
       "五": "5", "六": "6", "七": "7", "八": "8", "九": "9"}  # fmt: skip
_CN_RUN = re.compile("[" + "".join(_CN) + "](?:[" + "".join(_CN) + r"\s-]*[" + "".join(_CN) + "]){6,}")


def parse_phone(text: str | None) -> Parsed | ParseError:
    raw = unicodedata.normalize("NFKC", (text or "")[:100])
    # "一三九七零一二五五八四": a run of seven or more Chinese digits is a number read out
    raw = _CN_RUN.sub(lambda m: "".join(_CN.get(c, c) for c in m.group(0)), raw)
    digits = re.sub(r"[^\d+]", "", raw)
    if len(re.sub(r"\D", "", digits)) > 13:
        # two numbers ("13912345678 或者 15800001111"): the first one phonenumbers finds
        found = next(iter(phonenumbers.PhoneNumberMatcher(raw, "CN")), None)
        if found is not None:
            digits = phonenumbers.format_number(found.number, phonenumbers.PhoneNumberFormat.E164)
    if not re.search(r"\d", digits):
        return ParseError("phone_missing", texts.PHONE_MISSING)
    try:
        number = phonenumbers.parse(digits if digits.startswith("+") else digits, "CN")
    except phonenumbers.NumberParseException:
        return ParseError("phone_invalid", texts.PHONE_INVALID)
    if number.country_code != 86:
        return ParseError("phone_not_mainland", texts.PHONE_NOT_MAINLAND)
    if not phonenumbers.is_valid_number(number):
        return ParseError("phone_invalid", texts.PHONE_INVALID)
    national = str(number.national_number)
    kind = phonenumbers.number_type(number)
    if kind in (phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE):
        echo = f"{national[:3]} {national[3:7]} {national[7:]}"
    else:
        national = "0" + national
        echo = national
    return Parsed(national, echo)
