using OpenEip.DataPlane.Actions;

namespace OpenEip.DataPlane.Linux;

/// <summary>
/// <see cref="DeleteConntrack"/> as <c>ip netns exec &lt;ns&gt; conntrack -D &lt;filter&gt;</c> (conntrack tables are per
/// namespace). conntrack exits 1 with "0 flow entries have been deleted" when nothing matched: that is success.
/// </summary>
internal static class ConntrackDeleter
{
    private const string NothingMatched = " 0 flow entries have been deleted";

    public static async Task DeleteAsync(DeleteConntrack action, CancellationToken cancellationToken)
    {
        try
        {
            NamespaceNames.Validate(action.Namespace);
        }
        catch (ArgumentException e)
        {
            throw new DataPlaneActionException(action, e.Message);
        }
        var result = await Tool.RunAsync("ip", ["netns", "exec", action.Namespace, "conntrack", "-D", .. action.Filter], null, cancellationToken);
        if (result.ExitCode == 0 || (result.ExitCode == 1 && result.StandardError.Contains(NothingMatched, StringComparison.Ordinal)))
            return;
        throw new DataPlaneActionException(action, $"conntrack -D {string.Join(' ', action.Filter)}: {result.Said}");
    }
}
