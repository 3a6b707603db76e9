using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using Jixiao.Domain.Targets;

namespace Jixiao.Domain.Library;

/// <summary>
/// The library file (library/indicators.json, docs/library.md): reads an edited file with one Chinese sentence per
/// problem that names the line and the field, and writes a library back in the same format. No IO.
/// </summary>
public static partial class IndicatorLibraryJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectNullableAnnotations = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
    };

    /// <summary>The Chinese name and the expected value of each field, for messages.</summary>
    private static readonly Dictionary<string, string> Fields = new(StringComparer.Ordinal)
    {
        ["schemaVersion"] = "版本（schemaVersion，应为字符串 \"1\"）",
        ["title"] = "标题（title，应为字符串）",
        ["entries"] = "条目（entries，应为数组）",
        ["id"] = "编号（id，应为字符串）",
        ["category"] = "一级指标（category，可用：" + Choices<IndicatorCategory>(c => IndicatorNames.Category(c)) + "）",
        ["subcategory"] = "二级指标（subcategory，可用：" + Choices<IndicatorSubcategory>(IndicatorNames.Subcategory) + "，或 null）",
        ["name"] = "指标名称（name，应为字符串）",
        ["definition"] = "指标解释（definition，应为字符串）",
        ["form"] = "指标值形式（form，应为对象）",
        ["kind"] = "指标值类型（form.kind，可用：" + string.Join("、", Enum.GetValues<TargetKind>().Select(Code)) + "）",
        ["operator"] = "比较符号（form.operator，可用：" + string.Join("、", Enum.GetValues<TargetOperator>().Select(o => Code(o) + (TargetOperators.Symbol(o) is { Length: > 0 } s ? " " + s : " 未写"))) + "）",
        ["unit"] = "计量单位（form.unit，应为字符串）",
        ["direction"] = "指标方向（form.direction，可用：none、higherIsBetter 正向、lowerIsBetter 反向、equal 等值）",
        ["example"] = "指标值示例（form.example，应为字符串）",
        ["evidence"] = "佐证材料（evidence，应为字符串）",
        ["keywords"] = "适用关键词（keywords，应为字符串数组）",
        ["basis"] = "依据（basis，应为字符串数组）",
        ["examples"] = "示例（examples，应为字符串数组）",
    };

    /// <summary>Reads a library file; on the first problem, null and one Chinese sentence ("第 12 行：…").</summary>
    public static (IndicatorLibrary? Library, string? Error) Read(string json)
    {
        LibraryDocument? document;
        try
        {
            document = JsonSerializer.Deserialize<LibraryDocument>(json, Options);
        }
        catch (JsonException e)
        {
            return (null, Describe(e, json));
        }

        if (document is null)
        {
            return (null, "指标库文件为空（应为含 schemaVersion 和 entries 的对象）");
        }

        if (document.SchemaVersion != IndicatorLibrary.CurrentSchemaVersion)
        {
            return (null, $"指标库的版本（schemaVersion）“{document.SchemaVersion}”不是本版本支持的 {IndicatorLibrary.CurrentSchemaVersion}");
        }

        var lines = EntryLines(json);
        var seenIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var seenKeys = new Dictionary<LibraryKey, int>();
        for (var i = 0; i < document.Entries.Count; i++)
        {
            var entry = document.Entries[i] with { Form = document.Entries[i].Form.Completed(document.Entries[i].Name) };
            document.Entries[i] = entry;
            var at = i < lines.Count ? $"第 {lines[i]} 行（entries[{i}]" : $"（entries[{i}]";
            var where = string.IsNullOrWhiteSpace(entry.Name) ? at + "）" : $"{at}，“{entry.Name}”）";
            if (Check(entry) is { } problem)
            {
                return (null, $"{where}：{problem}");
            }

            if (entry.Id.Length > 0 && seenIds.TryGetValue(entry.Id, out var firstId))
            {
                return (null, $"{where}：编号（id）“{entry.Id}”与第 {LineOf(lines, firstId)} 行的条目重复");
            }

            if (seenKeys.TryGetValue(entry.Key, out var firstKey))
            {
                return (null, $"{where}：与第 {LineOf(lines, firstKey)} 行的条目是同一个指标（名称和一级指标相同），请合并为一条");
            }

            seenIds[entry.Id] = i;
            seenKeys[entry.Key] = i;
        }

        return (new IndicatorLibrary(document.Entries, document.Title), null);
    }

    /// <summary>The library as the file format (indented, Chinese unescaped, empty fields left out), ending with a newline.</summary>
    public static string Write(IndicatorLibrary library) =>
        JsonSerializer.Serialize(new LibraryDocument { SchemaVersion = IndicatorLibrary.CurrentSchemaVersion, Title = library.Title, Entries = [.. library.Entries] }, Options) + "\n";

    private static string? Check(IndicatorEntry entry)
    {
        if (string.IsNullOrWhiteSpace(entry.Name))
        {
            return "指标名称（name）为空";
        }

        if (entry.Form.Kind == TargetKind.Invalid)
        {
            return $"指标值示例（form.example）“{entry.Form.Example}”无法识别：{TargetParser.Parse(entry.Form.Example).Problem}";
        }

        if (entry.Subcategory is { } sub && sub != IndicatorSubcategory.Cost && IndicatorNames.CategoryOf(sub) != entry.Category)
        {
            return $"二级指标“{IndicatorNames.Subcategory(sub)}”不属于一级指标“{IndicatorNames.Category(entry.Category)}”";
        }

        if (entry.Subcategory == IndicatorSubcategory.Cost && entry.Category is not (IndicatorCategory.Cost or IndicatorCategory.Output))
        {
            return $"二级指标“成本指标”只能在一级指标“成本指标”或“产出指标”之下，不能在“{IndicatorNames.Category(entry.Category)}”之下";
        }

        if (entry.Basis.Count == 0 || entry.Basis.Any(string.IsNullOrWhiteSpace))
        {
            return "没有注明依据（basis），或依据中有空字符串";
        }

        if (entry.Keywords.FirstOrDefault(k => LibraryKey.Normalise(k).Length < 2) is { } keyword)
        {
            return $"适用关键词“{keyword}”太短：关键词至少两个字";
        }

        return entry.Examples.Any(string.IsNullOrWhiteSpace) ? "示例（examples）中有空字符串" : null;
    }

    /// <summary>One sentence for a JSON or binding error: the line, the field in Chinese and what it should be.</summary>
    private static string Describe(JsonException e, string json)
    {
        var line = e.LineNumber is { } n ? $"第 {n + 1} 行" : "指标库文件";
        var path = e.Path is { Length: > 1 } p ? p : null;
        var field = path is null ? null : FieldName().Match(path) is { Success: true } m ? m.Groups[1].Value : null;
        var place = path is null ? line : $"{line}（{path.TrimStart('$', '.')}）";
        if (MissingRequired().Match(e.Message) is { Success: true } missing)
        {
            // Reported where the object ends; name the line where the entry begins instead.
            if (path is not null && EntryIndex().Match(path) is { Success: true } entry
                && int.Parse(entry.Groups[1].Value, CultureInfo.InvariantCulture) is var at && EntryLines(json) is var lines && at < lines.Count)
            {
                place = $"第 {lines[at]} 行（{path.TrimStart('$', '.')}）";
            }

            var names = missing.Groups[1].Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .Select(s => s.Trim('\'')).Select(s => Fields.TryGetValue(s, out var label) ? label : s);
            return $"{place}：缺少必填字段 {string.Join("、", names)}";
        }

        if (UnmappedMember().Match(e.Message) is { Success: true } unmapped)
        {
            return $"{place}：不认识的字段“{unmapped.Groups[1].Value}”（字段名区分大小写，见 docs/library.md）";
        }

        if (e.InnerException is not null || e.Message.StartsWith("'", StringComparison.Ordinal) || (path is null && e.Message.Contains("invalid", StringComparison.OrdinalIgnoreCase)))
        {
            return $"{line}：不是有效的 JSON（语法错误，如缺少逗号、引号或括号）";
        }

        return field is not null && Fields.TryGetValue(field, out var expected)
            ? $"{place}：值无效或类型不对，应为{expected}"
            : $"{place}：值无效或类型不对";
    }

    /// <summary>The line (1-based) where each entry of "entries" begins.</summary>
    private static List<int> EntryLines(string json)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var lines = new List<int>();
        var inEntries = false;
        while (reader.Read())
        {
            if (reader.CurrentDepth == 1 && reader.TokenType == JsonTokenType.PropertyName)
            {
                inEntries = reader.ValueTextEquals("entries");
            }
            else if (inEntries && reader.CurrentDepth == 2 && reader.TokenType == JsonTokenType.StartObject)
            {
                lines.Add(1 + bytes.AsSpan(0, (int)reader.TokenStartIndex).Count((byte)'\n'));
            }
        }

        return lines;
    }

    private static int LineOf(List<int> lines, int index) => index < lines.Count ? lines[index] : index;

    private static string Code<T>(T value)
        where T : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    private static string Choices<T>(Func<T, string> name)
        where T : struct, Enum => string.Join("、", Enum.GetValues<T>().Select(v => $"{Code(v)} {name(v)}"));

    [GeneratedRegex(@"^\$\.entries\[(\d+)\]$")]
    private static partial Regex EntryIndex();

    [GeneratedRegex(@"\.([A-Za-z]+)$")]
    private static partial Regex FieldName();

    [GeneratedRegex(@"missing required properties[^:]*:\s*((?:'[^']+'(?:,\s*)?)+)")]
    private static partial Regex MissingRequired();

    [GeneratedRegex(@"property '([^']+)' could not be mapped")]
    private static partial Regex UnmappedMember();

    /// <summary>The file: version, title and entries.</summary>
    private sealed record LibraryDocument
    {
        public string? SchemaVersion { get; init; }

        public string? Title { get; init; }

        public required List<IndicatorEntry> Entries { get; init; }
    }
}
