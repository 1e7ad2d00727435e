namespace OpenEip.Tests.DataPlane.Linux;

/// <summary>Root tests that must not run beside other root tests.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SerialLinuxTests
{
    public const string Name = "serial Linux data plane";
}
