namespace Jixiao.Audit.Engine;

/// <summary>Matches economic-class names as printed in a sentence and in 表2 ("对个人和家庭的补助支出" = "对个人和家庭的补助").</summary>
public static class EconomicClassNames
{
    private const string Suffix = "支出";

    public static bool Same(string a, string b) => Key(a) == Key(b);

    private static string Key(string name)
    {
        var trimmed = name.Trim();
        return trimmed.EndsWith(Suffix, StringComparison.Ordinal) && trimmed.Length > Suffix.Length ? trimmed[..^Suffix.Length] : trimmed;
    }
}
