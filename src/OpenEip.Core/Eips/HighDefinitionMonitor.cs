namespace OpenEip.Core.Eips;

/// <summary>
/// An EIP's second-level monitoring setting (SetHighDefinitionMonitorLogStatus): whether it is on and the
/// Log Service project and logstore its records go to. The destination is kept when monitoring is turned off.
/// </summary>
public sealed record HighDefinitionMonitor(string Status, string LogProject, string LogStore)
{
    public const string On = "ON";
    public const string OffStatus = "OFF";

    public static readonly IReadOnlyList<string> Statuses = [On, OffStatus];

    public static readonly HighDefinitionMonitor Off = new(OffStatus, "", "");

    public bool IsOn => Status == On;
}
