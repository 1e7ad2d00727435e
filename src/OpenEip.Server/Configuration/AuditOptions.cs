namespace OpenEip.Server.Configuration;

/// <summary>The <c>OpenEip:Audit</c> section: how long the audit trail keeps its events.</summary>
public sealed class AuditOptions
{
    /// <summary>Days an audit event is kept (ActionTrail keeps 90); older events are pruned hourly.</summary>
    public int RetentionDays { get; set; } = 90;

    /// <summary>How long write-behind records (reads' nonces, calls that changed nothing) wait to be written in a batch.</summary>
    public TimeSpan FlushInterval { get; set; } = TimeSpan.FromMilliseconds(200);

    public void Validate()
    {
        if (RetentionDays is < 1 or > 3650)
            throw new InvalidOperationException("OpenEip:Audit:RetentionDays is 1 to 3650.");
        if (FlushInterval < TimeSpan.FromMilliseconds(10) || FlushInterval > TimeSpan.FromSeconds(10))
            throw new InvalidOperationException("OpenEip:Audit:FlushInterval is 10 ms to 10 seconds.");
    }
}
