namespace OpenEip.DataPlane.Linux;

/// <summary>
/// Reads what <c>ip -b</c> printed on stderr: each failing line's message, then <c>Command failed -:N</c>
/// with its line number (1-based), e.g. <c>Error: ipv4: Address already assigned.</c> / <c>Command failed -:2</c>.
/// </summary>
internal static class IpBatchErrors
{
    private const string Marker = "Command failed -:";

    public static IReadOnlyDictionary<int, string> Parse(string standardError)
    {
        var errors = new Dictionary<int, string>();
        var pending = new List<string>();
        foreach (var line in standardError.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (line.StartsWith(Marker, StringComparison.Ordinal) && int.TryParse(line.AsSpan(Marker.Length), out var number))
            {
                errors[number] = pending.Count > 0 ? string.Join(" ", pending) : "failed";
                pending.Clear();
            }
            else
            {
                pending.Add(line);
            }
        }
        return errors;
    }
}
