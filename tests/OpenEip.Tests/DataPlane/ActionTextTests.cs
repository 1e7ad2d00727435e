using OpenEip.DataPlane.Actions;

namespace OpenEip.Tests.DataPlane;

/// <summary>An action names itself in errors: briefly, whatever it carries.</summary>
public sealed class ActionTextTests
{
    [Fact]
    public void NftScript_ShowsItsFirstLineAndSize_NotTheWholeScript()
    {
        var script = "add element ip openeip eip2priv { 203.0.113.5 : 10.0.1.4 }\n" + new string('x', 100_000);

        var text = new NftScript("vpc-1", script).ToString();

        Assert.Contains("vpc-1", text, StringComparison.Ordinal);
        Assert.Contains("eip2priv", text, StringComparison.Ordinal);
        Assert.True(text.Length < 800, text);
    }

    [Fact]
    public void IpCommandsAndConntrack_ShowTheirLinesAndFilter()
    {
        Assert.Contains("addr add 10.0.1.4/24 dev eth0", new IpCommands("i-1", ["addr add 10.0.1.4/24 dev eth0"]).ToString(), StringComparison.Ordinal);
        Assert.Contains("--orig-dst 203.0.113.5", new DeleteConntrack("vpc-1", ["--orig-dst", "203.0.113.5"]).ToString(), StringComparison.Ordinal);
    }
}
