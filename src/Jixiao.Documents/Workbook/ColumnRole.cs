namespace Jixiao.Documents.Workbook;

/// <summary>What a workbook column is for, and so whether the importer reads it.</summary>
public enum ColumnRole
{
    /// <summary>Typed by the user (录入); imported.</summary>
    Input,
    /// <summary>
    /// An input that names the row (单位, 项目名称, 三级指标…): imported, but a row with nothing else filled in is left out,
    /// so that names carried over from last year do not become empty rows.
    /// </summary>
    Key,
    /// <summary>A formula (公式) the template writes; the importer recomputes it from the inputs, or reads a number typed over it.</summary>
    Derived,
    /// <summary>Last year's figure (上年，参考), written by `template --from`; never imported.</summary>
    Reference,
    /// <summary>
    /// Last year's target or actual kept beside the new target as 历史标准 (target declarations): shown like a reference
    /// (blue) and imported into the indicator's prior year, but a row holding nothing else is still left out.
    /// </summary>
    Prior,
    /// <summary>Text the template writes for orientation (序号, 范围); never imported.</summary>
    Fixed,
}
