namespace OpenEip.Core.Ports;

/// <summary>One server on its own store (SQLite): it holds every lease.</summary>
public sealed class SoleServerLeases : IWorkLeases
{
    public Task<bool> HoldsAsync(string work, CancellationToken cancellationToken) => Task.FromResult(true);
}
