using OpenEip.Core.Compute;

namespace OpenEip.Server.Configuration;

/// <summary>How long instance, ENI and NAT gateway transitions take (seconds; 0 makes them immediate).</summary>
public sealed class ComputeOptions
{
    public double PendingSeconds { get; set; } = ComputeTimings.Default.Pending.TotalSeconds;

    public double StartingSeconds { get; set; } = ComputeTimings.Default.Starting.TotalSeconds;

    public double StoppingSeconds { get; set; } = ComputeTimings.Default.Stopping.TotalSeconds;

    public double EniAttachSeconds { get; set; } = ComputeTimings.Default.EniAttach.TotalSeconds;

    public double NatGatewayCreatingSeconds { get; set; }

    public ComputeTimings ToTimings()
    {
        double[] all = [PendingSeconds, StartingSeconds, StoppingSeconds, EniAttachSeconds, NatGatewayCreatingSeconds];
        if (all.Any(s => s < 0 || s > 3600 || double.IsNaN(s)))
            throw new InvalidOperationException("OpenEip:Compute: transition times are 0 to 3600 seconds.");
        return new ComputeTimings(TimeSpan.FromSeconds(PendingSeconds), TimeSpan.FromSeconds(StartingSeconds), TimeSpan.FromSeconds(StoppingSeconds), TimeSpan.FromSeconds(EniAttachSeconds))
        {
            NatGatewayCreating = TimeSpan.FromSeconds(NatGatewayCreatingSeconds),
        };
    }
}
