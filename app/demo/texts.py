"""Invented petition texts per topic: a summary (反映问题) and a demand (诉求).

Templates carry slots filled from a seeded generator, so the same seed gives the same
texts. The matters are the everyday ones the background reports list: land
compensation, unpaid wages, pollution, pensions, roads, enforcing court judgements…
"""

from __future__ import annotations

import random
import string

_COMPANIES = (
    "鑫达建筑公司",
    "恒利水晶厂",
    "宏远纺织公司",
    "金峰建材厂",
    "永盛食品公司",
    "华安物流公司",
)
_PROJECTS = ("城南工业园区", "县城东扩道路", "高铁站前广场", "滨江公园", "安置小区二期", "水库扩容")
_ROADS = ("村口至镇上的机耕路", "通村公路", "县道X302线", "集镇主街", "桥头至小学的道路")
_SCHOOLS = ("县实验小学", "第二初级中学", "镇中心幼儿园", "县职业技术学校")

# (summary, demand) pairs per topic code; slots: {village} {township} {company}
# {project} {road} {school} {amount} {wage} {months} {year} {households} {mu}
TEMPLATES: dict[str, tuple[tuple[str, str], ...]] = {
    "land": (
        (
            "{year}年{project}征用{village}土地{mu}亩，至今仍有部分征地补偿款未发放到户。",
            "要求按批复标准足额发放征地补偿款，并公开补偿明细。",
        ),
        (
            "{township}{village}房屋拆迁安置方案与当初承诺不符，安置房迟迟未交付。",
            "要求落实安置房交付时间，过渡期内按月发放临时安置费。",
        ),
        (
            "村集体将承包地流转给{company}，未经村民代表大会讨论，土地流转费分配不公开。",
            "要求核查土地流转程序，公开流转费收支，按户分配。",
        ),
        (
            "宅基地审批申请提交{months}个月无答复，旧房已成危房无法居住。",
            "要求尽快审批宅基地，允许原址翻建。",
        ),
    ),
    "urban": (
        (
            "所购商品房延期交付{months}个月，开发商拒绝按合同支付违约金。",
            "要求住建部门督促开发商交房并支付违约金。",
        ),
        ("小区物业公司擅自提高物业费，电梯长期故障无人维修。", "要求规范物业收费，尽快维修电梯。"),
        ("邻居违章加层建房，影响我家采光并造成墙体开裂。", "要求依法拆除违章建筑，赔偿房屋损失。"),
    ),
    "labour": (
        (
            "{households}名工人在{company}务工，被拖欠工资共计{wage}元，老板失联。",
            "要求人社部门督促支付拖欠工资，必要时动用工资保证金。",
        ),
        (
            "在{company}工作时受伤，工伤认定已作出，单位拒不支付工伤待遇。",
            "要求单位依法支付一次性伤残补助金和医疗费。",
        ),
        (
            "原单位未给本人缴纳{year}年以前的养老保险，现已到退休年龄无法领取养老金。",
            "要求补缴养老保险并核定退休待遇。",
        ),
        (
            "被{company}无故辞退，未签订劳动合同，也未支付经济补偿。",
            "要求支付双倍工资差额和经济补偿金。",
        ),
    ),
    "safety_env": (
        (
            "{village}附近的{company}夜间偷排废水，河水发黑发臭，鱼塘死鱼。",
            "要求环保部门查处偷排行为，赔偿养殖损失。",
        ),
        (
            "{company}生产噪声和粉尘严重，影响周边{households}户居民休息和健康。",
            "要求企业整改或搬迁，限期达标排放。",
        ),
        ("村里小作坊违规储存危险化学品，存在重大安全隐患。", "要求应急管理部门检查并依法取缔。"),
    ),
    "agri": (
        (
            "{village}灌溉水渠年久失修，{mu}亩农田无法灌溉。",
            "要求水利部门列入修缮计划，尽快修复水渠。",
        ),
        (
            "购买的种子质量不合格，{mu}亩水稻减产严重。",
            "要求农业部门鉴定种子质量，督促经销商赔偿。",
        ),
        ("山林权属与邻村存在争议，林木被邻村村民砍伐。", "要求依法确认林权，制止乱砍滥伐。"),
        ("{year}年洪灾冲毁农田和堤坝，至今未修复。", "要求拨付灾后重建资金，修复堤坝。"),
    ),
    "transport": (
        (
            "{road}路面破损严重，雨天积水，学生上学出行困难。",
            "要求交通部门将该路段纳入年度维修计划。",
        ),
        ("{project}施工车辆压坏村道，施工方拒绝修复。", "要求督促施工方修复道路并规范运输。"),
        ("村里至今未通公交车，老人看病出行不便。", "要求开通或延伸公交线路。"),
    ),
    "law": (
        (
            "与{company}的合同纠纷已判决生效{months}个月，对方拒不履行，执行款{amount}万元未到位。",
            "要求法院加大执行力度，尽快执行到位。",
        ),
        (
            "交通事故民事赔偿判决生效后，被执行人名下无财产，案件被终结本次执行。",
            "要求恢复执行，核查被执行人隐匿财产。",
        ),
        ("对离婚案件财产分割判决不服，认为事实认定有误。", "要求重新审理，依法分割夫妻共同财产。"),
    ),
    "discipline": (
        (
            "{village}村干部在低保评定中优亲厚友，村务长期不公开。",
            "要求纪检部门调查，公开村务和财务。",
        ),
        ("村集体资产出租收益去向不明，怀疑村干部侵占。", "要求审计村集体账目，依法追责。"),
    ),
    "civil": (
        ("家中老人瘫痪在床，家庭困难，申请低保被退回。", "要求重新审核低保申请。"),
        ("本人为残疾人，残疾人两项补贴自{year}年起停发。", "要求核实原因并补发残疾人补贴。"),
        ("父母去世后留下的子女无人监护，生活无着。", "要求纳入困境儿童保障，落实生活费。"),
    ),
    "health": (
        (
            "家属在{township}卫生院治疗期间死亡，认为存在医疗过错。",
            "要求进行医疗事故鉴定，医院承担赔偿责任。",
        ),
        ("大病住院医疗费用报销比例低于政策规定。", "要求医保部门核实并按政策补报。"),
    ),
    "education": (
        ("孩子户籍在本县，却被{school}以学区已满为由拒收。", "要求教育部门协调安排就近入学。"),
        ("{school}周边校车超载，存在安全隐患。", "要求加强校车管理，增加车辆。"),
        ("原民办代课教师，工龄补助至今未落实。", "要求按政策落实代课教师生活补助。"),
    ),
    "enterprise": (
        ("原县属企业改制时职工身份置换补偿金未足额发放。", "要求按改制方案补发身份置换金。"),
        ("向{company}供货后货款{amount}万元至今未结清。", "要求政府协调企业支付货款。"),
    ),
    "veterans": (
        ("本人为退役士兵，{year}年退役后安置待遇一直未落实。", "要求按政策落实退役安置待遇。"),
        ("参战退役人员生活困难，定期抚恤补助标准偏低。", "要求提高定期生活补助，解决医疗困难。"),
    ),
    "public_security": (
        ("与邻居发生纠纷被殴打受伤，派出所处理不公。", "要求公安机关依法处理，追究打人者责任。"),
        ("子女户口迁移被派出所以材料不全为由多次退回。", "要求一次性告知所需材料，尽快办理落户。"),
        (
            "被人以投资理财名义诈骗{amount}万元，报案后无进展。",
            "要求公安机关加快侦办，追回被骗款项。",
        ),
    ),
    "other": (
        ("村里移动信号差，多次向运营商反映无人处理。", "要求协调运营商建设基站。"),
        ("对{township}政府办理的事项有意见，多次咨询无果。", "要求有关部门明确答复。"),
        ("建议在{village}建设老年活动中心，解决老年人活动场所问题。", "建议列入民生实事项目。"),
    ),
}

