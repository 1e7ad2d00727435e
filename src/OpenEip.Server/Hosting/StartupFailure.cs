using Microsoft.Extensions.Options;
using OpenEip.Core.Ports;
using OpenEip.Storage.Secrets;

namespace OpenEip.Server.Hosting;

/// <summary>
/// Start-up failures the operator can fix (a setting out of range, the wrong secrets key file, a full disk
/// with migrations pending): one line saying what is wrong and exit code 1, not a stack trace.
/// </summary>
public static class StartupFailure
{
    public static bool IsExplained(Exception e) =>
        e is InvalidOperationException or OptionsValidationException or SecretKeyMismatchException or StoreUnavailableException;

    public static int Report(Exception e)
    {
        Console.Error.WriteLine($"OpenEip cannot start: {e.Message}");
        return 1;
    }
}
