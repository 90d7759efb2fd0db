"""Every worker-facing string of the conversation engine (simplified Chinese)."""

WELCOME = (
    "您好！这里是劳动关系公共服务中心的智能助手。\n"
    "我可以：\n1. 解答工资、加班、劳动合同、社保、工伤等政策问题；\n2. 帮您登记欠薪投诉；\n"
    "3. 查询投诉进度；\n4. 为您转接工作人员。\n直接输入您的问题就行，比如“老板拖欠工资怎么办”。"
)
HELP = (
    "使用方法：\n直接打字提问，比如“加班费怎么算”。\n"
    "/complain 登记欠薪投诉\n/status 查询投诉进度\n/human 转人工\n/cancel 取消当前操作\n"
    "/mydata 查看我的信息\n/delete 申请删除我的信息\n/help 查看帮助"
)
FALLBACK = (
    "抱歉，这个问题我暂时答不上来。您可以换个说法再问一次，或者选择下面的服务；"
    "也可以拨打 12333 人社服务热线咨询。"
)
CENTRE_LINE = "{name}：{address}（{hours}，电话 {phone}）"
SUGGEST = "您是不是想问："
FALLBACK_OFFER = "抱歉，没能确定您问的是哪一条。下面这些问题可能和您的情况有关，也可以转人工："
ALSO_ASKED = "您还问到："
SOURCES = "依据：{sources}"
MORE = "详细说明"
BUTTON_COMPLAIN = "登记欠薪投诉"
BUTTON_HUMAN = "转人工"
BUTTON_STATUS = "查询投诉进度"
MENU_BUTTONS = [(BUTTON_COMPLAIN, "cmd:complain"), (BUTTON_STATUS, "cmd:status"), (BUTTON_HUMAN, "cmd:human")]
TOO_LONG = "您的消息太长了（超过 {max} 个字），请分几次简短地说。"
EMPTY = "请用文字描述您的问题，比如“老板拖欠工资怎么办”。"
UNSUPPORTED = "暂时只能处理文字消息。"
BUSY = (
    "现在咨询的人比较多，您刚才这条消息没有处理成功，请稍等一会儿再发一次。之前填写的内容都已保存，不用重填。"
)
CANCELLED = "已取消，刚才填写的内容没有保存。有需要可以随时再发“我要投诉”。"
NOTHING_TO_CANCEL = "当前没有进行中的操作。"
RELAYED = (
    "已把您的回复转给投诉 {case_no} 的承办人，并记入案件。\n"
    "还要补充可以继续发；要问别的问题，请先点“结束回复”。"
)
END_RELAY = "结束回复"
RELAY_ENDED = "好的，已结束回复。有问题可以直接提问。"
HUMAN = "已为您转接人工服务，工作人员会在工作时间尽快联系您。\n着急的话可以直接拨打 12333（人社服务热线）。"
OUT_OF_SCOPE_PREFIX = "这个问题不在本中心的服务范围内。"
OUT_OF_SCOPE_SAID = "不在本中心"  # an out-of-scope answer with these words needs no prefix

CONSENT = (
    # answers "怎么登记欠薪" too: the form is opened for a how-question about filing here
    "可以直接在这里登记欠薪投诉：同意后我会一项一项问您（姓名、电话、单位、欠薪时间和金额等），"
    "最后请您核对再提交，提交后您会收到投诉编号，服务中心受理后会联系您。\n\n"
    "登记欠薪投诉前，请先阅读个人信息告知：\n"
    "1. 我们会收集您的姓名、手机号、工作单位、工作地点、欠薪时间和金额、情况说明及证据材料；\n"
    "2. 仅用于受理和处理您的欠薪投诉，只有负责办理的工作人员能看到，依法对投诉人身份保密；\n"
    "3. 按档案管理规定保存，您可以随时发送 /mydata 查看、/delete 申请删除；\n"
    "依据《个人信息保护法》第十三条、第十四条，需要您同意后才能继续。"
)
CONSENT_YES = "同意并继续"
CONSENT_NO = "不同意"
CONSENT_REFUSED = "好的，不登记投诉，也没有保存您的任何信息。您仍然可以继续咨询政策问题。"
CONSENT_STORY_KEPT = (
    "您补充的情况我先记下了，同意后不会再重复问。请点“同意并继续”或“不同意”（也可以回复“同意”或“不同意”）。"
)
CONSENT_REPROMPT = "请点“同意并继续”或“不同意”（也可以回复“同意”或“不同意”）。"

