using Nassij.Web.Platform.Geography;

namespace Nassij.Web.Features.Associations;

/// <summary>Copies between the typed form and the association; the one place that knows both shapes.</summary>
public static class AssociationMapping
{
    public static void Apply(AssociationForm form, Association association, Geography places)
    {
        var province = places.Province(form.ProvinceCode)!;
        association.NameAr = form.NameAr.Trim();
        association.NameFr = form.NameFr.Trim();
        association.Acronym = Clean(form.Acronym);
        association.LegalForm = form.LegalForm;
        association.FoundedOn = form.FoundedOn;
        association.ProvisionalReceiptOn = form.ProvisionalReceiptOn;
        association.FinalReceiptNumber = Clean(form.FinalReceiptNumber);
        association.FinalReceiptOn = form.FinalReceiptOn;
        association.ReceiptAuthority = Clean(form.ReceiptAuthority);
        association.Address = form.Address.Trim();
        association.ProvinceCode = province.Code;
        association.RegionCode = province.Region;
        association.Commune = Clean(form.Commune);
        association.Phone = Clean(form.Phone);
        association.Email = Clean(form.Email);
        association.Website = Clean(form.Website);
        association.StatutesFileId = form.StatutesFileId ?? association.StatutesFileId;
        association.ProvisionalReceiptFileId = form.ProvisionalReceiptFileId ?? association.ProvisionalReceiptFileId;
        association.FinalReceiptFileId = form.FinalReceiptFileId ?? association.FinalReceiptFileId;
        association.RefreshSearchKey();
        association.DomainMask = DomainMask.Of(form.Domains);
        SyncBoard(form, association);
    }

    public static AssociationForm ToForm(Association a)
    {
        var form = new AssociationForm
        {
            NameAr = a.NameAr,
            NameFr = a.NameFr,
            Acronym = a.Acronym,
            LegalForm = a.LegalForm,
            FoundedOn = a.FoundedOn,
            ProvisionalReceiptOn = a.ProvisionalReceiptOn,
            FinalReceiptNumber = a.FinalReceiptNumber,
            FinalReceiptOn = a.FinalReceiptOn,
            ReceiptAuthority = a.ReceiptAuthority,
            Address = a.Address,
            ProvinceCode = a.ProvinceCode,
            Commune = a.Commune,
            Phone = a.Phone,
            Email = a.Email,
            Website = a.Website,
            Domains = [.. a.Domains],
            Board = [.. a.Board.OrderBy(b => b.Office).Select(b => new BoardRow { FullName = b.FullName, Office = b.Office, TermEndsOn = b.TermEndsOn, Gender = b.Gender })],
            StatutesFileId = a.StatutesFileId,
            ProvisionalReceiptFileId = a.ProvisionalReceiptFileId,
            FinalReceiptFileId = a.FinalReceiptFileId,
        };
        form.PadBoard();
        return form;
    }

    /// <summary>The legal data whose changes are kept as history (name, receipts, board, address).</summary>
    public static object LegalData(Association a) => new
    {
        a.NameAr,
        a.NameFr,
        a.Acronym,
        a.ProvisionalReceiptOn,
        a.FinalReceiptNumber,
        a.FinalReceiptOn,
        a.ReceiptAuthority,
        a.Address,
        a.ProvinceCode,
        a.Commune,
        Board = a.Board.OrderBy(b => b.Office).ThenBy(b => b.FullName, StringComparer.Ordinal)
            .Select(b => $"{b.Office}: {b.FullName} ({b.TermEndsOn:yyyy-MM-dd})").ToArray(),
    };

    private static void SyncBoard(AssociationForm form, Association association)
    {
        var rows = form.Board.Where(b => !b.IsEmpty).ToList();
        association.Board.RemoveAll(_ => true);
        association.Board.AddRange(rows.Select(r => new BoardMember { FullName = r.FullName!.Trim(), Office = r.Office ?? Office.Adviser, TermEndsOn = r.TermEndsOn, Gender = r.Gender }));
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
