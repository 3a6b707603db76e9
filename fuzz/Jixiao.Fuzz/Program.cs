using System.Text;
using Jixiao.Audit.Engine;
using Jixiao.Documents.Loading;
using Jixiao.Domain.Targets;
using SharpFuzz;

namespace Jixiao.Fuzz;

/// <summary>
/// The afl++ harness (fuzz/README.md). <c>load</c> feeds each input to the report loader (every reader, chosen by
/// content) and audits what it reads, as <c>jixiao audit</c> does; <c>target</c> feeds it to the target grammar.
/// With <c>--replay FILE…</c> the inputs are run once, in-process, to reproduce a crash afl++ saved.
/// Any exception that escapes is a crash: it becomes a regression test and is fixed in the reader.
/// </summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        if (args is not [var name, ..] || Target(name) is not { } target)
        {
            Console.Error.WriteLine("用法：Jixiao.Fuzz load|target [--replay 文件…]");
            return 2;
        }

        if (args is [_, "--replay", .. var files])
        {
            foreach (var file in files)
            {
                using var stream = File.OpenRead(file);
                target(stream);
                Console.WriteLine($"{file}：没有异常");
            }

            return 0;
        }

        Fuzzer.OutOfProcess.Run(target);
        return 0;
    }

    private static Action<Stream>? Target(string name) => name switch
    {
        "load" => Load,
        "target" => ParseTarget,
        _ => null,
    };

    private static void Load(Stream input)
    {
        var (bytes, failure) = new ReportLoader().ReadStream("fuzz-input", input);
        if (failure is not null)
        {
            return;
        }

        var (report, _) = new ReportLoader().Load("fuzz-input", bytes!);
        if (report is not null)
        {
            _ = new AuditEngine().Audit(report);
        }
    }

    private static void ParseTarget(Stream input)
    {
        using var reader = new StreamReader(input, Encoding.UTF8);
        _ = TargetParser.Parse(reader.ReadToEnd(), "群众满意度");
    }
}
