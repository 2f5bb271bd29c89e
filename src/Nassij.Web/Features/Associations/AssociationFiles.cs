using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Nassij.Web.Platform.Data;
using Nassij.Web.Platform.Files;

namespace Nassij.Web.Features.Associations;

/// <summary>The statutes and receipt scans sent with an association's file.</summary>
public sealed class AssociationFiles(Uploads uploads, NassijDb db, IStringLocalizer<AssociationsText> text)
{
    private static readonly FileKind[] Scans = [FileKind.Pdf, FileKind.Jpeg, FileKind.Png];

    /// <summary>Stores each file sent with the form at once, so a mistake elsewhere in the form does not lose it.</summary>
    public async Task Receive(IFormFileCollection files, AssociationForm form, ModelStateDictionary state, int? associationId)
    {
        form.StatutesFileId = await ReceiveOne(files, "StatutesUpload", [FileKind.Pdf], state, associationId) ?? form.StatutesFileId;
        form.ProvisionalReceiptFileId = await ReceiveOne(files, "ProvisionalReceiptUpload", Scans, state, associationId) ?? form.ProvisionalReceiptFileId;
        form.FinalReceiptFileId = await ReceiveOne(files, "FinalReceiptUpload", Scans, state, associationId) ?? form.FinalReceiptFileId;

        // The hidden fields must carry the new ids, not the values posted before the upload.
        state.Remove("Input." + nameof(form.StatutesFileId));
        state.Remove("Input." + nameof(form.ProvisionalReceiptFileId));
        state.Remove("Input." + nameof(form.FinalReceiptFileId));
    }

    /// <summary>File ids come back from a hidden field: accept only the person's own fresh uploads or the association's files.</summary>
    public async Task<bool> AreAllowed(AssociationForm form, Guid personId, int? associationId)
    {
        Guid[] ids = [.. new[] { form.StatutesFileId, form.ProvisionalReceiptFileId, form.FinalReceiptFileId }.OfType<Guid>()];
        var allowed = await db.StoredFiles.CountAsync(f => ids.Contains(f.Id)
            && ((f.AssociationId == null && f.UploadedById == personId) || (associationId != null && f.AssociationId == associationId)));
        return allowed == ids.Length;
    }

    public async Task AttachTo(AssociationForm form, int associationId)
    {
        Guid[] ids = [.. new[] { form.StatutesFileId, form.ProvisionalReceiptFileId, form.FinalReceiptFileId }.OfType<Guid>()];
        foreach (var file in await db.StoredFiles.Where(f => ids.Contains(f.Id) && f.AssociationId == null).ToListAsync())
        {
            file.AssociationId = associationId;
        }
    }

    private async Task<Guid?> ReceiveOne(IFormFileCollection files, string name, FileKind[] allowed, ModelStateDictionary state, int? associationId)
    {
        var upload = files.GetFile(name);
        if (upload is null)
        {
            return null;
        }

        var result = await uploads.Save(upload, allowed, associationId);
        if (result.Refusal is { } refusal)
        {
            state.AddModelError(name, text[refusal switch
            {
                UploadRefusal.TooLarge => "This file is too large: 10 MB at most.",
                UploadRefusal.Empty => "This file is empty.",
                _ => allowed.Length == 1 ? "This file is not a PDF." : "This file is not a PDF, JPEG or PNG.",
            }]);
        }

        return result.File?.Id;
    }
}
