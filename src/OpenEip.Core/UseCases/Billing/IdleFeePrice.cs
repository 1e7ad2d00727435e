using System.Globalization;
using OpenEip.Core.Billing;
using OpenEip.Core.Ports;

namespace OpenEip.Core.UseCases.Billing;

/// <summary>The idle fee's price per EIP and hour (R-LIFE-2): the operator's setting, else the configured default.</summary>
public static class IdleFeePrice
{
    public const string Setting = "idle-eip-fee-per-hour";

    public static async Task<decimal> FindAsync(IStoreSession session, BillingPolicy policy) =>
        await session.Settings.FindAsync(Setting) is { } text
            ? decimal.Parse(text, CultureInfo.InvariantCulture)
            : policy.DefaultIdleFeePerHour;
}
