namespace OpenEip.Server.Configuration;

public sealed class ClockOptions
{
    /// <summary>
    /// Test deployments only: lets the operator move the service's clock forward (AdvanceClock), so that
    /// expiry and recovery windows can be exercised without waiting days.
    /// </summary>
    public bool Adjustable { get; set; }
}
