using Nassij.Web.Features.Accounts;
using Nassij.Web.Features.Admin;
using Nassij.Web.Features.Associations;
using Nassij.Web.Features.Demo;
using Nassij.Web.Features.Shared;
using Nassij.Web.Platform;

var builder = WebApplication.CreateBuilder(args);
builder.AddNassijPlatform();
builder.Services.AddAccounts().AddAssociations().AddAdmin();

var app = builder.Build();
app.UseNassijPlatform();
app.MapShared();
app.MapAccounts();
app.MapAssociations();
app.MapAdmin();
await app.StartWithDemoData();

/// <summary>Visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
