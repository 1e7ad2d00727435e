using OpenEip.Core.Errors;
using OpenEip.Core.Naming;

namespace OpenEip.Core.Tags;

/// <summary>Alibaba's tag rules: keys 1–128 characters, values up to 128, neither starting with
/// <c>aliyun</c>, <c>acs:</c>, <c>http://</c> or <c>https://</c>; at most 20 tags a resource.</summary>
public static class TagRules
{
    public const int MaxTagsPerResource = 20;

    private static readonly string[] ReservedPrefixes = ["aliyun", "acs:", "http://", "https://"];

    public static Error? Validate(IEnumerable<Tag> tags, string parameterPrefix)
    {
        var index = 0;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var tag in tags)
        {
            index++;
            var keyName = $"{parameterPrefix}.{index}.Key";
            if (tag.Key.Length is 0 or > 128)
                return ApiErrors.InvalidParameter(keyName, "a tag key has 1 to 128 characters.");
            if ((TextRules.ValidateNoControl(keyName, tag.Key) ?? TextRules.ValidateNoControl($"{parameterPrefix}.{index}.Value", tag.Value)) is { } control)
                return control;
            if (ReservedPrefixes.Any(p => tag.Key.StartsWith(p, StringComparison.OrdinalIgnoreCase)))
                return ApiErrors.InvalidParameter(keyName, "a tag key cannot start with aliyun, acs:, http:// or https://.");
            if (tag.Value.Length > 128)
                return ApiErrors.InvalidParameter($"{parameterPrefix}.{index}.Value", "a tag value has at most 128 characters.");
            if (ReservedPrefixes.Skip(1).Any(p => tag.Value.StartsWith(p, StringComparison.OrdinalIgnoreCase)))
                return ApiErrors.InvalidParameter($"{parameterPrefix}.{index}.Value", "a tag value cannot start with acs:, http:// or https://.");
            if (!seen.Add(tag.Key))
                return ApiErrors.InvalidParameter(keyName, $"the tag key \"{ApiErrors.Shorten(tag.Key)}\" is given twice.");
        }

        return index > MaxTagsPerResource ? ApiErrors.TagQuotaExceeded(MaxTagsPerResource) : null;
    }
}
