using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Jixiao.Data.Backup;

/// <summary>Reads and checks the rows of any entity type of the model, given only its metadata (the CLR type is bound by reflection).</summary>
internal static class EntityRows
{
    private static readonly MethodInfo ReadMethod = typeof(EntityRows).GetMethod(nameof(Read), BindingFlags.NonPublic | BindingFlags.Static)!;

    private static readonly MethodInfo AnyMethod = typeof(EntityRows).GetMethod(nameof(Any), BindingFlags.NonPublic | BindingFlags.Static)!;

    private static readonly MethodInfo PropertyMethod = typeof(EF).GetMethod(nameof(EF.Property))!.MakeGenericMethod(typeof(object));

    /// <summary>
    /// Every row of the type in primary-key order, as the values of <paramref name="properties"/> (shadow properties
    /// included); each entity is detached once read, so memory does not grow with the table.
    /// </summary>
    public static IAsyncEnumerable<object?[]> ReadAsync(JixiaoDbContext db, IEntityType type, IReadOnlyList<IProperty> properties, CancellationToken cancellationToken) =>
        (IAsyncEnumerable<object?[]>)ReadMethod.MakeGenericMethod(type.ClrType).Invoke(null, [db, type, properties, cancellationToken])!;

    /// <summary>True when the type's table has a row.</summary>
    public static Task<bool> AnyAsync(JixiaoDbContext db, IEntityType type, CancellationToken cancellationToken) =>
        (Task<bool>)AnyMethod.MakeGenericMethod(type.ClrType).Invoke(null, [db, cancellationToken])!;

    private static async IAsyncEnumerable<object?[]> Read<T>(
        JixiaoDbContext db, IEntityType type, IReadOnlyList<IProperty> properties, [EnumeratorCancellation] CancellationToken cancellationToken)
        where T : class
    {
        var keys = type.FindPrimaryKey()!.Properties;
        var ordered = db.Set<T>().OrderBy(ByProperty<T>(keys[0]));
        foreach (var key in keys.Skip(1))
        {
            ordered = ordered.ThenBy(ByProperty<T>(key));
        }

        await foreach (var entity in ordered.AsAsyncEnumerable().WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            var entry = db.Entry(entity);
            yield return properties.Select(p => entry.Property(p.Name).CurrentValue).ToArray();
            entry.State = EntityState.Detached;
        }
    }

    private static Task<bool> Any<T>(JixiaoDbContext db, CancellationToken cancellationToken)
        where T : class => db.Set<T>().AnyAsync(cancellationToken);

    /// <summary>e => EF.Property&lt;object&gt;(e, "Id").</summary>
    private static Expression<Func<T, object>> ByProperty<T>(IProperty property)
    {
        var entity = Expression.Parameter(typeof(T), "e");
        return Expression.Lambda<Func<T, object>>(Expression.Call(PropertyMethod, entity, Expression.Constant(property.Name)), entity);
    }
}
