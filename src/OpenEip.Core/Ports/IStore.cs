using OpenEip.Core.Errors;

namespace OpenEip.Core.Ports;

/// <summary>
/// The persistent store. Every write is one transaction that serializes against other writers, so
/// the checks a use case makes inside <see cref="WriteAsync{T}"/> hold when it commits (invariants live
/// in the store, not in hope). SQLite and PostgreSQL implement it; callers do not know which.
/// </summary>
public interface IStore
{
    /// <summary>Runs read-only work on a consistent snapshot.</summary>
    Task<T> ReadAsync<T>(Func<IStoreSession, Task<T>> work, CancellationToken cancellationToken);

    /// <summary>
    /// Runs work in one write transaction: committed when it returns a value, rolled back when it
    /// returns an error. With an idempotency key, a request seen before returns its first result
    /// (stored in the same transaction as the effect), and the same token with other parameters fails.
    /// </summary>
    Task<Result<T>> WriteAsync<T>(IdempotencyKey? idempotency, Func<IStoreSession, Task<Result<T>>> work, CancellationToken cancellationToken);
}
