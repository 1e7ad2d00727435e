using OpenEip.DataPlane.Model;

namespace OpenEip.DataPlane.Rendering;

/// <summary>A rendered host model with the programs of the EIPs it carries.</summary>
internal sealed record RenderedModel(HostModel Model, IReadOnlyDictionary<string, EipProgram> Programs);
