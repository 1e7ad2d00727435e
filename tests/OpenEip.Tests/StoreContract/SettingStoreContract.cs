using OpenEip.Core.Ports;

namespace OpenEip.Tests.StoreContract;

/// <summary>What every store must do with the operator's run-time settings (<see cref="ISettingRecords"/>).</summary>
public abstract class SettingStoreContract : RecordStoreContract
{
    [SkippableFact]
    public async Task A_setting_is_absent_until_set_and_setting_it_again_replaces_its_value()
    {
        Assert.Null(await ReadAsync(s => s.Settings.FindAsync("idle-fee")));

        await WriteAsync(s => s.Settings.SetAsync("idle-fee", "0.02"));
        await WriteAsync(s => s.Settings.SetAsync("other", ""));
        Assert.Equal("0.02", await ReadAsync(s => s.Settings.FindAsync("idle-fee")));

        await WriteAsync(s => s.Settings.SetAsync("idle-fee", "0.05"));
        Assert.Equal("0.05", await ReadAsync(s => s.Settings.FindAsync("idle-fee")));
        Assert.Equal("", await ReadAsync(s => s.Settings.FindAsync("other")));
        Assert.Null(await ReadAsync(s => s.Settings.FindAsync("IDLE-FEE")));
    }
}
