namespace OpenEip.Core.UseCases.Billing;

/// <summary>The idle fees of the owners' pay-as-you-go EIPs, at one price per hour.</summary>
public sealed record IdleFeeReport(decimal PricePerHour, IReadOnlyList<IdleEipFee> Eips);
