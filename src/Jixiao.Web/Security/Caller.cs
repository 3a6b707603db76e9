using System.Globalization;
using System.Security.Claims;
using Jixiao.Data.Entities;

namespace Jixiao.Web.Security;

/// <summary>The signed-in user of a request, carried in its claims; endpoints take it as a parameter.</summary>
public sealed record Caller(int Id, string Name, UserRole Role, int? DepartmentId)
{
    private const string DepartmentClaim = "jixiao:department";

    public static Caller From(User user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return new(user.Id, user.Name, user.Role, user.DepartmentId);
    }

    /// <summary>Minimal-API binding: the caller of an authorized endpoint.</summary>
    public static ValueTask<Caller?> BindAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return ValueTask.FromResult(Of(context.User));
    }

    /// <summary>The caller <paramref name="principal"/> stands for; null when not signed in.</summary>
    public static Caller? Of(ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        var id = principal.FindFirstValue(ClaimTypes.NameIdentifier);
        if (id is null)
        {
            return null;
        }

        var department = principal.FindFirstValue(DepartmentClaim);
        return new Caller(
            int.Parse(id, CultureInfo.InvariantCulture),
            principal.FindFirstValue(ClaimTypes.Name) ?? string.Empty,
            Enum.Parse<UserRole>(principal.FindFirstValue(ClaimTypes.Role) ?? nameof(UserRole.Department)),
            department is null ? null : int.Parse(department, CultureInfo.InvariantCulture));
    }

    /// <summary>Department users are limited to their department and its 下属单位; reviewers and admins see all.</summary>
    public bool IsDepartmentUser => Role == UserRole.Department;

    /// <summary>The user the store records as the author of what this caller saves.</summary>
    public User AsUser() => new() { Id = Id, Name = Name, Role = Role, DepartmentId = DepartmentId };

    public IEnumerable<Claim> Claims()
    {
        yield return new Claim(ClaimTypes.NameIdentifier, Id.ToString(CultureInfo.InvariantCulture));
        yield return new Claim(ClaimTypes.Name, Name);
        yield return new Claim(ClaimTypes.Role, Role.ToString());
        if (DepartmentId is { } department)
        {
            yield return new Claim(DepartmentClaim, department.ToString(CultureInfo.InvariantCulture));
        }
    }
}
