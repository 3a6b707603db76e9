using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Jixiao.Domain.Reports;

namespace Jixiao.Web.Workbench;

/// <summary>
/// The stable key of a printed figure on the report page (its cell's `data-loc`, a finding's `data-locs`): a short hash
/// of every part of its <see cref="SourceLocation"/>, so a figure and the findings quoting it agree without the page
/// knowing the rule. Null for an unknown location (a computed value), which no cell carries.
/// </summary>
public static class CellKey
{
    public static string? Of(SourceLocation? location)
    {
        if (location is null || location == SourceLocation.Unknown)
        {
            return null;
        }

        var text = string.Join(
            '\u001f',
            location.Section,
            location.Table,
            location.Row,
            location.Column,
            location.Cell,
            location.Line?.ToString(CultureInfo.InvariantCulture),
            location.Page?.ToString(CultureInfo.InvariantCulture));
        return "f" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..12];
    }
}
