using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Nassij.Web.Features.Shared;
using Nassij.Web.Features.Support.Cases;
using Nassij.Web.Platform.Exports;
using Nassij.Web.Platform.Geography;
using Nassij.Web.Platform.Localization;
using Nassij.Web.Platform.Security;

namespace Nassij.Web.Features.Support.Supervision;

/// <summary>/support/supervision: volumes, targets, satisfaction, backlog and weekly trend, with an Excel export.</summary>
[Authorize(Policy = Policies.SupportSupervision)]
public sealed class IndexModel(IServiceScopeFactory scopes, CaseClock clock, Geography places, TimeProvider time, IStringLocalizer<SupportText> text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    public Figures Figures { get; private set; } = null!;
    public bool Arabic => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "ar";

    public async Task OnGetAsync(CancellationToken cancel) => Figures = await Load(cancel);

    public async Task<IActionResult> OnGetExportAsync(string? format, CancellationToken cancel)
    {
        var figures = await Load(cancel);
        var rows = new List<Dictionary<string, object?>>();
        void Add(string table, string item, params (string Column, object? Value)[] values)
        {
            var row = new Dictionary<string, object?> { [text["Table"]] = table, [text["Item"]] = item };
            foreach (var (column, value) in values)
            {
                row[column] = value;
            }

            rows.Add(row);
        }

        string cases = text["Cases"], met = text["Met"], missed = text["Missed"];
        foreach (var s in figures.ByTopic) { Add(text["By topic"], text[CaseLabels.Of(Enum.Parse<CaseTopic>(s.Key))], (cases, s.Cases)); }
        foreach (var s in figures.ByRegion) { Add(text["By region"], RegionName(s.Key), (cases, s.Cases)); }
        foreach (var s in figures.ByChannel) { Add(text["By channel"], text[CaseLabels.Of(Enum.Parse<CaseChannel>(s.Key))], (cases, s.Cases)); }
        foreach (var t in figures.Targets)
        {
            Add(text["First answer"], text[CaseLabels.Of(t.Priority)], (cases, t.Cases), (met, t.FirstMet), (missed, t.FirstMissed));
            Add(text["Resolution"], text[CaseLabels.Of(t.Priority)], (cases, t.Cases), (met, t.ResolutionMet), (missed, t.ResolutionMissed));
        }

        for (var i = 0; i < 5; i++) { Add(text["Satisfaction"], (i + 1).ToString(CultureInfo.InvariantCulture), (cases, figures.Ratings[i])); }
        foreach (var b in figures.Backlog) { Add(text["Backlog by adviser"], b.AdviserName ?? text["Nobody"], (text["Open"], b.Open), (text["Waiting for the requester"], b.Waiting), (text["About to miss the target"], b.AtRisk)); }
        foreach (var w in figures.Weeks) { Add(text["By week"], w.Monday.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), (text["Opened"], w.Opened), (text["Resolved"], w.Resolved)); }

        // Every row gets every column, so the sheet is one rectangular table.
        var columns = rows.SelectMany(r => r.Keys).Distinct().ToList();
        var table = rows.Select(r => columns.ToDictionary(c => c, c => r.GetValueOrDefault(c)));
        return await this.Send(await Spreadsheets.File(table, $"support-{Range().From:yyyy-MM-dd}-{Range().To:yyyy-MM-dd}", format ?? "xlsx", cancel));
    }

    public string RegionName(string code) => places.Region(code)?.Name(Arabic) ?? text["Not known"];

    /// <summary>A share as "87 %", or a dash when nothing was measured yet.</summary>
    public static string Percent(int part, int whole) => whole == 0 ? "—" : $"{Math.Round(100.0 * part / whole)} %";

    private (DateOnly From, DateOnly To) Range()
    {
        var today = Formats.TodayInMorocco(time);
        var to = To ?? today;
        var from = From ?? to.AddDays(-83);
        return from > to ? (to, from) : (from, to);
    }

    private Task<Figures> Load(CancellationToken cancel)
    {
        var (from, to) = Range();
        (From, To) = (from, to);
        return Figures.For(scopes, Formats.FromMorocco(from.ToDateTime(TimeOnly.MinValue)), Formats.FromMorocco(to.AddDays(1).ToDateTime(TimeOnly.MinValue)), time.GetUtcNow(), clock.Targets.WarnMinutesBefore, cancel);
    }
}
