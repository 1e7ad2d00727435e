using System.Collections;

namespace OpenEip.DataPlane.Model;

/// <summary>
/// Facts of one kind in one namespace, by key (an address by device and prefix, a route by table and
/// destination, a map element by its key). Each fact counts its owners: the network and several EIP
/// programs may want the same element, and it goes only when the last one lets it go. Two different
/// facts never share a key: the second is refused, as the kernel would refuse it.
/// </summary>
internal sealed class KeyedBag<TKey, TFact>(Func<TFact, TKey> key) : IEnumerable<TFact>
    where TKey : notnull
    where TFact : notnull
{
    private readonly Dictionary<TKey, (TFact Fact, int Owners)> _entries = [];

    public int Count => _entries.Count;

    public TKey KeyOf(TFact fact) => key(fact);

    public bool TryGet(TKey k, out TFact fact)
    {
        var found = _entries.TryGetValue(k, out var entry);
        fact = entry.Fact;
        return found;
    }

    public bool Contains(TFact fact) => _entries.TryGetValue(key(fact), out var entry) && entry.Fact.Equals(fact);

    public AddResult TryAdd(TFact fact)
    {
        var k = key(fact);
        if (!_entries.TryGetValue(k, out var entry))
        {
            _entries[k] = (fact, 1);
            return AddResult.Added;
        }

        if (!entry.Fact.Equals(fact))
            return AddResult.Conflict;
        _entries[k] = (fact, entry.Owners + 1);
        return AddResult.Referenced;
    }

    /// <summary>Drops one owner of the fact; true when the fact is gone.</summary>
    public bool Remove(TFact fact)
    {
        var k = key(fact);
        if (!_entries.TryGetValue(k, out var entry) || !entry.Fact.Equals(fact))
            return false;
        if (entry.Owners > 1)
        {
            _entries[k] = (fact, entry.Owners - 1);
            return false;
        }

        _entries.Remove(k);
        return true;
    }

    public IEnumerator<TFact> GetEnumerator() => _entries.Values.Select(e => e.Fact).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
