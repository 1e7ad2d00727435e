using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.Extensions.DependencyInjection;
using OpenEip.Rpc.Dispatch;
using Xunit.Abstractions;

namespace OpenEip.Tests.Fuzzing;

/// <summary>
/// A seeded fuzzer over every registered action (issue 8): random, malformed, oversized, duplicated and
/// control-character values, V1 (query and form) and V3 signatures, JSON and XML answers, as the operator
/// and as a tenant, against the real server on Kestrel. Every answer must be an Alibaba response (a
/// RequestId, and a Code when it is an error) that is not a 5xx, and the server must log no error.
/// A fixed budget runs in the suite (<c>OPENEIP_FUZZ_REQUESTS</c>, default 6000; <c>OPENEIP_FUZZ_SEED</c>
/// to replay another seed); the counts go to the test output and to <c>OPENEIP_FUZZ_REPORT</c> if set.
/// </summary>
public sealed partial class RpcFuzzTests(FuzzServer server, ITestOutputHelper output) : IClassFixture<FuzzServer>
{
    [Fact]
    public async Task EveryAction_UnderSeededFuzzing_NeverAnswers5xxNorLogsAnError()
    {
        var seed = int.TryParse(Environment.GetEnvironmentVariable("OPENEIP_FUZZ_SEED"), out var s) ? s : 20261126;
        var budget = int.TryParse(Environment.GetEnvironmentVariable("OPENEIP_FUZZ_REQUESTS"), out var b) ? b : 6000;
        var random = new Random(seed);
        var values = new FuzzValues(random);
        var actions = server.Services.GetRequiredService<RpcActionRegistry>().Actions.OrderBy(a => a.Version + a.Name, StringComparer.Ordinal).ToList();
        using var http = server.CreateClient();
        var host = http.BaseAddress!.Authority;
        var tenant = await CreateTenantAsync(http, host);
        var statuses = new SortedDictionary<int, int>();
        var failures = new List<string>();
        // Parameter names each action is seen to read (named in its MissingParameter/InvalidParameter errors):
        // preferred once known, so that calls reach each action's own binding and rules.
        var learned = actions.ToDictionary(a => a, _ => new List<string>());
        var reads = ActionParameters.Load();

        for (var sent = 0; sent < budget; sent++)
        {
            var action = actions[random.Next(actions.Count)];
            var parameters = new Dictionary<string, string>(StringComparer.Ordinal);
            if (random.Next(5) != 0)
                parameters["RegionId"] = random.Next(6) == 0 ? values.Value() : "cn-hangzhou";
            var known = learned[action];
            var own = reads.GetValueOrDefault(action.Name) ?? [];
            for (var i = random.Next(0, 9); i > 0; i--)
            {
                var pick = random.Next(10);
                if (pick < 6 && own.Count > 0)
                {
                    var read = own[random.Next(own.Count)];
                    parameters[read.Name] = values.ValueFor(read.Kind);
                }
                else
                {
                    parameters[pick < 8 && known.Count > 0 ? known[random.Next(known.Count)] : values.Name()] = values.Value();
                }
            }

            var request = new FuzzRequest(action.Name, action.Version, parameters, (FuzzStyle)random.Next(3), random.Next(4) == 0,
                random.Next(25) == 0 ? values.Name() : null);
            var (keyId, secret) = random.Next(3) == 0 ? (FuzzServer.OperatorKeyId, FuzzServer.OperatorSecret) : tenant;

            using var message = request.ToHttp(host, keyId, secret);
            using var response = await http.SendAsync(message);
            var body = await response.Content.ReadAsStringAsync();
            var status = (int)response.StatusCode;
            statuses[status] = statuses.GetValueOrDefault(status) + 1;
            if (Problem(status, body, request.Xml) is { } problem)
                failures.Add($"#{sent} {request} -> {status} {problem}: {body[..Math.Min(body.Length, 300)]}");
            if (status == 200)
                values.KnownIds.AddRange(IdPattern().Matches(body).Select(m => m.Value).Where(id => !values.KnownIds.Contains(id)).Take(5));
            else if (status == 400 && NamedParameter(body) is { } name && !learned[action].Contains(name))
                learned[action].Add(name);
        }

        var serverErrors = statuses.Where(p => p.Key >= 500).Sum(p => p.Value);
        var report = $"fuzz: seed {seed}, {budget} requests over {actions.Count} actions, {serverErrors} answered 5xx, "
            + $"{server.Errors.Count} error logs; statuses {string.Join(", ", statuses.Select(p => $"{p.Key}×{p.Value}"))}; "
            + $"{reads.Values.Sum(r => r.Count)} parameter reads found in the actions' sources, {values.KnownIds.Count} resource ids and {learned.Values.Sum(l => l.Count)} parameter names learned";
        output.WriteLine(report);
        if (Environment.GetEnvironmentVariable("OPENEIP_FUZZ_REPORT") is { Length: > 0 } path)
            await File.WriteAllTextAsync(path, report + Environment.NewLine);

        Assert.True(failures.Count == 0, $"{failures.Count} bad answers, first ones:\n{string.Join('\n', failures.Take(10))}");
        Assert.True(server.Errors.IsEmpty, $"the server logged errors:\n{string.Join('\n', server.Errors.Take(5))}");
        Assert.True(statuses.GetValueOrDefault(200) > budget / 50, $"too few calls succeeded to reach deep paths: {report}");
        Assert.True(reads.Count > actions.Count / 2, $"the actions' parameter reads were not found beside the tests: {report}");
    }

    private static string? Problem(int status, string body, bool xml)
    {
        if (status >= 500)
            return "a 5xx";
        try
        {
            if (xml && body.StartsWith('<'))
            {
                var root = XDocument.Parse(body).Root!;
                return root.Element("RequestId") is null ? "no RequestId" : status >= 400 && root.Element("Code") is null ? "no Code" : null;
            }

            var json = JsonDocument.Parse(body).RootElement;
            return !json.TryGetProperty("RequestId", out _) ? "no RequestId"
                : status >= 400 && !json.TryGetProperty("Code", out _) ? "no Code"
                : status < 400 && json.TryGetProperty("Code", out _) ? "a Code in a success body"
                : null;
        }
        catch (Exception e) when (e is JsonException or System.Xml.XmlException)
        {
            return "not an Alibaba body";
        }
    }

    private static string? NamedParameter(string body)
    {
        try
        {
            var message = JsonDocument.Parse(body).RootElement.GetProperty("Message").GetString() ?? "";
            var match = ParameterInMessage().Match(message);
            return match.Success ? match.Groups[1].Value : null;
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return null;
        }
    }

    private static async Task<(string KeyId, string Secret)> CreateTenantAsync(HttpClient http, string host)
    {
        var request = new FuzzRequest("CreateAccount", "2026-11-25", new Dictionary<string, string> { ["AccountName"] = "fuzz" }, FuzzStyle.V3, false, null);
        using var message = request.ToHttp(host, FuzzServer.OperatorKeyId, FuzzServer.OperatorSecret);
        using var response = await http.SendAsync(message);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        return (json.GetProperty("AccessKeyId").GetString()!, json.GetProperty("AccessKeySecret").GetString()!);
    }

    [GeneratedRegex("parameter \"([A-Z][A-Za-z0-9.]*)\"")]
    private static partial Regex ParameterInMessage();

    [GeneratedRegex(@"\b(eip|i|eni|vpc|vsw|sg|ngw|stb|ftb|snat|fwd|havip|lb|alb|nlb|rg)-[a-z0-9]{10,20}\b")]
    private static partial Regex IdPattern();
}
