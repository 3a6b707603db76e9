using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Jixiao.Data.Storage;

/// <summary>API tokens: 32 random bytes in base64url; the database keeps only their SHA-256.</summary>
public static class ApiTokenText
{
    public static string New() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
