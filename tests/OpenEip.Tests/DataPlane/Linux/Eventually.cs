namespace OpenEip.Tests.DataPlane.Linux;

/// <summary>Polls a condition until it holds or a bounded deadline passes (kernel clean-up is asynchronous: veths of a deleted namespace vanish later).</summary>
internal static class Eventually
{
    public static async Task<string> WaitAsync(Func<Task<string>> probe, Func<string, bool> done, string what, int seconds = 10)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (true)
        {
            var seen = await probe();
            if (done(seen))
                return seen;
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"{what}: not within {seconds} s; last seen: {seen}");
            await Task.Delay(20);
        }
    }
}
