using System.Text.Json.Serialization;

namespace OpenEip.Server.Products.Vpc.HaVips;

/// <summary>The SDK model really spells this list in lower case: AssociatedInstances.associatedInstance.</summary>
public sealed record AssociatedInstanceList([property: JsonPropertyName("associatedInstance")] IReadOnlyList<string> AssociatedInstance);
