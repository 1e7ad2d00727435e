namespace OpenEip.DataPlane.Naming;

/// <summary>
/// Gives each key of one namespace a distinct name. Keys are taken in ordinal order and each takes the
/// first salt whose name is still free, so the names are a function of the set of keys alone: a
/// restarted driver computes the same ones. A collision of 48-bit hashes is rare; when it happens, only
/// the later key's name depends on the other one being there.
/// </summary>
public static class UniqueNames
{
    public static IReadOnlyDictionary<string, string> Assign(IEnumerable<string> keys, Func<string, int, string> name)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        var taken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var key in keys.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            for (var salt = 0; ; salt++)
            {
                var candidate = name(key, salt);
                if (taken.Add(candidate))
                {
                    result[key] = candidate;
                    break;
                }
            }
        }

        return result;
    }
}
