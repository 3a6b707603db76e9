using Jixiao.Domain.Scoring;

namespace Jixiao.Audit.Rules.Scoring;

/// <summary>Which scoring scheme a user asked for by name or file, shared by the command line and the API.</summary>
public static class SchemeSelection
{
    /// <summary>
    /// A scheme option (`--scheme`, `?scheme=`): shipped names joined by "+", or, when <paramref name="allowFiles"/>,
    /// JSON file paths; on failure one Chinese line.
    /// </summary>
    public static (SchemeChoice? Choice, string? Error) Resolve(string value, bool allowFiles = true)
    {
        var parts = allowFiles && File.Exists(value) ? [value] : value.Split('+', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var schemes = new List<ScoringScheme>();
        foreach (var part in parts)
        {
            if (allowFiles && File.Exists(part))
            {
                string text;
                try
                {
                    text = File.ReadAllText(part);
                }
                catch (IOException e)
                {
                    return (null, $"{Path.GetFileName(part)}：评分方案文件无法读取（{e.Message}）");
                }
                catch (UnauthorizedAccessException)
                {
                    return (null, $"{Path.GetFileName(part)}：评分方案文件无法读取（没有权限）");
                }

                var (parsed, error) = SchemeReader.Parse(text);
                if (parsed is null)
                {
                    return (null, $"{Path.GetFileName(part)}：{error}");
                }

                schemes.Add(parsed);
            }
            else if (SchemeLibrary.Named(part) is { } named)
            {
                schemes.Add(named);
            }
            else
            {
                var kind = allowFiles ? "既不是文件，也不是内置方案" : "不是内置方案";
                return (null, $"评分方案“{part}”{kind}（内置：{string.Join("、", SchemeLibrary.Names)}）");
            }
        }

        if (schemes.Count(s => !s.Overlay) > 1)
        {
            return (null, "只能选择一个基础评分方案，其余只能是叠加方案（如 execution-caps）");
        }

        return schemes.Count == 0 ? (null, "评分方案为空") : (SchemeLibrary.Choose(schemes), null);
    }
}
