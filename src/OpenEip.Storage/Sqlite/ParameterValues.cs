using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using Dapper;

namespace OpenEip.Storage.Sqlite;

/// <summary>
/// The values of a statement's parameter object, an anonymous type's properties as the store passes them, each under
/// the name its SQL spells (<c>@name</c>), for a statement bound without Dapper (<see cref="BoundQuery"/>). The
/// properties of a type are found once.
/// </summary>
internal static class ParameterValues
{
    private static readonly ConcurrentDictionary<Type, Property[]?> Properties = new();

    /// <summary>
    /// The object's properties; null for what only Dapper takes: <see cref="DynamicParameters"/>, a dictionary or a list.
    /// </summary>
    public static Property[]? Of(object? parameters) =>
        parameters is null ? [] : Properties.GetOrAdd(parameters.GetType(), Find);

    private static Property[]? Find(Type type)
    {
        if (typeof(SqlMapper.IDynamicParameters).IsAssignableFrom(type) || typeof(IEnumerable).IsAssignableFrom(type) || type.IsValueType)
            return null;
        return type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanRead && p.GetIndexParameters().Length == 0)
            .Select(p => new Property("@" + p.Name, p))
            .ToArray();
    }

    /// <summary>A property and the parameter name it fills.</summary>
    internal sealed record Property(string Name, PropertyInfo Info)
    {
        public object? ValueOf(object parameters) => Info.GetValue(parameters);
    }
}
