namespace Nassij.Web.Features.Funding.Applications;

/// <summary>How applications' states and budget categories read (resource keys).</summary>
public static class ApplicationLabels
{
    public static string Of(ApplicationState state) => state switch
    {
        ApplicationState.Draft => "Draft",
        ApplicationState.Submitted => "Submitted",
        ApplicationState.Eligible => "Eligible",
        ApplicationState.Ineligible => "Not eligible",
        ApplicationState.Evaluated => "Evaluated",
        ApplicationState.Selected => "Selected",
        ApplicationState.Waitlisted => "Waiting list",
        ApplicationState.NotSelected => "Not selected",
        ApplicationState.Withdrawn => "Withdrawn",
        _ => state.ToString(),
    };

    public static string Of(BudgetCategory category) => category switch
    {
        BudgetCategory.Activities => "Activities",
        BudgetCategory.Equipment => "Equipment",
        BudgetCategory.Staff => "Staff",
        BudgetCategory.Travel => "Travel and accommodation",
        BudgetCategory.Communication => "Communication",
        BudgetCategory.Training => "Training",
        BudgetCategory.Operating => "Operating costs",
        BudgetCategory.Other => "Other",
        _ => category.ToString(),
    };
}
