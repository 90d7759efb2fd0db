"""Channel-level strings shown to workers (simplified Chinese)."""

INTERNAL_ERROR = "抱歉，系统出了点问题，请稍后再试，或拨打 12333 咨询。"
CHOOSE_NUMBER = "回复数字选择："
