using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Nassij.Tests.Infrastructure;
using Nassij.Web.Features.Accounts;
using Nassij.Web.Features.Demo;

namespace Nassij.Tests.Accounts;

public static class People
{
    /// <summary>A person with a confirmed e-mail and the demo password, made directly (the sign-up journey has its own tests).</summary>
    public static async Task<string> NewConfirmedPerson(NassijFactory app, string language = "ar")
    {
        var email = $"person-{Guid.NewGuid():N}@test.nassij.ma";
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Person>>();
        var created = await users.CreateAsync(new Person { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Test", Language = language }, DemoData.Password);
        Assert.True(created.Succeeded);
        return email;
    }
}
