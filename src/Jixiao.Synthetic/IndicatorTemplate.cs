using Jixiao.Domain.Targets;

namespace Jixiao.Synthetic;

/// <summary>
/// A kind of indicator a synthetic target table may declare: its place in the tree, its name ("{0}" is the bureau's
/// field) and how its annual target is drawn (comparison sign, a whole number in [<see cref="Min"/>, <see cref="Max"/>], unit).
/// </summary>
internal sealed record IndicatorTemplate(IndicatorSubcategory Subcategory, string Name, string Sign, int Min, int Max, string Unit)
{
    public static readonly IndicatorTemplate[] All =
    [
        new(IndicatorSubcategory.Quantity, "{0}检查数量", "≥", 200, 3000, "家"),
        new(IndicatorSubcategory.Quantity, "{0}培训人次", "≥", 500, 20000, "人次"),
        new(IndicatorSubcategory.Quantity, "{0}宣传活动场次", "≥", 10, 300, "场"),
        new(IndicatorSubcategory.Quantity, "{0}巡查数量", "≥", 50, 2000, "次"),
        new(IndicatorSubcategory.Quantity, "{0}应急演练场次", "≥", 2, 50, "场"),
        new(IndicatorSubcategory.Quantity, "发放{0}宣传资料数量", "≥", 1000, 50000, "份"),
        new(IndicatorSubcategory.Quality, "{0}问题整改合格率", "≥", 90, 100, "%"),
        new(IndicatorSubcategory.Quality, "{0}检查覆盖率", "≥", 85, 100, "%"),
        new(IndicatorSubcategory.Quality, "{0}项目验收合格率", "≥", 95, 100, "%"),
        new(IndicatorSubcategory.Quality, "{0}数据上报达标率", "≥", 90, 100, "%"),
        new(IndicatorSubcategory.Timeliness, "{0}投诉办结率", "≥", 90, 100, "%"),
        new(IndicatorSubcategory.Timeliness, "{0}信息报送及时率", "≥", 90, 100, "%"),
        new(IndicatorSubcategory.Timeliness, "{0}事件处置及时率", "≥", 95, 100, "%"),
        new(IndicatorSubcategory.Cost, "单次{0}检查成本", "≤", 200, 2000, "元"),
        new(IndicatorSubcategory.Cost, "{0}培训人均成本", "≤", 100, 800, "元"),
        new(IndicatorSubcategory.Social, "{0}知识知晓率", "≥", 80, 95, "%"),
        new(IndicatorSubcategory.Social, "群众{0}意识普及率", "≥", 75, 95, "%"),
        new(IndicatorSubcategory.Social, "较大{0}事件发生次数", "", 0, 0, "次"),
        new(IndicatorSubcategory.Social, "{0}服务覆盖街道数", "≥", 5, 30, "个"),
        new(IndicatorSubcategory.Ecological, "{0}区域生态环境保护率", "≥", 90, 99, "%"),
        new(IndicatorSubcategory.Sustainable, "{0}长效管理制度建立数", "≥", 2, 12, "项"),
        new(IndicatorSubcategory.ServiceSatisfaction, "服务对象满意度", "≥", 85, 95, "%"),
        new(IndicatorSubcategory.ServiceSatisfaction, "{0}群众满意度", "≥", 80, 95, "%"),
    ];

    public IndicatorCategory Category => IndicatorNames.CategoryOf(Subcategory);
}
