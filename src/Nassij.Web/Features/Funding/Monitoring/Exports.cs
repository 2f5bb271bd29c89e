using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Nassij.Web.Features.Funding.Agreements;
using Nassij.Web.Features.Funding.Applications;
using Nassij.Web.Platform.Data;
using Nassij.Web.Platform.Exports;
using Nassij.Web.Platform.Geography;
using Nassij.Web.Platform.Localization;
using Nassij.Web.Platform.Security;

namespace Nassij.Web.Features.Funding.Monitoring;

/// <summary>A call's applications and agreements as Excel or CSV, headed and valued in the reader's language.</summary>
public static class Exports
{
    public static void MapFundingExports(this WebApplication app)
    {
        var group = app.MapGroup("/staff/calls/{id:int}/export").RequireAuthorization(Policies.CallManagement).ExcludeFromDescription();
        group.MapGet("/applications.{format:regex(^(xlsx|csv)$)}", Applications);
        group.MapGet("/agreements.{format:regex(^(xlsx|csv)$)}", Agreements);
        group.MapGet("/reports.{format:regex(^(xlsx|csv)$)}", ReportList);
        app.MapGet("/finance/export/tranches.{format:regex(^(xlsx|csv)$)}", Tranches).RequireAuthorization(Policies.Finance).ExcludeFromDescription();
    }

    private static async Task<IResult> ReportList(int id, string format, NassijDb db, IStringLocalizer<FundingText> text, CancellationToken cancel)
    {
        var arabic = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "ar";
        var rows = await db.Reports.AsNoTracking().Where(r => db.Agreements.Any(a => a.Id == r.AgreementId && a.CallId == id)).OrderBy(r => r.AgreementId).ThenBy(r => r.TrancheNumber)
            .Join(db.Agreements, r => r.AgreementId, a => a.Id, (r, a) => new { r, a })
            .Join(db.Associations, x => x.a.AssociationId, s => s.Id, (x, s) => new
            {
                x.a.Number,
                s.NameAr,
                s.NameFr,
                x.r.TrancheNumber,
                x.r.IsFinal,
                x.r.State,
                x.r.SubmittedAt,
                x.r.BeneficiariesReached,
                Spent = x.r.Expenses.Sum(e => e.Amount),
            })
            .ToListAsync(cancel);
        var table = rows.Select(r => new Dictionary<string, object?>
        {
            [text["Agreement"]] = r.Number,
            [text["Association"]] = arabic ? r.NameAr : r.NameFr,
            [text["Report"]] = r.IsFinal ? text["Final report"].Value : text["Report on tranche {0}", r.TrancheNumber].Value,
            [text["Status"]] = text[Funding.Reports.ReportLabels.Of(r.State)].Value,
            [text["Submitted on"]] = r.SubmittedAt is { } at ? Formats.DateTime(at) : null,
            [text["Beneficiaries reached"]] = r.BeneficiariesReached,
            [text["Total spent"]] = r.Spent,
        });
        return await Spreadsheets.File(table, $"reports-{id}", format, cancel);
    }

    private static async Task<IResult> Tranches(string format, NassijDb db, IStringLocalizer<FundingText> text, CancellationToken cancel)
    {
        var arabic = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "ar";
        var rows = await db.Tranches.AsNoTracking().Where(t => t.State != TrancheState.Planned).OrderBy(t => t.AgreementId).ThenBy(t => t.Number)
            .Join(db.Agreements, t => t.AgreementId, a => a.Id, (t, a) => new { t, a })
            .Join(db.Associations, x => x.a.AssociationId, s => s.Id, (x, s) => new
            {
                x.a.Number,
                s.NameAr,
                s.NameFr,
                Tranche = x.t.Number,
                x.t.Amount,
                x.t.State,
                x.t.PaymentOrderNumber,
                x.t.PaidOn,
                x.t.BankReference,
            })
            .ToListAsync(cancel);
        var table = rows.Select(r => new Dictionary<string, object?>
        {
            [text["Agreement"]] = r.Number,
            [text["Association"]] = arabic ? r.NameAr : r.NameFr,
            [text["Tranche"]] = r.Tranche,
            [text["Amount (MAD)"]] = r.Amount,
            [text["Status"]] = text[AgreementLabels.Of(r.State)].Value,
            [text["Payment order"]] = r.PaymentOrderNumber,
            [text["Date of payment"]] = r.PaidOn is { } on ? Formats.Date(on) : null,
            [text["Bank reference"]] = r.BankReference,
        });
        return await Spreadsheets.File(table, "tranches", format, cancel);
    }

