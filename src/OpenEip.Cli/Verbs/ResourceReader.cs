using System.Text.Json;
using OpenEip.Cli.Api;
using OpenEip.Cli.Common;
using OpenEip.Cli.Generic;
using OpenEip.Cli.Output;

namespace OpenEip.Cli.Verbs;

/// <summary>
/// How the friendly verbs read one kind of resource: its Describe/List action, where the answer keeps the list,
/// the field holding an item's id and how a call names ids (each API spells that its own way). Lists gather every
/// page. A Describe answers an id it does not have with an empty list; <see cref="GetAsync"/> turns that into the
/// resource's Alibaba not-found error (the code its other actions give), so <c>show</c> fails as <c>delete</c> would.
/// </summary>
/// <param name="IdsPerCall">How many ids one call may name (1 where the filter takes a single id).</param>
/// <param name="StatusField">The field a wait reads (ALB and NLB call it LoadBalancerStatus).</param>
public sealed record ResourceReader(
    Product Product, string Action, string ItemsPath, string IdField, string PageSizeName, int PageSize, int IdsPerCall,
    Func<IReadOnlyList<string>, ParameterList> IdFilter, string NotFoundCode, string Noun, string StatusField = "Status")
{
    /// <summary>Every item matching the filters, all pages gathered.</summary>
    public Task<IReadOnlyList<JsonElement>> ListAsync(CliSession session, ParameterList filters, CancellationToken cancellationToken) =>
        Pager.ListAsync(session.Client, Product, Action,
            filters.With("RegionId", session.RegionId).With(PageSizeName, PageSize.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ItemsPath, cancellationToken);

    /// <summary>One resource by id, or its not-found error with the RequestId of the answer that did not list it.</summary>
    public async Task<JsonElement> GetAsync(CliSession session, string id, CancellationToken cancellationToken)
    {
        var body = await session.Client.CallAsync(Product, Action, IdFilter([id]).With("RegionId", session.RegionId), cancellationToken);
        var found = ListPath.Items(body, ItemsPath).Where(item => Fields.Text(item, IdField) == id).ToList();
        return found.Count == 1
            ? found[0]
            : throw new ApiCallException(404, NotFoundCode, $"The specified {Noun} \"{id}\" does not exist in region {session.RegionId}.", Fields.Text(body, "RequestId"));
    }

    /// <summary>The resources of these ids that exist, in the order given (the ones gone are left out).</summary>
    public async Task<IReadOnlyList<JsonElement>> ManyAsync(CliSession session, IReadOnlyList<string> ids, CancellationToken cancellationToken)
    {
        var items = new List<JsonElement>();
        foreach (var chunk in ids.Distinct().Chunk(IdsPerCall))
            items.AddRange(await ListAsync(session, IdFilter(chunk), cancellationToken));
        var order = ids.Select((id, index) => (id, index)).GroupBy(p => p.id).ToDictionary(g => g.Key, g => g.First().index);
        return items.Where(item => order.ContainsKey(Fields.Text(item, IdField)))
            .OrderBy(item => order[Fields.Text(item, IdField)]).ToList();
    }
}
