using Nassij.Web.Platform.Files;

namespace Nassij.Web.Features.Shared;

/// <summary>What to tell a person whose upload was refused (SharedText keys).</summary>
public static class UploadMessages
{
    public const string Documents = "This file is not a PDF, an image (JPEG, PNG), a Word or an Excel document.";

    public static string For(UploadRefusal refusal, string wrongType = Documents) => refusal switch
    {
        UploadRefusal.TooLarge => "This file is too large: 10 MB at most.",
        UploadRefusal.Empty => "This file is empty.",
        _ => wrongType,
    };
}
