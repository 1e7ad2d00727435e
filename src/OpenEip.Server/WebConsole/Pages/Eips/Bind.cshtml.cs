using Microsoft.AspNetCore.Mvc;
using OpenEip.Core.Associations;
using OpenEip.Core.Eips;
using OpenEip.Core.UseCases.Associations;
using OpenEip.Server.Products;

namespace OpenEip.Server.WebConsole.Pages.Eips;

/// <summary>
/// Bind resource (リソースのバインド, R-UI-2): pick the kind, then one of the region's resources of that kind.
/// Each resource is checked by the binding rules before it is offered; one that cannot take the EIP is shown
/// disabled with the rule's reason. Binding returns at once (Associating) and the list follows it to InUse.
/// </summary>
public sealed class BindModel(BindingCandidates candidates, AssociateEip associate) : ConsolePageModel
{
    [BindProperty(Name = "id", SupportsGet = true)]
    public string AllocationId { get; set; } = "";

    [BindProperty(Name = "kind", SupportsGet = true)]
    public string Kind { get; set; } = BindingTargetTypes.EcsInstance;

    /// <summary>The picked candidate: <see cref="ChoiceValue"/> of one of them.</summary>
    [BindProperty(Name = "choice")]
    public string? Choice { get; set; }

    public Eip? Eip { get; private set; }

    public IReadOnlyList<BindingCandidate> Candidates { get; private set; } = [];

    public bool Truncated { get; private set; }

    public string? LoadError { get; private set; }

    public static string ChoiceValue(BindingCandidate c) => $"{c.InstanceId}|{c.Mode}|{c.PrivateIpAddress}";

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(Choice) || Choice.Split('|') is not [var instanceId, var mode, var privateIp] || instanceId.Length == 0)
        {
            ModelState.AddModelError("choice", ConsoleText.L("Choose a resource to bind the EIP to.", "EIP をバインドするリソースを選択してください。"));
            await LoadAsync(cancellationToken);
            return Page();
        }

        var command = new AssociateEipCommand(AccountId, AllocationId, instanceId, Kind, RegionId, null, mode.Length > 0 ? mode : null, privateIp.Length > 0 ? privateIp : null);
        var result = await AuditedAsync(ProductVersions.Vpc, "AssociateEipAddress", [("AllocationId", AllocationId), ("InstanceId", instanceId), ("InstanceType", Kind), ("Mode", command.Mode), ("PrivateIpAddress", command.PrivateIpAddress)],
            () => associate.ExecuteAsync(command, null, cancellationToken));
        if (result.Error is { } error)
        {
            ShowError("choice", error);
            await LoadAsync(cancellationToken);
            return Page();
        }

        Notice = ConsoleText.L($"{AllocationId} is being bound to {instanceId}.", $"{AllocationId} を {instanceId} にバインドしています。");
        return Redirect(WithRegion("/console/eips"));
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        if (!BindingCandidates.Kinds.Contains(Kind))
            Kind = BindingTargetTypes.EcsInstance;
        var result = await candidates.ExecuteAsync(new BindingCandidatesQuery(AccountId, RegionId, AllocationId, Kind), cancellationToken);
        if (result.Error is { } error)
        {
            LoadError = ConsoleErrors.Describe(error);
            return;
        }

        Eip = result.Value.Eip;
        Candidates = result.Value.Candidates;
        Truncated = result.Value.Truncated;
    }
}
