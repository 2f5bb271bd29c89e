using System.Text.RegularExpressions;

namespace Nassij.Web.Features.Support.Mail;

/// <summary>How an e-mail finds its case, and what of its text is new.</summary>
public static partial class MailThreading
{
    /// <summary>Written at the top of every e-mail the centre sends about a case; a reply is cut there.</summary>
    public const string ReplyAbove = "##- Please type your reply above this line -##";

    /// <summary>The case reference in brackets in the subject, as the centre's e-mails carry it.</summary>
    public static string? Reference(string? subject) =>
        subject is not null && ReferencePattern().Match(subject) is { Success: true } m ? m.Groups[1].Value.ToUpperInvariant() : null;

    /// <summary>The new text of a reply: above the centre's marker, without quoted lines or the "On … wrote:" line before them.</summary>
    public static string NewText(string body)
    {
        var text = body.Replace("\r\n", "\n", StringComparison.Ordinal);
        var marker = text.IndexOf(ReplyAbove, StringComparison.Ordinal);
        if (marker >= 0)
        {
            text = text[..marker];
        }

        var lines = text.Split('\n').Where(l => !l.TrimStart().StartsWith('>')).ToList();
        while (lines.Count > 0 && (string.IsNullOrWhiteSpace(lines[^1]) || WrotePattern().IsMatch(lines[^1])))
        {
            lines.RemoveAt(lines.Count - 1);
        }

        return string.Join('\n', lines).Trim();
    }

    public static bool LooksArabic(string text) => text.Any(c => c is >= '\u0600' and <= '\u06FF');

    [GeneratedRegex(@"\[(SC-[0-9]{4}-[0-9]{6})\]", RegexOptions.IgnoreCase)]
    private static partial Regex ReferencePattern();

    // "On Mon, 23 Nov 2026 at 10:00, X wrote:", "Le … a écrit :", "في … كتب:".
    [GeneratedRegex(@"(wrote|a écrit|كتب)\s*:\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex WrotePattern();
}
