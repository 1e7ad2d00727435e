using System.Text.Json.Serialization;

namespace OpenEip.Server.Products.Vpc.HaVips;

/// <summary>The SDK model's spelling, lower case and misspelled: AssociatedEipAddresses.associatedEipAddresse.</summary>
public sealed record AssociatedEipAddressList([property: JsonPropertyName("associatedEipAddresse")] IReadOnlyList<string> AssociatedEipAddresse);
