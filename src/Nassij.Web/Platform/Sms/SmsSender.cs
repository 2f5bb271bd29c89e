namespace Nassij.Web.Platform.Sms;

/// <summary>Sends a text message. Pluggable: a gateway for a Moroccan operator is configured by the operator of the
/// platform; without one, messages are written to the log (and tests put a recording double in its place).</summary>
public interface ISmsSender
{
    Task Send(string phone, string text, CancellationToken cancel);
}

/// <summary>The default: nothing leaves the machine; the log says what would have been sent.</summary>
public sealed class LoggedSms(ILogger<LoggedSms> log) : ISmsSender
{
    public Task Send(string phone, string text, CancellationToken cancel)
    {
        log.LogInformation("SMS to {Phone}: {Text}", phone, text);
        return Task.CompletedTask;
    }
}
