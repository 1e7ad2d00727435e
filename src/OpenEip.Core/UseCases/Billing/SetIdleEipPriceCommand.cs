namespace OpenEip.Core.UseCases.Billing;

/// <summary>The operator's SetIdleEipPrice: the idle fee per EIP and hour (validated for form by the caller).</summary>
public sealed record SetIdleEipPriceCommand(decimal PricePerHour);
