namespace Jixiao.Documents.Workbook;

/// <summary>One labelled field of a form block (项目 | 内容 | 上年（参考） | 填写说明).</summary>
/// <param name="Key">The key code uses for the field.</param>
/// <param name="Label">The label in the 项目 column, matched by the importer.</param>
/// <param name="Kind">What the 内容 cell holds.</param>
/// <param name="Required">True when an empty value is reported (a warning, JX8004).</param>
/// <param name="Choices">The values offered in a drop-down list, or null.</param>
/// <param name="Derivation">The formula over other fields of the same form, or null for a typed field.</param>
/// <param name="Note">What to type (填写说明).</param>
public sealed record FieldSpec(
    string Key,
    string Label,
    CellKind Kind,
    bool Required = false,
    Choices? Choices = null,
    Derivation? Derivation = null,
    string? Note = null);
