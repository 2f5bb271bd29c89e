using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;
using Nassij.Web.Features.Shared;
using Nassij.Web.Platform.Files;

namespace Nassij.Web.Features.Support.Cases;

/// <summary>The files sent with a message ("Files" field): checked, stored, refusals put next to the field.</summary>
public sealed class CaseUploads(Uploads uploads, IStringLocalizer<SharedText> shared, IStringLocalizer<SupportText> text)
{
    public const int MaxFiles = 3;
    private static readonly FileKind[] Allowed = [FileKind.Pdf, FileKind.Jpeg, FileKind.Png, FileKind.Docx, FileKind.Xlsx];

    public async Task<List<StoredFile>> Receive(HttpRequest request, ModelStateDictionary state, CancellationToken cancel)
    {
        var saved = new List<StoredFile>();
        var sent = request.HasFormContentType ? request.Form.Files.GetFiles("Files") : [];
        if (sent.Count > MaxFiles)
        {
            state.AddModelError("Files", text["Attach at most 3 files."]);
            return saved;
        }

        foreach (var upload in sent)
        {
            var result = await uploads.Save(upload, Allowed, null, cancel);
            if (result.Refusal is { } refusal)
            {
                state.AddModelError("Files", $"{upload.FileName}: {shared[UploadMessages.For(refusal)]}");
            }
            else
            {
                saved.Add(result.File!);
            }
        }

        return saved;
    }
}
