namespace Nassij.Web.Features.Funding.Evaluations;

public static class EvaluationLabels
{
    public static string Of(EvaluationState state) => state switch
    {
        EvaluationState.Assigned => "To start",
        EvaluationState.Recused => "Recused (conflict of interest)",
        EvaluationState.InProgress => "In progress",
        EvaluationState.Submitted => "Submitted",
        _ => state.ToString(),
    };
}
