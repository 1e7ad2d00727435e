using System.Diagnostics;
using OpenEip.LoadBench.Http;
using OpenEip.LoadBench.Scenarios;
using OpenEip.LoadBench.Signing;

namespace OpenEip.LoadBench.Suite;

/// <summary>
/// Fills an account through the API: AllocateEipAddress from 16 clients at once until it holds the count asked for,
/// or until its time budget has passed (the suite bulk-fills the rest: where allocation takes a tenth of a second,
/// 10k through the API would take the run's whole time). The first EIPs of the measured account are named
/// <see cref="RareName"/>, which the filtered Describe looks for.
/// </summary>
public static class ApiFill
{
    public const string RareName = "bench-rare";
    public const int RareCount = 10;
    private const int Clients = 16;

    /// <returns>How many EIPs the account holds now (<paramref name="to"/> unless the budget ran out), and how long it took.</returns>
    public static async Task<(long Reached, TimeSpan Took)> FillAsync(string baseUrl, AccessKey key, string region, long from, long to, TimeSpan budget)
    {
        var clock = Stopwatch.StartNew();
        var next = from;
        long done = 0;
        var failures = 0;
        await Task.WhenAll(Enumerable.Range(0, Clients).Select(async _ =>
        {
            using var rpc = RpcClient.Open(baseUrl, key);
            // The first ten always (the filtered query needs them); the rest while the budget lasts.
            for (var i = Interlocked.Increment(ref next) - 1; i < to && (i < RareCount || clock.Elapsed < budget); i = Interlocked.Increment(ref next) - 1)
            {
                // A failed allocation is tried again (a fill must reach its count); a hundred failures end the run.
                RpcResponse answer;
                while (!(answer = await EipCalls.AllocateAsync(rpc, region, i < RareCount ? RareName : null)).IsSuccess)
                {
                    if (Interlocked.Increment(ref failures) > 100)
                        answer.EnsureSuccess("AllocateEipAddress (fill)");
                }

                Interlocked.Increment(ref done);
            }
        }));
        return (from + done, clock.Elapsed);
    }
}
