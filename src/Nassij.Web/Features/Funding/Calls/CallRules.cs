using Nassij.Web.Features.Shared;
using Nassij.Web.Platform.Localization;

namespace Nassij.Web.Features.Funding.Calls;

/// <summary>What a call must hold: to be saved (a consistent draft) and to be published (complete).</summary>
public static class CallRules
{
    public static IReadOnlyList<RuleBreach> Check(CallForm form, CallState state, IReadOnlySet<int> lotsWithApplications)
    {
        var breaches = new List<RuleBreach>();
        if (form.OpensAt is { } opens && form.ClosesAt is { } closes && closes <= opens)
        {
            breaches.Add(new(nameof(form.ClosesAt), "The call must close after it opens."));
        }

        if (state != CallState.Draft && string.IsNullOrWhiteSpace(form.AmendmentReason))
        {
            breaches.Add(new(nameof(form.AmendmentReason), "Say why the published call is amended: applicants will read it."));
        }

        CheckLots(form, lotsWithApplications, breaches);
        for (var i = 0; i < form.Criteria.Count; i++)
        {
            var line = form.Criteria[i];
            if (!line.IsBlank && (string.IsNullOrWhiteSpace(line.LabelAr) || string.IsNullOrWhiteSpace(line.LabelFr) || line.MaxPoints is null))
            {
                breaches.Add(new($"Criteria[{i}].LabelAr", "Give the criterion in both languages and its maximum points."));
            }
        }

        CheckTexts(form.Documents, nameof(form.Documents), breaches);
        CheckTexts(form.Declarations, nameof(form.Declarations), breaches);
        return breaches;
    }

    private static void CheckLots(CallForm form, IReadOnlySet<int> lotsWithApplications, List<RuleBreach> breaches)
    {
        for (var i = 0; i < form.Lots.Count; i++)
        {
            var lot = form.Lots[i];
            if (lot.IsBlank)
            {
                if (lot.Id is { } id && lotsWithApplications.Contains(id))
                {
                    breaches.Add(new($"Lots[{i}].ThemeAr", "This lot already has applications: it cannot be removed."));
                }

                continue;
            }

            if (string.IsNullOrWhiteSpace(lot.ThemeAr) || string.IsNullOrWhiteSpace(lot.ThemeFr))
            {
                breaches.Add(new($"Lots[{i}].ThemeAr", "Give the lot's theme in both languages."));
            }

            if (lot.Envelope is not > 0 || lot.MaximumGrant is not > 0)
            {
                breaches.Add(new($"Lots[{i}].Envelope", "Give the lot's envelope and its maximum grant."));
            }
            else if ((lot.MinimumGrant ?? 0) > lot.MaximumGrant || lot.MaximumGrant > lot.Envelope)
            {
                breaches.Add(new($"Lots[{i}].MaximumGrant", "The minimum grant must not exceed the maximum, nor the maximum the envelope."));
            }
        }
    }

