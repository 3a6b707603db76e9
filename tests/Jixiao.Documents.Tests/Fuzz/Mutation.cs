using System.Text;
using CsCheck;

namespace Jixiao.Documents.Tests.Fuzz;

/// <summary>What a mutation does to a byte or character sequence.</summary>
internal enum MutationKind
{
    FlipBit,
    SetByte,
    Delete,
    Duplicate,
    InsertToken,
    Truncate,
}

/// <summary>
/// One mutation of a document: a kind, a place (a fraction of the length, so one mutation applies to any input), a
/// length, a byte and a token. Tokens are the inputs readers find hardest: numbers past decimal, impossible dates,
/// DTDs, NUL, deep markup, table separators, units and scales.
/// </summary>
internal sealed record Mutation(MutationKind Kind, double Place, int Length, byte Value, string Token)
{
    public static readonly string[] Tokens =
    [
        "99999999999999999999999999999", "99999999999999999999.99", "1e400", "-0.00", "79228162514264337593543950336亿",
        "2023年13月45日", "0000年0月0日", "\0", "\uFFFD", "\t", "|", "\n\n", "%", "万元", "亿", "≥", "≤100%",
        "<!DOCTYPE x [<!ENTITY a \"aaaa\">]>", "&a;", "<div><div><div>", "</td></tr>", "<td colspan=65534 rowspan=65534>",
        "表3", "一、", "（一）", "合计", "完成率在0%-100%的指标有99999999999999999999999个", "endobj", "0 0 R", "/Kids [1 0 R]",
    ];

    /// <summary>A mutation, as CsCheck generates it.</summary>
    public static readonly Gen<Mutation> Gen =
        CsCheck.Gen.Select(CsCheck.Gen.Enum<MutationKind>(), CsCheck.Gen.Double[0, 1], CsCheck.Gen.Int[1, 64], CsCheck.Gen.Byte, CsCheck.Gen.OneOf(Tokens),
            (kind, place, length, value, token) => new Mutation(kind, place, length, value, token));

    /// <summary>One to eight mutations applied in turn.</summary>
    public static readonly Gen<Mutation[]> Several = Gen.Array[1, 8];

    public byte[] Apply(byte[] input)
    {
        var at = Math.Min(input.Length, (int)(Place * input.Length));
        var length = Math.Min(Length, input.Length - at);
        return Kind switch
        {
            MutationKind.FlipBit when at < input.Length => [.. input[..at], (byte)(input[at] ^ (1 << (Value % 8))), .. input[(at + 1)..]],
            MutationKind.SetByte when at < input.Length => [.. input[..at], Value, .. input[(at + 1)..]],
            MutationKind.Delete => [.. input[..at], .. input[(at + length)..]],
            MutationKind.Duplicate => [.. input[..(at + length)], .. input[at..]],
            MutationKind.Truncate => input[..at],
            _ => [.. input[..at], .. Encoding.UTF8.GetBytes(Token), .. input[at..]],
        };
    }

    public string Apply(string input)
    {
        var at = Math.Min(input.Length, (int)(Place * input.Length));
        var length = Math.Min(Length, input.Length - at);
        return Kind switch
        {
            MutationKind.FlipBit when at < input.Length => string.Concat(input.AsSpan(0, at), ((char)(input[at] ^ (1 << (Value % 16)))).ToString(), input.AsSpan(at + 1)),
            MutationKind.SetByte when at < input.Length => string.Concat(input.AsSpan(0, at), ((char)Value).ToString(), input.AsSpan(at + 1)),
            MutationKind.Delete => input.Remove(at, length),
            MutationKind.Duplicate => input.Insert(at, input.Substring(at, length)),
            MutationKind.Truncate => input[..at],
            _ => input.Insert(at, Token),
        };
    }

    public override string ToString() => FormattableString.Invariant($"{Kind}@{Place:0.####}×{Length} 0x{Value:X2} “{Token.Replace("\0", "\\0", StringComparison.Ordinal)}”");
}
