namespace OpenEip.LoadBench.Suite;

/// <summary>One target of issue 12 on one store: what was measured and whether it is met (null: not measured in this run).</summary>
public sealed record TargetVerdict(string Measured, bool? Met)
{
    public string Text => Met switch
    {
        true => $"{Measured}: **met**",
        false => $"{Measured}: **missed**",
        null => Measured,
    };
}