RESOLVED_NOTES = (
    "经现场协调，责任单位当场答复并承诺一周内落实，来访人表示认可。",
    "当场联系相关单位核实情况，问题已当场解决。",
    "现场调取资料核实，当场作出答复，来访人满意。",
)
EXPLAINED_NOTES = (
    "已向来访人详细解释相关政策规定，来访人表示理解。",
    "诉求不符合现行政策，已做好解释说明工作。",
)
LEGAL_CHANNELS = (
    "向县人民法院提起诉讼",
    "申请劳动人事争议仲裁",
    "申请行政复议",
    "向县人民检察院申请法律监督",
    "向法院申请强制执行",
)
INSTRUCTIONS = (
    "请责任单位于规定时限内调查核实，依法依规处理并答复来访人。",
    "请牵头单位会同有关单位研究解决方案，限期办结。",
    "此件为重复信访，请主要负责人亲自包案，务必化解到位。",
    "请尽快核查，能解决的立即解决，不能解决的做好解释工作。",
)


class _Slots(dict[str, str]):
    """A slot value for every name a template may use, drawn on first use."""

    def __init__(self, rng: random.Random, township: str, village: str) -> None:
        super().__init__(township=township, village=village)
        self._rng = rng

    def __missing__(self, key: str) -> str:
        rng = self._rng
        makers = {
            "company": lambda: rng.choice(_COMPANIES),
            "project": lambda: rng.choice(_PROJECTS),
            "road": lambda: rng.choice(_ROADS),
            "school": lambda: rng.choice(_SCHOOLS),
            "amount": lambda: str(rng.choice((3, 5, 8, 12, 20, 35, 60))),
            "wage": lambda: str(rng.randrange(20, 400) * 1000),
            "months": lambda: str(rng.randint(3, 30)),
            "year": lambda: str(rng.randint(2012, 2025)),
            "households": lambda: str(rng.randint(3, 60)),
            "mu": lambda: str(rng.randint(2, 300)),
        }
        value = makers[key]()
        self[key] = value
        return value


def petition_text(
    rng: random.Random, topic_code: str, township: str, village: str
) -> tuple[str, str]:
    """(summary, demand) of an invented petition on ``topic_code`` (unknown codes: other)."""
    summary, demand = rng.choice(TEMPLATES.get(topic_code, TEMPLATES["other"]))
    slots = _Slots(rng, township, village)
    formatter = string.Formatter()
    return formatter.vformat(summary, (), slots), formatter.vformat(demand, (), slots)
