using OpenEip.Core.Eips;

namespace OpenEip.Tests.Eips;

public sealed class HighDefinitionMonitorRulesTests
{
    private static readonly HighDefinitionMonitor OnInProject = new("ON", "hdmonitor-cn-hangzhou", "hdmonitor");

    [Fact]
    public void Apply_OnWithProjectAndStore_TurnsItOn()
    {
        var next = HighDefinitionMonitorRules.Apply(HighDefinitionMonitor.Off, "ON", "hdmonitor-cn-hangzhou", "hdmonitor");

        Assert.Equal(OnInProject, next.Value);
        Assert.True(next.Value.IsOn);
    }

    [Fact]
    public void Apply_OnlyTheLogStore_KeepsStatusAndProject_AsTerraformSendsOnlyWhatChanged()
    {
        var next = HighDefinitionMonitorRules.Apply(OnInProject, null, null, "other_store");

        Assert.Equal(OnInProject with { LogStore = "other_store" }, next.Value);
    }

    [Fact]
    public void Apply_Off_KeepsTheDestination()
    {
        var next = HighDefinitionMonitorRules.Apply(OnInProject, "OFF", null, null);

        Assert.Equal(OnInProject with { Status = "OFF" }, next.Value);
        Assert.False(next.Value.IsOn);
    }

    [Fact]
    public void Apply_Nothing_IsMissingStatus()
    {
        Assert.Equal("MissingParameter", HighDefinitionMonitorRules.Apply(OnInProject, null, null, null).Error?.Code);
    }

    [Theory]
    [InlineData(null, "hdmonitor", "LogProject")]
    [InlineData("hdmonitor-cn-hangzhou", null, "LogStore")]
    public void Apply_OnWithoutADestination_IsMissingIt(string? project, string? store, string missing)
    {
        var refused = HighDefinitionMonitorRules.Apply(HighDefinitionMonitor.Off, "ON", project, store);

        Assert.Equal("MissingParameter", refused.Error?.Code);
        Assert.Contains(missing, refused.Error!.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ab", "hdmonitor", "LogProject")]
    [InlineData("Upper-Case", "hdmonitor", "LogProject")]
    [InlineData("under_score", "hdmonitor", "LogProject")]
    [InlineData("-leading", "hdmonitor", "LogProject")]
    [InlineData("hdmonitor-cn-hangzhou", "trailing_", "LogStore")]
    [InlineData("hdmonitor-cn-hangzhou", "has space", "LogStore")]
    public void Apply_NamesOutsideLogServiceRules_AreInvalid(string project, string store, string parameter)
    {
        var refused = HighDefinitionMonitorRules.Apply(HighDefinitionMonitor.Off, "ON", project, store);

        Assert.Equal("InvalidParameter", refused.Error?.Code);
        Assert.Contains(parameter, refused.Error!.Message, StringComparison.Ordinal);
    }
}
