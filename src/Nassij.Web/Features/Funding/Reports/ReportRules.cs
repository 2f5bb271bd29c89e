using Nassij.Web.Features.Funding.Agreements;
using Nassij.Web.Features.Funding.Applications;
using Nassij.Web.Features.Shared;

namespace Nassij.Web.Features.Funding.Reports;

/// <summary>What a report must hold before it is submitted, and what its approval releases.</summary>
public static class ReportRules
{
    public static IReadOnlyList<Reason> Missing(Report report, Application application)
    {
        var missing = new List<Reason>();
        if (string.IsNullOrWhiteSpace(report.ActivitiesDone) || report.BeneficiariesReached is null)
        {
            missing.Add(new("The activities carried out and the beneficiaries reached."));
        }

        if (report.Expenses.Count == 0)
        {
            missing.Add(new("At least one expense with its supporting document."));
        }

        foreach (var e in report.Expenses.Where(e => string.IsNullOrWhiteSpace(e.Description) || e.Amount <= 0 || e.SpentOn is null || string.IsNullOrWhiteSpace(e.Payee) || e.FileId is null))
        {
            missing.Add(new("Expense {0}: its description, amount, date, payee and supporting document.", e.Number));
        }

        foreach (var indicator in application.Indicators.Where(i => report.Indicators.FirstOrDefault(v => v.IndicatorId == i.Id)?.Value is null).OrderBy(i => i.Number))
        {
            missing.Add(new("The value reached for: {0}", indicator.Label));
        }

        return missing;
    }

    /// <summary>Approving report n releases tranche n+1; approving the final report completes the agreement.</summary>
    public static void Approved(Report report, Agreement agreement)
    {
        if (report.IsFinal)
        {
            agreement.State = AgreementState.Completed;
            return;
        }

        AgreementRules.Release(agreement, report.TrancheNumber);
    }

    /// <summary>Report n may be written once the agreement is active and report n-1 is approved.</summary>
    public static bool MayStart(Agreement agreement, int trancheNumber, IReadOnlyCollection<Report> reports) =>
        agreement.State == AgreementState.Active && trancheNumber >= 1 && trancheNumber <= agreement.Tranches.Count
        && (trancheNumber == 1 || reports.Any(r => r.TrancheNumber == trancheNumber - 1 && r.State == ReportState.Approved));

    public static ReportForm ToForm(Report report, Application application)
    {
        var form = new ReportForm
        {
            ActivitiesDone = report.ActivitiesDone,
            BeneficiariesReached = report.BeneficiariesReached,
            Difficulties = report.Difficulties,
            Expenses = [.. report.Expenses.OrderBy(e => e.Number).Select(e => new ExpenseLine { Id = e.Id, BudgetLineNumber = e.BudgetLineNumber, Description = e.Description, Amount = e.Amount, SpentOn = e.SpentOn, Payee = e.Payee, FileId = e.FileId, FileName = e.FileName })],
            Indicators = [.. application.Indicators.OrderBy(i => i.Number).Select(i => new IndicatorValueLine { IndicatorId = i.Id, Value = report.Indicators.FirstOrDefault(v => v.IndicatorId == i.Id)?.Value })],
        };
        form.PadLines();
        return form;
    }

    public static void Apply(ReportForm form, Report report, Application application)
    {
        report.ActivitiesDone = form.ActivitiesDone?.Trim() ?? string.Empty;
        report.BeneficiariesReached = form.BeneficiariesReached;
        report.Difficulties = form.Difficulties?.Trim() ?? string.Empty;
        FormLines.Sync(report.Expenses, form.Expenses, e => e.Id, () => new Expense(), (line, expense, n) =>
        {
            expense.Number = n;
            expense.BudgetLineNumber = application.Budget.Any(b => b.Number == line.BudgetLineNumber) ? line.BudgetLineNumber : null;
            expense.Description = line.Description?.Trim() ?? string.Empty;
            expense.Amount = line.Amount ?? 0;
            expense.SpentOn = line.SpentOn;
            expense.Payee = line.Payee?.Trim() ?? string.Empty;
            expense.FileId = line.FileId;
            expense.FileName = line.FileName;
        });
        foreach (var line in form.Indicators.Where(l => application.Indicators.Any(i => i.Id == l.IndicatorId)))
        {
            var value = report.Indicators.FirstOrDefault(v => v.IndicatorId == line.IndicatorId);
            if (value is null)
            {
                value = new IndicatorValue { IndicatorId = line.IndicatorId };
                report.Indicators.Add(value);
            }

            value.Value = line.Value;
        }
    }
}
