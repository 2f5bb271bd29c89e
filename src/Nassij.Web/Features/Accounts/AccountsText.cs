namespace Nassij.Web.Features.Accounts;

/// <summary>Marker for the accounts module's text.</summary>
public sealed class AccountsText;
