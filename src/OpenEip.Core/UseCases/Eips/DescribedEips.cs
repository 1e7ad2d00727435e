using OpenEip.Core.Ports;
using OpenEip.Core.Tags;

namespace OpenEip.Core.UseCases.Eips;

public sealed record DescribedEips(EipPage Page, IReadOnlyDictionary<string, IReadOnlyList<Tag>> TagsByAllocationId);
