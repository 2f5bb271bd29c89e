using Nassij.Web.Features.Funding.Applications;
using Nassij.Web.Features.Funding.Screening;
using Nassij.Web.Features.Funding.Selection;

namespace Nassij.Web.Features.Funding;

public static class FundingModule
{
    public static IServiceCollection AddFunding(this IServiceCollection services) => services.AddScoped<Assigner>().AddScoped<ResultNotices>();

    public static WebApplication MapFunding(this WebApplication app)
    {
        app.MapReceipt();
        return app;
    }
}
