using Jixiao.Domain.Library;
using Jixiao.Domain.Targets;

namespace Jixiao.Domain.Tests.Library;

/// <summary>The library file: round trip, forms completed from the example, and Chinese errors with line and field.</summary>
public sealed class IndicatorLibraryJsonTests
{
    private const string Valid = """
        {
          "schemaVersion": "1",
          "title": "测试指标库",
          "entries": [
            {
              "category": "output",
              "subcategory": "quantity",
              "name": "执法监察数量",
              "definition": "开展执法检查的单位数",
              "form": { "example": "≥2000家" },
              "evidence": "执法检查记录",
              "keywords": ["执法", "安全生产"],
              "basis": ["测试"],
              "examples": ["≥1500家"]
            },
            {
              "category": "cost",
              "name": "“三公”经费控制率",
              "form": { "kind": "quantitative", "operator": "atMost", "unit": "%", "direction": "lowerIsBetter", "example": "≤100%" },
              "basis": ["财预〔2013〕53号"]
            }
          ]
        }
        """;

    private static string Read(string json)
    {
        var (library, error) = IndicatorLibraryJson.Read(json);
        Assert.Null(library);
        Assert.NotNull(error);
        return error;
    }

    [Fact]
    public void Written_library_reads_back_the_same()
    {
        var (library, error) = IndicatorLibraryJson.Read(Valid);
        Assert.Null(error);
        var written = IndicatorLibraryJson.Write(library!);
        var (again, againError) = IndicatorLibraryJson.Read(written);
        Assert.Null(againError);
        Assert.Equal(written, IndicatorLibraryJson.Write(again!));
        Assert.Equal("测试指标库", again!.Title);
        Assert.Equal(library!.Entries.Count, again.Entries.Count);
        for (var i = 0; i < library.Entries.Count; i++)
        {
            var (a, b) = (library.Entries[i], again.Entries[i]);
            Assert.Equal((a.Id, a.Category, a.Subcategory, a.Name, a.Definition, a.Form, a.Evidence), (b.Id, b.Category, b.Subcategory, b.Name, b.Definition, b.Form, b.Evidence));
            Assert.Equal(a.Keywords, b.Keywords);
            Assert.Equal(a.Basis, b.Basis);
            Assert.Equal(a.Examples, b.Examples);
        }

        Assert.Contains("\"≥2000家\"", written, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u", written, StringComparison.Ordinal);
    }

    [Fact]
    public void Form_given_only_as_an_example_is_read_from_it_and_ids_default_to_category_and_name()
    {
        var (library, _) = IndicatorLibraryJson.Read(Valid);
        var entry = library!.Entries[0];
        Assert.Equal("output:执法监察数量", entry.Id);
        Assert.Equal(new TargetForm { Kind = TargetKind.Quantitative, Operator = TargetOperator.AtLeast, Unit = "家", Direction = TargetDirection.HigherIsBetter, Example = "≥2000家" }, entry.Form);
        Assert.Equal("≥2000家（定量，正向，单位：家）", entry.Form.Describe());
        Assert.Equal("cost:“三公”经费控制率", library.Entries[1].Id);
    }

    [Fact]
    public void Syntax_error_names_the_line()
    {
        var error = Read(Valid.Replace("\"definition\": \"开展执法检查的单位数\",", "\"definition\": \"开展执法检查的单位数\"", StringComparison.Ordinal));
        Assert.StartsWith("第 10 行", error, StringComparison.Ordinal);
        Assert.Contains("不是有效的 JSON", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_field_is_named_with_its_line()
    {
        var error = Read(Valid.Replace("\"keywords\"", "\"keyword\"", StringComparison.Ordinal));
        Assert.Contains("第 12 行", error, StringComparison.Ordinal);
        Assert.Contains("不认识的字段“keyword”", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_category_lists_the_allowed_values_in_chinese()
    {
        var error = Read(Valid.Replace("\"category\": \"output\"", "\"category\": \"outputs\"", StringComparison.Ordinal));
        Assert.Contains("第 6 行", error, StringComparison.Ordinal);
        Assert.Contains("entries[0].category", error, StringComparison.Ordinal);
        Assert.Contains("一级指标", error, StringComparison.Ordinal);
        Assert.Contains("output 产出指标", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Keywords_given_as_a_string_say_an_array_is_expected()
    {
        var error = Read(Valid.Replace("[\"执法\", \"安全生产\"]", "\"执法\"", StringComparison.Ordinal));
        Assert.Contains("适用关键词（keywords，应为字符串数组）", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_name_is_a_missing_required_field()
    {
        var error = Read(Valid.Replace("\"name\": \"执法监察数量\",", string.Empty, StringComparison.Ordinal));
        Assert.Equal("第 5 行（entries[0]）：缺少必填字段 指标名称（name，应为字符串）", error);
    }

    [Fact]
    public void Entry_without_basis_names_its_line_and_name()
    {
        var error = Read(Valid.Replace("\"basis\": [\"测试\"],", "\"basis\": [],", StringComparison.Ordinal));
        Assert.Equal("第 5 行（entries[0]，“执法监察数量”）：没有注明依据（basis），或依据中有空字符串", error);
    }

    [Fact]
    public void Subcategory_of_another_category_is_rejected()
    {
        var error = Read(Valid.Replace("\"subcategory\": \"quantity\"", "\"subcategory\": \"social\"", StringComparison.Ordinal));
        Assert.Contains("二级指标“社会效益指标”不属于一级指标“产出指标”", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Unreadable_example_says_why()
    {
        var error = Read(Valid.Replace("\"≥2000家\"", "\"≥≥\"", StringComparison.Ordinal));
        Assert.Contains("指标值示例（form.example）“≥≥”无法识别", error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_indicator_twice_points_to_the_first_entry()
    {
        var twice = Valid.Replace("\"name\": \"“三公”经费控制率\"", "\"name\": \"执法监察数量 \"", StringComparison.Ordinal)
            .Replace("\"category\": \"cost\"", "\"category\": \"output\"", StringComparison.Ordinal);
        var error = Read(twice);
        Assert.Contains("第 16 行", error, StringComparison.Ordinal);
        Assert.Contains("与第 5 行的条目是同一个指标", error, StringComparison.Ordinal);
    }

    [Fact]
    public void File_without_entries_says_so()
    {
        Assert.Equal("第 1 行：缺少必填字段 条目（entries，应为数组）", Read("{\"schemaVersion\": \"1\"}"));
    }

    [Fact]
    public void Other_schema_version_is_refused()
    {
        Assert.Contains("不是本版本支持的 1", Read(Valid.Replace("\"schemaVersion\": \"1\"", "\"schemaVersion\": \"2\"", StringComparison.Ordinal)), StringComparison.Ordinal);
    }
}
