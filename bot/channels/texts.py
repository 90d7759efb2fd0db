"""Channel-level strings shown to workers (simplified Chinese); the conversation's own are
in bot/core/texts.py."""

from bot.core import texts as core

BUSY = core.BUSY  # the database busy before the message reached the conversation
SLOW_DOWN = "您发送得太快了，请稍等一分钟再发。"
UPLOADS_LIMIT = "这个网络上传的文件太多了，请稍后再传，或到服务中心现场提交材料。"
FILING_LIMIT = "今天从这个网络提交的投诉已经很多了，暂时不能再提交。请拨打 12333 或到劳动关系公共服务中心现场登记，您填写的内容已保存。"
FILING_LIMIT_START = "今天从这个网络或这个账号提交的投诉已经很多了，暂时不能在网上登记新的投诉。请拨打 12333 或到劳动关系公共服务中心现场登记。"
CHOOSE_NUMBER = "回复数字选择："
SHARE_PHONE = "📱 分享我的手机号"
CASE_NO = "投诉编号：{case_no}"
DOWNLOAD_FAILED = "图片没有收到，请稍后再发一次；也可以先继续，之后补交给工作人员。"
TOO_BIG = "文件太大了，请发送不超过 {mb} MB 的照片或 PDF。"
COMMANDS = {
    "start": "开始",
    "help": "帮助",
    "complain": core.BUTTON_COMPLAIN,
    "status": core.BUTTON_STATUS,
    "cancel": "取消当前操作",
    "human": core.BUTTON_HUMAN,
}
PRIVACY_CODE = "【劳动关系服务】您正在查看或删除个人信息，验证码：{code}（10 分钟内有效）。如果不是您本人操作，请忽略本消息。"
PRIVACY_CODE_SENT = "为保护您的个人信息，验证码已通过本公众号另发给您，请直接回复这 6 位数字。"
PRIVACY_CODE_FAILED = (
    "为保护您的个人信息，需要先验证身份，但验证码暂时发不出去。请稍后再试，或到服务中心现场办理。"
)
PRIVACY_CODE_WRONG = "验证码不对或已过期。如需查看或删除个人信息，请重新发送 /mydata 或 /delete。"