    private static void CheckTexts(List<TextLine> lines, string field, List<RuleBreach> breaches)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            if (!lines[i].IsBlank && (string.IsNullOrWhiteSpace(lines[i].Ar) || string.IsNullOrWhiteSpace(lines[i].Fr)))
            {
                breaches.Add(new($"{field}[{i}].Ar", "Give this line in both languages."));
            }
        }
    }

    /// <summary>What still stops a draft from being published (resource keys), empty when it can be.</summary>
    public static IReadOnlyList<string> MissingForPublication(Call call, DateTimeOffset now)
    {
        var missing = new List<string>();
        if (string.IsNullOrWhiteSpace(call.TextAr) || string.IsNullOrWhiteSpace(call.TextFr))
        {
            missing.Add("The text of the call in both languages.");
        }

        if (call.Lots.Count == 0)
        {
            missing.Add("At least one lot.");
        }

        if (call.Criteria.Count == 0)
        {
            missing.Add("A scoring grid with at least one criterion.");
        }

        if (call.Committee.Count < call.EvaluatorsPerApplication)
        {
            missing.Add("A committee with at least as many evaluators as each application needs.");
        }

        if (call.ClosesAt <= now)
        {
            missing.Add("A closing time in the future.");
        }

        return missing;
    }

    public static CallForm ToForm(Call call)
    {
        var form = new CallForm
        {
            TitleAr = call.TitleAr,
            TitleFr = call.TitleFr,
            TextAr = call.TextAr,
            TextFr = call.TextFr,
            OpensAt = Formats.LocalInMorocco(call.OpensAt),
            ClosesAt = Formats.LocalInMorocco(call.ClosesAt),
            MinimumAgeMonths = call.MinimumAgeMonths,
            Regions = [.. call.RegionCodes],
            EvaluatorsPerApplication = call.EvaluatorsPerApplication,
            BlindReview = call.BlindReview,
            ApplicationsPerLot = call.ApplicationsPerLot,
            FirstTranchePercent = call.FirstTranchePercent,
            Lots = [.. call.Lots.OrderBy(l => l.Number).Select(l => new LotLine { Id = l.Id, ThemeAr = l.ThemeAr, ThemeFr = l.ThemeFr, Envelope = l.Envelope, MinimumGrant = l.MinimumGrant, MaximumGrant = l.MaximumGrant, IndicativeProjects = l.IndicativeProjects })],
            Criteria = [.. call.Criteria.OrderBy(c => c.Number).Select(c => new CriterionLine { Id = c.Id, LabelAr = c.LabelAr, LabelFr = c.LabelFr, MaxPoints = c.MaxPoints, GuidanceAr = c.GuidanceAr, GuidanceFr = c.GuidanceFr })],
            Documents = [.. call.Documents.OrderBy(d => d.Number).Select(d => new TextLine { Id = d.Id, Ar = d.LabelAr, Fr = d.LabelFr })],
            Declarations = [.. call.Declarations.OrderBy(d => d.Number).Select(d => new TextLine { Id = d.Id, Ar = d.TextAr, Fr = d.TextFr })],
            Evaluators = [.. call.Committee.Select(s => s.PersonId)],
        };
        form.PadLines();
        return form;
    }

    public static void Apply(CallForm form, Call call)
    {
        call.TitleAr = form.TitleAr.Trim();
        call.TitleFr = form.TitleFr.Trim();
        call.TextAr = form.TextAr?.Trim() ?? string.Empty;
        call.TextFr = form.TextFr?.Trim() ?? string.Empty;
        call.OpensAt = Formats.FromMorocco(form.OpensAt!.Value);
        call.ClosesAt = Formats.FromMorocco(form.ClosesAt!.Value);
        call.MinimumAgeMonths = form.MinimumAgeMonths;
        call.AllowedRegions = string.Join(',', form.Regions.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
        call.EvaluatorsPerApplication = form.EvaluatorsPerApplication;
        call.BlindReview = form.BlindReview;
        call.ApplicationsPerLot = form.ApplicationsPerLot;
        call.FirstTranchePercent = form.FirstTranchePercent;

        FormLines.Sync(call.Lots, form.Lots, l => l.Id, () => new Lot { ThemeAr = "", ThemeFr = "" }, (line, lot, n) =>
        {
            lot.Number = n;
            lot.ThemeAr = line.ThemeAr!.Trim();
            lot.ThemeFr = line.ThemeFr!.Trim();
            lot.Envelope = line.Envelope ?? 0;
            lot.MinimumGrant = line.MinimumGrant ?? 0;
            lot.MaximumGrant = line.MaximumGrant ?? 0;
            lot.IndicativeProjects = line.IndicativeProjects ?? 0;
        });
        FormLines.Sync(call.Criteria, form.Criteria, c => c.Id, () => new Criterion { LabelAr = "", LabelFr = "" }, (line, criterion, n) =>
        {
            criterion.Number = n;
            criterion.LabelAr = line.LabelAr!.Trim();
            criterion.LabelFr = line.LabelFr!.Trim();
            criterion.MaxPoints = line.MaxPoints ?? 0;
            criterion.GuidanceAr = line.GuidanceAr?.Trim();
            criterion.GuidanceFr = line.GuidanceFr?.Trim();
        });
        FormLines.Sync(call.Documents, form.Documents, d => d.Id, () => new RequiredDocument { LabelAr = "", LabelFr = "" }, (line, document, n) =>
        {
            document.Number = n;
            document.LabelAr = line.Ar!.Trim();
            document.LabelFr = line.Fr!.Trim();
        });
        FormLines.Sync(call.Declarations, form.Declarations, d => d.Id, () => new Declaration { TextAr = "", TextFr = "" }, (line, declaration, n) =>
        {
            declaration.Number = n;
            declaration.TextAr = line.Ar!.Trim();
            declaration.TextFr = line.Fr!.Trim();
        });

        var chosen = form.Evaluators.ToHashSet();
        call.Committee.RemoveAll(s => !chosen.Contains(s.PersonId));
        foreach (var person in chosen.Where(p => call.Committee.All(s => s.PersonId != p)))
        {
            call.Committee.Add(new CommitteeSeat { PersonId = person });
        }
    }
}
