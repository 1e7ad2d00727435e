using System.Text.Json;
using System.Text.Json.Nodes;
using OpenEip.Cli.Api;
using OpenEip.Cli.Common;

namespace OpenEip.Cli.Generic;

/// <summary>
/// Gathers every page of a Describe/List call into one answer: by <c>NextToken</c> when the answer carries one
/// (ALB, NLB, the List actions), else by <c>PageNumber</c> until <c>TotalCount</c> items have come. The result is
/// the first answer with the whole list in place and the paging fields left out.
/// </summary>
public static class Pager
{
    /// <summary>A guard against a server that never ends its pages.</summary>
    private const int MaxPages = 10_000;

    public static async Task<JsonElement> GatherAsync(
        ApiClient client, Product product, string action, ParameterList parameters, PagerSpec spec, CancellationToken cancellationToken)
    {
        var first = await client.CallAsync(product, action, parameters, cancellationToken);
        var path = spec.Path ?? ListPath.Find(first)
            ?? throw new CliException($"--pager found no list in the answer of {action}; name it with path=, e.g. path=EipAddresses.EipAddress.");
        var items = new JsonArray();
        Append(items, ListPath.Items(first, path));

        // An empty NextToken is no token: ECS's Describe actions always carry one ("") and page by number.
        if (Text(first, spec.NextToken) is { Length: > 0 })
            await FollowTokensAsync(client, product, action, parameters, spec, path, first, items, cancellationToken);
        else
            await FollowPageNumbersAsync(client, product, action, parameters, spec, path, first, items, cancellationToken);

        var merged = ListPath.Replace(first, path, items);
        foreach (var name in new[] { spec.NextToken, spec.PageNumber, spec.PageSize, "MaxResults" })
            merged.Remove(name);
        return JsonSerializer.SerializeToElement(merged);
    }

    /// <summary>Every item of a list call, all pages gathered (the friendly verbs' lists).</summary>
    public static async Task<IReadOnlyList<JsonElement>> ListAsync(
        ApiClient client, Product product, string action, ParameterList parameters, string path, CancellationToken cancellationToken)
    {
        var spec = new PagerSpec(path, "PageNumber", "PageSize", "TotalCount", "NextToken");
        var gathered = await GatherAsync(client, product, action, parameters, spec, cancellationToken);
        return ListPath.Items(gathered, path).ToList();
    }

    private static async Task FollowTokensAsync(
        ApiClient client, Product product, string action, ParameterList parameters, PagerSpec spec, string path,
        JsonElement page, JsonArray items, CancellationToken cancellationToken)
    {
        for (var pages = 1; Text(page, spec.NextToken) is { Length: > 0 } token; pages++)
        {
            Guard(pages, action);
            page = await client.CallAsync(product, action, parameters.With(spec.NextToken, token), cancellationToken);
            Append(items, ListPath.Items(page, path));
        }
    }

    private static async Task FollowPageNumbersAsync(
        ApiClient client, Product product, string action, ParameterList parameters, PagerSpec spec, string path,
        JsonElement page, JsonArray items, CancellationToken cancellationToken)
    {
        if (Number(page, spec.TotalCount) is not { } total)
            return;
        var pageNumber = Number(page, spec.PageNumber) ?? 1;
        var lastCount = items.Count;
        for (var pages = 1; items.Count < total && lastCount > 0; pages++)
        {
            Guard(pages, action);
            pageNumber++;
            page = await client.CallAsync(
                product, action, parameters.With(spec.PageNumber, pageNumber.ToString(System.Globalization.CultureInfo.InvariantCulture)), cancellationToken);
            var before = items.Count;
            Append(items, ListPath.Items(page, path));
            lastCount = items.Count - before;
        }
    }

    private static void Guard(int pages, string action)
    {
        if (pages >= MaxPages)
            throw new CliException($"{action} still had pages after {MaxPages}; stopped.", ExitCodes.Unreachable);
    }

    private static void Append(JsonArray items, IEnumerable<JsonElement> page)
    {
        foreach (var item in page)
            items.Add(JsonNode.Parse(item.GetRawText()));
    }

    private static string? Text(JsonElement body, string name) =>
        body.ValueKind == JsonValueKind.Object && body.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    private static long? Number(JsonElement body, string name)
    {
        if (body.ValueKind != JsonValueKind.Object || !body.TryGetProperty(name, out var value))
            return null;
        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var number))
            return number;
        return value.ValueKind == JsonValueKind.String && long.TryParse(value.GetString(), out number) ? number : null;
    }
}
