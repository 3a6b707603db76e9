using System.Text.Json.Serialization;

namespace Jixiao.Audit.Engine;

/// <summary>How serious a finding is: error blocks submission, warning needs an explanation, info is advice.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Severity>))]
public enum Severity
{
    Error,
    Warning,
    Info,
}