ASK = {
    "worker_name": "请问您的姓名？",
    "contact_phone": "请留一个能联系到您的手机号（也可以点下方按钮分享）。",
    "employer_name": "拖欠工资的单位（公司、老板或包工头）叫什么名字？",
    "project_name": "如果是工地，请告诉我项目名称（比如“某某小区二期”）；不是工地可以点“跳过”。",
    "work_location": "您在哪个区县、什么地址干活？比如“示例区建设路18号工地”。",
    "industry": "您做的是什么行业或工种？比如建筑工人、外卖骑手、保安、餐饮服务员。",
    "arrears_period": "工资是从几月拖欠到几月？比如“去年十月到今年一月”或“三个月了”。",
    "amount_owed": "一共拖欠了多少钱？比如“八千五”“3.5万”“一万块左右”。",
    "workers_affected": "一共有几个人被拖欠？比如“就我一个”“我们班组12个”。",
    "description": "请简单说说情况：干了什么活、老板怎么说的、有没有欠条等。",
    "evidence": "有工资条、欠条、考勤、聊天记录的照片或文件可以现在发给我；没有可以点“跳过”。",
}
# the name asked while the phone is missing too: one answer can give both
ASK_NAME_WITH_PHONE = "请问您的姓名？手机号也可以一起发，比如“张三 138 0013 8000”。"
SKIP = "跳过"
EVIDENCE_DONE = "证据发完了"
EVIDENCE_NOTED = (
    "已记下：{note}。照片或文件现在就可以发给我；发完或暂时发不了，请点“证据发完了”，"
    "之后也可以交给承办的工作人员。"
)
BACK_TO_FORM = "以上是政策解答。投诉还没填完，我们接着来："
EVIDENCE_NOTE_LINE = "（证据情况：{note}）"
EMPLOYER_NOTE_LINE = "（关于被反映单位：{note}）"
EVIDENCE_SAVED = "已收到材料：{name}。还有可以继续发，发完请点“证据发完了”。"
EVIDENCE_NOT_HERE = "这个渠道暂时不能接收文件，请点“跳过”，受理后工作人员会联系您补充。"
EVIDENCE_REJECTED = "这个文件收不了：{reason}。请发照片（JPG/PNG）或 PDF，每个不超过 {mb} MB。"
FILE_EMPTY = "文件是空的"
FILE_TOO_BIG = "文件太大（{mb} MB）"
FILE_WRONG_TYPE = "只接收照片（JPG/PNG/WEBP）或 PDF"
EVIDENCE_ATTACHED = "已收到材料：{name}，附在这次投诉里。还有可以继续发；信息无误请点“确认提交”。"
EVIDENCE_ATTACHED_MORE = "已收到材料：{name}（现在共 {n} 个文件）。还有可以继续发；发完请点“确认提交”。"
EVIDENCE_NOTED_CONFIRM = "已记下：{note}。照片或文件现在就可以发给我，也可以之后交给承办的工作人员。"
EVIDENCE_NONE_CONFIRM = "好的，没有材料也可以提交。请核对下面的信息，无误请点“确认提交”。"
EVIDENCE_TOO_MANY = "最多可以上传 {n} 个文件，已经够了，请点“证据发完了”。"
ECHO = "已记录：{label}：{value}"
ECHO_APPROX = "（您说的是大概数，工作人员会再核实）"
CONTACT_NOT_OWN = "只能分享您本人的手机号。请直接输入您的手机号，比如 138 0013 8000。"
EVIDENCE_KEPT_EARLY = "已收到材料：{name}，会附在这次投诉里。我们接着填："
DISTRICT_UNMATCHED = "（没有匹配到具体区县，将由中心统一分派）"
DISTRICT_MATCHED = "（将由{centre}受理）"
DISTRICT_NO_CENTRE = "（区县：{district}，将由中心统一分派）"

