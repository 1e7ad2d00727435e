namespace OpenEip.Server.Products.Ecs.NetworkInterfaces;

/// <summary>The ECS model names tag fields TagKey/TagValue.</summary>
public sealed record EniTagItem(string TagKey, string TagValue);
