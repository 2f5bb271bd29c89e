namespace Nassij.Web.Platform.Mail;

public sealed class SmtpOptions
{
    /// <summary>Empty: no mail server, messages stay in the outbox (/admin/outbox).</summary>
    public string? Host { get; set; }
    public int Port { get; set; } = 587;
    public bool UseStartTls { get; set; } = true;
    public string? UserName { get; set; }
    public string? Password { get; set; }
    public string From { get; set; } = "Nassij <no-reply@nassij.local>";

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Host);
}
