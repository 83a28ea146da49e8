namespace Platform.Domain.Seeding;

/// <summary>County-level administrative divisions used for ID numbers and addresses.</summary>
public static class RegionCodes
{
    /// <summary>A division: its 6-digit code, province-level name, city and district.</summary>
    public sealed record Region(string Code, string Province, string City, string District);

    /// <summary>The divisions the generator draws from.</summary>
    public static IReadOnlyList<Region> All { get; } =
    [
        new("110101", "北京市", "北京市", "东城区"),
        new("110105", "北京市", "北京市", "朝阳区"),
        new("110108", "北京市", "北京市", "海淀区"),
        new("120101", "天津市", "天津市", "和平区"),
        new("310101", "上海市", "上海市", "黄浦区"),
        new("310104", "上海市", "上海市", "徐汇区"),
        new("310115", "上海市", "上海市", "浦东新区"),
        new("500103", "重庆市", "重庆市", "渝中区"),
        new("440103", "广东省", "广州市", "荔湾区"),
        new("440106", "广东省", "广州市", "天河区"),
        new("440305", "广东省", "深圳市", "南山区"),
        new("440304", "广东省", "深圳市", "福田区"),
        new("330102", "浙江省", "杭州市", "上城区"),
        new("330106", "浙江省", "杭州市", "西湖区"),
        new("320102", "江苏省", "南京市", "玄武区"),
        new("320508", "江苏省", "苏州市", "姑苏区"),
        new("510104", "四川省", "成都市", "锦江区"),
        new("510107", "四川省", "成都市", "武侯区"),
        new("420106", "湖北省", "武汉市", "武昌区"),
        new("430104", "湖南省", "长沙市", "岳麓区"),
        new("610113", "陕西省", "西安市", "雁塔区"),
        new("370202", "山东省", "青岛市", "市南区"),
        new("370102", "山东省", "济南市", "历下区"),
        new("350203", "福建省", "厦门市", "思明区"),
        new("350102", "福建省", "福州市", "鼓楼区"),
        new("210102", "辽宁省", "沈阳市", "和平区"),
        new("230103", "黑龙江省", "哈尔滨市", "南岗区"),
        new("410105", "河南省", "郑州市", "金水区"),
        new("340104", "安徽省", "合肥市", "蜀山区"),
        new("360102", "江西省", "南昌市", "东湖区"),
        new("530102", "云南省", "昆明市", "五华区"),
        new("450103", "广西壮族自治区", "南宁市", "青秀区"),
    ];

    /// <summary>Street names for the street part of an address.</summary>
    public static IReadOnlyList<string> Streets { get; } =
    [
        "人民路", "解放路", "中山路", "建设路", "和平路", "新华路", "长江路", "黄河路", "文化路", "学院路",
        "滨江路", "朝阳路", "迎宾大道", "科技路", "环城东路", "西湖大道", "光明街", "振兴路", "幸福路", "青年路",
    ];

    /// <summary>Residential compound names.</summary>
    public static IReadOnlyList<string> Compounds { get; } =
    [
        "阳光花园", "锦绣家园", "翠苑小区", "华府天地", "金色港湾", "绿城公寓", "世纪新城", "东方名苑", "紫薇苑", "碧水湾",
    ];
}
