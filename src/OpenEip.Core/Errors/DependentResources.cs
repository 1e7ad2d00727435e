namespace OpenEip.Core.Errors;

/// <summary>How a DependencyViolation message names what still depends on a resource: the first five ids and a count of the rest.</summary>
public static class DependentResources
{
    public static string Names(IEnumerable<string> ids)
    {
        var list = ids.ToList();
        return string.Join(", ", list.Take(5)) + (list.Count > 5 ? $" and {list.Count - 5} more" : "");
    }
}
