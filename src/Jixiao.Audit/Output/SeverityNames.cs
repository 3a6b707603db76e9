using Jixiao.Audit.Engine;

namespace Jixiao.Audit.Output;

/// <summary>Severity names: lowercase English in JSON/CSV, Chinese for people.</summary>
public static class SeverityNames
{
    public static string Of(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "info",
    };

    /// <summary>The Chinese name of a lowercase code as <see cref="Of"/> writes it.</summary>
    public static string Chinese(string code) => Chinese(code switch
    {
        "error" => Severity.Error,
        "warning" => Severity.Warning,
        _ => Severity.Info,
    });

    public static string Chinese(Severity severity) => severity switch
    {
        Severity.Error => "错误",
        Severity.Warning => "警告",
        _ => "提示",
    };
}
