using OpenEip.Core.Eips;

namespace OpenEip.Core.UseCases.Billing;

/// <summary>The EIPs of a console list whose idle fees are shown beside them.</summary>
public sealed record IdleFeesOfEipsQuery(IReadOnlyList<Eip> Eips);
