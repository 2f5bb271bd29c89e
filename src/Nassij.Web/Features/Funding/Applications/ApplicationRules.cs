using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Nassij.Web.Features.Funding.Calls;
using Nassij.Web.Features.Shared;

namespace Nassij.Web.Features.Funding.Applications;

/// <summary>What a complete application holds, how the form maps to it, and its fingerprint.</summary>
public static class ApplicationRules
{
    /// <summary>Everything still missing before submission, in plain words (resource keys), empty when complete.</summary>
    public static IReadOnlyList<Reason> MissingParts(Application application, Call call, Lot lot)
    {
        var missing = new List<Reason>();
        if (string.IsNullOrWhiteSpace(application.Title))
        {
            missing.Add(new("The title of the project."));
        }

        if (string.IsNullOrWhiteSpace(application.Summary))
        {
            missing.Add(new("The summary."));
        }

        if (string.IsNullOrWhiteSpace(application.Objectives))
        {
            missing.Add(new("The objectives."));
        }

        if (string.IsNullOrWhiteSpace(application.TargetGroup) || application.Beneficiaries is not > 0)
        {
            missing.Add(new("The target group and the number of beneficiaries."));
        }

        if (application.Activities.Count == 0)
        {
            missing.Add(new("At least one activity."));
        }

        foreach (var a in application.Activities.Where(a => string.IsNullOrWhiteSpace(a.Title) || string.IsNullOrWhiteSpace(a.Place) || a.StartsOn is null || a.EndsOn is null || a.EndsOn < a.StartsOn))
        {
            missing.Add(new("Activity {0}: its title, place, and dates (the end not before the start).", a.Number));
        }

        if (application.Budget.Count == 0)
        {
            missing.Add(new("At least one budget line."));
        }

        foreach (var b in application.Budget.Where(b => string.IsNullOrWhiteSpace(b.Description) || b.Quantity <= 0 || b.UnitCost <= 0 || b.Requested > b.Quantity * b.UnitCost))
        {
            missing.Add(new("Budget line {0}: a description, a quantity and a unit cost, and no more requested than it costs.", b.Number));
        }

        if (application.RequestedTotal < lot.MinimumGrant || application.RequestedTotal > lot.MaximumGrant)
        {
            missing.Add(new("A total requested between {0} and {1} (now {2}).", Platform.Localization.Formats.Mad(lot.MinimumGrant), Platform.Localization.Formats.Mad(lot.MaximumGrant), Platform.Localization.Formats.Mad(application.RequestedTotal)));
        }

        if (application.Indicators.Count == 0)
        {
            missing.Add(new("At least one indicator with its target."));
        }

        foreach (var i in application.Indicators.Where(i => string.IsNullOrWhiteSpace(i.Label) || i.Target is null))
        {
            missing.Add(new("Indicator {0}: its label and its target.", i.Number));
        }

        var attached = application.Attachments.Select(a => a.RequiredDocumentId).ToHashSet();
        foreach (var document in call.Documents.Where(d => !attached.Contains(d.Id)).OrderBy(d => d.Number))
        {
            missing.Add(new("The document: {0}", document.Label(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "ar")));
        }

        return missing;
    }

    public static ApplicationForm ToForm(Application application)
    {
        var form = new ApplicationForm
        {
            Title = application.Title,
            Summary = application.Summary,
            Objectives = application.Objectives,
            TargetGroup = application.TargetGroup,
            Beneficiaries = application.Beneficiaries,
            Activities = [.. application.Activities.OrderBy(a => a.Number).Select(a => new ActivityLine { Id = a.Id, Title = a.Title, StartsOn = a.StartsOn, EndsOn = a.EndsOn, Place = a.Place })],
            Budget = [.. application.Budget.OrderBy(b => b.Number).Select(b => new BudgetFormLine { Id = b.Id, Category = b.Category, Description = b.Description, Quantity = b.Quantity, UnitCost = b.UnitCost, Requested = b.Requested })],
            Indicators = [.. application.Indicators.OrderBy(i => i.Number).Select(i => new IndicatorLine { Id = i.Id, Label = i.Label, Baseline = i.Baseline, Target = i.Target })],
        };
        form.PadLines();
        return form;
    }

    public static void Apply(ApplicationForm form, Application application, DateTimeOffset now)
    {
        application.Title = form.Title?.Trim() ?? string.Empty;
        application.Summary = form.Summary?.Trim() ?? string.Empty;
        application.Objectives = form.Objectives?.Trim() ?? string.Empty;
        application.TargetGroup = form.TargetGroup?.Trim() ?? string.Empty;
        application.Beneficiaries = form.Beneficiaries;
        FormLines.Sync(application.Activities, form.Activities, a => a.Id, () => new ProjectActivity { Title = "", Place = "" }, (line, activity, n) =>
        {
            activity.Number = n;
            activity.Title = line.Title?.Trim() ?? string.Empty;
            activity.StartsOn = line.StartsOn;
            activity.EndsOn = line.EndsOn;
            activity.Place = line.Place?.Trim() ?? string.Empty;
        });
        FormLines.Sync(application.Budget, form.Budget, b => b.Id, () => new BudgetLine { Description = "" }, (line, budget, n) =>
        {
            budget.Number = n;
            budget.Category = line.Category;
            budget.Description = line.Description?.Trim() ?? string.Empty;
            budget.Quantity = line.Quantity ?? 0;
            budget.UnitCost = line.UnitCost ?? 0;
            budget.Requested = line.Requested ?? 0;
            budget.CoFunding = Math.Max(0, (budget.Quantity * budget.UnitCost) - budget.Requested);
        });
        FormLines.Sync(application.Indicators, form.Indicators, i => i.Id, () => new Indicator { Label = "" }, (line, indicator, n) =>
        {
            indicator.Number = n;
            indicator.Label = line.Label?.Trim() ?? string.Empty;
            indicator.Baseline = line.Baseline;
            indicator.Target = line.Target;
        });
        application.RequestedTotal = application.Budget.Sum(b => b.Requested);
        application.UpdatedAt = now;
    }

    /// <summary>SHA-256 of what was submitted, in a fixed form: printed on the receipt, so either side can show the content is unchanged.</summary>
    public static string Fingerprint(Application application)
    {
        var content = new
        {
            application.CallId,
            application.LotId,
            application.AssociationId,
            application.Title,
            application.Summary,
            application.Objectives,
            application.TargetGroup,
            application.Beneficiaries,
            Activities = application.Activities.OrderBy(a => a.Number).Select(a => new { a.Title, a.StartsOn, a.EndsOn, a.Place }),
            Budget = application.Budget.OrderBy(b => b.Number).Select(b => new { b.Category, b.Description, Quantity = Fixed(b.Quantity), UnitCost = Fixed(b.UnitCost), Requested = Fixed(b.Requested), CoFunding = Fixed(b.CoFunding) }),
            Indicators = application.Indicators.OrderBy(i => i.Number).Select(i => new { i.Label, Baseline = Fixed(i.Baseline), Target = Fixed(i.Target) }),
            Attachments = application.Attachments.OrderBy(a => a.FileId).Select(a => new { a.FileId, a.RequiredDocumentId }),
        };
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(content)));
        return Convert.ToHexStringLower(hash);
    }

    // Databases give decimals back with their own scale: 5 and 5.00 must hash alike.
    private static string? Fixed(decimal? value) => value?.ToString("0.00", CultureInfo.InvariantCulture);
}
