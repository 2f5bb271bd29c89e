using System.Text;
using Nassij.Tests.Infrastructure;
using Nassij.Web.Features.Workspace.Members;
using Nassij.Web.Features.Workspace.Members.Import;
using Nassij.Web.Platform.Files;

namespace Nassij.Tests.Workspace;

public sealed class MemberImportRulesTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    [Fact]
    public void French_headers_with_separate_first_names_are_recognised()
    {
        var mapping = ColumnMapping.Guess(["N°", "Nom", "Prénom", "CIN", "Téléphone", "E-mail", "Date d'adhésion", "Qualité"]);
        Assert.Equal(1, mapping[MemberField.Name]);
        Assert.Equal(2, mapping[MemberField.FirstName]);
        Assert.Equal(3, mapping[MemberField.NationalId]);
        Assert.Equal(4, mapping[MemberField.Phone]);
        Assert.Equal(5, mapping[MemberField.Email]);
        Assert.Equal(6, mapping[MemberField.JoinedOn]);
        Assert.Equal(7, mapping[MemberField.Category]);
        Assert.False(mapping.ContainsValue(0));
    }

    [Fact]
    public void Arabic_headers_are_recognised()
    {
        var mapping = ColumnMapping.Guess(["الاسم الكامل", "رقم البطاقة الوطنية", "الهاتف", "تاريخ الانخراط", "الصفة"]);
        Assert.Equal(0, mapping[MemberField.Name]);
        Assert.Equal(1, mapping[MemberField.NationalId]);
        Assert.Equal(2, mapping[MemberField.Phone]);
        Assert.Equal(3, mapping[MemberField.JoinedOn]);
        Assert.Equal(4, mapping[MemberField.Category]);
    }

    [Fact]
    public void A_row_reads_like_the_form_a_secretary_would_fill()
    {
        var mapping = new Dictionary<MemberField, int> { [MemberField.Name] = 0, [MemberField.FirstName] = 1, [MemberField.Phone] = 2, [MemberField.JoinedOn] = 3, [MemberField.Category] = 4 };
        var row = MemberRowReader.Read(new SheetRow(2, ["Alaoui", "Samira", "612345678", "15/03/2021", "Membre fondateur"]), mapping, "Adhésions", Today);
        Assert.True(row.Accepted);
        Assert.Equal("Samira Alaoui", row.Form.NameLatin);
        Assert.Null(row.Form.NameAr);
        Assert.Equal("0612345678", row.Form.Phone);
        Assert.Equal(new DateOnly(2021, 3, 15), row.Form.JoinedOn);
        Assert.Equal(MemberCategory.Founding, row.Form.Category);

        var arabic = MemberRowReader.Read(new SheetRow(3, ["العلوي", "سميرة", null, null, "عضو شرفي"]), mapping, "Adhésions", Today);
        Assert.Equal("سميرة العلوي", arabic.Form.NameAr);
        Assert.Equal(MemberCategory.Honorary, arabic.Form.Category);
        Assert.Equal(Today, arabic.Form.JoinedOn);
    }

    [Fact]
    public void A_bad_row_says_every_reason_field_by_field()
    {
        var mapping = new Dictionary<MemberField, int> { [MemberField.Name] = 0, [MemberField.NationalId] = 1, [MemberField.Email] = 2, [MemberField.JoinedOn] = 3, [MemberField.Category] = 4 };
        var row = MemberRowReader.Read(new SheetRow(7, [null, "12345", "not-an-address", "2030-01-01", "VIP"]), mapping, "Adhésions", Today);
        Assert.False(row.Accepted);
        var fields = row.Problems.Select(p => p.Field).ToHashSet();
        Assert.Contains(MemberField.NationalId, fields);
        Assert.Contains(MemberField.Email, fields);
        Assert.Contains(MemberField.JoinedOn, fields);
        Assert.Contains(MemberField.Category, fields);
        Assert.Contains(MemberField.NameAr, fields);
    }

    [Fact]
    public void A_person_is_recognised_by_id_e_mail_or_name_with_phone_but_two_namesakes_with_different_phones_are_two_people()
    {
        var known = MemberIdentity.KeysOf("AB123", null, "أحمد", "Ahmed", "0611").ToHashSet();
        Assert.Contains(MemberIdentity.LookupKeysOf(new MemberForm { NationalId = "ab123", NameLatin = "Autre" }), known.Contains);
        Assert.Contains(MemberIdentity.LookupKeysOf(new MemberForm { NameLatin = "AHMED", Phone = "06 11" }), known.Contains);
        Assert.DoesNotContain(MemberIdentity.LookupKeysOf(new MemberForm { NameLatin = "Ahmed", Phone = "0622" }), known.Contains);
        Assert.Contains(MemberIdentity.LookupKeysOf(new MemberForm { NameAr = "احمد" }), known.Contains);
    }

    [Theory]
    [InlineData("utf-8")]
    [InlineData("windows-1256")]
    public void A_semicolon_csv_from_excel_is_read_in_utf8_or_windows_arabic(string encoding)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var bytes = Encoding.GetEncoding(encoding).GetBytes("الاسم;الهاتف\r\nسعاد بناني;0612345678\r\n;\r\n\"العلوي; أحمد\";0700000000\r\n");
        using var content = new MemoryStream(bytes);
        Assert.Equal(FileKind.Csv, FileSniffer.Detect(content));
        var sheet = MemberSheet.Read(content, FileKind.Csv);
        Assert.NotNull(sheet);
        Assert.Equal(["الاسم", "الهاتف"], sheet.Headers);
        Assert.Equal(2, sheet.Rows.Count);
        Assert.Equal("سعاد بناني", sheet.Rows[0].Cells[0]);
        Assert.Equal("العلوي; أحمد", sheet.Rows[1].Cells[0]);
        Assert.Equal(4, sheet.Rows[1].Number);
    }

    [Fact]
    public void A_binary_file_is_not_taken_for_a_csv()
    {
        using var content = new MemoryStream(Samples.Executable);
        Assert.Null(FileSniffer.Detect(content));
    }
}
