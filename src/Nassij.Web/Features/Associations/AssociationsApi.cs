using Microsoft.AspNetCore.Http.HttpResults;
using Nassij.Web.Platform.Data;
using Nassij.Web.Platform.Geography;

namespace Nassij.Web.Features.Associations;

public sealed record DirectoryResponse(IReadOnlyList<DirectoryItem> Items, int Page, int PageSize, bool HasNext);

public sealed record DirectoryItem(int Id, string NameAr, string NameFr, string? Acronym, string RegionCode, string RegionAr, string RegionFr, string ProvinceCode, string ProvinceAr, string ProvinceFr);

public sealed record AssociationResponse(
    int Id, string NameAr, string NameFr, string? Acronym, string LegalForm, string RegionCode, string ProvinceCode, string? Commune,
    string Address, string? Phone, string? Email, string? Website, DateOnly? FoundedOn, string ReceiptStage, string[] Domains,
    IReadOnlyList<BoardMemberResponse> Board);

public sealed record BoardMemberResponse(string FullName, string Office, DateOnly? TermEndsOn);

/// <summary>The public directory as JSON: the same search and the same rules as the page.</summary>
public static class AssociationsApi
{
    public static void MapAssociationsApi(this WebApplication app)
    {
        var api = app.MapGroup("/api/associations").WithTags("Associations");
        api.MapGet("/", Search)
            .WithName("SearchAssociations")
            .WithSummary("Search verified associations")
            .WithDescription("Forgiving search by name or acronym in Arabic or French (hamza, ta marbuta, alif maqsura, diacritics, case and accents are folded). Sorted by Arabic name (lang=ar) or French name. 20 per page.");
        api.MapGet("/{id:int}", Get)
            .WithName("GetAssociation")
            .WithSummary("One verified association's public profile");
    }

    private static async Task<DirectoryResponse> Search(NassijDb db, Geography places, string? q, string? region, string? province, Domain? domain, int? page, string? lang, CancellationToken cancel)
    {
        var result = await DirectorySearch.Run(db, new DirectoryQuery(q, region, province, domain, page ?? 1, lang != "fr"), cancel);
        var items = result.Rows.Select(r =>
        {
            var reg = places.Region(r.RegionCode);
            var prov = places.Province(r.ProvinceCode);
            return new DirectoryItem(r.Id, r.NameAr, r.NameFr, r.Acronym, r.RegionCode, reg?.Ar ?? "", reg?.Fr ?? "", r.ProvinceCode, prov?.Ar ?? "", prov?.Fr ?? "");
        }).ToList();
        return new DirectoryResponse(items, result.Page, DirectorySearch.PageSize, result.HasNext);
    }

    private static async Task<Results<Ok<AssociationResponse>, NotFound>> Get(int id, NassijDb db, TimeProvider clock, CancellationToken cancel)
    {
        var a = await AssociationProfile.Load(db, id, cancel);
        if (a is null || a.Status != VerificationStatus.Verified)
        {
            return TypedResults.NotFound();
        }

        var today = Platform.Localization.Formats.TodayInMorocco(clock);
        return TypedResults.Ok(new AssociationResponse(
            a.Id, a.NameAr, a.NameFr, a.Acronym, a.LegalForm.ToString(), a.RegionCode, a.ProvinceCode, a.Commune, a.Address,
            a.Phone, a.Email, a.Website, a.FoundedOn, a.Standing(today).Stage.ToString(),
            [.. a.Domains.Select(d => d.ToString())],
            [.. a.Board.OrderBy(b => b.Office).Select(b => new BoardMemberResponse(b.FullName, b.Office.ToString(), b.TermEndsOn))]));
    }
}
