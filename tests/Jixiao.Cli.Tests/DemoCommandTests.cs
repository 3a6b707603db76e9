using Jixiao.Testing.Conversion;

namespace Jixiao.Cli.Tests;

/// <summary>`jixiao demo`: the main job on the bundled sample, with nothing outside the tool.</summary>
public sealed class DemoCommandTests
{
    [Fact]
    public void Demo_prints_key_figures_and_the_audit_and_writes_the_generated_files()
    {
        var folder = Path.Combine(Path.GetTempPath(), "jixiao-demo-" + Guid.NewGuid().ToString("N"));
        try
        {
            var result = Cli.Run("demo", "--out", folder).ExpectExit(ExitCodes.Success).ExpectNoCrash();
            Assert.Contains("4045.94", result.Out, StringComparison.Ordinal);
            Assert.Contains("JX1003", result.Out, StringComparison.Ordinal);
            Assert.Contains("合计：错误 14，警告 8，提示 7", result.Out, StringComparison.Ordinal);
            var files = Directory.GetFiles(folder).Select(f => Path.GetFileName(f)).ToHashSet(StringComparer.Ordinal);
            Assert.Superset(new HashSet<string>(["audit.json", "facts.json", "model.json", "report.docx", "report.html", "report.xlsx", "report-corrected.docx", "report-corrected.html"], StringComparer.Ordinal), files);
            Assert.Equal(LibreOffice.Executable is not null, files.Contains("report.pdf") && files.Contains("report-corrected.pdf"));
            using var audit = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "audit.json")));
            Assert.Equal(14, audit.RootElement.GetProperty("summary").GetProperty("errors").GetInt32());
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    [Fact]
    public void Demo_says_which_folder_it_could_not_write()
    {
        var file = Path.GetTempFileName();
        try
        {
            var result = Cli.Run("demo", "--out", file).ExpectExit(ExitCodes.UnreadableOrUsage).ExpectNoCrash();
            Assert.Contains("无法写入", result.Error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
