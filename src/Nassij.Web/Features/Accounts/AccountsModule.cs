namespace Nassij.Web.Features.Accounts;

public static class AccountsModule
{
    public static IServiceCollection AddAccounts(this IServiceCollection services) => services.AddScoped<AccountMail>().AddScoped<Invitations>();
}
