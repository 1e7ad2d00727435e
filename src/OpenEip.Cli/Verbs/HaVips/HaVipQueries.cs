using OpenEip.Cli.Api;

namespace OpenEip.Cli.Verbs.HaVips;

/// <summary>Reading HaVips: DescribeHaVips filters by <c>Filter.N.Key</c>/<c>Filter.N.Value.M</c> (up to 50 values), not by an id parameter.</summary>
public static class HaVipQueries
{
    public static readonly ResourceReader Reader = new(
        Products.Vpc, "DescribeHaVips", "HaVips.HaVip", "HaVipId", "PageSize", 50, 50, ids => Filter("HaVipId", ids), "InvalidHaVipId.NotFound", "HaVip");

    /// <summary>One <c>Filter.1</c> (the list verb adds more with <see cref="Filters"/>).</summary>
    public static ParameterList Filter(string key, IReadOnlyList<string> values) => Filters([(key, values)]);

    /// <summary><c>Filter.N.Key</c> and <c>Filter.N.Value.M</c> for each key with values.</summary>
    public static ParameterList Filters(IEnumerable<(string Key, IReadOnlyList<string> Values)> filters)
    {
        var parameters = new ParameterList();
        var n = 1;
        foreach (var (key, values) in filters.Where(f => f.Values.Count > 0))
        {
            parameters.Add($"Filter.{n}.Key", key).AddList($"Filter.{n}.Value", values);
            n++;
        }

        return parameters;
    }
}
