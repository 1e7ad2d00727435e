using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Npgsql;
using OpenEip.LoadBench.Http;
using OpenEip.LoadBench.Load;
using OpenEip.LoadBench.Scenarios;
using OpenEip.LoadBench.Signing;

namespace OpenEip.LoadBench.Suite;

/// <summary>
/// Every scenario on one store, against one server process (restarted where a bulk fill needs it stopped):
/// <list type="number">
/// <item>start on an empty store (schema, pools), then restart it (pools already there): two start-up times;</item>
/// <item>set-up through the operator and tenant APIs: accounts with raised quotas, ECS instances and EIPs to pair;</item>
/// <item>the ceilings, then the mutating calls, at each number of clients;</item>
/// <item>the sizes: the measured account filled to 1k, 10k, 100k EIPs, then 900k more in other accounts (1M in the
/// store), each followed by the Describe queries and an allocate/release cycle in that account, memory read around them.</item>
/// </list>
/// Driver none, ConfirmDelay 0, compute transitions immediate, throttling off (the defaults of a test deployment).
/// </summary>
public sealed class StoreRun(SuiteOptions options, StoreKind store, Action<string> say)
{
    /// <summary>The mutating runs' region (its zone for the vSwitch) and the sizes' region, each with a pool of its own.</summary>
    public const string MutatingRegion = "cn-hangzhou";
    public const string MutatingZone = "cn-hangzhou-b";
    public const string SizeRegion = "cn-shanghai";

    /// <summary>Each filler account of the 1M step holds this many (the measured account stays at 100k).</summary>
    private const long PerFillerAccount = 100_000;

