using System.Collections.Concurrent;
using System.Diagnostics;
using OpenEip.LoadBench.Http;

namespace OpenEip.LoadBench.Scenarios;

/// <summary>
/// One client that watches the EIPs the binding clients wait on: it asks DescribeEipAddresses for all of them at once
/// (AllocationId lists of up to 50), back to back, and tells each waiter when its EIP shows the status it waits for,
/// with the time that answer arrived. One poller for 64 waiters keeps the polling from being the load it measures
/// (64 clients each polling every millisecond were most of the server's work), at the cost of a resolution of one
/// poll round (about one Describe's latency).
/// </summary>
public sealed class StatusWatcher(RpcClient rpc, string region) : IDisposable
{
    private readonly ConcurrentDictionary<string, (string Status, TaskCompletionSource<long> Seen)> _waiting = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stop = new();
    private Task? _loop;

    public void Start() => _loop = Task.Run(LoopAsync);

    /// <returns>The Stopwatch timestamp of the answer that showed <paramref name="status"/>.</returns>
    public Task<long> WaitForAsync(string allocationId, string status)
    {
        var seen = new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);
        _waiting[allocationId] = (status, seen);
        return seen.Task;
    }

    public void Forget(string allocationId) => _waiting.TryRemove(allocationId, out _);

    public async Task StopAsync()
    {
        await _stop.CancelAsync();
        if (_loop is not null)
            await _loop;
    }

    private async Task LoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            var ids = _waiting.Keys.ToArray();
            if (ids.Length == 0)
            {
                await Task.Delay(1);
                continue;
            }

            foreach (var batch in ids.Chunk(50))
            {
                var answer = await rpc.CallAsync("DescribeEipAddresses", ApiVersions.Vpc,
                    [new("RegionId", region), new("AllocationId", string.Join(',', batch)), new("PageSize", "100")]);
                var seenAt = Stopwatch.GetTimestamp();
                if (!answer.IsSuccess)
                    continue;
                foreach (var eip in answer.Json().GetProperty("EipAddresses").GetProperty("EipAddress").EnumerateArray())
                {
                    var id = eip.GetProperty("AllocationId").GetString()!;
                    if (_waiting.TryGetValue(id, out var waiter) && eip.GetProperty("Status").GetString() == waiter.Status && _waiting.TryRemove(id, out _))
                        waiter.Seen.TrySetResult(seenAt);
                }
            }
        }
    }

    public void Dispose() => _stop.Dispose();
}