FIELD_LABEL = {
    "worker_name": "姓名",
    "contact_phone": "手机号",
    "employer_name": "被反映单位",
    "project_name": "项目名称",
    "work_location": "工作地点",
    "industry": "行业/工种",
    "arrears_period": "欠薪时间",
    "amount_owed": "欠薪金额",
    "workers_affected": "涉及人数",
    "description": "情况说明",
    "evidence": "证据材料",
}
SUMMARY_TITLE = "请核对您的投诉信息："
SUMMARY_EVIDENCE = "有工资条、欠条、考勤、聊天记录的照片或文件，现在直接发给我就能附上；没有也可以提交，之后交给承办的工作人员。"
SUMMARY_MORE_EVIDENCE = "还有照片或文件可以继续发给我。"
SUMMARY_HINT = "信息无误请点“确认提交”；要修改哪项就点哪项（也可以直接发“金额是8000”这样的话）。"
CONFIRM = "确认提交"
EDIT_PREFIX = "改"
NONE = "无"
DESCRIPTION_CUT = "{head}……（共{n}字，全文已保存）"
FILES = "{n} 个文件"
CONFIRM_REPROMPT = "请点“确认提交”，或者点要修改的项目。"
FILED = (
    "投诉已提交，编号：{case_no}\n请记好这个编号。\n"
    "{centre}会在 {accept_by} 前受理，受理后工作人员会联系您；一般在 {resolve_by} 前办结。\n"
    "随时发送 /status 可以查询进度。"
)
CENTRE_DEFAULT = "服务中心"
DATE_FORMAT = "%Y年%m月%d日"
EMPLOYER_FULL_NAME = (
    "您说欠钱的是“{hint}”，他/她的全名叫什么？有公司的话，说公司全称也行；只知道这些就点下面的按钮。"
)
EMPLOYER_KEEP_HINT = "只知道“{hint}”"
# the employer told by a shop's or factory's own name: its registered name is offered once, in the summary
EMPLOYER_SHORT_HINT = "（“{name}”像是店名或简称。知道营业执照、合同或工资条上的单位全称的话，直接发给我就行（也可以点“补单位全称”）；不知道也没关系，可以直接提交）"
EMPLOYER_ADD_FULL = "补单位全称"
EMPLOYER_ASK_FULL = (
    "“{name}”在营业执照、合同或工资条上的全称是什么？比如“××市××餐饮管理有限公司”。不知道就点下面的按钮。"
)
EMPLOYER_KEEP_SHORT = "不知道，按“{name}”登记"
EMPLOYER_SHORT_NOTE = "店名/简称：{name}"
# a platform named (美团, 滴滴): it is rarely who pays; who does is asked, one tap keeps the platform
EMPLOYER_PLATFORM = "您说在“{hint}”上干活。{hint}一般是平台，给您结工资的是哪家公司、站点或车队（或哪个老板）？知道全称最好；只知道平台就点下面的按钮。"
EMPLOYER_OUTLET = "您说在“{hint}”干活。网点、站点一般是加盟或承包的，给您结工资的是哪家公司（或哪个老板）？知道营业执照上的全称最好；只知道网点就点下面的按钮。"
EMPLOYER_OUTLET_BOSS = "您说网点、站点是“{hint}”在管。这类网点一般办了营业执照，执照上的名称是什么？知道的话直接发给我；不知道就点下面的按钮，按“{hint}”登记。"
# only the crew's boss named, the main contractor spoken of: the main contractor answers for the pay
EMPLOYER_CREW_BOSS = "您说“{hint}”是带班的包工头。工地欠薪由施工总承包单位（总包）先行清偿，总包单位叫什么？工地门口的牌子或合同上有全称；不知道就点下面的按钮，按“{hint}”登记。"
EMPLOYER_NO_COMPANY = "没有公司也可以登记。请告诉我欠您工资的老板或包工头叫什么，只知道姓也行，比如“王老板”。"
AMOUNT_EXACT = "您说欠了“{said}”，具体是多少钱？记不清就点下面的按钮，工作人员会再核实。"
AMOUNT_KEEP_ROUGH = "按约 {amount} 元登记"
PERIOD_WHICH = (
    "您说“{said}”，具体是从几月到几月？比如“今年8月到10月”。从今天往回数是 {counted}，对的话点下面的按钮。"
)
PERIOD_KEEP_COUNTED = "就是{months}"
PERIOD_NEW_YEAR = (
    "您说“{said}”开始的：是春节假期一过就开工，还是过了元宵（正月十五）才开始？"
    "请点下面的按钮选从几月算起，或直接告诉我几月到几月。"
)
NAME_NOT_COMPANY = "这看起来是单位或地方的名字。请写您本人的姓名，比如：张三。"
NAME_NOT_GIVEN = "没看到姓名。请写您本人的姓名，比如：张三。"
DUPLICATE_OFFER = (
    "您已经投诉过{employer}（编号 {case_no}），案件还在办理中。\n"
    "要把这次说的情况补充到原来的投诉里吗？重复投诉不会更快，补充进去承办人能直接看到。"
)
DUPLICATE_ADD = "补充到原投诉"
DUPLICATE_NEW = "这是另一件事，新建投诉"
DUPLICATE_ADDED = "已把您说的情况补充到投诉 {case_no}，并转告了承办的工作人员。发送 /status 可以查询进度。"
STORY_OFFER = "需要的话，我可以帮您把这件事登记成欠薪投诉，您刚才说的情况都已经记下，点一下就开始。"
STORY_FIXED = "好的，已经按您说的改过来了。需要的话，点一下就能把这件事登记成欠薪投诉，您说过的不会再问。"
SLIP_NOT_FOUND = (
    "您说的“{slip}”我在前面的内容里没找到。要改哪一项，请点那一项的按钮，或者直接发“金额是8000”这样的话。"
)
STORY_OFFER_BUTTON = "帮我登记投诉"
STORY_FOUND = "我从您说的情况里记下了："
STORY_FOUND_HINT = "哪项不对点下面的按钮改，也可以直接发“人数是9个”这样的话；都对的话直接回答下一个问题就行。"
ALONE_ECHO = "1 人（只说到一个人被欠，不对请改）"
RELATIVE_NOTE = "（代{relative}投诉，联系人：{caller}）"
CALLER_SELF = "来反映情况的亲友"
AMOUNT_WHICH = "您说的金额有两个：{choices}。被拖欠的工资一共是哪一个？点一下，或者直接写正确的金额。"
AMOUNT_WHICH_PAID = "您说欠 {owed} 元，又说给过 {paid} 元。现在还欠多少？点一下，或者直接写正确的金额。"
AMOUNT_WHICH_WHOSE = (
    "您说的工钱按{how}算：只算一个人是 {one} 元；{n} 个人每人都是这个数的话，一共 {all} 元。"
    "被拖欠的一共是多少？点一下，或者直接写正确的金额。"
)
AMOUNT_ONLY_PAID = "您说已经给过 {paid} 元。现在还欠您多少钱？比如“还欠八千”。"
LINKED_REASON = "关联投诉 {n} 件，共 {workers} 人"
FILED_URGENT = "您反映的情况已标记为紧急，工作人员会优先处理。如遇危险请立即拨打 110。"
# a worker a service firm placed at a client's premises (a hotel, a mall, a residential estate)
ASK_SITE = (
    "您是被派到哪个酒店、商场、小区或单位上班的？它的名称会作为项目名称登记；没有或不清楚可以点“跳过”。"
)
# a place of work told with no county: its county is asked (the centre is chosen by it)
PLACE_WHICH_COUNTY = "“{said}”在哪个区县？说一下区县（比如“某某市某某区”），好转给当地的服务中心。"
PLACE_WHICH_NAMESAKE = "叫“{said}”的地方不止一处，是下面哪个区县的？不在里面的话请直接说区县。"
PLACE_KEEP_SAID = "不清楚，就写“{said}”"
# a name sent alone before the story ("我叫覃永华"): kept, the story invited
NAME_FIRST = (
    "{name}您好，名字记下了。请说说遇到的情况：在哪里、做什么工作，谁欠了多少工资、从什么时候开始欠的。"
)

