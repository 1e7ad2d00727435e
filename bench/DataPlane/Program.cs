// The Linux executor's per-action latency on this host, or (with `resync`) the nftables driver's full
// resync of many bindings. Run as root:
//   dotnet run --project bench/DataPlane -c Release [iterations=1000]
//   dotnet run --project bench/DataPlane -c Release resync [bindings=100000] [instances=10] [warm runs=3] [EIP passes=200]
// Creates namespaces named openeip-bench-* (resync: OpenEip's own names), and deletes them at the end.
using System.Diagnostics;
using System.Text;
using OpenEip.DataPlane.Actions;
using OpenEip.DataPlane.Linux;
using OpenEip.DataPlaneBench;

if (LinuxPrerequisites.Check() is { Count: > 0 } problems)
{
    Console.Error.WriteLine("cannot run: " + string.Join("; ", problems));
    return 1;
}
if (args is ["resync", .. var rest])
{
    int Arg(int i, int fallback) => rest.Length > i ? int.Parse(rest[i], System.Globalization.CultureInfo.InvariantCulture) : fallback;
    return await FullResync.RunAsync(Arg(0, 100_000), Arg(1, 10), Arg(2, 3), Arg(3, 200));
}
var iterations = args.Length > 0 ? int.Parse(args[0]) : 1000;
var executor = new LinuxActionExecutor();
var prefix = "openeip-bench-" + Guid.NewGuid().ToString("N")[..6];
var gateway = prefix + "-gw";
var hosts = Enumerable.Range(0, 200).Select(i => $"{prefix}-h{i:D3}").ToList();
Task Run(params DataPlaneAction[] actions) => executor.ExecuteAsync(actions, CancellationToken.None);

