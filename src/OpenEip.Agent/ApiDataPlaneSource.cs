using System.Globalization;
using System.Text.Json;
using OpenEip.Core.DataPlane;
using OpenEip.Core.DataPlane.Desired;
using OpenEip.Core.Ports;

namespace OpenEip.Agent;

/// <summary>
/// The data plane's source for an agent: the server's operator API. Asking for pending changes waits
/// on the server (long poll) when there are none, so the agent learns of a binding at once.
/// </summary>
public sealed class ApiDataPlaneSource(OperatorClient client, AgentOptions options) : IDataPlaneSource
{
    public async Task<IReadOnlyList<PendingEip>> ListPendingAsync(int limit, CancellationToken cancellationToken)
    {
        var parameters = Regions();
        parameters["MaxResults"] = limit.ToString(CultureInfo.InvariantCulture);
        parameters["WaitMilliseconds"] = ((int)options.LongPoll.TotalMilliseconds).ToString(CultureInfo.InvariantCulture);
        var body = await client.CallAsync("DescribePendingEips", parameters, cancellationToken);
        return body.GetProperty("PendingEips").GetProperty("PendingEip").EnumerateArray()
            .Select(p => new PendingEip(
                p.GetProperty("AllocationId").GetString()!,
                p.GetProperty("Generation").GetInt64(),
                DateTimeOffset.Parse(p.GetProperty("SpecChangedAt").GetString()!, CultureInfo.InvariantCulture)))
            .ToList();
    }

    public async Task<DesiredState> ReadAsync(DesiredScope scope, IReadOnlyCollection<string>? allocationIds, CancellationToken cancellationToken)
    {
        var parameters = Regions();
        parameters["Scope"] = scope.ToString();
        var i = 0;
        foreach (var id in allocationIds ?? [])
            parameters[$"AllocationId.{++i}"] = id;
        var body = await client.CallAsync("DescribeDataPlaneState", parameters, cancellationToken);
        return body.GetProperty("State").Deserialize<DesiredState>()!;
    }

    public async Task ConfirmAsync(IReadOnlyList<AppliedEip> applied, CancellationToken cancellationToken)
    {
        if (applied.Count == 0)
            return;
        var parameters = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < applied.Count; i++)
        {
            parameters[$"Applied.{i + 1}.AllocationId"] = applied[i].AllocationId;
            parameters[$"Applied.{i + 1}.Generation"] = applied[i].Generation.ToString(CultureInfo.InvariantCulture);
        }

        await client.CallAsync("ReportDataPlaneApplied", parameters, cancellationToken);
    }

    private Dictionary<string, string> Regions()
    {
        var parameters = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < options.Regions.Count; i++)
            parameters[$"RegionId.{i + 1}"] = options.Regions[i];
        return parameters;
    }
}
