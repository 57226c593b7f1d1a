using System.Diagnostics;
using System.Text;
using MeetingBot.Coordination.People;
using MeetingBot.People.Roster;
using MiniExcelLibs;

namespace MeetingBot.Tests.People.Roster;

/// <summary>Real roster files: made by MiniExcel, by LibreOffice, by hand as GBK text, and by our own export, then read back.</summary>
public sealed class RosterFileTests
{
    private static RosterRow[] Rows(RosterReading reading) => [.. Assert.IsType<RosterReading.Rows>(reading).Values];

    [Fact]
    public void AWorkbookWithATitleRowAndNumericPhones_IsReadWithExcelRowNumbers()
    {
        using var stream = new MemoryStream();
        stream.SaveAs(new object[][]
        {
            ["某镇党委花名册", null!, null!, null!],
            ["姓名", "部门", "职务", "手机号"],
            ["李娜", "党政办", "科员", 13900000001d],
            ["陈刚", "组织办", "组织委员", "010-12345678"],
        }.Select(r => r.Select((cell, i) => (Key: ((char)('A' + i)).ToString(), cell)).ToDictionary(p => p.Key, p => p.cell)), printHeader: false);

        var rows = Rows(RosterFile.Read(stream.ToArray(), RosterFormat.Xlsx));

        Assert.Equal(new RosterRow(3, "李娜", "党政办", "科员", "13900000001"), rows[0]);
        Assert.Equal(new RosterRow(4, "陈刚", "组织办", "组织委员", "010-12345678"), rows[1]);
    }

    [Fact]
    public void TheExport_ReadsBackAsTheSamePeople_InBothFormats()
    {
        DirectoryPerson[] people =
        [
            new("u1", "赵敏", "党政办", "主任", "13800000001", "zhao@example.cn", [OrganisationRole.Administrator, OrganisationRole.Organiser], []),
            new("u2", "王伟", "财政所", null, "0755-88886666", null, [], []),
        ];

        foreach (var format in new[] { RosterFormat.Xlsx, RosterFormat.Csv })
        {
            var rows = Rows(RosterFile.Read(RosterWriter.Write(people, format), format));

            Assert.Equal(new RosterRow(2, "赵敏", "党政办", "主任", "13800000001", "zhao@example.cn", "管理员、组织者"), rows[0]);
            Assert.Equal(new RosterRow(3, "王伟", "财政所", null, "0755-88886666", null, null), rows[1] with { Title = null, Email = null, Roles = null });
        }
    }

    [Fact]
    public void AWeComContactExport_GivesEachRowItsWeComAccount()
    {
        // The WeCom console names a member's UserID 帐号; its export puts it beside 姓名, 部门, 职务 and 手机.
        var csv = Encoding.UTF8.GetBytes("姓名,帐号,别名,职务,部门,性别,手机\r\n李娜,LiNa,,科员,党政办,女,13900000001\r\n陈刚,,,组织委员,组织办,男,13900000002\r\n");

        var rows = Rows(RosterFile.Read(csv, RosterFormat.Csv));

        Assert.Equal(new Dictionary<string, string?> { [IdentityKinds.WeCom] = "LiNa" }, rows[0].Identities);
        Assert.Equal("党政办", rows[0].Unit);
        Assert.Null(rows[1].Identities);
    }

    [Fact]
    public void ADingTalkContactExport_GivesEachRowItsUserIdAndUnionId()
    {
        var csv = Encoding.UTF8.GetBytes("工号,姓名,部门,职位,手机,UserID,unionId\r\n001,王伟,财政所,所长,13900000003,manager4220,iPiS7uXXb2sEXAMPLE\r\n");

        var row = Assert.Single(Rows(RosterFile.Read(csv, RosterFormat.Csv)));

        Assert.Equal(new Dictionary<string, string?> { [IdentityKinds.DingTalk] = "manager4220", [IdentityKinds.DingTalkUnionId] = "iPiS7uXXb2sEXAMPLE" }, row.Identities);
        Assert.Equal(("王伟", "财政所", "所长"), (row.Name, row.Unit, row.Title));
    }

    [Fact]
    public void TheExport_CarriesThePlatformAccounts_AndReadsThemBack()
    {
        DirectoryPerson[] people =
        [
            new("u1", "赵敏", "党政办", null, null, null, [], [new(IdentityKinds.WeCom, "ZhaoMin"), new(IdentityKinds.DingTalk, "0101"), new(IdentityKinds.WebChat, "dl-zhao")]),
        ];

        foreach (var format in new[] { RosterFormat.Xlsx, RosterFormat.Csv })
        {
            var row = Assert.Single(Rows(RosterFile.Read(RosterWriter.Write(people, format), format)));
            Assert.Equal(new Dictionary<string, string?> { [IdentityKinds.WeCom] = "ZhaoMin", [IdentityKinds.DingTalk] = "0101" }, row.Identities);
        }
    }