Console.WriteLine($"{Environment.ProcessorCount} cores, {DateTime.UtcNow:yyyy-MM-dd}");
Console.WriteLine("| action | calls | p50 | p90 | p99 | max |");
Console.WriteLine("|---|---|---|---|---|---|");
try
{
    await Latencies.OnceAsync("CreateNamespace (first, cold)", () => Run(new CreateNamespace(gateway)));

    // 10,000 1:1 mappings (two maps of 10k elements) loaded in one transaction, then one mapping at a time.
    var load = new StringBuilder("table ip openeip {\n  map eip2priv { type ipv4_addr : ipv4_addr; }\n  map priv2eip { type ipv4_addr : ipv4_addr; }\n}\n");
    for (var i = 0; i < 10_000; i++)
        load.Append($"add element ip openeip eip2priv {{ 10.200.{i / 256}.{i % 256} : 10.100.{i / 256}.{i % 256} }}\nadd element ip openeip priv2eip {{ 10.100.{i / 256}.{i % 256} : 10.200.{i / 256}.{i % 256} }}\n");
    await Latencies.OnceAsync("NftScript: load 2 maps × 10,000 elements (1 transaction)", () => Run(new NftScript(gateway, load.ToString())));
    static string Eip(int i) => $"203.0.{113 + i / 250}.{i % 250 + 1}";
    static string Private(int i) => $"172.16.{i / 250}.{i % 250 + 1}";
    await Latencies.OnceAsync("NftScript: first add of one mapping (context opened, cache filled)", () =>
        Run(new NftScript(gateway, $"add element ip openeip eip2priv {{ 198.51.100.1 : 172.31.0.1 }}\nadd element ip openeip priv2eip {{ 172.31.0.1 : 198.51.100.1 }}")));
    await Latencies.MeasureAsync("NftScript: add one mapping (2 elements) beside 10k", iterations, i =>
        Run(new NftScript(gateway, $"add element ip openeip eip2priv {{ {Eip(i)} : {Private(i)} }}\nadd element ip openeip priv2eip {{ {Private(i)} : {Eip(i)} }}")));
    Check(Nft(gateway, $"get element ip openeip eip2priv {{ {Eip(iterations - 1)} }}").Contains(Private(iterations - 1)), "the last mapping was added");
    await Latencies.MeasureAsync("NftScript: delete one mapping (2 elements) beside 10k", iterations, i =>
        Run(new NftScript(gateway, $"delete element ip openeip eip2priv {{ {Eip(i)} }}\ndelete element ip openeip priv2eip {{ {Private(i)} }}")));
    Check(!Nft(gateway, $"get element ip openeip eip2priv {{ {Eip(iterations - 1)} }}").Contains(Private(iterations - 1)), "the last mapping was deleted");

    // The same beside a security-group table as ADR 4 lays it out: 200 shared chains and a 10k-element verdict map.
    var groups = new StringBuilder("table inet openeip_sg {\n  map eni_in { type ipv4_addr : verdict; }\n");
    for (var g = 0; g < 200; g++)
        groups.Append($"  chain sg{g} {{ tcp dport {{ 22, 80, 443 }} accept; counter drop; }}\n");
    groups.Append("  chain forward { type filter hook forward priority filter; policy accept; ct state established,related accept; ip daddr vmap @eni_in; }\n}\n");
    for (var i = 0; i < 10_000; i++)
        groups.Append($"add element inet openeip_sg eni_in {{ 10.100.{i / 256}.{i % 256} : jump sg{i % 200} }}\n");
    await Latencies.OnceAsync("NftScript: load 200 chains + 10,000-element verdict map (1 transaction)", () => Run(new NftScript(gateway, groups.ToString())));
    await Latencies.MeasureAsync("NftScript: add one mapping beside 20k elements, 200 chains", iterations, i =>
        Run(new NftScript(gateway, $"add element ip openeip eip2priv {{ {Eip(i)} : {Private(i)} }}\nadd element ip openeip priv2eip {{ {Private(i)} : {Eip(i)} }}")));
    await Latencies.MeasureAsync("NftScript: delete one mapping beside 20k elements, 200 chains", iterations, i =>
        Run(new NftScript(gateway, $"delete element ip openeip eip2priv {{ {Eip(i)} }}\ndelete element ip openeip priv2eip {{ {Private(i)} }}")));

    foreach (var lines in new[] { 1, 10, 100, 1000 })
    {
        var add = Enumerable.Range(0, lines).Select(i => $"addr add 10.{lines % 250}.{i / 250}.{i % 250 + 1}/32 dev lo").ToList();
        var del = add.Select(l => l.Replace("addr add", "addr del")).ToList();
        var reps = lines >= 1000 ? 10 : 50;
        await Latencies.MeasureAsync($"IpCommands: {lines} line(s), add then delete (one call each)", reps * 2, i =>
            Run(new IpCommands(gateway, i % 2 == 0 ? add : del)));
    }

    await Latencies.MeasureAsync("SetSysctl", 200, i => Run(new SetSysctl(gateway, "net.ipv4.ip_forward", (i % 2).ToString())));
    await Latencies.MeasureAsync("DeleteConntrack (nothing to delete)", 50, _ => Run(new DeleteConntrack(gateway, ["--orig-dst", "203.0.113.5"])));
    await Run(new IpCommands(gateway, ["link add ga0 type veth peer name ga1", "link set ga0 up", "link set ga1 up"]));
    await Latencies.MeasureAsync("AnnounceAddress (what the caller waits for)", 200, _ => Run(new AnnounceAddress(gateway, "ga0", "203.0.113.5")));

    // 200 hosts as the recipe built them: namespaces, one veth each into a bridge of the gateway, then address, link and route in each.
    await Latencies.OnceAsync("200 × CreateNamespace (one call)", () => Run([.. hosts.Select(h => new CreateNamespace(h))]));
    await Latencies.OnceAsync("200 veths into a bridge (one IpCommands of 202 lines)", () => Run(new IpCommands(gateway, [
        "link add brs type bridge", "link set brs up",
        .. hosts.Select((h, i) => $"link add p{i:D3} master brs up type veth peer name eth0 netns {h}")])));
    await Latencies.OnceAsync("200 × IpCommands (addr, link up, route; one per host)", () => Run([.. hosts.Select((h, i) =>
        new IpCommands(h, [$"addr add 10.50.{i / 250}.{i % 250 + 1}/16 dev eth0", "link set eth0 up", "route add default via 10.50.255.254"]))]));
    await Latencies.OnceAsync("200 × DeleteNamespace (one call)", () => Run([.. hosts.Select(h => new DeleteNamespace(h))]));
}
finally
{
    await Run([.. hosts.Select(h => new DeleteNamespace(h)), new DeleteNamespace(gateway)]);
}
return 0;

// Reads back through the nft command (slow on a 10k map, so only once per loop): the figures are of work really done.
static string Nft(string ns, string command)
{
    var start = new ProcessStartInfo("ip", $"netns exec {ns} nft {command}") { RedirectStandardOutput = true, RedirectStandardError = true };
    using var process = Process.Start(start)!;
    var output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
    process.WaitForExit();
    return output;
}

static void Check(bool holds, string what)
{
    if (!holds)
        throw new InvalidOperationException("check failed: " + what);
}
