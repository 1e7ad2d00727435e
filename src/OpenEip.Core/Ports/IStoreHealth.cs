namespace OpenEip.Core.Ports;

/// <summary>The store's health for <c>/healthz</c> and <c>/readyz</c>: checked, not guessed, on each call.</summary>
public interface IStoreHealth
{
    Task<StoreHealth> CheckAsync(CancellationToken cancellationToken);
}
