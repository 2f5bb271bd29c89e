namespace Nassij.Web.Features.Shared;

/// <summary>A rule a form breaks: the field it concerns and the message's resource key.</summary>
public sealed record RuleBreach(string Field, string Message);
