using Microsoft.Extensions.Logging.Abstractions;
using OpenEip.Core.DataPlane;
using OpenEip.Core.DataPlane.Desired;
using OpenEip.DataPlane.Driver;

namespace OpenEip.Tests.DataPlane.Nftables;

/// <summary>The nftables driver over a recording executor.</summary>
internal sealed class DriverBed : IDisposable
{
    public DriverBed(RecordingExecutor? executor = null)
    {
        Executor = executor ?? new RecordingExecutor();
        Driver = new NftablesDriver(Executor, TimeProvider.System, NullLogger<NftablesDriver>.Instance);
    }

    public RecordingExecutor Executor { get; }
    public NftablesDriver Driver { get; }

    public Task<IReadOnlyList<AppliedEip>> FullAsync(Snapshot snapshot) => Driver.ApplyAsync(snapshot.Build(DesiredScope.Full), CancellationToken.None);

    public Task<IReadOnlyList<AppliedEip>> NetworksAsync(Snapshot snapshot) => Driver.ApplyAsync(snapshot.Build(DesiredScope.Networks), CancellationToken.None);

    public Task<IReadOnlyList<AppliedEip>> EipsAsync(params EipDesired[] eips) =>
        Driver.ApplyAsync(new DesiredState { Scope = DesiredScope.Eips, Eips = eips }, CancellationToken.None);

    public void Dispose() => Driver.Dispose();
}
