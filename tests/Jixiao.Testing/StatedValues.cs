using System.Collections;
using System.Reflection;
using Jixiao.Domain.Numbers;
using Jixiao.Domain.Reports;

namespace Jixiao.Testing;

/// <summary>Every stated number in a report, found by walking the model (tables, statements, claims).</summary>
public static class StatedValues
{
    public static IReadOnlyList<Stated> All(Report report)
    {
        var found = new List<Stated>();
        Walk(report, found, new HashSet<object>(ReferenceEqualityComparer.Instance));
        return found;
    }

    private static void Walk(object? node, List<Stated> found, HashSet<object> seen)
    {
        switch (node)
        {
            case null or string:
                return;
            case Stated stated:
                found.Add(stated);
                return;
            case IEnumerable items:
                foreach (var item in items)
                {
                    Walk(item, found, seen);
                }

                return;
        }

        var type = node.GetType();
        if (type.Namespace?.StartsWith("Jixiao.Domain", StringComparison.Ordinal) != true || type.IsEnum || type.IsPrimitive || !seen.Add(node))
        {
            return;
        }

        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length == 0 && property.PropertyType != typeof(SourceLocation))
            {
                Walk(property.GetValue(node), found, seen);
            }
        }
    }
}
