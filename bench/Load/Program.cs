// The API load generator and benchmark suite of issue 12 (bench/README.md):
//   selfcheck                         the signer against wire-protocol.md's worked examples
//   suite [--quick] [--stores sqlite,postgres] [--postgres CONN] [--postgres-data DIR] [--out docs/performance.md] [--results DIR]
//         [--clients 1,16,64] [--sizes 1000,10000,...] [--warmup S] [--duration S] [--parts ceilings,mutating,sizes] [--ceiling-rounds 3]
//                                     (the last six: to try the harness out, or to measure one change quickly)
//                                     every scenario on a real server per store (bench/run-api.sh runs this)
//   render --results FILE --out FILE  the page again from a results.json
//   run --url URL --scenario NAME --clients N [--warmup S] [--duration S] [--key ID:SECRET | --operator ID:SECRET] [--region R] [--pid PID]
//                                     one scenario against a running server, its result as JSON on stdout; with
//                                     --operator, as a new account with the suite's quotas (for profiling a server)
//                                     (healthz, noop-v3, noop-v1, allocate, allocate-release, associate-cycle, call-to-inuse)
using System.Globalization;
using System.Text.Json;
using OpenEip.LoadBench.Http;
using OpenEip.LoadBench.Load;
using OpenEip.LoadBench.Scenarios;
using OpenEip.LoadBench.Signing;
using OpenEip.LoadBench.Suite;

var verb = args.FirstOrDefault();
var options = Options(args.Skip(1).ToArray());
string? Option(string name) => options.GetValueOrDefault(name);
double Number(string name, double fallback) => Option(name) is { } text ? double.Parse(text, CultureInfo.InvariantCulture) : fallback;

switch (verb)
{
    case "selfcheck":
    {
        var failures = SignerSelfCheck.Run();
        foreach (var failure in failures)
            Console.Error.WriteLine(failure);
        Console.WriteLine(failures.Count == 0 ? "the signer reproduces wire-protocol.md's V3 and V1 examples" : "the signer is wrong");
        return failures.Count == 0 ? 0 : 1;
    }

    case "suite":
    {
        var root = Path.GetFullPath(Option("repo") ?? FindRepositoryRoot());
        var stores = (Option("stores") ?? "sqlite,postgres").Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Select(s => Enum.Parse<StoreKind>(s, ignoreCase: true)).ToList();
        var postgres = Option("postgres") ?? Environment.GetEnvironmentVariable("OPENEIP_BENCH_POSTGRES");
        if (stores.Contains(StoreKind.Postgres) && string.IsNullOrEmpty(postgres))
        {
            Console.Error.WriteLine("PostgreSQL needs --postgres or OPENEIP_BENCH_POSTGRES (a connection string without Database); or pass --stores sqlite");
            return 2;
        }

        return await SuiteRunner.RunAsync(new SuiteOptions
        {
            Quick = options.ContainsKey("quick"),
            Stores = stores,
            PostgresConnection = postgres,
            PostmasterPid = CpuMeter.PostmasterOf(Option("postgres-data") ?? Environment.GetEnvironmentVariable("OPENEIP_BENCH_POSTGRES_DATA")),
            RepositoryRoot = root,
            ServerDll = Option("server-dll") ?? Path.Combine(root, "src/OpenEip.Server/bin/Release/net10.0/OpenEip.Server.dll"),
            ResultsDirectory = Path.GetFullPath(Option("results") ?? Path.Combine(Path.GetTempPath(), $"openeip-bench-results-{DateTime.UtcNow:yyyyMMdd-HHmmss}")),
            MarkdownPath = Option("out") is { } output ? Path.GetFullPath(output) : null,
            ClientLevels = Option("clients") is { } levels ? levels.Split(',').Select(l => int.Parse(l, CultureInfo.InvariantCulture)).ToList() : [1, 16, 64],
            SizesOverride = Option("sizes") is { } sizes ? sizes.Split(',').Select(l => long.Parse(l, CultureInfo.InvariantCulture)).ToList() : null,
            WarmupOverride = Option("warmup") is not null ? Number("warmup", 0) : null,
            DurationOverride = Option("duration") is not null ? Number("duration", 0) : null,
            CeilingRounds = (int)Number("ceiling-rounds", 3),
            Parts = (Option("parts") ?? "ceilings,mutating,sizes").Split(',', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal),
        });
    }

    case "render":
        return await SuiteRunner.RenderAsync(Option("results") ?? "results.json", Option("out") ?? "performance.md");

    case "run":
    {
        if (SignerSelfCheck.Run() is { Count: > 0 } failures)
        {
            Console.Error.WriteLine(string.Join('\n', failures));
            return 1;
        }

        var url = (Option("url") ?? "http://127.0.0.1:8080").TrimEnd('/');
        var keyText = (Option("key") ?? ":").Split(':', 2);
        var key = new AccessKey(keyText[0], keyText[1]);
        if (Option("operator")?.Split(':', 2) is [var operatorId, var operatorSecret])
        {
            using var operatorClient = RpcClient.Open(url, new AccessKey(operatorId, operatorSecret));
            key = (await new OperatorApi(operatorClient).CreateTenantAsync($"run-{DateTime.UtcNow:HHmmss}")).Key;
        }

        var region = Option("region") ?? "cn-hangzhou";
        Scenario scenario = Option("scenario") switch
        {
            "healthz" => new HealthzScenario(url),
            "noop-v3" => new SignedNoOpScenario(url, key, SignatureKind.V3),
            "noop-v1" => new SignedNoOpScenario(url, key, SignatureKind.V1),
            "allocate" => new AllocateScenario(url, key, region),
            "allocate-release" => new AllocateReleaseScenario(url, key, region),
            "associate-cycle" => new AssociateCycleScenario(url, key, region, await PairsAsync()),
            "call-to-inuse" => new CallToInUseScenario(url, key, region, await PairsAsync()),
            var other => throw new ArgumentException($"unknown scenario {other}"),
        };

        // The association scenarios bind EIPs to instances the run makes first (a VPC, a vSwitch, an instance per pair).
        Task<AssociationPairs> PairsAsync() =>
            AssociationLab.BuildAsync(url, key, region, Option("zone") ?? $"{region}-b", (int)Number("clients", 1), SuiteOptions.DefaultPairsPerClient);
        var runner = new LoadRunner((int)Number("pid", 0), null, TimeSpan.FromSeconds(Number("warmup", 2)), TimeSpan.FromSeconds(Number("duration", 10)), TimeSpan.FromSeconds(30));
        var result = await runner.RunAsync(scenario, (int)Number("clients", 1), "(running server)", "adhoc");
        Console.WriteLine(JsonSerializer.Serialize(result, SuiteRunner.Json));
        return 0;
    }

    default:
        Console.Error.WriteLine("usage: OpenEip.LoadBench selfcheck | suite [--quick] … | render --results FILE --out FILE | run --url URL --scenario NAME …");
        return 2;
}

static Dictionary<string, string> Options(string[] words)
{
    var parsed = new Dictionary<string, string>(StringComparer.Ordinal);
    for (var i = 0; i < words.Length; i++)
    {
        if (!words[i].StartsWith("--", StringComparison.Ordinal))
            throw new ArgumentException($"unexpected argument {words[i]}");
        var name = words[i][2..];
        parsed[name] = i + 1 < words.Length && !words[i + 1].StartsWith("--", StringComparison.Ordinal) ? words[++i] : "";
    }

    return parsed;
}

static string FindRepositoryRoot()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "OpenEip.slnx")))
            return dir.FullName;
    }

    return Directory.GetCurrentDirectory();
}
