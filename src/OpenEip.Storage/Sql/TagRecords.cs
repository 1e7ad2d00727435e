using System.Data.Common;
using System.Text;
using Dapper;
using OpenEip.Core.Ports;
using OpenEip.Core.Tags;

namespace OpenEip.Storage.Sql;

internal sealed class TagRecords(SqlCommands db) : ITagRecords
{
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<Tag>>> GetAsync(string resourceType, IReadOnlyCollection<string> resourceIds)
    {
        if (resourceIds.Count == 0)
            return new Dictionary<string, IReadOnlyList<Tag>>();
        var rows = await db.QueryAsync<ResourceTagRow>(
            $"SELECT resource_type AS ResourceType, resource_id AS ResourceId, tag_key AS TagKey, tag_value AS TagValue FROM tags WHERE resource_type = @resourceType AND {db.In("resource_id", "@resourceIds")} ORDER BY resource_id, tag_key",
            new { resourceType, resourceIds = resourceIds.ToArray() });
        return rows.GroupBy(r => r.ResourceId)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<Tag>)g.Select(r => new Tag(r.TagKey, r.TagValue)).ToList(), StringComparer.Ordinal);
    }

    public Task SetAsync(string accountId, string resourceType, string resourceId, Tag tag) =>
        db.ExecuteAsync(
            "INSERT INTO tags (resource_type, resource_id, account_id, tag_key, tag_value) VALUES (@resourceType, @resourceId, @accountId, @Key, @Value) ON CONFLICT (resource_type, resource_id, tag_key) DO UPDATE SET tag_value = excluded.tag_value",
            new { resourceType, resourceId, accountId, tag.Key, tag.Value });

    public Task RemoveAsync(string resourceType, string resourceId, IReadOnlyCollection<string>? keys) =>
        keys is null
            ? db.ExecuteAsync("DELETE FROM tags WHERE resource_type = @resourceType AND resource_id = @resourceId", new { resourceType, resourceId })
            : db.ExecuteAsync($"DELETE FROM tags WHERE resource_type = @resourceType AND resource_id = @resourceId AND {db.In("tag_key", "@keys")}", new { resourceType, resourceId, keys = keys.ToArray() });

    public async Task<IReadOnlyList<ResourceTag>> ListAsync(string accountId, string resourceType, IReadOnlyCollection<string>? resourceIds, IReadOnlyList<Tag> tagFilter, int offset, int limit)
    {
        var sql = new StringBuilder(
            "SELECT resource_type AS ResourceType, resource_id AS ResourceId, tag_key AS TagKey, tag_value AS TagValue FROM tags t WHERE t.account_id = @accountId AND t.resource_type = @resourceType");
        var parameters = new DynamicParameters(new { accountId, resourceType, offset, limit });
        if (resourceIds is not null)
        {
            sql.Append($" AND {db.In("t.resource_id", "@resourceIds")}");
            parameters.Add("resourceIds", resourceIds.ToArray());
        }

        // A resource matches when it carries every filter tag; its tags are all listed.
        for (var i = 0; i < tagFilter.Count; i++)
        {
            sql.Append($" AND EXISTS (SELECT 1 FROM tags f WHERE f.resource_type = t.resource_type AND f.resource_id = t.resource_id AND f.tag_key = @fk{i}");
            parameters.Add($"fk{i}", tagFilter[i].Key);
            if (tagFilter[i].Value.Length > 0)
            {
                sql.Append($" AND f.tag_value = @fv{i}");
                parameters.Add($"fv{i}", tagFilter[i].Value);
            }

            sql.Append(')');
        }

        sql.Append(" ORDER BY t.resource_id, t.tag_key LIMIT @limit OFFSET @offset");
        return (await db.QueryAsync<ResourceTagRow>(sql.ToString(), parameters))
            .Select(r => new ResourceTag(r.ResourceType, r.ResourceId, r.TagKey, r.TagValue)).ToList();
    }

    private sealed class ResourceTagRow
    {
        public string ResourceType { get; init; } = "";
        public string ResourceId { get; init; } = "";
        public string TagKey { get; init; } = "";
        public string TagValue { get; init; } = "";
    }
}
