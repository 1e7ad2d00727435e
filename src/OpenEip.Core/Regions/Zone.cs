namespace OpenEip.Core.Regions;

public sealed record Zone(string ZoneId, LocalizedName Names);
