using System.CommandLine;
using Jixiao.Audit.Output;
using Jixiao.Cli.Inputs;
using Jixiao.Cli.Rendering;
using Jixiao.Domain.Facts;

namespace Jixiao.Cli.Commands;

/// <summary>`jixiao facts INPUT... [--format json|ndjson|csv]`: key figures.</summary>
public static class FactsCommand
{
    public static Command Create(CliContext context)
    {
        var inputs = CommonOptions.Inputs();
        var format = CommonOptions.Format("json", "json", "ndjson", "csv");
        var command = new Command("facts", "输出报告的关键数据（金额单位万元，精确换算）") { inputs, format };
        command.SetAction(parse =>
        {
            var loaded = new LoadedInputs(context);
            var chosen = parse.GetValue(format)!;
            var figures = new List<KeyFigures>();
            if (chosen == "csv")
            {
                context.Out.WriteLine(FactsCsv.Header);
            }

            foreach (var report in loaded.Load(parse.GetValue(inputs)!))
            {
                var facts = KeyFigures.Of(report);
                switch (chosen)
                {
                    case "csv":
                        context.Out.WriteLine(FactsCsv.Row(facts));
                        break;
                    case "ndjson":
                        context.Out.WriteLine(FactsRenderer.Json(facts, indented: false));
                        break;
                    default:
                        figures.Add(facts);
                        break;
                }
            }

            loaded.Summary();
            if (chosen == "json" && figures.Count > 0)
            {
                context.Out.WriteLine(figures.Count == 1
                    ? FactsRenderer.Json(figures[0], indented: true)
                    : System.Text.Json.JsonSerializer.Serialize(figures.Select(FactsDocument.Of), OutputJson.Indented));
            }

            return loaded.AnyUnreadable ? ExitCodes.UnreadableOrUsage : ExitCodes.Success;
        });
        return command;
    }
}
