using System.Text.Json;

namespace Nassij.Web.Platform.Geography;

public sealed record Region(string Code, string Fr, string Ar, string Seat)
{
    public string Name(bool arabic) => arabic ? Ar : Fr;
}

public sealed record Province(string Code, string Region, string Fr, string Ar, string Kind)
{
    public string Name(bool arabic) => arabic ? Ar : Fr;
}

/// <summary>Morocco's 12 regions and 75 prefectures and provinces, read once from geography.json.</summary>
public sealed class Geography
{
    private readonly Dictionary<string, Region> regions;
    private readonly Dictionary<string, Province> provinces;

    public Geography(IReadOnlyList<Region> regions, IReadOnlyList<Province> provinces)
    {
        Regions = regions;
        Provinces = provinces;
        this.regions = regions.ToDictionary(r => r.Code);
        this.provinces = provinces.ToDictionary(p => p.Code);
    }

    public IReadOnlyList<Region> Regions { get; }
    public IReadOnlyList<Province> Provinces { get; }

    public Region? Region(string? code) => code is not null && regions.TryGetValue(code, out var r) ? r : null;

    public Province? Province(string? code) => code is not null && provinces.TryGetValue(code, out var p) ? p : null;

    public IEnumerable<Province> ProvincesOf(string regionCode) => Provinces.Where(p => p.Region == regionCode);

    public bool IsProvinceOf(string? provinceCode, string? regionCode) => Province(provinceCode)?.Region == regionCode && regionCode is not null;

    public static Geography Load(string path)
    {
        using var stream = File.OpenRead(path);
        var file = JsonSerializer.Deserialize<GeographyFile>(stream, new JsonSerializerOptions(JsonSerializerDefaults.Web))
            ?? throw new InvalidDataException($"{path} is empty.");
        return new Geography(file.Regions, file.Provinces);
    }

    private sealed record GeographyFile(List<Region> Regions, List<Province> Provinces);
}
