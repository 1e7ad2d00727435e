using System.Buffers.Binary;
using System.Security.Cryptography;

namespace OpenEip.Core.Identity;

/// <summary>
/// Ids shaped like Alibaba's (clients infer resource kinds from the prefix): the prefix, a dash and
/// 20 lowercase letters and digits. Unguessable, so never reused in practice.
/// </summary>
public static class ResourceIds
{
    private const string Alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
    private const string KeyAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    /// <summary>The base-36 digits in the order they sort in, so that a larger number is a later string.</summary>
    private const string OrderedAlphabet = "0123456789abcdefghijklmnopqrstuvwxyz";

    /// <summary>Starts anywhere in the lower part of 36^8, so a process numbers for years without wrapping.</summary>
    private static long s_sequence = RandomNumberGenerator.GetInt32(int.MaxValue) * 512L;

    /// <summary>
    /// Whether <see cref="New"/> makes <see cref="Counting"/> ids (true) or <see cref="Random"/> ones; the server sets it
    /// once at start for its store: counting on SQLite, random on PostgreSQL.
    /// </summary>
    public static bool CountUp { get; set; }

    /// <summary>A new id in the form the server's store is fastest with (<see cref="CountUp"/>).</summary>
    public static string New(string prefix) => CountUp ? Counting(prefix) : Random(prefix);

    /// <summary>The prefix, a dash and 20 random characters: spread evenly over every index that holds them.</summary>
    /// <remarks>
    /// PostgreSQL keeps them: its serializable transactions take their read locks on whole index pages, and ids side by
    /// side on a page make unrelated calls collide and run again. In the association benchmark at 64 clients (issue 12,
    /// three runs each, statistics analyzed), counting ids gave 812-1,110 serialization failures and a p99 of 1.6 s;
    /// random ones 41-48 and 0.42-0.45 s.
    /// </remarks>
    public static string Random(string prefix)
    {
        Span<char> id = stackalloc char[20];
        FillRandom(id);
        return prefix + "-" + new string(id);
    }

    /// <summary>
    /// The prefix, a dash, 8 characters that count up within the process, and 12 random ones (36^12, about 2^62).
    /// The counting part puts the ids a server makes one after another side by side in the store's indexes (the
    /// primary keys, the pool's holder, the audit trail's resources): a batch of SQLite's single writer then changes
    /// one index page where random ids changed one page per write. Allocate at 64 clients went from about 2,000/s to
    /// 2,700/s.
    /// </summary>
    public static string Counting(string prefix)
    {
        var value = Interlocked.Increment(ref s_sequence);
        Span<char> id = stackalloc char[20];
        for (var i = 7; i >= 0; i--)
        {
            id[i] = OrderedAlphabet[(int)(value % 36)];
            value /= 36;
        }

        FillRandom(id[8..]);
        return prefix + "-" + new string(id);
    }

    /// <summary>
    /// Random characters of <see cref="Alphabet"/> from one draw of the system's generator: 8 bytes for each 6 characters,
    /// taken modulo 36^6 (about 2^31), which leaves every string equally likely to within 2^-33.
    /// </summary>
    /// <remarks>
    /// <see cref="RandomNumberGenerator.GetItems{T}(ReadOnlySpan{T}, Span{T})"/> draws once per character when the
    /// alphabet's size is not a power of two: 12 calls into OpenSSL for each id, about 3 % of the SQLite writer's time in
    /// Allocate (issue 12), since ids are made inside the write.
    /// </remarks>
    private static void FillRandom(Span<char> destination)
    {
        const int PerDraw = 6;
        const ulong Range = 36UL * 36 * 36 * 36 * 36 * 36;
        var draws = (destination.Length + PerDraw - 1) / PerDraw;
        Span<byte> bytes = stackalloc byte[draws * sizeof(ulong)];
        RandomNumberGenerator.Fill(bytes);
        for (var draw = 0; draw < draws; draw++)
        {
            var value = BinaryPrimitives.ReadUInt64LittleEndian(bytes[(draw * sizeof(ulong))..]) % Range;
            var end = Math.Min(destination.Length, (draw + 1) * PerDraw);
            for (var i = draw * PerDraw; i < end; i++)
            {
                destination[i] = Alphabet[(int)(value % 36)];
                value /= 36;
            }
        }
    }

    /// <summary>
    /// A resource group id: <c>rg-</c> and 15 random lowercase letters and digits, 18 characters as Alibaba's
    /// (ListResourceGroups documents ResourceGroupId as at most 18 characters starting with <c>rg-</c>).
    /// </summary>
    public static string NewResourceGroupId() => "rg-" + RandomNumberGenerator.GetString(Alphabet, 15);

    /// <summary>A 16-digit account id, as Alibaba's numeric account (UID) ids.</summary>
    public static string NewAccountId() => "1" + RandomNumberGenerator.GetString("0123456789", 15);

    public static string NewAccessKeyId() => "LTAI" + RandomNumberGenerator.GetString(KeyAlphabet, 20);

    public static string NewAccessKeySecret() => RandomNumberGenerator.GetString(KeyAlphabet, 30);

    /// <summary>A request id in Alibaba's format (an upper-case GUID).</summary>
    public static string NewRequestId() => Guid.NewGuid().ToString("D").ToUpperInvariant();
}
