using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace OpenEip.Core.Calls;

/// <summary>
/// The resource ids a call touched, for the audit trail's ResourceId filter: the values of its id
/// parameters (AllocationId, InstanceId, ResourceId.1, InstanceIds.2, …) and the ids its result names
/// (a new AllocationId, VpcId, …). Region, zone and key ids are where things live or who acts, not what
/// was acted on, and are left out.
/// </summary>
public static class AuditResources
{
    private static readonly HashSet<string> NotResources = new(StringComparer.Ordinal)
    {
        "RegionId", "ZoneId", "InstanceRegionId", "ResourceOwnerId", "OwnerId", "AccessKeyId", "RequestId", "OrderId", "ClientToken",
    };

    private static readonly ConcurrentDictionary<Type, Func<object, object?>[]?> s_idReaders = new();

    public static IReadOnlyList<string> From(IReadOnlyDictionary<string, string> parameters, object? result = null)
    {
        var ids = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var (name, value) in parameters)
        {
            if (IsIdName(name))
                AddIds(ids, value);
        }

        AddResultIds(ids, result);
        return [.. ids];
    }

    /// <param name="named">What <see cref="From"/> gave for the parameters alone.</param>
    /// <param name="result">The call's result, whose id properties join them.</param>
    public static IReadOnlyList<string> With(IReadOnlyList<string> named, object? result)
    {
        if (result is null)
            return named;
        var ids = new SortedSet<string>(named, StringComparer.Ordinal);
        AddResultIds(ids, result);
        return [.. ids];
    }

    /// <summary>
    /// The result's string properties whose JSON names are ids, read through the serializer's own contract for the type (names
    /// and ignored members as a serialized result would show them), found once per type: the result used to be serialized
    /// whole on every call, on the store's single writer (issue 12).
    /// </summary>
    private static void AddResultIds(SortedSet<string> ids, object? result)
    {
        if (result is null)
            return;
        if (s_idReaders.GetOrAdd(result.GetType(), IdReaders) is { } readers)
        {
            foreach (var read in readers)
            {
                if (read(result) is string value)
                    AddIds(ids, value);
            }
        }
        else if (JsonSerializer.SerializeToElement(result) is { ValueKind: JsonValueKind.Object } json)
        {
            // A dictionary, or a type with a converter of its own: what it writes is what counts.
            foreach (var property in json.EnumerateObject())
            {
                if (IsIdName(property.Name) && property.Value.ValueKind == JsonValueKind.String)
                    AddIds(ids, property.Value.GetString()!);
            }
        }
    }

    /// <returns>Null when the type is not written as its properties (a dictionary, a value, a converter of its own: <see cref="JsonTypeInfoKind"/>).</returns>
    private static Func<object, object?>[]? IdReaders(Type type)
    {
        var contract = JsonSerializerOptions.Default.GetTypeInfo(type);
        if (contract.Kind != JsonTypeInfoKind.Object)
            return null;
        return contract.Properties
            .Where(p => p.Get is not null && p.PropertyType == typeof(string) && IsIdName(p.Name))
            .Select(p => p.Get!)
            .ToArray();
    }

    private static bool IsIdName(string name)
    {
        var baseName = name.Split('.')[0];
        return !NotResources.Contains(baseName) && (baseName.EndsWith("Id", StringComparison.Ordinal) || baseName.EndsWith("Ids", StringComparison.Ordinal));
    }

    // A list parameter may be a JSON array or a comma list; a resource id has no spaces and is short.
    private static void AddIds(SortedSet<string> ids, string value)
    {
        foreach (var part in value.Split([',', '[', ']', '"', ' '], StringSplitOptions.RemoveEmptyEntries))
        {
            if (part.Length is > 0 and <= 64 && part.Any(char.IsLetterOrDigit))
                ids.Add(part);
        }
    }
}
