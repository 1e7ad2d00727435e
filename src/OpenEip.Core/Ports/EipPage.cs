using OpenEip.Core.Eips;

namespace OpenEip.Core.Ports;

public sealed record EipPage(IReadOnlyList<Eip> Items, int TotalCount);
