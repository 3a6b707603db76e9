using System.Text.Json.Serialization;
using Jixiao.Domain.Numbers;
using Jixiao.Domain.Reports;

namespace Jixiao.Domain.Targets;

/// <summary>A labelled cell of a form that may be left blank (e.g. 财政供养人员数).</summary>
public sealed record LabelledField(string Label, string? Text, Stated? Number, SourceLocation Location)
{
    [JsonIgnore]
    public bool IsBlank => string.IsNullOrWhiteSpace(Text);
}
