using System.Text;
using System.Text.RegularExpressions;
using OpenEip.DataPlane.Actions;
using OpenEip.DataPlane.Linux.Native;

namespace OpenEip.DataPlane.Linux;

/// <summary>
/// <see cref="SetSysctl"/> by writing <c>/proc/sys/…</c> from the <see cref="NamespaceThread"/> inside the
/// namespace (a net sysctl file shows the namespace of the thread that opens it), instead of a
/// <c>ip netns exec … sysctl</c> process. Only <c>net.*</c> keys are accepted: the others are not
/// per namespace, and writing one would change the whole host.
/// </summary>
internal static partial class SysctlWriter
{
    public static async Task WriteAsync(NamespaceThread thread, SetSysctl action, CancellationToken cancellationToken)
    {
        var path = PathOf(action);
        if (action.Value.Contains('\n') || action.Value.Length == 0)
            throw new DataPlaneActionException(action, "the value must be one non-empty line");
        try
        {
            await thread.RunAsync(action.Namespace, _ => Write(path, action.Value), cancellationToken);
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            throw new DataPlaneActionException(action, e.Message);
        }
    }

    /// <summary><c>net.ipv4.ip_forward</c> → <c>/proc/sys/net/ipv4/ip_forward</c>; a key with '/' (an interface name with a dot) is taken as a path.</summary>
    private static string PathOf(SetSysctl action)
    {
        var relative = action.Key.Contains('/') ? action.Key : action.Key.Replace('.', '/');
        if (!KeyPattern().IsMatch(relative) || relative.Split('/').Any(p => p is "" or "." or ".."))
            throw new DataPlaneActionException(action, $"'{action.Key}' is not a net.* sysctl key (only those are per namespace)");
        return "/proc/sys/" + relative;
    }

    private static unsafe bool Write(string path, string value)
    {
        var fd = Libc.Open(path, Libc.WriteOnly | Libc.CloseOnExec);
        if (fd < 0)
            throw new InvalidOperationException($"cannot open {path}: {Libc.LastError()}");
        try
        {
            var bytes = Encoding.ASCII.GetBytes(value);
            fixed (byte* buffer = bytes)
            {
                if (Libc.Write(fd, buffer, bytes.Length) != bytes.Length)
                    throw new InvalidOperationException($"cannot write '{value}' to {path}: {Libc.LastError()}");
            }
            return true;
        }
        finally
        {
            Libc.Close(fd);
        }
    }

    [GeneratedRegex("^net/[A-Za-z0-9_./-]+$")]
    private static partial Regex KeyPattern();
}