    [Fact]
    public void ATeamsObjectIdColumn_IsReadAsTheTeamsIdentity_AndExportedAgain()
    {
        var csv = "姓名,单位,职务,手机号,Teams对象ID\n李娜,某县/东镇党委,组织委员,13900000001,0f3c2d1e-aaaa-4bbb-8ccc-000000000001\n陈刚,某县/东镇党委,,,\n";

        var rows = Rows(RosterFile.Read(Encoding.UTF8.GetBytes(csv), RosterFormat.Csv));

        Assert.Equal("0f3c2d1e-aaaa-4bbb-8ccc-000000000001", rows[0].Identities![IdentityKinds.TeamsAadObjectId]);
        Assert.Null(rows[1].Identities);
        var person = new DirectoryPerson("u1", "李娜", "某县/东镇党委", null, null, null, [], [new ChannelIdentity(IdentityKinds.TeamsAadObjectId, "0f3c2d1e")]);
        Assert.Equal("0f3c2d1e", RosterColumns.CellsOf(person)[RosterColumns.Exported.ToList().IndexOf(RosterColumns.TeamsObjectId)]);
    }

    [Fact]
    public void TheCsvExport_StartsWithABom_SoExcelShowsChinese()
    {
        var csv = RosterWriter.Write([new DirectoryPerson("u1", "赵敏", null, null, null, null, [], [])], RosterFormat.Csv);

        Assert.True(csv.AsSpan().StartsWith(Encoding.UTF8.Preamble));
        Assert.StartsWith("姓名,单位/部门,职务,手机号", Encoding.UTF8.GetString(csv.AsSpan(3)), StringComparison.Ordinal);
    }

    [Fact]
    public void AGbkCsv_AsExcelSavesItOnAChineseWindows_IsRead()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var gbk = Encoding.GetEncoding("GBK").GetBytes("姓名,单位,职务,手机号\r\n李娜,党政办,科员,13900000001\r\n");

        Assert.Equal([new RosterRow(2, "李娜", "党政办", "科员", "13900000001")], Rows(RosterFile.Read(gbk, RosterFormat.Csv)));
    }

    [Fact]
    public void AFileWithoutANameColumn_OrNotAWorkbook_IsSaidSo()
    {
        Assert.IsType<RosterReading.NoHeader>(RosterFile.Read("编号,部门\r\n1,党政办\r\n"u8.ToArray(), RosterFormat.Csv));
        Assert.IsType<RosterReading.Unreadable>(RosterFile.Read("not a zip"u8.ToArray(), RosterFormat.Xlsx));
    }

    [Fact]
    public async Task AWorkbookMadeByLibreOffice_IsRead()
    {
        var folder = Directory.CreateTempSubdirectory("roster-lo-");
        try
        {
            var csv = Path.Combine(folder.FullName, "花名册.csv");
            await File.WriteAllTextAsync(csv, "姓名,单位/部门,职务,手机号,角色\n李娜,党政办,科员,13900000001,组织者\n,党政办,科员,13900000002,\n", new UTF8Encoding(true));
            var start = new ProcessStartInfo("soffice")
            {
                ArgumentList =
                {
                    $"-env:UserInstallation=file://{folder.FullName}/profile", "--headless", "--infilter=CSV:44,34,76,1",
                    "--convert-to", "xlsx", csv, "--outdir", folder.FullName,
                },
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            using var soffice = Process.Start(start)!;
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
            await soffice.WaitForExitAsync(timeout.Token);
            var xlsx = Path.Combine(folder.FullName, "花名册.xlsx");
            Assert.True(File.Exists(xlsx), await soffice.StandardError.ReadToEndAsync());

            var rows = Rows(RosterFile.Read(await File.ReadAllBytesAsync(xlsx), RosterFormat.Xlsx));

            Assert.Equal(new RosterRow(2, "李娜", "党政办", "科员", "13900000001", null, "组织者"), rows[0]);
            var import = RosterImport.Read(PeopleDirectory.Empty, rows, [], () => "new");
            Assert.Equal(RosterRefusalReasons.EmptyName, Assert.Single(import.Refused).Reason);
            Assert.Equal(3, import.Refused[0].Row);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
