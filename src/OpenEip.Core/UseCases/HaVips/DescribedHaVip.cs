using OpenEip.Core.HaVips;
using OpenEip.Core.Tags;

namespace OpenEip.Core.UseCases.HaVips;

/// <summary>A HaVip as DescribeHaVips shows it: the public address of the EIP bound to it, and its tags.</summary>
public sealed record DescribedHaVip(HaVip HaVip, IReadOnlyList<string> EipAddresses, IReadOnlyList<Tag> Tags);