    private readonly StoreReport _report = new() { Store = store == StoreKind.Sqlite ? "SQLite" : "PostgreSQL" };
    private readonly AccessKey _operator = new("LTAIbenchoperator000000", Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)));
    private readonly string _dataDir = Directory.CreateTempSubdirectory("openeip-bench-").FullName;
    private readonly string _database = $"openeip_bench_{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6))}";
    private ServerProcess? _server;

    private string LogPath => Path.Combine(options.ResultsDirectory, $"server-{store.ToString().ToLowerInvariant()}.log");

    private int? _port;

    public async Task<StoreReport> RunAsync()
    {
        var clock = Stopwatch.StartNew();
        try
        {
            if (store == StoreKind.Postgres)
                await PostgresAsync($"CREATE DATABASE {_database}");
            var probe = store == StoreKind.Sqlite ? StoreProbe.ForSqlite(_dataDir) : new StoreProbe(store, DatabaseConnection);
            var fill = store == StoreKind.Sqlite ? BulkFill.ForSqlite(_dataDir) : new BulkFill(store, DatabaseConnection);

            await StartAsync("first start: empty store (schema created, pools filled)", null, probe);
            await RestartAsync("restart: the same pools, no EIP yet", probe);
            _report.EngineVersion = await probe.EngineAsync();

            using var operatorClient = RpcClient.Open(_server!.BaseUrl, _operator);
            var operatorApi = new OperatorApi(operatorClient);
            var mutating = await operatorApi.CreateTenantAsync("bench-mutating");
            var sized = await operatorApi.CreateTenantAsync("bench-size");
            say("set-up: association pairs");
            var pairs = await AssociationLab.BuildAsync(_server.BaseUrl, mutating.Key, MutatingRegion, MutatingZone, options.ClientLevels.Max(), options.PairsPerClient);
            if (store == StoreKind.Postgres)
            {
                // A new database has no statistics until autovacuum's first analyze, up to a minute after its tables
                // fill; until then the planner reads eips with sequential scans, and a serializable transaction's
                // sequential scan locks the whole table against every writer. Runs inside that minute had about 20
                // times the serialization failures of runs after it (about 700 against 35), which made the figures a
                // draw. The suite measures the steady state.
                await PostgresAsync("ANALYZE", _database);
            }

            // The first round of the ceilings at every level, before the mutating runs; the others at the judged level only,
            // at the end. Each round of signed no-ops spends about two million nonces, which stay live for the 15 minutes
            // of the replay window: run before the size runs, two more rounds doubled the nonces their restarts reload
            // (4 to 9 million), and with them the start-up time and the memory those measure (issue 12).
            if (options.Parts.Contains("ceilings"))
                await CeilingsAsync(mutating.Key, options.ClientLevels);
            if (options.Parts.Contains("mutating"))
                await MutatingAsync(operatorApi, mutating.Key, pairs);
            if (options.Parts.Contains("sizes"))
                await SizesAsync(operatorApi, sized, probe, fill);
            if (options.Parts.Contains("ceilings"))
            {
                for (var round = 1; round < options.CeilingRounds; round++)
                    await CeilingsAsync(mutating.Key, [options.ClientLevels.Max()]);
            }
        }
        finally
        {
            if (_server is not null)
            {
                await _server.StopAsync();
                _server.Dispose();
            }

            Directory.Delete(_dataDir, recursive: true);
            if (store == StoreKind.Postgres)
                await PostgresAsync($"DROP DATABASE IF EXISTS {_database} WITH (FORCE)");
        }

        _report.Seconds = Math.Round(clock.Elapsed.TotalSeconds);
        return _report;
    }

    private string DatabaseConnection => $"{options.PostgresConnection};Database={_database}";

    /// <summary>One round of the ceilings: every one at each of <paramref name="levels"/>.</summary>
    private async Task CeilingsAsync(AccessKey key, IEnumerable<int> levels)
    {
        var url = _server!.BaseUrl;
        foreach (var clients in levels)
        {
            await RunAsync(new HealthzScenario(url), clients, "ceiling");
            await RunAsync(new SignedNoOpScenario(url, key, SignatureKind.V3), clients, "ceiling");
            await RunAsync(new SignedNoOpScenario(url, key, SignatureKind.V1), clients, "ceiling");
        }
    }

    private async Task MutatingAsync(OperatorApi operatorApi, AccessKey key, AssociationPairs pairs)
    {
        var url = _server!.BaseUrl;
        foreach (var clients in options.ClientLevels)
        {
            // A fresh account per run: allocations stay, and each run should start beside the same (empty) account.
            var fresh = await operatorApi.CreateTenantAsync($"bench-allocate-{clients}");
            await RunAsync(new AllocateScenario(url, fresh.Key, MutatingRegion), clients, "mutating");
        }

        foreach (var clients in options.ClientLevels)
            await RunAsync(new AllocateReleaseScenario(url, key, MutatingRegion), clients, "mutating");
        foreach (var clients in options.ClientLevels)
            await RunAsync(new AssociateCycleScenario(url, key, MutatingRegion, pairs), clients, "mutating");
        foreach (var clients in options.ClientLevels)
            await RunAsync(new CallToInUseScenario(url, key, MutatingRegion, pairs), clients, "mutating");
    }

    private async Task SizesAsync(OperatorApi operatorApi, Tenant sized, StoreProbe probe, BulkFill fill)
    {
        long inAccount = 0;
        string? firstEip = null;
        double? apiRate = null;
        var fillers = new List<Tenant>();
        foreach (var size in options.Sizes)
        {
            var accountTarget = Math.Min(size, PerFillerAccount);
            // Through the API up to the limit, within its time budget; the rest by the bulk fill. The measured account's
            // first EIPs always come from the API: the bulk fill copies one, and the filtered query looks for them.
            if (accountTarget > inAccount && (accountTarget <= options.ApiFillLimit || inAccount == 0))
            {
                var target = accountTarget <= options.ApiFillLimit ? accountTarget : ApiFill.RareCount;
                say($"fill: up to {target - inAccount:N0} EIPs through the API");
                var (reached, took) = await ApiFill.FillAsync(_server!.BaseUrl, sized.Key, SizeRegion, inAccount, target, options.ApiFillBudget);
                _report.Fills.Add(new FillRecord($"measured account {inAccount:N0} → {reached:N0}", "API (AllocateEipAddress, 16 clients)", reached - inAccount, Math.Round(took.TotalSeconds, 1)));
                apiRate = (reached - inAccount) / Math.Max(0.001, took.TotalSeconds);
                inAccount = reached;
            }

            firstEip ??= await RareEipAsync(sized.Key);
            var fillerTarget = (size - accountTarget + PerFillerAccount - 1) / PerFillerAccount;
            var newFillers = new List<(Tenant Tenant, string Template)>();
            while (fillers.Count < fillerTarget)
            {
                var filler = await operatorApi.CreateTenantAsync($"bench-filler-{fillers.Count + 1}");
                using var client = RpcClient.Open(_server!.BaseUrl, filler.Key);
                var template = (await EipCalls.AllocateAsync(client, SizeRegion)).EnsureSuccess("AllocateEipAddress (filler template)").Field("AllocationId")!;
                fillers.Add(filler);
                newFillers.Add((filler, template));
            }

            if (accountTarget > inAccount || newFillers.Count > 0)
            {
                await _server!.StopAsync();
                _server.Dispose();
                _server = null;
                if (accountTarget > inAccount)
                {
                    say($"bulk fill: {accountTarget - inAccount:N0} EIPs into the measured account");
                    var took = await fill.FillAsync(firstEip, SizeRegion, accountTarget - inAccount);
                    var why = accountTarget <= options.ApiFillLimit ? $"bulk (server stopped): the API filled {apiRate:N0} a second, too slow for the rest" : "bulk (server stopped)";
                    _report.Fills.Add(new FillRecord($"measured account {inAccount:N0} → {accountTarget:N0}", why, accountTarget - inAccount, Math.Round(took.TotalSeconds, 1)));
                    inAccount = accountTarget;
                }

                foreach (var (filler, template) in newFillers)
                {
                    say($"bulk fill: {PerFillerAccount - 1:N0} EIPs into {filler.AccountId}");
                    var took = await fill.FillAsync(template, SizeRegion, PerFillerAccount - 1);
                    _report.Fills.Add(new FillRecord("another account (the store toward 1M)", "bulk (server stopped)", PerFillerAccount, Math.Round(took.TotalSeconds, 1)));
                }

                await StartAsync($"restart with {Figures.Size(size)} EIPs in the store", size, probe);
            }

            await MeasureSizeAsync(sized.Key, size, inAccount, await probe.LiveEipsAsync(), firstEip);
        }
    }

    private async Task MeasureSizeAsync(AccessKey key, long step, long inAccount, long inStore, string firstEip)
    {
        var url = _server!.BaseUrl;
        var before = _server.Memory();
        var lastPage = ((inAccount + 99) / 100).ToString(CultureInfo.InvariantCulture);
        (string Name, KeyValuePair<string, string>[] Parameters)[] queries =
        [
            ("DescribeEipAddresses, first page of 100", [new("RegionId", SizeRegion), new("PageSize", "100"), new("PageNumber", "1")]),
            ("DescribeEipAddresses, last page of 100", [new("RegionId", SizeRegion), new("PageSize", "100"), new("PageNumber", lastPage)]),
            ("DescribeEipAddresses, filtered: EipName (10 match)", [new("RegionId", SizeRegion), new("PageSize", "100"), new("EipName", ApiFill.RareName)]),
            ("DescribeEipAddresses, filtered: AllocationId (1 match)", [new("RegionId", SizeRegion), new("AllocationId", firstEip)]),
        ];
        foreach (var (name, parameters) in queries)
        {
            foreach (var clients in options.ClientLevels)
                await RunAsync(new DescribeScenario(url, key, name, parameters), clients, "size", (step, inAccount, inStore));
        }

        foreach (var clients in options.ClientLevels)
            await RunAsync(new AllocateReleaseScenario(url, key, SizeRegion), clients, "size", (step, inAccount, inStore));
        var after = _server.Memory();
        _report.Memory.Add(new MemoryRecord(step, inAccount, inStore, before.Rss, after.Rss, after.Peak));
    }

    private async Task<string> RareEipAsync(AccessKey key)
    {
        using var client = RpcClient.Open(_server!.BaseUrl, key);
        var answer = (await client.CallAsync("DescribeEipAddresses", ApiVersions.Vpc, [new("RegionId", SizeRegion), new("EipName", ApiFill.RareName), new("PageSize", "1")]))
            .EnsureSuccess("DescribeEipAddresses (the measured account's first EIP)");
        return answer.Json().GetProperty("EipAddresses").GetProperty("EipAddress")[0].GetProperty("AllocationId").GetString()!;
    }

    private async Task RunAsync(Scenario scenario, int clients, string group, (long Step, long InAccount, long InStore)? size = null)
    {
        var runner = new LoadRunner(_server!.Pid, options.PostmasterPid, size is null ? options.Warmup : options.SizeWarmup, size is null ? options.Duration : options.SizeDuration, options.MaxExtension);
        var result = await runner.RunAsync(scenario, clients, _report.Store, group, size?.Step, size?.InAccount, size?.InStore);
        _report.Results.Add(result);
        await SettleAsync();
        await File.AppendAllTextAsync(Path.Combine(options.ResultsDirectory, "results.jsonl"), JsonSerializer.Serialize(result) + "\n");
        var h = result.Headline;
        var where = size is { } s ? $" [{s.InAccount:N0} in the account, {s.InStore:N0} in the store]" : "";
        say($"{_report.Store,-10} {scenario.Name}{where}, {clients} clients: {h.PerSecond:N0}/s p50 {h.P50Ms:0.###} p99 {h.P99Ms:0.###} ms"
            + (result.ErrorCount > 0 ? $", {result.ErrorCount} errors" : "") + $" (CPU server {result.Cpu.Server}, client {result.Cpu.Client}, others {result.Cpu.Others})");
    }

    /// <summary>
    /// Waits until the server is idle (under a tenth of a core over 200 ms; 30 s at most), so that the next run does not
    /// start beside the last one's leftovers: requests still queued, confirmations, the write-behind journal.
    /// </summary>
    private async Task SettleAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        var before = CpuMeter.ProcessTicks(_server!.Pid);
        while (DateTime.UtcNow < deadline)
        {
            await Task.Delay(200);
            var now = CpuMeter.ProcessTicks(_server.Pid);
            if (now - before <= 2)
                return;
            before = now;
        }
    }

    private async Task StartAsync(string label, long? step, StoreProbe probe)
    {
        say($"server: {label}");
        // The same port on every restart: clients opened before it (the operator's) keep working.
        _server = await ServerProcess.StartAsync(options.ServerDll, Environment(), LogPath, _port);
        _port = _server.Port;
        _report.Startups.Add(new StartupRecord(label, step, await probe.PoolAddressesAsync(), await probe.LiveEipsAsync(),
            Math.Round(_server.Startup.TotalSeconds, 2), _server.Memory().Rss));
        say($"server: ready in {_server.Startup.TotalSeconds:0.00} s");
    }

    private async Task RestartAsync(string label, StoreProbe probe)
    {
        await _server!.StopAsync();
        _server.Dispose();
        await StartAsync(label, null, probe);
    }

    private Dictionary<string, string> Environment()
    {
        var environment = new Dictionary<string, string>
        {
            ["OpenEip__DataDir"] = _dataDir,
            ["OpenEip__Bootstrap__AccessKeyId"] = _operator.Id,
            ["OpenEip__Bootstrap__AccessKeySecret"] = _operator.Secret,
            ["OpenEip__DataPlane__Driver"] = "none",
            ["OpenEip__DataPlane__ConfirmDelay"] = "00:00:00",
            ["OpenEip__Compute__PendingSeconds"] = "0",
            ["OpenEip__Compute__StartingSeconds"] = "0",
            ["OpenEip__Compute__StoppingSeconds"] = "0",
            ["OpenEip__Compute__EniAttachSeconds"] = "0",
        };
        for (var i = 0; i < options.MutatingPool.Count; i++)
            environment[$"OpenEip__AddressPools__{MutatingRegion}__{i}"] = options.MutatingPool[i];
        for (var i = 0; i < options.SizePool.Count; i++)
            environment[$"OpenEip__AddressPools__{SizeRegion}__{i}"] = options.SizePool[i];
        if (store == StoreKind.Postgres)
        {
            environment["OpenEip__Store"] = "Postgres";
            environment["ConnectionStrings__OpenEip"] = DatabaseConnection;
        }

        return environment;
    }

    private async Task PostgresAsync(string sql, string database = "postgres")
    {
        await using var connection = new NpgsqlConnection($"{options.PostgresConnection};Database={database};Pooling=false");
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
