using System.Text.Json;

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

    private static void AddResultIds(SortedSet<string> ids, object? result)
    {
        if (result is not null && JsonSerializer.SerializeToElement(result) is { ValueKind: JsonValueKind.Object } json)
        {
            foreach (var property in json.EnumerateObject())
            {
                if (IsIdName(property.Name) && property.Value.ValueKind == JsonValueKind.String)
                    AddIds(ids, property.Value.GetString()!);
            }
        }
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
