namespace Nassij.Web.Features.Funding.Agreements;

public static class AgreementLabels
{
    public static string Of(AgreementState state) => state switch
    {
        AgreementState.Drafted => "Drafted",
        AgreementState.SentForSignature => "Waiting for the association's signature",
        AgreementState.SignedByAssociation => "Signed by the association",
        AgreementState.Active => "Active",
        AgreementState.Completed => "Completed",
        AgreementState.Terminated => "Terminated",
        _ => state.ToString(),
    };

    public static string Of(TrancheState state) => state switch
    {
        TrancheState.Planned => "Planned",
        TrancheState.Releasable => "Releasable",
        TrancheState.PaymentOrdered => "Payment ordered",
        TrancheState.Paid => "Paid",
        TrancheState.Withheld => "Withheld",
        _ => state.ToString(),
    };
}
