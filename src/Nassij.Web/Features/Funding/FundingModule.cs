using Nassij.Web.Features.Funding.Agreements;
using Nassij.Web.Features.Funding.Applications;
using Nassij.Web.Features.Funding.Calls;
using Nassij.Web.Features.Funding.Monitoring;
using Nassij.Web.Features.Funding.Reminders;
using Nassij.Web.Features.Funding.Screening;
using Nassij.Web.Features.Funding.Selection;

namespace Nassij.Web.Features.Funding;

public static class FundingModule
{
    public static IServiceCollection AddFunding(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ReminderOptions>(configuration.GetSection("Reminders"));
        services.AddHostedService<ReminderService>();
        return services.AddScoped<Assigner>().AddScoped<ResultNotices>().AddScoped<AgreementAccess>().AddScoped<AgreementNotices>().AddScoped<ReminderSweep>();
    }

    public static WebApplication MapFunding(this WebApplication app)
    {
        app.MapReceipt();
        app.MapAgreementDocuments();
        app.MapCallsApi();
        app.MapFundingExports();
        app.MapMinutes();
        return app;
    }
}
