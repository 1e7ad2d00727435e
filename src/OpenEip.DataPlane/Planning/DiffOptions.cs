namespace OpenEip.DataPlane.Planning;

/// <summary>How much of what is applied a diff may trust.</summary>
internal sealed record DiffOptions
{
    /// <summary>Known state: only the difference is emitted.</summary>
    public static DiffOptions Known { get; } = new();

    /// <summary>The host's state is not known (after a start or a failed pass): every ip fact is emitted again (idempotently).</summary>
    public bool ReassertIp { get; init; }

    /// <summary>Every table is declared again, its chains rewritten and its sets refilled (a full resync, or an unknown state).</summary>
    public bool ReassertNft { get; init; }

    /// <summary>The namespaces that exist now (a full pass lists them): wanted ones missing are rebuilt, unwanted ones with OpenEip's names deleted.</summary>
    public IReadOnlySet<string>? Present { get; init; }

    /// <summary>Whether addresses that arrive are announced (not when everything is re-emitted: most did not move).</summary>
    public bool Announce { get; init; } = true;
}
