using System.Threading.RateLimiting;
using OpenEip.Core.Errors;
using OpenEip.Rpc.Signing;

namespace OpenEip.Rpc.Throttling;

/// <summary>
/// Flow control per account and action, answered as Alibaba does: <c>Throttling.User</c> (HTTP 400),
/// which the SDKs and Terraform retry. A token bucket per (account, action) holds a minute's worth of
/// calls and refills every second, so a burst up to the limit passes and the average holds. The operator
/// account is never throttled: it must always be able to run its own server. Each server process keeps
/// its own buckets.
/// </summary>
public sealed class RequestThrottle : IDisposable
{
    private readonly ThrottlePolicy _policy;
    private readonly PartitionedRateLimiter<(string AccountId, string Action)>? _limiter;

    public RequestThrottle(ThrottlePolicy policy)
    {
        _policy = policy;
        if (!policy.Enabled)
            return;
        _limiter = PartitionedRateLimiter.Create<(string AccountId, string Action), (string AccountId, string Action)>(key =>
        {
            var perMinute = policy.LimitFor(key.Action);
            return RateLimitPartition.GetTokenBucketLimiter(key, _ => new TokenBucketRateLimiterOptions
            {
                TokenLimit = perMinute,
                TokensPerPeriod = Math.Max(1, (int)Math.Ceiling(perMinute / 60.0)),
                ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                QueueLimit = 0,
                AutoReplenishment = true,
            });
        });
    }

    /// <returns>Null when the call may go ahead; otherwise the error and how long to wait before retrying.</returns>
    public (Error Error, TimeSpan RetryAfter)? Check(RpcCaller caller, string action)
    {
        if (_limiter is null || caller.IsOperator)
            return null;
        using var lease = _limiter.AttemptAcquire((caller.AccountId, action));
        if (lease.IsAcquired)
            return null;
        var retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(1);
        return (new Error("Throttling.User", $"Request was denied due to user flow control: {action} is limited to {_policy.LimitFor(action)} calls a minute per account."), retryAfter);
    }

    public void Dispose() => _limiter?.Dispose();
}
