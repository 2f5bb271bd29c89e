using Nassij.Web.Features.Accounts;
using Nassij.Web.Features.Admin;
using Nassij.Web.Features.Associations;
using Nassij.Web.Features.Demo;
using Nassij.Web.Features.Funding;
using Nassij.Web.Features.Shared;
using Nassij.Web.Features.Support;
using Nassij.Web.Platform;

var builder = WebApplication.CreateBuilder(args);
builder.AddNassijPlatform();
builder.Services.AddAccounts().AddAssociations().AddAdmin().AddFunding(builder.Configuration).AddSupport(builder.Configuration);

var app = builder.Build();
app.UseNassijPlatform();
app.MapShared();
app.MapAccounts();
app.MapAssociations();
app.MapAdmin();
app.MapFunding();
app.MapSupport();
if (args is ["make-admin", var email])
{
    return await FirstAdministrator.Grant(app, email);
}

await app.StartWithDemoData();
return 0;

/// <summary>Visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
