using System.Text.RegularExpressions;
using OpenEip.Core.Errors;

namespace OpenEip.Core.Eips;

/// <summary>
/// How SetHighDefinitionMonitorLogStatus changes a setting. Alibaba documents Status, LogProject and LogStore as
/// required, but Terraform's alicloud_eip_address sends only the ones that changed, so each one given replaces
/// its part and the rest is kept; monitoring can only be ON with both a project and a logstore. Names follow
/// Log Service's rules.
/// </summary>
public static partial class HighDefinitionMonitorRules
{
    public static Result<HighDefinitionMonitor> Apply(HighDefinitionMonitor current, string? status, string? logProject, string? logStore)
    {
        if (status is null && logProject is null && logStore is null)
            return ApiErrors.MissingParameter("Status");
        if (logProject is not null && !ProjectName().IsMatch(logProject))
            return ApiErrors.InvalidParameter("LogProject", "a Log Service project name is 3 to 63 lowercase letters, digits and hyphens, starting and ending with a letter or digit.");
        if (logStore is not null && !LogStoreName().IsMatch(logStore))
            return ApiErrors.InvalidParameter("LogStore", "a Log Service logstore name is 3 to 63 lowercase letters, digits, hyphens and underscores, starting and ending with a letter or digit.");

        var next = new HighDefinitionMonitor(status ?? current.Status, logProject ?? current.LogProject, logStore ?? current.LogStore);
        if (next.IsOn && next.LogProject.Length == 0)
            return ApiErrors.MissingParameter("LogProject");
        if (next.IsOn && next.LogStore.Length == 0)
            return ApiErrors.MissingParameter("LogStore");
        return next;
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$", RegexOptions.CultureInvariant)]
    private static partial Regex ProjectName();

    [GeneratedRegex("^[a-z0-9][a-z0-9_-]{1,61}[a-z0-9]$", RegexOptions.CultureInvariant)]
    private static partial Regex LogStoreName();
}