# a greeting alone ("你好 在吗"): one short word inviting the story, no form question yet
GREETING = (
    "您好，在的。遇到什么事直接说就行，比如在哪里干活、谁欠了多少工资、欠了多久，分几条发也可以；"
    "有政策问题也可以直接问。"
)

# a later piece of the story that tells nothing new (what it says was read before)
PIECE_KNOWN = "好的，这些前面已经记下了。"

STATUS_NONE = "您还没有提交过欠薪投诉。需要登记的话请发“我要投诉”。"
STATUS_LINE = "编号 {case_no}｜{status}\n被反映单位：{employer}\n{deadline}"
STATUS_DEADLINE_ACCEPT = "受理期限：{date}"
STATUS_DEADLINE_RESOLVE = "办结期限：{date}"
STATUS_CLOSED = "办结时间：{date}"
STATUS_NOTE = "最新进展：{note}"
STATUS_NOT_FOUND = "没有找到编号为 {case_no} 的投诉（只能查询您本人提交的投诉）。"
STATUS_LABEL = {
    "submitted": "已提交，待受理",
    "accepted": "已受理",
    "mediating": "调解中",
    "resolved": "已办结",
    "referred": "已移送处理",
    "rejected": "不予受理",
    "withdrawn": "已撤回",
}
NOTICE_PREFIX = "【投诉进展通知】"

