using OpenEip.Core.Errors;
using OpenEip.Core.Naming;
using OpenEip.Core.Nat;

namespace OpenEip.Core.UseCases.Nat;

/// <summary>What SNAT and DNAT entries share: which gateways take entries, and Alibaba's rule for entry names.</summary>
public static class NatEntryRules
{
    /// <summary>Entries are added only to internet gateways: their addresses are EIPs (R-NAT-1).</summary>
    public static Error? RequireInternet(NatGateway gateway) =>
        gateway.NetworkType == "internet" ? null : NatEntryErrors.NotInternetGateway(gateway.NatGatewayId);

    /// <summary>Alibaba's rule for entry names: 2–128 characters, a letter first, not a URL.</summary>
    public static Error? ValidateName(string parameter, string? name)
    {
        if (string.IsNullOrEmpty(name))
            return null;
        var valid = name.Length is >= 2 and <= 128 && char.IsLetter(name[0]) && !TextRules.IsUrl(name)
            && TextRules.ValidateNoControl(parameter, name) is null;
        return valid ? null : NatEntryErrors.NameMalformed(parameter);
    }
}
