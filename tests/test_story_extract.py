"""Story-first complaints: 68 stories written for this table (construction, factory,
restaurant, delivery, domestic work, dialect, relatives, Chinese-digit phones) and the
fields a careful reader takes from each. A field not listed must NOT be found: nothing
invented, a company or place never taken for a name."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from bot.core.extract import classify, employer_key, extract_story, find_district, same_employer
from knowledge_base.industries import load_industries
from knowledge_base.model import KBValidationError

TODAY = date(2026, 11, 30)
INDUSTRIES = load_industries(Path(__file__).parent.parent / "knowledge_base" / "data" / "industries.yaml")
# ask: who owes named only by a nickname or surname (老李, 王老板): no name to file under, the
# full name is asked with one tap to keep what was said
KEYS = ("name", "phone", "employer", "ask", "project", "district", "cat", "period", "amount", "heads")

STORIES = [
    # --- the issue's own examples
    (
        "我叫孙海波 在龙华区观澜的鑫达五金厂做冲压 从七月起工资就没发 我们组十几个人 我自己被欠了一万六左右 电话18612345678 帮我登记",
        dict(
            name="孙海波",
            phone="18612345678",
            employer="鑫达五金厂",
            district="龙华区",
            cat="制造业",
            period=("2026-07", "2026-11"),
            amount=16000,
            heads=10,
            file=True,
        ),
    ),
    (
        "我在龙岗区 一家电子厂 叫华美电子厂 欠了我和另外五个工友三个月工资 一个人八千五",
        dict(
            employer="华美电子厂",
            district="龙岗区",
            cat="制造业",
            period=("2026-08", "2026-10"),
            amount=51000,
            heads=6,
        ),
    ),
    # --- construction
    (
        "我是钢筋工 在宝安区沙井街道的万科城三期工地干了半年 包工头老李跑了 欠我两万三 我们班组12个人 电话13912345678",
        dict(
            phone="13912345678",
            ask="包工头老李",
            project="万科城三期",
            district="宝安区",
            cat="建筑业",
            amount=23000,
            heads=12,
        ),
    ),
    (
        "在工地上做木工的 一天三百五 干了四十天 一分钱没拿到 老板姓王",
        dict(ask="王老板", cat="建筑业", amount=14000),
    ),
    (
        "我叫刘德明，在深圳市宏图建筑劳务有限公司干泥工，从今年3月到8月的工资都没给，一共三万六，手机号 135 0000 1234",
        dict(
            name="刘德明",
            phone="13500001234",
            employer="深圳市宏图建筑劳务有限公司",
            cat="建筑业",
            period=("2026-03", "2026-08"),
            amount=36000,
        ),
    ),
    (
        "俺们二十多个老乡跟着工头张某在福田区搞装修 快过年了 工钱一直拖着 每人欠一万多",
        dict(ask="工头张某", district="福田区", cat="建筑业", heads=20, amount=200000),
    ),
    (
        "水电工，南山区蛇口那边的海景花园项目，老板拖了我两个月工资 一个月七千二 电话一三八零零一三八零零零",
        dict(
            phone="13800138000",
            project="海景花园",
            district="南山区",
            cat="建筑业",
            period=("2026-09", "2026-10"),
            amount=14400,
        ),
    ),
    (
        "我们是搭架子的 在光明区 欠了我们8个人四个月的钱 总共十二万 找包工头小陈他就躲",
        dict(
            ask="包工头小陈",
            district="光明区",
            cat="建筑业",
            period=("2026-07", "2026-10"),
            heads=8,
            amount=120000,
        ),
    ),
    (
        "名字是赵建军 在坪山区做焊工 去年十月到今年一月的工资没结 两万八 我一个人被欠",
        dict(
            name="赵建军",
            district="坪山区",
            cat="建筑业",
            period=("2025-10", "2026-01"),
            amount=28000,
            heads=1,
        ),
    ),
    (
        "我在龙岗区坂田街道一个工地当小工 一天两百八 干了二十天 老板不给钱",
        dict(district="龙岗区", cat="建筑业", amount=5600),
    ),
    (
        "贴砖的，在北京朝阳区一个小区干活，工头叫马国庆，欠我一万二，电话 15810002000",
        dict(phone="15810002000", employer="马国庆", district="朝阳区", cat="建筑业", amount=12000),
    ),
    # --- factories
    (
        "我叫陈小红 在东莞一家鞋厂 叫宏兴鞋业有限公司 做车位 上个月和这个月工资都没发 一个月五千二",
        dict(
            name="陈小红",
            employer="宏兴鞋业有限公司",
            district="东莞市",  # no county level in Dongguan: the city is the district
            cat="制造业",
            period=("2026-10", "2026-11"),
            amount=10400,
        ),
    ),
    (
        "厂里做注塑的，老板跑路了，全厂一百多号人都没拿到九月十月的工资，我自己一万零五百，厂名叫金鹏塑胶制品厂，在惠阳区",
        dict(
            employer="金鹏塑胶制品厂",
            district="惠阳区",
            cat="制造业",
            period=("2026-09", "2026-10"),
            heads=100,
            amount=10500,
        ),
    ),
    (
        "在昆山市张浦镇的电子厂流水线上班 厂名叫立讯精密 拖了三个月工资 我们车间三十几个人",
        dict(employer="立讯精密", district="昆山市", cat="制造业", period=("2026-08", "2026-10"), heads=30),
    ),
    (
        "本人王芳 服装厂车工 老板欠了我四个月工资 月工资4800 电话：13600001111",
        dict(name="王芳", phone="13600001111", cat="制造业", period=("2026-07", "2026-10"), amount=19200),
    ),
    (
        "我们五金厂7、8、9三个月没发工资 十五六个人 老板说没钱 厂子叫永盛五金",
        dict(employer="永盛五金", cat="制造业", period=("2026-07", "2026-09"), heads=15),
    ),
    (
        "在义乌市一家饰品加工厂打包装，老板欠我六千块，就我一个",
        dict(district="义乌市", cat="制造业", amount=6000, heads=1),
    ),
    # --- restaurants and hotels
    (
        "在海底捞火锅店当服务员 两个月工资没给 一个月四千五 南山区",
        dict(
            employer="海底捞火锅店",
            district="南山区",
            cat="住宿和餐饮业",
            period=("2026-09", "2026-10"),
            amount=9000,
        ),
    ),
    (
        "饭店 服务员 老板欠了三千八 我叫周丽 18900002222",
        dict(name="周丽", phone="18900002222", cat="住宿和餐饮业", amount=3800),
    ),
    (
        "我是厨师，在天河区的粤香酒楼干了五个月，后面三个月工资没发，每个月六千，我们后厨七个人都没拿到",
        dict(
            employer="粤香酒楼",
            district="天河区",
            cat="住宿和餐饮业",
            period=("2026-08", "2026-10"),
            amount=18000,
            heads=7,
        ),
    ),
    (
        "我叫吴桂兰 在宾馆做保洁客房 拖欠了两个月 九千块",
        dict(name="吴桂兰", cat="住宿和餐饮业", period=("2026-09", "2026-10"), amount=9000),
    ),
    # --- delivery and transport
    (
        "我是美团外卖骑手 在龙华区民治配送站跑单 站长扣了我十月份的工资 四千三 能不能帮我投诉",
        dict(
            employer="民治配送站",
            district="龙华区",
            cat="交通运输仓储和邮政业",
            period=("2026-10", "2026-10"),
            amount=4300,
            file=True,
        ),
    ),
    (
        "跑外卖的 饿了么 上个月工资没给 3800元 电话 137 0000 3333",
        dict(
            phone="13700003333",
            ask="饿了么",  # a platform is seldom who pays: who does is asked, one tap keeps it
            cat="交通运输仓储和邮政业",
            period=("2026-10", "2026-10"),
            amount=3800,
        ),
    ),
    (
        "在顺丰速运有限公司当快递员，分拣加派件，八月到十月工资拖着没发，一共一万五",
        dict(
            employer="顺丰速运有限公司",
            cat="交通运输仓储和邮政业",
            period=("2026-08", "2026-10"),
            amount=15000,
        ),
    ),
    (
        "货车司机 给物流公司开车 老板叫黄志强 欠运费工资两万 去年的",
        dict(employer="黄志强", cat="交通运输仓储和邮政业", amount=20000),
    ),
    # --- domestic work and services
    (
        "我是住家保姆 雇主刘女士 三个月没给工资 一个月六千五 在浦东新区",
        dict(
            ask="刘女士",  # a title only: her full name is asked (story.employer_hint)
            district="浦东新区",
            cat="居民服务",
            period=("2026-08", "2026-10"),
            amount=19500,
        ),
    ),
    (
        "做月嫂的 家政公司叫好帮手家政 欠我一单的钱 八千",
        dict(employer="好帮手家政", cat="居民服务", amount=8000),
    ),
    (
        "我在小区当保安 物业公司叫安居物业 两个月工资拖着 一个月三千六 我们保安队六个人",
        dict(employer="安居物业", cat="居民服务", period=("2026-09", "2026-10"), amount=7200, heads=6),
    ),
    ("理发店的 老板跑了 欠我五千 在福田区", dict(district="福田区", cat="居民服务", amount=5000)),
    # --- retail, IT
    (
        "超市收银员 欠了三个月工资 一个月三千二 电话15000004444",
        dict(phone="15000004444", cat="批发和零售业", period=("2026-08", "2026-10"), amount=9600),
    ),
    (
        "我是程序员，在南山区一家科技公司，叫云帆网络科技有限公司，拖欠两个月工资共计三万二",
        dict(
            employer="云帆网络科技有限公司",
            district="南山区",
            cat="信息技术/文化创意",
            period=("2026-09", "2026-10"),
            amount=32000,
        ),
    ),
    (
        "做直播的 传媒公司叫星火传媒 提成没给 一万二左右",
        dict(employer="星火传媒", cat="信息技术/文化创意", amount=12000),
    ),
    # --- relatives
    (
        "替我妈投诉一下 她叫李秀英，在南山区一家饭店洗碗，老板欠她两个月工资 一个月四千 有事打我电话13812345678 我叫王强",
        dict(
            name="李秀英",
            phone="13812345678",
            district="南山区",
            cat="住宿和餐饮业",
            period=("2026-09", "2026-10"),
            amount=8000,
            relative="母亲",
            caller="王强",
            file=True,
        ),
    ),
    (
        "帮我爸问问 他在工地干了三个月 包工头老周不给钱 他叫王建国 一共一万八 我电话 18600007777",
        dict(
            name="王建国",
            phone="18600007777",
            ask="包工头老周",
            cat="建筑业",
            period=("2026-08", "2026-10"),
            amount=18000,
            relative="父亲",
        ),
    ),
    (
        "我老公在宝安区一个厂里上班 厂子叫鸿运五金厂 欠了他五个月 两万五 他叫张大勇",
        dict(
            name="张大勇",
            employer="鸿运五金厂",
            district="宝安区",
            cat="制造业",
            period=("2026-06", "2026-10"),
            amount=25000,
            relative="丈夫",
        ),
    ),
    # --- relatives and fellows named in the opening story: the worker is the one named, the
    # caller is the contact; "就她一个人" is the head count
    (
        "我替我老婆来反映的，她叫黄丽萍，在中山小榄镇一家灯饰厂做包装，十月到十一月没发，一共九千二，"
        "就她一个人，有事打我电话13760001234",
        dict(
            name="黄丽萍",
            phone="13760001234",
            district="中山市小榄镇",
            cat="制造业",
            period=("2026-10", "2026-11"),
            amount=9200,
            heads=1,
            relative="妻子",
        ),
    ),
    (
        "刘长根是我爸，今年在成都双流区的工地上扎钢筋，包工头老黄欠他一万六，我想替他登记一下 我电话15008881234",
        dict(
            name="刘长根",
            phone="15008881234",
            ask="包工头老黄",
            district="双流区",
            cat="建筑业",
            amount=16000,
            relative="父亲",
            file=True,
        ),
    ),
    (
        "帮我儿子问一下，他名字叫唐小龙，在长沙雨花区一家奶茶店打工，老板拖了他两个月工资五千",
        dict(
            name="唐小龙",
            district="雨花区",
            cat="住宿和餐饮业",
            period=("2026-09", "2026-10"),
            amount=5000,
            relative="儿子",
        ),
    ),
    (
        "我是替老乡来登记的，他叫韦明亮，在南宁西乡塘区的物流仓库搞装卸，欠了他七千",
        dict(name="韦明亮", district="西乡塘区", cat="交通运输仓储和邮政业", amount=7000, relative="老乡"),
    ),
    (
        "替我舅问问，他叫彭大山，在吉首市一个砖厂烧砖，老板欠他八千多 我叫田芳",
        dict(name="彭大山", district="吉首市", cat="制造业", amount=8000, relative="舅舅", caller="田芳"),
    ),
    (
        "我哥孔令军在义乌稠城街道的袜厂上班，老板欠他四个月工资，我帮他投诉 电话13588889999",
        dict(
            name="孔令军",
            phone="13588889999",
            district="义乌市",
            cat="制造业",
            period=("2026-07", "2026-10"),
            relative="哥哥",
            file=True,
        ),
    ),
    (
        "我是替我女儿来问的 她叫邓佳佳 在厦门湖里区的面包房当学徒 老板三个月没给钱 一共六千 只有她一个",
        dict(
            name="邓佳佳",
            district="湖里区",
            cat="住宿和餐饮业",
            period=("2026-08", "2026-10"),
            amount=6000,
            heads=1,
            relative="女儿",
        ),
    ),
    (
        "我是帮工友问的 他叫石勇 在昆明呈贡区的物流公司开叉车 欠了他两个月",
        dict(
            name="石勇",
            district="呈贡区",
            cat="交通运输仓储和邮政业",
            period=("2026-09", "2026-10"),
            relative="工友",
        ),
    ),
    (
        "我爸今年五十八了在沈阳铁西区工地看大门，叫程旺来，老板欠他三个月工资",
        dict(
            name="程旺来", district="铁西区", cat="居民服务", period=("2026-08", "2026-10"), relative="父亲"
        ),
    ),
    (
        "我媳妇在超市当收银员 老板欠她两个月 名字叫潘美玲 就她一个人",
        dict(name="潘美玲", cat="批发和零售业", period=("2026-09", "2026-10"), heads=1, relative="妻子"),
    ),
    (  # both of them work there and the caller is named: the caller is the worker, no relative
        "我老公和我都在厂里上班 我叫王芳 欠我们两个人一万",
        dict(name="王芳", cat="制造业", amount=10000, heads=2),
    ),
    (  # the caller says who they are to the worker: the worker is the other side
        "喂 我是他老婆 他叫侯建军 在晋中榆次区的工地干活 欠了他两万",
        dict(name="侯建军", district="榆次区", cat="建筑业", amount=20000, relative="丈夫"),
    ),
    (
        "我是她女儿，她叫林翠花，在泉州丰泽区一家餐馆洗碗 欠她三千",
        dict(name="林翠花", district="丰泽区", cat="住宿和餐饮业", amount=3000, relative="母亲"),
    ),
    (
        "我家那口子在厂里被欠了工资 他叫赖德明 欠他五千",
        dict(name="赖德明", cat="制造业", amount=5000, relative="配偶"),
    ),
    (  # where he comes from, then where he works: the work place is the district
        "我帮我老公来登记一下 他叫覃永福 广西来宾兴宾区的 在南宁青秀区凤岭那边的工地做泥水 包工头黄某欠了他四万",
        dict(
            name="覃永福",
            ask="包工头黄某",
            district="青秀区",
            cat="建筑业",
            amount=40000,
            relative="丈夫",
            file=True,
        ),
    ),
    (
        "我老家是四川南充顺庆区的，现在在东莞长安镇的五金厂上班，欠我六千",
        dict(district="东莞市长安镇", cat="制造业", amount=6000),
    ),
    ("我是湖南邵东县人 在外面打零工 欠我四千", dict(amount=4000)),
    # --- a district, town or village is never the employer; farms and bakeries have a category
    (
        "我在太原小店区一家面包店做裱花，老板欠我两个月工资七千",
        dict(district="小店区", cat="住宿和餐饮业", period=("2026-09", "2026-10"), amount=7000),
    ),
    (
        "在广州白云区太和镇大源村一个服装厂做车位，欠我八千",
        dict(district="白云区", cat="制造业", amount=8000),
    ),
    (
        "在新疆昌吉市的棉花地摘棉花，老板欠我们五个人工钱两万",
        dict(district="昌吉市", cat="农、林、牧、渔业", amount=20000, heads=5),
    ),
    (
        "我在寿光市一个蔬菜大棚干活，种菜的老板欠我四个月工资一万二",
        dict(district="寿光市", cat="农、林、牧、渔业", period=("2026-07", "2026-10"), amount=12000),
    ),
    ("在鄂托克旗一个养殖场放羊，场主欠我半年工资", dict(district="鄂托克旗", cat="农、林、牧、渔业")),
    (
        "在神农架林区松柏镇一个茶园采茶，欠我三千",
        dict(district="神农架林区", cat="农、林、牧、渔业", amount=3000),
    ),
    (
        "在上海浦东新区康桥镇一家烘焙坊做面包师，欠了我一万",
        dict(district="浦东新区", cat="住宿和餐饮业", amount=10000),
    ),
    # --- dialect and talk
    (
        "俺在工地搬砖 老板拖了俺仨月工钱 一万多块 咋整啊",
        dict(cat="建筑业", period=("2026-08", "2026-10"), amount=10000, question=True),
    ),
    (
        "老板唔俾人工啊 我喺白云区制衣厂做嘢 欠咗两个月 八千蚊",
        dict(district="白云区", cat="制造业", period=("2026-09", "2026-10"), amount=8000),
    ),
    (
        "电话是幺三九幺二三四五六七八 我叫何丽 在餐馆洗碗 老板欠我两千五",
        dict(name="何丽", phone="13912345678", cat="住宿和餐饮业", amount=2500),
    ),
    (
        "工资一直拖 已经欠了我俩月 一月4500 在江北区一家火锅店 怎么办",
        dict(
            district="江北区", cat="住宿和餐饮业", period=("2026-09", "2026-10"), amount=9000, question=True
        ),
    ),
    # --- traps and conflicts
    ("我叫华美电子厂的老板还钱 欠我八千", dict(employer="华美电子厂", cat="制造业", amount=8000)),
    (
        "欠了我八千 后来又说一共欠我一万二 鑫达五金厂的",
        dict(employer="鑫达五金厂", cat="制造业", choices=[8000, 12000]),
    ),
    (
        "我是龙岗区的 在一家电子厂 工资三个月没发",
        dict(district="龙岗区", cat="制造业", period=("2026-08", "2026-10")),
    ),
    # --- exact months win over a vague length; a vague length alone gives no months
    ("从3月做到8月 干了小半年 工资一共两万四没给", dict(period=("2026-03", "2026-08"), amount=24000)),
    (
        "去年11月到今年1月在工地干活 包工头拖了大半年了 欠我一万",
        dict(period=("2025-11", "2026-01"), cat="建筑业", amount=10000),
    ),
    ("干了大半年 工资拖着不给 欠我两万", dict(amount=20000)),
    ("在饭馆端盘子 老板欠了我小半年工资 三万", dict(amount=30000, cat="住宿和餐饮业")),
    ("在物流园搬货 欠我一年多的工资 四万", dict(amount=40000, cat="交通运输仓储和邮政业")),
    # --- a name after a role phrase; a head count with a job noun before 人
    (
        "我是带班的孙国强 在宝安区福永街道的工地 我们班组的工资拖了两个月 一共四万",
        dict(name="孙国强", district="宝安区", cat="建筑业", period=("2026-09", "2026-10"), amount=40000),
    ),
    (
        "我们一共8个保安 在朝阳区的一个小区 物业欠了两个月工资 每人四千",
        dict(district="朝阳区", cat="居民服务", heads=8, period=("2026-09", "2026-10"), amount=32000),
    ),
    (
        "我是开塔吊的邓志华 我们17个电焊工 被欠了三个月工资 包工头老钟不接电话",
        dict(name="邓志华", ask="包工头老钟", cat="建筑业", heads=17, period=("2026-08", "2026-10")),
    ),
    # --- employer: a name glued to it, the full registered name, a role beside a person
    (
        "我叫黎志明宏发装修公司欠了我两个月工资 一共一万四",
        dict(
            name="黎志明", employer="宏发装修公司", cat="建筑业", period=("2026-09", "2026-10"), amount=14000
        ),
    ),
    (
        "我叫符美玲酒楼欠了我三个月 九千块",
        dict(name="符美玲", cat="住宿和餐饮业", period=("2026-08", "2026-10"), amount=9000),
    ),
    (
        "在宏达塑料厂上班 欠我五千 厂的全称是佛山市宏达塑料制品有限公司",
        dict(employer="佛山市宏达塑料制品有限公司", cat="制造业", amount=5000),
    ),
    (
        "我在永盛五金厂打磨 老板欠我六千 营业执照上是东莞永盛五金制品有限公司",
        dict(employer="东莞永盛五金制品有限公司", cat="制造业", amount=6000),
    ),
    (
        "公司全名广州市恒发物流有限公司 欠了我工资七千",
        dict(employer="广州市恒发物流有限公司", cat="交通运输仓储和邮政业", amount=7000),
    ),
    (
        "在雇主陈静家做住家保姆 她欠我两个月工资 一共一万二",
        dict(employer="陈静", cat="居民服务", period=("2026-09", "2026-10"), amount=12000),
    ),
    # --- each one's part told one after another, added up (story set 7's class, own wording)
    (
        "我是瓦工班长赵德明 我自己被欠一万五 我侄子一万二 另外五个工友每人九千 一共七个人 在江宁区盖厂房",
        dict(name="赵德明", district="江宁区", cat="建筑业", amount=72000, heads=7),
    ),
    (
        "电子厂的工资三个人都没拿到：阿芳六千八，阿玲七千二，我自己七千五。帮我们投诉",
        dict(cat="制造业", amount=21500, heads=3, file=True),
    ),
    (
        "我们车队欠薪，我的是九千六，另外三个司机加起来两万七，我们4个人都没拿到",
        dict(cat="交通运输仓储和邮政业", amount=36600, heads=4),
    ),
    (
        "在站点跑外卖 九月份的工资五千二没给 十月上半月两千四也没给 十月十五号我就走了",
        dict(cat="交通运输仓储和邮政业", period=("2026-09", "2026-10"), amount=7600),
    ),
    (
        "开叉车的 工资欠一万六，加上餐补一千，一共一万七，上个月给了五千，剩下的还拖着",
        dict(cat="交通运输仓储和邮政业", amount=12000),
    ),
    (
        "我们组一共4个保洁，都是一个月三千八，8月到10月三个月没发",
        dict(cat="居民服务", period=("2026-08", "2026-10"), amount=45600, heads=4),
    ),
    (
        "从今年6月开始就没发工资，6、7、8、9四个月，我在车间一个月四千",
        dict(cat="制造业", period=("2026-06", "2026-09"), amount=16000),
    ),
    (
        "八月五号到的果园摘苹果 一直摘到十月中 老板一分没给 欠我九千",
        dict(cat="农、林、牧、渔业", period=("2026-08", "2026-10"), amount=9000),
    ),
    # --- periods: a festival that is a person's name, one month's pay owed since, an open start
    (
        "我们村五个人给人盖房子，老张欠一万，小刘欠八千，其他三个每人六千，带头的张国庆也没拿到，今年三月干到七月",
        dict(cat="建筑业", period=("2026-03", "2026-07"), amount=36000, heads=5),
    ),
    (
        "在快递站分拣，九月份的工钱一直没给我结，一共四千七",
        dict(cat="交通运输仓储和邮政业", period=("2026-09", "2026-09"), amount=4700),
    ),
    (
        "在奶茶店当店员，中秋过后老板就没发过工资，一个月两千九",
        dict(cat="住宿和餐饮业", period=("2026-09", "2026-11"), amount=8700),
    ),
    # --- which phone to call, what money counts
    (
        "我替我哥问的，他叫郑大勇，在江北区工地扎钢筋，欠他两万。他电话13512345678老是关机，有事打我的 186 0000 1234",
        dict(
            name="郑大勇", phone="18600001234", district="江北区", cat="建筑业", amount=20000, relative="哥哥"
        ),
    ),
    (
        "我叫范秋菊 在饭店洗碗 老板欠我六千 电话139 1111 2222，不对，是139 1111 2233",
        dict(name="范秋菊", phone="13911112233", cat="住宿和餐饮业", amount=6000),
    ),
    (
        "在奶茶店上班 一个月四千，九月十月两个月没发，还有加班费一千五也没给",
        dict(cat="住宿和餐饮业", period=("2026-09", "2026-10"), amount=9500),
    ),
    (
        "快递站欠我工资一万二，另外还有八百块的油费，这个不算工资我先不算进去",
        dict(cat="交通运输仓储和邮政业", amount=12000),
    ),
    (
        "我做文员 月薪六千，8月工资只发了一半，9月、10月都没发",
        dict(cat="其他", period=("2026-08", "2026-10"), amount=15000),
    ),
    (
        "我们三个在同一个工地砌墙：王大海九千，李国庆八千五，刘强一万，包工头一直拖着",
        dict(cat="建筑业", amount=27500, heads=3),
    ),
    # --- pay by the piece; the Minnan 阮 (I) introducing a name
    (
        "我在制衣厂剪线头，一件三毛，九月剪了两万件，十月剪了一万八千件，老板只给了一千",
        dict(cat="制造业", period=("2026-09", "2026-10"), amount=10400),
    ),
    (
        "阮叫陈丽华，在鞋厂车鞋面，老板欠阮工钱八千",
        dict(name="陈丽华", cat="制造业", amount=8000),
    ),
    # --- whose case it is: 大 (father, Shaanxi), a workmate of the caller's crew, a name to file under
    (
        "我大叫王德福，今年六十了，在工地上当小工，老板欠他三个月工资一共七千五",
        dict(name="王德福", cat="建筑业", period=("2026-08", "2026-10"), amount=7500, relative="父亲"),
    ),
    (
        "想替我们车间一个工友问一下，他叫韩小军，厂里欠他六千，我叫孟涛",
        dict(name="韩小军", cat="制造业", amount=6000, relative="工友", caller="孟涛"),
    ),
    (
        "我是村里的主任，叫白志强。登记的时候名字就写周大勇，他带的头，五个人在砖厂干活被欠了三万",
        dict(name="周大勇", cat="制造业", amount=30000, heads=5, relative="他人", caller="白志强"),
    ),
    # --- months listed in Chinese numerals; pay besides the wage; a part paid to each one
    (
        "我们三个在小区当保安，七、八、九月没开支，一人一个月三千一",
        dict(cat="居民服务", period=("2026-07", "2026-09"), amount=27900, heads=3),
    ),
    (
        "在理发店做发型师，底薪四千，九月十月两个月底薪没发，还有提成三千六也没给",
        dict(cat="居民服务", period=("2026-09", "2026-10"), amount=11600),
    ),
    (
        "在饭店做收银，两个月工资一共八千四没发，另外我垫的买菜钱六百也没报销",
        dict(cat="住宿和餐饮业", period=("2026-09", "2026-10"), amount=9000),
    ),
    (
        "在超市当理货员，九月到十月的工资七千没发，还有两百块话补，话补就不算了",
        dict(cat="批发和零售业", period=("2026-09", "2026-10"), amount=7000),
    ),
    (
        "我们四个人在工地扎钢筋，今年六月到九月四个月，每人每月七千，老板只给每人发过三千生活费",
        dict(cat="建筑业", period=("2026-06", "2026-09"), amount=100000, heads=4),
    ),
    # --- days counted out after the dates; only the teller's own share filed
    (
        "我带了五个老乡在茶山采茶，算上我六个人，九月一号采到十月十号整整四十天，说好一人一天一百二",
        dict(cat="农、林、牧、渔业", period=("2026-09", "2026-10"), amount=28800, heads=6),
    ),
    (
        "在酒楼做帮厨，一个月四千，九月十月两个月没发。后厨还有三个也没拿到，不过我就说我个人的",
        dict(cat="住宿和餐饮业", period=("2026-09", "2026-10"), amount=8000, heads=1),
    ),
    # --- trade words typed with a slip (保母 for 保姆)
    (
        "我在人家里当保母带老人，三个月没给工资了，一共一万二",
        dict(cat="居民服务", period=("2026-08", "2026-10"), amount=12000),
    ),
    # --- for one person only, though others are owed too
    (
        "我阿爸喺工地做杂工，佢哋好多人冇收到人工，不过我净系帮我阿爸一个人问，欠佢九千",
        dict(cat="建筑业", amount=9000, heads=1, relative="父亲"),
    ),
    (
        "车间里好几个人都没拿到工资，他们自己去找，我就说我个人的，欠我七千二",
        dict(cat="制造业", amount=7200, heads=1),
    ),
    ("老板不发工资怎么办", dict(question=True)),
    ("我要投诉", dict(file=True)),
]


@pytest.mark.parametrize("text,want", STORIES, ids=[f"s{i:02d}" for i in range(len(STORIES))])
def test_story_fields(text: str, want: dict) -> None:
    s = extract_story(text, TODAY, INDUSTRIES)
    f = s.fields
    got = {
        "name": f["worker_name"].value if "worker_name" in f else None,
        "phone": f["contact_phone"].value if "contact_phone" in f else None,
        "employer": f["employer_name"].value if "employer_name" in f else None,
        "ask": s.employer_hint,
        "project": f["project_name"].value if "project_name" in f else None,
        "district": s.district,
        "cat": s.industry_category,
        "period": (f["arrears_period"].value["start"], f["arrears_period"].value["end"])
        if "arrears_period" in f
        else None,
        "amount": int(f["amount_owed"].value) if "amount_owed" in f else None,
        "heads": int(f["workers_affected"].value) if "workers_affected" in f else None,
    }
    expected = {k: want.get(k) for k in KEYS}
    assert got == expected, text
    assert s.relative == want.get("relative") and s.caller_name == want.get("caller")
    assert [int(c) for c in s.amount_choices] == want.get("choices", [])
    assert s.wants_to_file == want.get("file", False)
    if "question" in want:
        assert s.has_question == want["question"]
    if s.is_story():  # nothing typed is lost: the whole story is the description
        assert f["description"].value == text


def test_table_is_large_and_varied() -> None:
    assert len(STORIES) >= 40
    cats = {w.get("cat") for _, w in STORIES}
    assert {"建筑业", "制造业", "住宿和餐饮业", "交通运输仓储和邮政业", "居民服务"} <= cats


@pytest.mark.parametrize(
    "text,district",
    [
        ("龙岗区坂田街道", "龙岗区"),
        ("深圳市宝安区福永", "宝安区"),
        ("在龙岗 一家电子厂", "龙岗区"),
        ("海口市龙华区", "龙华区"),
        ("杭州余杭区仓前", "余杭区"),
        ("昆山市张浦镇", "昆山市"),
        ("示例区建设路", None),
        ("在南山的工地", None),  # 南山 alone is also a common word: not guessed
        ("在兴隆社区做保洁", None),  # a community named 兴隆, not the county 兴隆县
        ("在宝安福永上班", "宝安区"),
        ("在乌审旗打工", "乌审旗"),
        ("湖北神农架林区", "神农架林区"),
        ("长阳土家族自治县", "长阳土家族自治县"),
        ("在浦东新区张江镇", "浦东新区"),
    ],
)
def test_district_from_any_address(text: str, district: str | None) -> None:
    found = find_district(text)
    assert (found.name if found else None) == district


def test_namesake_district_follows_the_city() -> None:
    assert find_district("海口市龙华区").code.startswith("4601")
    assert find_district("深圳龙华区观澜").code.startswith("4403")


@pytest.mark.parametrize(
    "a,b,same",
    [
        ("鑫达五金厂", "鑫达五金制品有限公司", True),
        ("观澜鑫达五金", "鑫达五金厂", True),
        ("深圳市宏图建筑劳务有限公司", "宏图建筑劳务", True),
        ("鑫达五金厂", "华美电子厂", False),
        ("五金厂", "鑫达五金厂", False),  # a kind is not an employer
    ],
)
def test_employer_key(a: str, b: str, same: bool) -> None:
    places = ("观澜",)
    assert same_employer(employer_key(a, places), employer_key(b, places)) == same


@pytest.mark.parametrize(
    "words,cat",
    [
        ("在工地上做木工的", "建筑业"),
        ("饭店 服务员", "住宿和餐饮业"),
        ("送外卖", "交通运输仓储和邮政业"),
        ("电子厂普工", "制造业"),
        ("保姆", "居民服务"),
        ("卖保险", "其他"),
    ],
)
def test_industry_words_to_category(words: str, cat: str) -> None:
    assert classify(words, INDUSTRIES) == cat


def test_industries_file_errors_name_file_and_line(tmp_path: Path) -> None:
    bad = tmp_path / "industries.yaml"
    bad.write_text(
        "industries:\n  - name: 建筑业\n    aliases: [工地]\n  - name: 制造业\n    aliases: [工地, 工厂]\n"
        "  - name: 其他\n    aliases: []\n",
        encoding="utf-8",
    )
    with pytest.raises(KBValidationError) as err:
        load_industries(bad)
    text = str(err.value)
    assert f"{bad}:4:" in text and "'工地' already belongs to '建筑业'" in text
    assert "exactly one category must have other: true" in text


@pytest.mark.parametrize(
    "text,place",
    [
        ("我在白云区人和镇的一个工地扎钢筋 欠我八千", "白云区人和镇"),
        ("在溧水区和凤镇那边的厂里上班 欠我五千", "溧水区和凤镇"),
        ("在朝阳区望京那边送外卖 欠我三千", "朝阳区望京"),
        ("在柳州柳北区那块打工 老板欠我四千", "柳州柳北区"),
        ("在昌平区回龙观这边做保洁 欠我两千", "昌平区回龙观"),
    ],
)
def test_place_words_are_kept_whole(text: str, place: str) -> None:
    """A town's own name is kept ("…镇" even when a character in it often ends a word);
    "那边/这边/那块" and what follows are not part of the place."""
    assert extract_story(text, TODAY, INDUSTRIES).fields["work_location"].value == place


@pytest.mark.parametrize(
    "text,words,cat",
    [
        ("我在工地上做抹灰工 包工头欠我一万一", "抹灰工、工地", "建筑业"),
        ("我在一个工地看大门 当门卫 包工头欠我三个月 六千", "看大门、门卫、工地", "居民服务"),
        ("在小区工地当保安 老板欠我四千", "保安、工地", "居民服务"),
        ("包工头欠我一万二 三个月了", "建筑业", "建筑业"),
    ],
)
def test_industry_is_the_workers_own_job(text: str, words: str, cat: str) -> None:
    """The worker's job word decides before the workplace (a 门卫 on a 工地 is not a
    builder) and is kept beside the category; the contractor (包工头) is never the job."""
    s = extract_story(text, TODAY, INDUSTRIES)
    assert (s.fields["industry"].value, s.industry_category) == (words, cat)
