using System.Collections.Concurrent;
using Nassij.Web.Platform.Sms;

namespace Nassij.Tests.Infrastructure;

/// <summary>The test double of the SMS gateway: keeps what would have been sent.</summary>
public sealed class RecordedSms : ISmsSender
{
    public ConcurrentQueue<(string Phone, string Text)> Sent { get; } = new();

    public Task Send(string phone, string text, CancellationToken cancel)
    {
        Sent.Enqueue((phone, text));
        return Task.CompletedTask;
    }
}
