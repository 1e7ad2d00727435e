namespace OpenEip.Server.Configuration;

/// <summary>A fixed AccessKey pair for the operator account (scripts, CI); without it one is generated on first start.</summary>
public sealed class BootstrapOptions
{
    public string? AccessKeyId { get; set; }

    public string? AccessKeySecret { get; set; }
}
