namespace Jixiao.Documents.Workbook;

/// <summary>
/// A form (表单): one labelled field per row. Columns: 项目 (the label), 内容 (the value or a formula), 上年（参考）
/// (last year's value, not imported) and 填写说明.
/// </summary>
public sealed record FormSpec(string Title, string Note, IReadOnlyList<FieldSpec> Fields) : BlockSpec(Title, Note)
{
    /// <summary>The header row of every form.</summary>
    public static readonly IReadOnlyList<string> Headers = ["项目", "内容", "上年（参考）", "填写说明"];

    /// <summary>The columns (0-based) of the label, the value and the reference.</summary>
    public const int LabelColumn = 0;

    public const int ValueColumn = 1;

    public const int ReferenceColumn = 2;

    public const int NoteColumn = 3;

    public FieldSpec Field(string key) => Fields.Single(f => f.Key == key);
}