    private static async Task<IResult> Applications(int id, string format, NassijDb db, Geography places, IStringLocalizer<FundingText> text, CancellationToken cancel)
    {
        var arabic = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "ar";
        var lots = await db.Lots.Where(l => l.CallId == id).ToDictionaryAsync(l => l.Id, l => l.Number, cancel);
        var rows = await db.Applications.AsNoTracking().Where(a => a.CallId == id && a.State != ApplicationState.Draft)
            .OrderBy(a => a.LotId).ThenBy(a => a.Id)
            .Join(db.Associations, a => a.AssociationId, s => s.Id, (a, s) => new
            {
                a.Reference,
                a.LotId,
                s.NameAr,
                s.NameFr,
                s.RegionCode,
                s.ProvinceCode,
                a.State,
                a.RequestedTotal,
                a.AverageScore,
                a.ScoreSpread,
                a.GrantedAmount,
                a.SubmittedAt,
                a.ScreeningReason,
            })
            .ToListAsync(cancel);
        var table = rows.Select(r => new Dictionary<string, object?>
        {
            [text["Reference"]] = r.Reference,
            [text["Lot"]] = lots.GetValueOrDefault(r.LotId),
            [text["Association"]] = arabic ? r.NameAr : r.NameFr,
            [text["Region"]] = places.Region(r.RegionCode)?.Name(arabic),
            [text["Province"]] = places.Province(r.ProvinceCode)?.Name(arabic),
            [text["Status"]] = text[ApplicationLabels.Of(r.State)].Value,
            [text["Requested (MAD)"]] = r.RequestedTotal,
            [text["Average score"]] = r.AverageScore,
            [text["Spread between evaluators"]] = r.ScoreSpread,
            [text["Granted (MAD)"]] = r.GrantedAmount,
            [text["Submitted on"]] = r.SubmittedAt is { } at ? Formats.DateTime(at) : null,
            [text["Reason"]] = r.ScreeningReason,
        });
        return await Spreadsheets.File(table, $"applications-{id}", format, cancel);
    }

    private static async Task<IResult> Agreements(int id, string format, NassijDb db, IStringLocalizer<FundingText> text, CancellationToken cancel)
    {
        var arabic = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "ar";
        var rows = await db.Agreements.AsNoTracking().Where(a => a.CallId == id).OrderBy(a => a.Id)
            .Join(db.Associations, a => a.AssociationId, s => s.Id, (a, s) => new
            {
                a.Number,
                a.SignedOn,
                s.NameAr,
                s.NameFr,
                a.State,
                a.Amount,
                Paid = a.Tranches.Where(t => t.State == TrancheState.Paid).Sum(t => t.Amount),
                a.InterimReportDueOn,
                a.FinalReportDueOn,
            })
            .ToListAsync(cancel);
        var table = rows.Select(r => new Dictionary<string, object?>
        {
            [text["Agreement"]] = r.Number,
            [text["Date of the agreement"]] = r.SignedOn is { } on ? Formats.Date(on) : null,
            [text["Association"]] = arabic ? r.NameAr : r.NameFr,
            [text["Status"]] = text[AgreementLabels.Of(r.State)].Value,
            [text["Amount (MAD)"]] = r.Amount,
            [text["Paid (MAD)"]] = r.Paid,
            [text["Outstanding (MAD)"]] = r.Amount - r.Paid,
            [text["Interim report due"]] = Formats.Date(r.InterimReportDueOn),
            [text["Final report due"]] = Formats.Date(r.FinalReportDueOn),
        });
        return await Spreadsheets.File(table, $"agreements-{id}", format, cancel);
    }
}
