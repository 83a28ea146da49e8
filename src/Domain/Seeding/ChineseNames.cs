namespace Platform.Domain.Seeding;

/// <summary>Surname and given-name tables (with pinyin for e-mail addresses) for generated people.</summary>
public static class ChineseNames
{
    /// <summary>A generated name and its romanisation.</summary>
    public readonly record struct PersonName(string FullName, string Surname, string GivenName, string SurnamePinyin, string GivenPinyin);

    // Common surnames in rough order of frequency; the weight makes 王/李/张 far more common than 诸葛.
    private static readonly (string Han, string Pinyin, int Weight)[] Surnames =
    [
        ("王", "wang", 72), ("李", "li", 72), ("张", "zhang", 68), ("刘", "liu", 55), ("陈", "chen", 48),
        ("杨", "yang", 35), ("黄", "huang", 25), ("赵", "zhao", 23), ("吴", "wu", 21), ("周", "zhou", 21),
        ("徐", "xu", 15), ("孙", "sun", 14), ("马", "ma", 13), ("朱", "zhu", 13), ("胡", "hu", 12),
        ("郭", "guo", 12), ("何", "he", 11), ("林", "lin", 10), ("高", "gao", 10), ("罗", "luo", 10),
        ("郑", "zheng", 9), ("梁", "liang", 9), ("谢", "xie", 8), ("宋", "song", 7), ("唐", "tang", 7),
        ("许", "xu", 7), ("韩", "han", 6), ("邓", "deng", 6), ("冯", "feng", 6), ("曹", "cao", 6),
        ("彭", "peng", 5), ("曾", "zeng", 5), ("肖", "xiao", 5), ("田", "tian", 5), ("董", "dong", 5),
        ("潘", "pan", 4), ("袁", "yuan", 4), ("蔡", "cai", 4), ("蒋", "jiang", 4), ("余", "yu", 4),
        ("于", "yu", 4), ("杜", "du", 4), ("叶", "ye", 4), ("程", "cheng", 4), ("魏", "wei", 3),
        ("苏", "su", 3), ("吕", "lv", 3), ("丁", "ding", 3), ("任", "ren", 3), ("卢", "lu", 3),
        ("姚", "yao", 3), ("沈", "shen", 3), ("钟", "zhong", 3), ("姜", "jiang", 3), ("崔", "cui", 3),
        ("谭", "tan", 3), ("陆", "lu", 3), ("范", "fan", 2), ("汪", "wang", 2), ("廖", "liao", 2),
        ("石", "shi", 2), ("金", "jin", 2), ("韦", "wei", 2), ("贾", "jia", 2), ("夏", "xia", 2),
        ("付", "fu", 2), ("方", "fang", 2), ("邹", "zou", 2), ("熊", "xiong", 2), ("白", "bai", 2),
        ("孟", "meng", 2), ("秦", "qin", 2), ("邱", "qiu", 2), ("侯", "hou", 2), ("江", "jiang", 2),
        ("尹", "yin", 1), ("薛", "xue", 1), ("闫", "yan", 1), ("段", "duan", 1), ("雷", "lei", 1),
        ("龙", "long", 1), ("黎", "li", 1), ("史", "shi", 1), ("陶", "tao", 1), ("贺", "he", 1),
        ("顾", "gu", 1), ("毛", "mao", 1), ("郝", "hao", 1), ("龚", "gong", 1), ("邵", "shao", 1),
        ("欧阳", "ouyang", 1), ("司马", "sima", 1), ("上官", "shangguan", 1), ("诸葛", "zhuge", 1),
    ];

    private static readonly (string Han, string Pinyin)[] MaleCharacters =
    [
        ("伟", "wei"), ("强", "qiang"), ("磊", "lei"), ("军", "jun"), ("勇", "yong"), ("杰", "jie"), ("涛", "tao"),
        ("斌", "bin"), ("超", "chao"), ("明", "ming"), ("刚", "gang"), ("平", "ping"), ("辉", "hui"), ("鹏", "peng"),
        ("华", "hua"), ("飞", "fei"), ("鑫", "xin"), ("波", "bo"), ("宇", "yu"), ("浩", "hao"), ("凯", "kai"),
        ("健", "jian"), ("俊", "jun"), ("帆", "fan"), ("志", "zhi"), ("国", "guo"), ("建", "jian"), ("文", "wen"),
        ("博", "bo"), ("昊", "hao"), ("天", "tian"), ("龙", "long"), ("峰", "feng"), ("成", "cheng"), ("亮", "liang"),
    ];

    private static readonly (string Han, string Pinyin)[] FemaleCharacters =
    [
        ("芳", "fang"), ("娜", "na"), ("敏", "min"), ("静", "jing"), ("丽", "li"), ("艳", "yan"), ("娟", "juan"),
        ("霞", "xia"), ("秀", "xiu"), ("玲", "ling"), ("婷", "ting"), ("雪", "xue"), ("慧", "hui"), ("琳", "lin"),
        ("倩", "qian"), ("颖", "ying"), ("洁", "jie"), ("萍", "ping"), ("红", "hong"), ("梅", "mei"), ("燕", "yan"),
        ("佳", "jia"), ("欣", "xin"), ("怡", "yi"), ("晶", "jing"), ("悦", "yue"), ("璐", "lu"), ("雯", "wen"),
        ("萱", "xuan"), ("思", "si"), ("美", "mei"), ("丹", "dan"), ("蕾", "lei"), ("月", "yue"), ("露", "lu"),
    ];

    private static readonly (string Han, string Pinyin)[] NeutralCharacters =
    [
        ("子", "zi"), ("晓", "xiao"), ("雨", "yu"), ("嘉", "jia"), ("安", "an"), ("欣", "xin"), ("一", "yi"),
        ("梓", "zi"), ("宁", "ning"), ("文", "wen"), ("春", "chun"), ("秋", "qiu"), ("海", "hai"), ("家", "jia"),
        ("晨", "chen"), ("新", "xin"), ("云", "yun"), ("清", "qing"), ("若", "ruo"), ("乐", "le"),
    ];

    private static readonly int[] SurnameWeights = Surnames.Select(s => s.Weight).ToArray();

    /// <summary>A random name for a person of the given gender; a third of given names have one character.</summary>
    public static PersonName Next(ref SeedRandom random, bool male)
    {
        var (surname, surnamePinyin, _) = Surnames[random.Weighted(SurnameWeights)];
        var own = male ? MaleCharacters : FemaleCharacters;
        string given, givenPinyin;
        if (random.Chance(1.0 / 3))
        {
            (given, givenPinyin) = random.Pick(own);
        }
        else
        {
            var first = random.Chance(0.4) ? random.Pick(NeutralCharacters) : random.Pick(own);
            var second = random.Pick(own);
            given = first.Han + second.Han;
            givenPinyin = first.Pinyin + second.Pinyin;
        }

        return new PersonName(surname + given, surname, given, surnamePinyin, givenPinyin);
    }
}
