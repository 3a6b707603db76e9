using System.Text.Json;
using Jixiao.Testing;

namespace Jixiao.Cli.Tests;

/// <summary>`jixiao audit FOLDER --format ndjson|csv`: streamed batch records, unreadable inputs as records, --resume, progress lines.</summary>
public sealed class BatchAuditTests(GeneratedBatch batch) : IClassFixture<GeneratedBatch>
{
    [Fact]
    public void Ndjson_batch_has_one_line_per_input_equal_to_its_single_audit()
    {
        var result = Cli.Run("audit", batch.Path, "--format", "ndjson", "--jobs", "2").ExpectNoCrash();

        Assert.Contains(result.ExitCode, new[] { ExitCodes.Success, ExitCodes.FindingsReachedThreshold });
        var lines = ByFile(result.OutLines);
        Assert.Equal(GeneratedBatch.Count, result.OutLines.Length);
        Assert.Equal(batch.Files.Select(Path.GetFileName), lines.Keys.Order(StringComparer.Ordinal));
        foreach (var file in batch.Files)
        {
            var single = Cli.Run("audit", file, "--format", "ndjson").ExpectNoCrash();
            Assert.Equal(Assert.Single(single.OutLines), lines[Path.GetFileName(file)]);
        }
    }

    [Fact]
    public void A_corrupted_input_becomes_a_record_with_its_error_and_the_batch_goes_on()
    {
        using var folder = batch.CopyOf(5);
        var bytes = new byte[4096];
        new Random(5).NextBytes(bytes);
        "PK\u0003\u0004"u8.CopyTo(bytes);
        folder.File("corrupt.docx", bytes);

        var result = Cli.Run("audit", folder.Path, "--format", "ndjson", "--jobs", "2").ExpectExit(ExitCodes.UnreadableOrUsage).ExpectNoCrash();

        var lines = ByFile(result.OutLines);
        Assert.Equal(6, lines.Count);
        using var corrupt = JsonDocument.Parse(lines["corrupt.docx"]);
        var error = corrupt.RootElement.GetProperty("error").GetString();
        Assert.False(string.IsNullOrWhiteSpace(error));
        Assert.Equal("unknown", corrupt.RootElement.GetProperty("genre").GetString());
        Assert.Equal("JX8001", corrupt.RootElement.GetProperty("findings")[0].GetProperty("ruleId").GetString());
        Assert.Contains(result.ErrorLines, l => l == "corrupt.docx：" + error);
        Assert.All(lines.Where(l => l.Key != "corrupt.docx"), l => Assert.DoesNotContain("\"error\":", l.Value, StringComparison.Ordinal));
    }

    [Fact]
    public void Resume_after_a_torn_ndjson_line_gives_exactly_one_record_per_input()
    {
        using var work = new TempFolder();
        var output = work.PathOf("audit.ndjson");
        Cli.Run("audit", batch.Path, "--format", "ndjson", "--jobs", "2", "-o", output).ExpectNoCrash();
        var complete = ByFile(File.ReadAllLines(output));
        Tear(output, keepLines: 20);

        var resumed = Cli.Run("audit", batch.Path, "--format", "ndjson", "--jobs", "2", "-o", output, "--resume").ExpectNoCrash();

        Assert.Contains(resumed.ErrorLines, l => l.StartsWith("续写 audit.ndjson：已有 20 个文件的结果，去掉了末尾不完整的记录", StringComparison.Ordinal));
        var lines = File.ReadAllLines(output);
        Assert.Equal(GeneratedBatch.Count, lines.Length);
        Assert.Equal(complete, ByFile(lines));
        Assert.EndsWith("\n", File.ReadAllText(output), StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_batch_has_the_rows_of_the_sequential_audit_and_resumes_after_a_torn_row()
    {
        using var work = new TempFolder();
        var output = work.PathOf("audit.csv");
        var sequential = Cli.Run(["audit", .. batch.Files, "--format", "csv"]).ExpectNoCrash();
        var expected = Rows(sequential.Out);

        var result = Cli.Run("audit", batch.Path, "--format", "csv", "--jobs", "2", "-o", output).ExpectNoCrash();

        Assert.Equal(sequential.ExitCode, result.ExitCode);
        Assert.Empty(result.Out);
        Assert.Equal(expected, Rows(File.ReadAllText(output)));
        Assert.StartsWith("file,genre,department,year,ruleId,", File.ReadAllText(output), StringComparison.Ordinal);

        Tear(output, keepLines: 30);
        Cli.Run("audit", batch.Path, "--format", "csv", "--jobs", "2", "-o", output, "--resume").ExpectNoCrash();

        Assert.Equal(expected, Rows(File.ReadAllText(output)));
    }

    [Fact]
    public void Redirected_stderr_gets_progress_lines_and_a_summary()
    {
        var result = Cli.Run("audit", batch.Path, "--format", "csv", "--jobs", "2").ExpectNoCrash();

        var progress = result.ProgressLines;
        Assert.Equal(GeneratedBatch.Count + 1, progress.Length);
        Assert.StartsWith("[1/50] 2%：已用 ", progress[0], StringComparison.Ordinal);
        Assert.StartsWith("[50/50] 100%：", progress[^2], StringComparison.Ordinal);
        Assert.StartsWith("共 50 个文件：读取 50 个，无法读取 0 个；发现合计：", progress[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Resume_needs_an_output_file()
    {
        var result = Cli.Run("audit", batch.Path, "--format", "ndjson", "--resume").ExpectExit(ExitCodes.UnreadableOrUsage);

        Assert.Equal("--resume 需要 -o 结果文件，且只用于 --format ndjson 或 csv", Assert.Single(result.ErrorLines));
        Assert.Empty(result.Out);
    }

    /// <summary>Each NDJSON line by its `file`; fails on a duplicate.</summary>
    private static Dictionary<string, string> ByFile(IEnumerable<string> lines) => lines.ToDictionary(l =>
    {
        using var json = JsonDocument.Parse(l);
        return json.RootElement.GetProperty("file").GetString()!;
    });

    /// <summary>The data rows, sorted, each joined back to one string.</summary>
    private static List<string> Rows(string csv) =>
        CsvReader.Parse(csv).Skip(1).Select(r => string.Join('\u001f', r)).Order(StringComparer.Ordinal).ToList();

    /// <summary>Cuts the file in the middle of the line after the first <paramref name="keepLines"/> lines, as a crash would.</summary>
    private static void Tear(string path, int keepLines)
    {
        var bytes = File.ReadAllBytes(path);
        var offset = 0;
        for (var seen = 0; seen < keepLines; offset++)
        {
            seen += bytes[offset] == (byte)'\n' ? 1 : 0;
        }

        var next = Array.IndexOf(bytes, (byte)'\n', offset);
        File.WriteAllBytes(path, bytes[..(offset + (next - offset) / 2)]);
    }
}
