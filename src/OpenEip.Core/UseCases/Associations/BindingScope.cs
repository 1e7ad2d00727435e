using OpenEip.Core.Compute;
using OpenEip.Core.Ports;
using OpenEip.Core.Regions;

namespace OpenEip.Core.UseCases.Associations;

/// <summary>What the binding rules read: the open store transaction, the catalogues, and the time of the call.</summary>
public sealed record BindingScope(IStoreSession Session, RegionCatalogue Regions, InstanceTypeCatalogue Types, ComputeTimings Timings, DateTimeOffset Now);
