using Jixiao.Testing;

namespace Jixiao.Cli.Tests;

/// <summary>`jixiao audit` on a synthetic 绩效运行监控表: projects behind 时间进度 (JX5004) and the other monitoring rules.</summary>
public sealed class MonitoringAuditTests
{
    private const string Table = """
        # 示范区文化局2024年绩效运行监控表（截至6月）

        | 项目名称 | 年度预算数 | 1-6月执行数 | 执行率 | 全年预计执行数 | 偏差原因 | 原因说明 |
        |---|---|---|---|---|---|---|
        | 公共文化服务运行 | 200.00 | 120.00 | 60.00% | 200.00 | / | / |
        | 文物保护修缮 | 100.00 | 20.00 | 20.00% | 110.00 | 经费保障 | 工程款未到结算节点 |
        | 非遗传承活动 | 50.00 | 17.50 | 35.00% | 50.00 | 其他 | 活动集中在下半年 |

        | 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 1-6月实际完成值 | 全年预计完成值 | 偏差原因 | 完成目标可能性 |
        |---|---|---|---|---|---|---|---|
        | 产出指标 | 数量指标 | 文化活动场次 | ≥40场 | 22场 | 42场 | / | 确定能 |
        |  | 质量指标 | 文物修缮验收合格率 | =100% | 0% | 90% | 硬件条件保障：施工受雨季影响 | 有可能 |
        """;

    [Fact]
    public void Text_output_reports_projects_behind_schedule()
    {
        using var folder = new TempFolder();
        var path = folder.File("监控表.txt", Table);

        var result = Cli.Run("audit", path).ExpectExit(0).ExpectNoCrash();

        Assert.StartsWith("监控表.txt", result.OutLines[0]);
        Assert.Contains("示范区文化局", result.OutLines[0]);
        Assert.Contains("绩效运行监控表“文物保护修缮”执行率 20.00% 低于 1-6月时间进度 50.00% 30.00 个百分点", result.Out);
        Assert.Contains("绩效运行监控表“非遗传承活动”执行率 35.00% 低于 1-6月时间进度 50.00% 15.00 个百分点", result.Out);
        Assert.DoesNotContain("“公共文化服务运行”执行率", result.Out);
        Assert.Contains("JX5006", result.Out);
        Assert.Contains("JX5005", result.Out);
        Assert.DoesNotContain("JX5003", result.Out);
        Assert.DoesNotContain("JX8003", result.Out + result.Error);
    }

    [Fact]
    public void Json_output_has_error_and_warning_levels_and_cells()
    {
        using var folder = new TempFolder();
        var path = folder.File("monitoring.txt", Table);

        var result = Cli.Run("audit", path, "--format", "json").ExpectExit(0).ExpectNoCrash();
        using var json = result.Json();
        var root = json.RootElement;
        Assert.Equal("monitoring-table", root.GetProperty("genre").GetString());
        var behind = root.GetProperty("findings").EnumerateArray().Where(f => f.GetProperty("ruleId").GetString() == "JX5004").ToArray();
        Assert.Equal(2, behind.Length);
        var red = Assert.Single(behind, f => f.GetProperty("severity").GetString() == "error");
        Assert.Equal("监控表!D3", red.GetProperty("location").GetProperty("cell").GetString());
        Assert.Single(behind, f => f.GetProperty("severity").GetString() == "warning");
    }

    [Fact]
    public void Profile_settings_move_the_thresholds()
    {
        using var folder = new TempFolder();
        var path = folder.File("monitoring.txt", Table);
        var profile = folder.File("profile.json", """{"settings":{"monitoringYellowGap":20,"monitoringRedGap":40}}""");

        var result = Cli.Run("audit", path, "--profile", profile, "--format", "json").ExpectExit(0).ExpectNoCrash();
        using var json = result.Json();
        var behind = json.RootElement.GetProperty("findings").EnumerateArray().Where(f => f.GetProperty("ruleId").GetString() == "JX5004").ToArray();
        Assert.Equal("warning", Assert.Single(behind).GetProperty("severity").GetString());
    }
}
