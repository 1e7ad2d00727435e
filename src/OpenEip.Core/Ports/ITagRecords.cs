using OpenEip.Core.Tags;

namespace OpenEip.Core.Ports;

public interface ITagRecords
{
    Task<IReadOnlyDictionary<string, IReadOnlyList<Tag>>> GetAsync(string resourceType, IReadOnlyCollection<string> resourceIds);

    Task SetAsync(string accountId, string resourceType, string resourceId, Tag tag);

    Task RemoveAsync(string resourceType, string resourceId, IReadOnlyCollection<string>? keys);

    /// <summary>Tags of the account's resources of one type, ordered by resource then key.</summary>
    Task<IReadOnlyList<ResourceTag>> ListAsync(string accountId, string resourceType, IReadOnlyCollection<string>? resourceIds, IReadOnlyList<Tag> tagFilter, int offset, int limit);
}
