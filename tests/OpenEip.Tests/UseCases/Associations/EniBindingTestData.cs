using OpenEip.Core.Compute;
using OpenEip.Core.Regions;
using OpenEip.Core.UseCases.Associations;
using static OpenEip.Tests.UseCases.Associations.BindingTestData;

namespace OpenEip.Tests.UseCases.Associations;

/// <summary>
/// ENI binding facts for testing the ENI rules without a database: by default a detached (Available) secondary ENI
/// owning its primary IP and one secondary IP, in a region offering every mode, no EIP on it, and an account granted
/// MULTI_BINDED; changed with <c>with</c> for the case at hand.
/// </summary>
public static class EniBindingTestData
{
    public const string SecondaryEniId = "eni-second";
    public const string SecondaryPrimaryIp = "10.0.1.40";
    public const string SecondaryIp = "10.0.1.41";

    public static NetworkInterface SecondaryEni() => Eni(SecondaryEniId, "Secondary", SecondaryPrimaryIp);

    public static Region Region(bool binded = true, bool multiBinded = true) =>
        new(BindingTestData.Region, new LocalizedName("Hangzhou", "Hangzhou", "Hangzhou"), [], binded, multiBinded, "default");

    /// <summary>Facts of <paramref name="eni"/> (the secondary ENI when null), owning its primary IP and <paramref name="alsoOwned"/>.</summary>
    public static NetworkInterfaceBindingFacts EniFacts(NetworkInterface? eni = null, params string[] alsoOwned)
    {
        var target = eni ?? SecondaryEni();
        return new NetworkInterfaceBindingFacts(target, target.StatusAt(Now, ComputeTimings.Default), Region(), [], [target.PrimaryIpAddress, .. alsoOwned], null)
        {
            MultiBindedPrivilege = 1,
        };
    }
}
