using System.CommandLine;
using System.Text.Json;
using Jixiao.Audit.Engine;
using Jixiao.Audit.Output;
using Jixiao.Cli.Rendering;

namespace Jixiao.Cli.Commands;

/// <summary>`jixiao rules [--format text|json]`: the rule catalogue.</summary>
public static class RulesCommand
{
    public static Command Create(CliContext context)
    {
        var format = CommonOptions.Format("text", "text", "json");
        var command = new Command("rules", "列出审核规则目录（编号、类别、默认级别、标题、应当如何）") { format };
        command.SetAction(parse =>
        {
            if (parse.GetValue(format) == "json")
            {
                context.Out.WriteLine(JsonSerializer.Serialize(RuleCatalogue.Descriptors.Select(d => new
                {
                    id = d.Id,
                    category = d.Category.ToString().ToLowerInvariant(),
                    severity = SeverityNames.Of(d.DefaultSeverity),
                    title = d.Title,
                    message = d.MessageTemplate,
                    expected = d.ExpectedSentence,
                    docs = $"docs/rules/{d.Id}.md",
                }), OutputJson.Indented));
                return ExitCodes.Success;
            }

            foreach (var group in RuleCatalogue.Descriptors.GroupBy(d => d.Category))
            {
                context.Out.WriteLine(CategoryName(group.Key));
                foreach (var d in group)
                {
                    context.Out.WriteLine($"  {d.Id}  {SeverityNames.Chinese(d.DefaultSeverity)}  {d.Title}");
                    context.Out.WriteLine($"          应当：{d.ExpectedSentence}");
                }
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static string CategoryName(RuleCategory category) => category switch
    {
        RuleCategory.Arithmetic => "JX1xxx 合计与勾稽",
        RuleCategory.CrossSection => "JX2xxx 前后一致",
        RuleCategory.Indicators => "JX3xxx 指标与评分",
        RuleCategory.Completeness => "JX4xxx 完整性",
        RuleCategory.Plausibility => "JX5xxx 日期与合理性",
        _ => "JX8xxx 读取",
    };
}
