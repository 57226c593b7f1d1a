using System.Text.Json;
using MeetingBot.BotFramework.Schema;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Reminders.Deliveries;
using MeetingBot.Coordination.Submissions;
using MeetingBot.Coordination.Templates;
using MeetingBot.Meetings.Storage;
using MeetingBot.Tests.Reminders;

namespace MeetingBot.Tests.Meetings.Storage;

/// <summary>
/// Domain documents have their own JSON rules now (before, the wire's BotJson wrote them): what is already stored
/// must read back whole and be written again in the same shape, so no stored meeting needs migrating.
/// </summary>
public sealed class DocumentJsonTests
{
    [Fact]
    public void AStoredDocument_AsWrittenBefore_ReadsBackAndIsWrittenAgainUnchanged()
    {
        // Hand-written in the stored shape: camelCase, the empty list omitted, Chinese unescaped.
        const string stored = """{"version":2,"meetingId":"m-1","told":["张三","li-si"]}""";

        var read = DocumentJson.Deserialize<UnreachableNotices>(stored, "reminder-notices/m-1/unreachable");

        Assert.Equal(2, read.Version);
        Assert.Equal("m-1", read.MeetingId);
        Assert.Equal(new[] { "张三", "li-si" }, read.Told);
        Assert.Equal(stored, DocumentJson.Serialize(read));
    }

    [Fact]
    public void AStoredMeeting_WrittenWithTheWireRules_ReadsBackAndIsWrittenInTheSameShape()
    {
        var meeting = NoticeMeeting.Create(LoadTemplate(), "m-doc", new DateTimeOffset(2026, 12, 1, 3, 0, 0, TimeSpan.Zero), members: 4).Meeting;
        var storedBefore = JsonSerializer.Serialize(meeting, BotJson.Options);

        var read = DocumentJson.Deserialize<Meeting>(storedBefore, DocumentKeys.Of(DocumentId.Meeting("m-doc")));

        Assert.Equal(storedBefore, DocumentJson.Serialize(read));
        Assert.Equal(meeting.Participants.Select(p => p.UserId), read.Participants.Select(p => p.UserId));
        Assert.Equal(meeting.StartsAt, read.StartsAt);
        Assert.Contains("专题民主生活会", storedBefore, StringComparison.Ordinal);
    }

    [Fact]
    public void AStoredSubmission_ThatCarriedItsStorageKey_ReadsBack_AndIsWrittenWithoutIt()
    {
        // Hand-written as submissions were stored while the domain carried its storage key (a computed property the
        // serializer wrote): the field is read past, and the audit subject keeps the id's text unchanged.
        const string subject = "meetings/m-doc/submissions/self-examination/li";
        const string withoutKey = "{\"meetingId\":\"m-doc\",\"deliverableId\":\"self-examination\",\"kind\":\"SelfExamination\",\"authorId\":\"li\","
            + "\"state\":\"Draft\",\"version\":1,\"history\":[{\"version\":1,\"at\":\"2026-12-01T03:00:00+00:00\",\"actorId\":\"li\","
            + "\"action\":\"submission.draft-saved\",\"subject\":\"" + subject + "\"}]";
        const string storedBefore = withoutKey + ",\"storageKey\":\"" + subject + "\"}";

        var read = DocumentJson.Deserialize<Submission>(storedBefore, subject);

        Assert.Equal(DocumentId.Submission("m-doc", "self-examination", "li", null), read.Id);
        Assert.Equal(subject, Assert.Single(read.History).Subject);
        Assert.DoesNotContain("storageKey", DocumentJson.Serialize(read), StringComparison.Ordinal);
        Assert.Equal(DocumentJson.Serialize(DocumentJson.Deserialize<Submission>(withoutKey + "}", subject)), DocumentJson.Serialize(read));
    }

    private static ProcessTemplate LoadTemplate() =>
        TemplateLibrary.Parse(Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "templates"), "*.yaml")
            .Select(f => (Path.GetFileName(f), File.ReadAllText(f)))).Find("democratic-life-meeting")!;
}