MYDATA_NONE = "我们没有保存您的个人信息。"
MYDATA_TITLE = "我们保存的您的信息："
MYDATA_CASE = "投诉 {case_no}（{status}）：姓名 {name}，手机 {phone}，单位 {employer}，地点 {location}，金额 {amount} 元"
MYDATA_DRAFT = "正在填写、尚未提交的投诉草稿：{fields}"
DELETE_NOTE = "投诉人申请删除个人信息"
DELETE_DONE = (
    "已删除：尚未提交的投诉草稿、未提交的证据文件、您的昵称和已读的通知。\n"
    "您没有已提交的投诉，我们不再保存您的其他个人信息。"
    "（为统计常见问题，您问过的问题会保留，其中的手机号和身份证号已隐去。）"
)
DELETE_KEPT = (
    "已删除：尚未提交的投诉草稿、未提交的证据文件、您的昵称和已读的通知。\n"
    "仍然保存：已提交的投诉 {cases} 中的姓名、电话、单位、地点、金额、经过和证据，"
    "以及处理记录。原因：这些是办理投诉的案卷，要按档案管理规定保存到期（期限各地规定可能不同）。"
    "《个人信息保护法》第四十七条规定，保存期限未届满的，"
    "个人信息处理者应当停止除存储和采取必要的安全保护措施之外的处理；期满后删除。"
    "工作人员已收到您的申请，会联系您说明。"
)

# priority reasons (shown to staff on the case)
PRIORITY_RISK_WORDS = "风险词：{words}"
PRIORITY_WORKERS = "涉及 {n} 人"
PRIORITY_AMOUNT = "金额 {amount:,.0f} 元"
PRIORITY_HIGH = "涉及 {n} 人，金额 {amount:,.0f} 元"

# a field whose answer did not read twice in a row: the third ask says the form plainly
# (bot/core/intake/guard.py), and an item staff can settle later may be kept as said
EMPLOYER_UNKNOWN = (
    "不知道全名也可以：老板或包工头怎么称呼都行，比如“包工头老周”，或者说是哪家店、哪个工地的。"
)
PLACE_UNKNOWN = (
    "记不清地址也可以：说在哪个城市、哪个区县，或者附近有什么地方，比如“海珠区 江南西地铁站附近”。"
)
GUARD_INTRO = "换个说法试试："
PLAIN_FORM = {
    "worker_name": "只写您的姓名就行，比如：李建国。",
    "contact_phone": "请写 11 位手机号，比如：139 0012 3456。",
    "employer_name": "请写欠钱的公司名字，或者老板、包工头的姓名，比如：宏达建材有限公司，或：包工头陈立新。",
    "project_name": "请写工地或项目的名字，比如：滨江花园二期；没有就点“跳过”。",
    "work_location": "请写干活的地方，说到区县和街道就行，比如：番禺区石楼镇。",
    "industry": "请写您做的工种或行业，比如：木工、保洁、餐馆服务员。",
    "arrears_period": "请写从哪个月到哪个月的工资没发，比如：2026年8月到10月，或：8月到现在。",
    "amount_owed": "请写一共欠您多少钱，写一个数就行，比如：12000 元，或：一万二。",
    "workers_affected": "请写一共几个人被欠工资，写一个数就行，比如：3 个人（只有您自己就写 1）。",
    "description": "请用一两句话说说经过，比如：活干完了老板一直拖着不结工钱。",
}
GUARD_KEEP = "实在说不清也没关系：点“先这样，由工作人员核实”，投诉照样提交，您说过的话原样附在投诉里，由工作人员跟您核对。"
KEEP_FOR_STAFF = "先这样，由工作人员核实"
KEPT_SAID = "{said}（待工作人员核实）"
KEPT_UNREAD = "待工作人员核实（您说的：{said}）"
UNREAD_LINE = "（没能读懂的回答，{label}：{said}）"
STAFF_CHECK_LINE = "（{labels}没能读懂，按工人原话保留，待工作人员核实；系统中填的是占位值）"
