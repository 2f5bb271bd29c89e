using Nassij.Web.Features.Support.Appointments;
using Nassij.Web.Features.Support.Cases;
using Nassij.Web.Features.Support.Help;
using Nassij.Web.Features.Support.Mail;

namespace Nassij.Web.Features.Support;

public static class SupportModule
{
    public static IServiceCollection AddSupport(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ServiceTargets>(configuration.GetSection("Support"));
        services.AddSingleton<CaseClock>();
        services.AddSingleton<CaseKeys>();
        services.Configure<ImapOptions>(configuration.GetSection("Support:Imap"));
        services.AddHostedService<ImapPoller>();
        services.AddScoped<MailImport>();
        services.AddScoped<SupportSweep>();
        services.AddScoped<Bookings>();
        services.AddHostedService<SupportSweepService>();
        return services.AddScoped<CaseIntake>().AddScoped<CaseWork>().AddScoped<CaseUploads>().AddScoped<CaseNotices>().AddScoped<CaseAccess>();
    }

    public static WebApplication MapSupport(this WebApplication app)
    {
        app.MapCaseFiles();
        app.MapHelp();
        app.MapCasesApi();
        return app;
    }
}
