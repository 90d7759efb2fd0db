"""Channel-level strings shown to workers (simplified Chinese)."""

INTERNAL_ERROR = "抱歉，系统出了点问题，请稍后再试，或拨打 12333 咨询。"
CHOOSE_NUMBER = "回复数字选择："
SHARE_PHONE = "📱 分享我的手机号"
CASE_NO = "投诉编号：{case_no}"
DOWNLOAD_FAILED = "图片没有收到，请稍后再发一次；也可以先继续，之后补交给工作人员。"
TOO_BIG = "文件太大了，请发送不超过 {mb} MB 的照片或 PDF。"
COMMANDS = {
    "start": "开始",
    "help": "帮助",
    "complain": "登记欠薪投诉",
    "status": "查询投诉进度",
    "cancel": "取消当前操作",
    "human": "转人工",
}
