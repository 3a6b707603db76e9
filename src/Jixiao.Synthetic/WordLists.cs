namespace Jixiao.Synthetic;

/// <summary>The Chinese words synthetic reports are made of: places, bureaus, units, projects, indicators and set phrases.</summary>
internal static class WordLists
{
    /// <summary>A city, one of its districts and the district's ASCII slug for file names.</summary>
    public sealed record District(string City, string Name, string Slug);

    /// <summary>A kind of bureau: its name, ASCII slug and the field its figures and indicators are about (e.g. 安全生产).</summary>
    public sealed record Bureau(string Name, string Slug, string Field);

    public static readonly District[] Districts =
    [
        new("广州市", "天河区", "tianhe"), new("广州市", "越秀区", "yuexiu"), new("广州市", "海珠区", "haizhu"), new("广州市", "荔湾区", "liwan"),
        new("广州市", "白云区", "baiyun"), new("广州市", "黄埔区", "huangpu"), new("广州市", "番禺区", "panyu"), new("广州市", "花都区", "huadu"),
        new("广州市", "南沙区", "nansha"), new("广州市", "从化区", "conghua"), new("广州市", "增城区", "zengcheng"), new("深圳市", "福田区", "futian"),
        new("深圳市", "罗湖区", "luohu"), new("深圳市", "南山区", "nanshan"), new("佛山市", "禅城区", "chancheng"), new("佛山市", "南海区", "nanhai"),
        new("佛山市", "顺德区", "shunde"), new("珠海市", "香洲区", "xiangzhou"),
    ];

    public static readonly Bureau[] Bureaus =
    [
        new("应急管理局", "yingji", "安全生产"), new("市场监督管理局", "shijian", "食品安全"), new("城市管理和综合执法局", "chengguan", "市容环境"),
        new("卫生健康局", "weijian", "公共卫生"), new("教育局", "jiaoyu", "校园安全"), new("民政局", "minzheng", "社会救助"),
        new("文化广电旅游体育局", "wenlv", "文化旅游"), new("住房和城乡建设局", "zhujian", "建筑施工"), new("人力资源和社会保障局", "renshe", "就业服务"),
        new("水务局", "shuiwu", "防汛排涝"), new("农业农村局", "nongye", "农产品质量"), new("司法局", "sifa", "法律服务"),
    ];

    /// <summary>Units with their own basic-expenditure block besides 局本级.</summary>
    public static readonly string[] Units = ["执法大队", "事务中心", "服务中心", "监测站", "信息中心", "指挥中心", "宣传教育中心", "综合保障中心"];

    /// <summary>Implementing units (实施单位（科室）) of projects.</summary>
    public static readonly string[] Offices = ["办公室", "综合法规科", "计划财务科", "监督管理科", "执法一科", "执法二科", "宣传教育科", "信息化科", "业务指导科", "综合保障科"];

    /// <summary>Project name stems; "{0}" is the bureau's field.</summary>
    public static readonly string[] ProjectStems =
    [
        "{0}业务经费", "{0}专项整治经费", "{0}宣传教育经费", "{0}培训经费", "{0}执法办案经费", "{0}信息系统运维项目", "{0}监测检测经费",
        "{0}应急演练经费", "{0}设备购置经费", "{0}第三方服务经费", "编外人员聘用经费", "办公场所维修改造经费", "公务用车购置经费",
        "档案数字化项目", "政务服务窗口运行经费", "{0}志愿者队伍建设经费", "{0}风险排查经费", "{0}标准化建设经费", "{0}课题研究经费",
        "{0}督导检查经费", "基层站所运行经费", "{0}数据平台建设项目", "{0}物资储备经费", "{0}投诉举报处置经费", "退休干部慰问经费",
    ];

    /// <summary>Words put before a stem to tell projects of the same stem apart.</summary>
    public static readonly string[] ProjectQualifiers = ["", "区级", "街道", "重点区域", "年度", "专项"];

    /// <summary>Duties (部门职能); "{0}" is the bureau's field, "{1}" the district.</summary>
    public static readonly string[] Functions =
    [
        "负责{1}{0}工作的统筹规划、综合协调和组织实施。",
        "贯彻落实国家和省、市有关{0}的法律法规和方针政策，拟订本区{0}政策措施并组织实施。",
        "组织编制{1}{0}发展规划和年度工作计划，督促检查落实情况。",
        "依法承担{0}领域的行政执法和监督检查工作，查处违法违规行为。",
        "负责{0}信息化建设，建立健全监测预警和信息报送制度。",
        "组织开展{0}宣传教育和业务培训，提高全社会{0}意识。",
        "指导各街道开展{0}相关工作，推动基层能力建设。",
        "负责本部门预算编制、资金管理和国有资产管理工作。",
        "承担{0}领域突发事件的应对处置和协调工作。",
        "完成区委、区政府和上级部门交办的其他任务。",
    ];

    /// <summary>Paragraphs of 年度总体工作 with "{0}" the field and "{1}"–"{3}" whole numbers.</summary>
    public static readonly string[] AnnualWork =
    [
        "全年围绕{0}中心工作，完成检查{1}家次，督促整改问题{2}项。",
        "组织开展{0}业务培训{1}期，参训人员{2}人次。",
        "推进{0}信息化建设，新接入监测点位{1}个，平台全年运行稳定。",
        "开展{0}宣传活动{1}场，发放宣传资料{2}份，覆盖群众约{3}人次。",
        "落实{0}重点任务清单，按时完成年度各项重点工作任务。",
        "加强基层队伍建设，指导各街道完善{0}工作机制。",
    ];

    /// <summary>Sentences of 总体绩效目标; "{0}" is the field.</summary>
    public static readonly string[] Goals =
    [
        "全面履行{0}职能，提升{0}治理水平，保障人民群众生命财产安全。",
        "完成年度{0}重点任务，提高公共服务质量和群众满意度。",
        "健全{0}工作机制，推动{0}领域治理体系和治理能力现代化。",
    ];

    public static readonly string[] TaskContents =
    [
        "组织实施年度{0}专项工作，保障各项业务正常开展。",
        "按计划开展{0}检查、宣传和培训，落实整改措施。",
        "完成{0}相关设施设备的购置、运行和维护。",
    ];

    public static readonly string[] TaskExpectations =
    [
        "按期完成年度任务，{0}工作水平稳步提升。",
        "{0}服务覆盖面扩大，群众获得感增强。",
        "有效防范{0}领域风险，保障工作平稳有序。",
    ];

    public static readonly string[] Problems =
    [
        "部分项目预算编制不够精准，年中调整幅度较大。",
        "个别绩效指标设置不够细化，难以全面反映工作成效。",
        "部分项目支出进度前慢后快，预算执行均衡性有待提高。",
        "绩效自评佐证材料收集不够及时完整。",
    ];

    public static readonly string[] Measures =
    [
        "加强预算编制的科学性和准确性，减少年中预算调整。",
        "进一步细化量化绩效指标，提高指标的可衡量性。",
        "加强预算执行动态监控，按序时进度推进支出。",
        "完善绩效自评工作机制，及时收集整理佐证材料。",
    ];

    /// <summary>The economic classes of 表2 in their printed order.</summary>
    public static readonly string[] EconomicClasses =
    [
        "工资福利支出", "商品和服务支出", "对个人和家庭的补助", "债务利息及费用支出", "资本性支出（基本建设）",
        "资本性支出", "对企业补助（基本建设）", "对企业补助", "对社会保障基金补助", "其他支出",
    ];
}
