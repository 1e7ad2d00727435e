namespace OpenEip.Server.Hosting;

/// <summary>The real time plus an offset that only grows. Used when OpenEip:Clock:Adjustable is on.</summary>
public sealed class AdjustableClock(TimeProvider baseClock) : TimeProvider
{
    private long _offsetTicks;

    public override DateTimeOffset GetUtcNow() => baseClock.GetUtcNow() + TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));

    public DateTimeOffset Advance(TimeSpan by)
    {
        if (by < TimeSpan.Zero)
            throw new ArgumentOutOfRangeException(nameof(by), "The clock only moves forward.");
        Interlocked.Add(ref _offsetTicks, by.Ticks);
        return GetUtcNow();
    }
}
