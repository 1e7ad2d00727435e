using Microsoft.AspNetCore.Mvc;
using OpenEip.Core.Compute;
using OpenEip.Core.Errors;
using OpenEip.Core.Nat;
using OpenEip.Core.Ports;
using OpenEip.Core.UseCases.Nat;
using OpenEip.Core.UseCases.Networks;
using OpenEip.Server.Products;
using static OpenEip.Server.WebConsole.ConsoleText;

namespace OpenEip.Server.WebConsole.Pages.Resources;

/// <summary>
/// One NAT gateway: its EIPs, and its SNAT and DNAT (forward) entries, which are created and deleted here
/// through the same use cases as CreateSnatEntry, DeleteSnatEntry, CreateForwardEntry and DeleteForwardEntry.
/// </summary>
public sealed class NatGatewayModel(
    DescribeNatGateways describeGateways, DescribeSnatEntries describeSnat, DescribeForwardEntries describeDnat,
    CreateSnatEntry createSnat, DeleteSnatEntry deleteSnat, CreateForwardEntry createDnat, DeleteForwardEntry deleteDnat, DescribeVSwitches describeVSwitches,
    ComputeTimings timings, TimeProvider clock) : ConsolePageModel
{
    public const int PageSize = 100;

    /// <summary>Form keys: errors of a form are shown beside its fields, or beside its button ("snat." / "dnat." + "").</summary>
    public const string SnatForm = "snat.";
    public const string DnatForm = "dnat.";

    [BindProperty(SupportsGet = true)]
    public string Id { get; set; } = "";

    public DescribedNatGateway? Gateway { get; private set; }

    public string Status { get; private set; } = "";

    public IReadOnlyList<SnatEntry> Snat { get; private set; } = [];

    public IReadOnlyList<ForwardEntry> Dnat { get; private set; } = [];

    public IReadOnlyList<DescribedVSwitch> VSwitches { get; private set; } = [];

    public string Self => WithRegion($"{NatGatewaysModel.Path}/{Uri.EscapeDataString(Id)}");

    public string ListPage => WithRegion(NatGatewaysModel.Path);

    public string EipsPage => WithRegion("/console/eips");

    // What a form that was sent back held, so that the person does not type it again.
    public string SnatIp { get; private set; } = "";
    public string SourceVSwitchId { get; private set; } = "";
    public string SourceCidr { get; private set; } = "";
    public string SnatName { get; private set; } = "";
    public string ExternalIp { get; private set; } = "";
    public string ExternalPort { get; private set; } = "";
    public string InternalIp { get; private set; } = "";
    public string InternalPort { get; private set; } = "";
    public string IpProtocol { get; private set; } = "tcp";
    public string DnatName { get; private set; } = "";

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(string? operation, string? entryId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
            return Page();
        var gateway = Gateway!.Gateway;
        switch (operation)
        {
            case "create-snat":
            {
                SnatIp = Form("SnatIp");
                SourceVSwitchId = Form("SourceVSwitchId");
                SourceCidr = Form("SourceCidr");
                SnatName = Form("Name");
                var command = new CreateSnatEntryCommand(AccountId, RegionId, gateway.SnatTableId, SnatIp)
                {
                    SourceVSwitchId = NullIfEmpty(SourceVSwitchId),
                    SourceCidr = NullIfEmpty(SourceCidr),
                    Name = NullIfEmpty(SnatName),
                };
                var result = await AuditedAsync(ProductVersions.Vpc, "CreateSnatEntry", [("SnatTableId", gateway.SnatTableId), ("SnatIp", SnatIp), ("SourceVSwitchId", SourceVSwitchId), ("SourceCIDR", SourceCidr), ("SnatEntryName", SnatName)],
                    () => createSnat.ExecuteAsync(command, null, cancellationToken));
                if (result.IsSuccess)
                    return Done(L($"SNAT entry {result.Value.SnatEntryId} created.", $"SNAT エントリ {result.Value.SnatEntryId} を作成しました。"));
                ShowError(SnatForm + ConsoleErrors.FieldOf(result.Error, "SnatIp", "SourceVSwitch", "SourceCidr", "Name"), result.Error);
                break;
            }
            case "delete-snat":
            {
                var result = await AuditedAsync(ProductVersions.Vpc, "DeleteSnatEntry", [("SnatTableId", gateway.SnatTableId), ("SnatEntryId", entryId)],
                    () => deleteSnat.ExecuteAsync(new DeleteSnatEntryCommand(AccountId, RegionId, gateway.SnatTableId, entryId ?? ""), null, cancellationToken));
                if (result.IsSuccess)
                    return Done(L($"SNAT entry {entryId} deleted.", $"SNAT エントリ {entryId} を削除しました。"));
                ShowError("entry:" + entryId, result.Error);
                break;
            }
            case "create-dnat":
            {
                ExternalIp = Form("ExternalIp");
                ExternalPort = Form("ExternalPort");
                InternalIp = Form("InternalIp");
                InternalPort = Form("InternalPort");
                IpProtocol = Form("IpProtocol");
                DnatName = Form("Name");
                var command = new CreateForwardEntryCommand(AccountId, RegionId, gateway.ForwardTableId, ExternalIp, ExternalPort, InternalIp, InternalPort, IpProtocol)
                {
                    Name = NullIfEmpty(DnatName),
                };
                var result = await AuditedAsync(ProductVersions.Vpc, "CreateForwardEntry", [("ForwardTableId", gateway.ForwardTableId), ("ExternalIp", ExternalIp), ("ExternalPort", ExternalPort), ("InternalIp", InternalIp), ("InternalPort", InternalPort), ("IpProtocol", IpProtocol), ("ForwardEntryName", DnatName)],
                    () => createDnat.ExecuteAsync(command, null, cancellationToken));
                if (result.IsSuccess)
                    return Done(L($"DNAT entry {result.Value.ForwardEntryId} created.", $"DNAT エントリ {result.Value.ForwardEntryId} を作成しました。"));
                ShowError(DnatForm + ConsoleErrors.FieldOf(result.Error, "ExternalIp", "ExternalPort", "InternalIp", "InternalPort", "IpProtocol", "Name"), result.Error);
                break;
            }
            case "delete-dnat":
            {
                var result = await AuditedAsync(ProductVersions.Vpc, "DeleteForwardEntry", [("ForwardTableId", gateway.ForwardTableId), ("ForwardEntryId", entryId)],
                    () => deleteDnat.ExecuteAsync(new DeleteForwardEntryCommand(AccountId, RegionId, gateway.ForwardTableId, entryId ?? ""), null, cancellationToken));
                if (result.IsSuccess)
                    return Done(L($"DNAT entry {entryId} deleted.", $"DNAT エントリ {entryId} を削除しました。"));
                ShowError("entry:" + entryId, result.Error);
                break;
            }
            default:
                ShowError("", ApiErrors.InvalidParameter("operation", "create-snat, delete-snat, create-dnat or delete-dnat is expected."));
                break;
        }

        return Page();
    }

    private IActionResult Done(string notice)
    {
        Notice = notice;
        return Redirect(Self);
    }

    private string Form(string name) => (Request.Form[name].FirstOrDefault() ?? "").Trim();

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;

    /// <summary>The gateway and its entries; false (with the reason shown, and 404) when the account has no such gateway in the region.</summary>
    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var found = await describeGateways.ExecuteAsync(new DescribeNatGatewaysQuery(new ComputeQuery(AccountId, RegionId) { Ids = [Id], PageSize = 1 }), cancellationToken);
        if (!found.IsSuccess || found.Value.Items.Count == 0)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            ViewData["LoadError"] = found.IsSuccess
                ? L($"The NAT gateway {Id} does not exist in {RegionId}.", $"NAT ゲートウェイ {Id} は {RegionId} に存在しません。")
                : ConsoleErrors.Describe(found.Error);
            return false;
        }

        Gateway = found.Value.Items[0];
        Status = Gateway.Gateway.StatusAt(clock.GetUtcNow(), timings.NatGatewayCreating);
        var snat = await describeSnat.ExecuteAsync(new DescribeSnatEntriesQuery(AccountId, RegionId, Id, new SnatEntryQuery("") { PageSize = PageSize }), cancellationToken);
        var dnat = await describeDnat.ExecuteAsync(new DescribeForwardEntriesQuery(AccountId, RegionId, Id, new ForwardEntryQuery("") { PageSize = PageSize }), cancellationToken);
        var vSwitches = await describeVSwitches.ExecuteAsync(new NetworkQuery(AccountId, RegionId) { VpcId = Gateway.Gateway.VpcId, PageSize = PageSize }, cancellationToken);
        var failed = new[] { snat.Error, dnat.Error, vSwitches.Error }.FirstOrDefault(e => e is not null);
        if (failed is not null)
            ViewData["LoadError"] = ConsoleErrors.Describe(failed);
        Snat = snat.IsSuccess ? snat.Value.Items : [];
        Dnat = dnat.IsSuccess ? dnat.Value.Items : [];
        VSwitches = vSwitches.IsSuccess ? vSwitches.Value.Items : [];
        return true;
    }
}
