using System.Text.Json;
using OpenEip.Cli.Api;
using OpenEip.Cli.Common;
using OpenEip.Cli.Output;

namespace OpenEip.Cli.Verbs.Nat;

/// <summary>Reading NAT gateways (one NatGatewayId a call), and the SNAT and DNAT (forward) tables each one has.</summary>
public static class NatQueries
{
    public static readonly ResourceReader Reader = new(
        Products.Vpc, "DescribeNatGateways", "NatGateways.NatGateway", "NatGatewayId", "PageSize", 50, 1,
        IdFilters.Single("NatGatewayId"), "InvalidNatGatewayId.NotFound", "NAT gateway");

    /// <summary>SNAT entries of one gateway (DescribeSnatTableEntries takes the gateway's id in place of its table's).</summary>
    public static ResourceReader SnatEntries(string natGatewayId) => new(
        Products.Vpc, "DescribeSnatTableEntries", "SnatTableEntries.SnatTableEntry", "SnatEntryId", "PageSize", 50, 1,
        ids => new ParameterList().Add("NatGatewayId", natGatewayId).Add("SnatEntryId", ids[0]), "InvalidSnatEntryId.NotFound", "SNAT entry");

    /// <summary>DNAT (forward) entries of one gateway.</summary>
    public static ResourceReader ForwardEntries(string natGatewayId) => new(
        Products.Vpc, "DescribeForwardTableEntries", "ForwardTableEntries.ForwardTableEntry", "ForwardEntryId", "PageSize", 50, 1,
        ids => new ParameterList().Add("NatGatewayId", natGatewayId).Add("ForwardEntryId", ids[0]), "InvalidForwardEntryId.NotFound", "forward entry");

    /// <summary>The gateway's SNAT or forward table (<c>SnatTableIds.SnatTableId</c>, <c>ForwardTableIds.ForwardTableId</c>): the entry actions name tables, not gateways.</summary>
    public static async Task<(JsonElement Gateway, string TableId)> TableAsync(CliSession session, string natGatewayId, string kind, CancellationToken cancellationToken)
    {
        var gateway = await Reader.GetAsync(session, natGatewayId, cancellationToken);
        var table = FieldLists.Items(gateway, $"{kind}TableIds.{kind}TableId").Select(id => id.GetString() ?? "").FirstOrDefault(id => id.Length > 0)
            ?? throw new CliException($"{natGatewayId} has no {kind} table: is it a VPC (intranet) NAT gateway?");
        return (gateway, table);
    }
}
