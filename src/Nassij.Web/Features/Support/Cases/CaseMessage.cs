namespace Nassij.Web.Features.Support.Cases;

public enum MessageKind
{
    /// <summary>Written by the requester (web, e-mail, or typed in by an adviser during a call).</summary>
    FromRequester = 1,

    /// <summary>An adviser's answer: shown to the requester and e-mailed to them.</summary>
    Reply = 2,

    /// <summary>Between advisers only: never shown or sent to the requester.</summary>
    InternalNote = 3,
}

/// <summary>One entry in a case's conversation.</summary>
public sealed class CaseMessage
{
    public long Id { get; set; }
    public int CaseId { get; set; }
    public MessageKind Kind { get; set; }
    public Guid? AuthorId { get; set; }
    public required string AuthorName { get; set; }

    /// <summary>Markdown, rendered sanitised.</summary>
    public required string Body { get; set; }

    public CaseChannel Channel { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The Message-ID of the e-mail it came from: the same e-mail imported twice is one message.</summary>
    public string? EmailMessageId { get; set; }

    public bool IsPublic => Kind != MessageKind.InternalNote;
}

/// <summary>A file attached to a message; its bytes are a StoredFile outside the web root.</summary>
public sealed class CaseAttachment
{
    public long Id { get; set; }
    public int CaseId { get; set; }
    public long MessageId { get; set; }
    public Guid FileId { get; set; }
}
