using Nassij.Web.Features.Accounts;
using Nassij.Web.Features.Admin;
using Nassij.Web.Features.Associations;
using Nassij.Web.Features.Demo;
using Nassij.Web.Features.Funding;
using Nassij.Web.Features.Shared;
using Nassij.Web.Features.Support;
using Nassij.Web.Features.Workspace;
using Nassij.Web.Platform;

var builder = WebApplication.CreateBuilder(args);
builder.AddNassijPlatform();
builder.Services.AddAccounts().AddAssociations().AddAdmin().AddFunding(builder.Configuration).AddSupport(builder.Configuration).AddWorkspace();

var app = builder.Build();
app.UseNassijPlatform();
app.MapShared();
app.MapAccounts();
app.MapAssociations();
app.MapAdmin();
app.MapFunding();
app.MapSupport();
app.MapWorkspace();
if (args is ["make-admin", var email])
{
    return await FirstAdministrator.Grant(app, email);
}

if (args is ["import-eml", .. var files] && files.Length > 0)
{
    return await Nassij.Web.Features.Support.Mail.ImportCommand.Run(app, files);
}

await app.StartWithDemoData();
return 0;

/// <summary>Visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
