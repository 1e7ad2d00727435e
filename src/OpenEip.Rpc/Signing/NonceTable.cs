using System.Numerics;
using System.Runtime.InteropServices;

namespace OpenEip.Rpc.Signing;

/// <summary>
/// One shard of <see cref="NonceCache"/>: an open-addressed table of 12-byte slots (a 64-bit fingerprint and an
/// expiry in whole seconds), behind its own lock. A request holds the lock for one probe.
/// </summary>
/// <remarks>
/// <para>Linear probing over a power-of-two array of structs: nothing in it is a reference, so the garbage collector
/// never walks it, and a nonce costs 12 bytes a slot, 16 to 32 bytes with the free slots (a <c>Dictionary</c> of
/// 128-bit keys cost about 63 bytes a nonce with its growth slack: 258 MiB for 4.26 million).</para>
/// <para>Nothing is removed. An expired slot stays in its chain, so lookups past it still work, and the next nonce
/// whose probe passes it takes it. When the occupied slots (live or expired) reach three quarters of the array, the
/// live ones are copied into a new array twice their number, rounded up to a power of two: an expired nonce costs
/// nothing after that, and a table whose nonces expired as fast as new ones came stays its size.</para>
/// </remarks>
internal sealed class NonceTable
{
    private const int MinimumCapacity = 64;
    private readonly Lock _lock = new();
    private Slot[] _slots = new Slot[MinimumCapacity];
    private int _occupied;

    /// <summary>Slots in the array, free ones included: the memory this shard holds, in 12-byte units.</summary>
    public int Capacity
    {
        get
        {
            lock (_lock)
                return _slots.Length;
        }
    }

    /// <summary>Nonces not yet expired at <paramref name="now"/> (a scan: for tests and diagnostics).</summary>
    public int CountLive(uint now)
    {
        lock (_lock)
        {
            var live = 0;
            foreach (ref readonly var slot in _slots.AsSpan())
            {
                if (slot.Fingerprint != 0 && slot.Until >= now)
                    live++;
            }

            return live;
        }
    }

    /// <summary>Remembers a nonce until <paramref name="until"/> unless a live one has the same fingerprint.</summary>
    /// <param name="fingerprint">A uniform hash, never 0 (which marks a free slot); its low bits pick the home slot.</param>
    /// <returns>False when the nonce is remembered already and has not expired at <paramref name="now"/>.</returns>
    public bool TryAdd(ulong fingerprint, uint until, uint now)
    {
        lock (_lock)
        {
            if ((_occupied + 1) * 4L > _slots.Length * 3L)
                Rehash(now);

            var mask = _slots.Length - 1;
            var index = (int)(fingerprint & (ulong)mask);
            var reusable = -1;
            while (true)
            {
                ref var slot = ref _slots[index];
                if (slot.Fingerprint == 0)
                    break;
                if (slot.Fingerprint == fingerprint)
                {
                    if (slot.Until >= now)
                        return false;
                    slot.Until = until;
                    return true;
                }

                if (reusable < 0 && slot.Until < now)
                    reusable = index;
                index = (index + 1) & mask;
            }

            // The chain ended without this fingerprint: an expired slot on the way is as good as the free one.
            if (reusable >= 0)
            {
                _slots[reusable] = new Slot(fingerprint, until);
                return true;
            }

            _slots[index] = new Slot(fingerprint, until);
            _occupied++;
            return true;
        }
    }

    /// <summary>
    /// Copies the live nonces into an array twice their number (at least <see cref="MinimumCapacity"/>), each from
    /// its home again: the fingerprint's low bits, which is why a slot needs no other record of where its chain began.
    /// </summary>
    private void Rehash(uint now)
    {
        var live = 0;
        foreach (ref readonly var slot in _slots.AsSpan())
        {
            if (slot.Fingerprint != 0 && slot.Until >= now)
                live++;
        }

        var capacity = (int)Math.Max(MinimumCapacity, BitOperations.RoundUpToPowerOf2((uint)Math.Max(1, live * 2)));
        var slots = new Slot[capacity];
        var mask = capacity - 1;
        foreach (ref readonly var slot in _slots.AsSpan())
        {
            if (slot.Fingerprint == 0 || slot.Until < now)
                continue;
            var index = (int)(slot.Fingerprint & (ulong)mask);
            while (slots[index].Fingerprint != 0)
                index = (index + 1) & mask;
            slots[index] = slot;
        }

        _slots = slots;
        _occupied = live;
    }

    [StructLayout(LayoutKind.Sequential, Pack = 4)]
    private struct Slot(ulong fingerprint, uint until)
    {
        public readonly ulong Fingerprint = fingerprint;
        public uint Until = until;
    }
}
