using Microsoft.EntityFrameworkCore;
using Nassij.Web.Platform.Data;
using Nassij.Web.Platform.Localization;

namespace Nassij.Web.Features.Associations;

public sealed record DirectoryQuery(string? Q, string? Region, string? Province, Domain? Domain, int Page, bool Arabic);

public sealed record DirectoryRow(int Id, string NameAr, string NameFr, string? Acronym, string RegionCode, string ProvinceCode);

public sealed record DirectoryPage(IReadOnlyList<DirectoryRow> Rows, int Page, bool HasNext);

/// <summary>The public directory's search, shared by the page and the API. Only verified
/// associations; no COUNT, so a page costs one indexed query whatever the table's size.</summary>
public static class DirectorySearch
{
    public const int PageSize = 20;
    public const int MaxPage = 500;

    public static async Task<DirectoryPage> Run(NassijDb db, DirectoryQuery query, CancellationToken cancel = default)
    {
        var page = Math.Clamp(query.Page, 1, MaxPage);
        var associations = db.Associations.AsNoTracking().Where(a => a.Status == VerificationStatus.Verified);
        foreach (var term in TextFolding.Terms(query.Q))
        {
            var pattern = $"%{term}%";
            associations = associations.Where(a => EF.Functions.Like(a.SearchKey, pattern));
        }

        if (!string.IsNullOrEmpty(query.Province))
        {
            associations = associations.Where(a => a.ProvinceCode == query.Province);
        }
        else if (!string.IsNullOrEmpty(query.Region))
        {
            associations = associations.Where(a => a.RegionCode == query.Region);
        }

        if (query.Domain is { } domain)
        {
            associations = associations.Where(a => a.Domains.Any(d => d.Domain == domain));
        }

        var ordered = query.Arabic
            ? associations.OrderBy(a => a.NameAr).ThenBy(a => a.Id)
            : associations.OrderBy(a => a.NameFr).ThenBy(a => a.Id);
        var rows = await ordered
            .Skip((page - 1) * PageSize)
            .Take(PageSize + 1)
            .Select(a => new DirectoryRow(a.Id, a.NameAr, a.NameFr, a.Acronym, a.RegionCode, a.ProvinceCode))
            .ToListAsync(cancel);
        return new DirectoryPage(rows.Take(PageSize).ToList(), page, rows.Count > PageSize);
    }
}
