using System.Text.RegularExpressions;
using OpenEip.Core.Errors;
using OpenEip.Core.Naming;

namespace OpenEip.Core.ResourceGroups;

/// <summary>
/// CreateResourceGroup's rules: Name 2–50 letters, digits and hyphens starting with a letter, unique in the
/// account; DisplayName 1–50 characters. The default group's Name and DisplayName are OpenEip's choice
/// (Alibaba documents neither).
/// </summary>
public static partial class ResourceGroupRules
{
    public const string DefaultName = "default";
    public const string DefaultDisplayName = "Default Resource Group";
    public const string StatusOk = "OK";

    /// <summary>Alibaba's three statuses; only OK ever applies here.</summary>
    public static readonly IReadOnlyList<string> Statuses = ["Creating", "OK", "PendingDelete"];

    public static Error? ValidateName(string? name)
    {
        if (string.IsNullOrEmpty(name))
            return ResourceGroupErrors.MissingName();
        if (name.Length is < 2 or > 50)
            return ResourceGroupErrors.NameLength();
        return NamePattern().IsMatch(name) ? null : ResourceGroupErrors.NameInvalidChars();
    }

    public static Error? ValidateDisplayName(string? displayName)
    {
        if (string.IsNullOrEmpty(displayName))
            return ResourceGroupErrors.MissingDisplayName();
        if (displayName.Length > 50)
            return ResourceGroupErrors.DisplayNameLength();
        return TextRules.ValidateNoControl("DisplayName", displayName) is null ? null : ResourceGroupErrors.DisplayNameInvalid();
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex NamePattern();
}
