using System.Security.Cryptography;
using System.Text;

namespace Jixiao.Audit.Engine;

/// <summary>
/// A finding's stable key, the same on every version where the finding is unchanged: the SHA-256 (first 16 bytes, 32 hex
/// digits) of the rule id, the location's cell, row and column, and the texts of the compared values in order. A changed
/// figure gives another fingerprint; messages, severities and line numbers do not enter it.
/// </summary>
public static class FindingFingerprint
{
    private const char Separator = '\u001f';

    public static string Of(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        var key = new StringBuilder()
            .Append(finding.RuleId).Append(Separator)
            .Append(finding.Location.Cell).Append(Separator)
            .Append(finding.Location.Row).Append(Separator)
            .Append(finding.Location.Column);
        foreach (var value in finding.Values)
        {
            key.Append(Separator).Append(value.Number.Text);
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key.ToString())).AsSpan(0, 16));
    }
}
