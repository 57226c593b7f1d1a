using MeetingBot.Coordination.CriticismOutlines;
using MeetingBot.Coordination.Outcomes;
using MeetingBot.Coordination.Submissions;
using MeetingBot.Coordination.Submissions.Contents;
using MeetingBot.Coordination.Tests.Fixtures;

namespace MeetingBot.Coordination.Tests.Submissions;

public sealed class ContentRulesTests
{
    private static readonly Coordination.Templates.ProcessTemplate Template = SeedTemplates.DemocraticLifeMeeting;

    private static string? Code(SubmissionContent content) => ContentRules.Check(content, Template)?.Code;

    [Fact]
    public void CompleteContents_Pass()
    {
        Assert.Null(Code(Contents.Study()));
        Assert.Null(Code(Contents.Problems()));
        Assert.Null(Code(Contents.Material()));
        Assert.Null(Code(Contents.GoodOutline()));
        Assert.Null(Code(Contents.Attending()));
        Assert.Null(Code(Contents.Absent()));
        Assert.Null(Code(Contents.Review()));
        Assert.Null(Code(new RectificationReview([], NoPreviousTasks: true)));
    }

    [Fact]
    public void AProblem_HasAKnownCategory_AndAKnownSource()
    {
        var item = Contents.Problems().Items[0];

        Assert.Equal(FailureCodes.UnknownCategory, Code(new ProblemList([item with { CategoryId = "laziness" }])));
        Assert.Equal(FailureCodes.UnknownSource, Code(new ProblemList([item with { SourceId = "rumour" }])));
        Assert.Equal(FailureCodes.Incomplete, Code(new ProblemList([item with { Manifestation = "" }])));
        Assert.Equal(FailureCodes.Incomplete, Code(new ProblemList([])));
    }

    [Fact]
    public void AProblemMarkedNotAccurate_NeedsANote()
    {
        var item = Contents.Problems().Items[0] with { Acknowledgement = ProblemAcknowledgement.Disputed, DisputeNote = " " };

        Assert.Equal(FailureCodes.DisputeNoteRequired, Code(new ProblemList([item])));
    }

    [Theory]
    [InlineData("problems")]
    [InlineData("typicalCase")]
    [InlineData("rootCauses")]
    [InlineData("direction")]
    [InlineData("measures")]
    public void ASelfExamination_NeedsProblemsWithTypicalCases_RootCauses_Direction_AndMeasures(string missing)
    {
        var material = Contents.Material();
        material = missing switch
        {
            "problems" => material with { Problems = [] },
            "typicalCase" => material with { Problems = [material.Problems[0] with { TypicalCase = "" }] },
            "rootCauses" => material with { RootCauses = null },
            "direction" => material with { Direction = "" },
            _ => material with { Measures = [" "] },
        };

        var failure = ContentRules.Check(material, Template)!;

        Assert.Equal((FailureCodes.Incomplete, missing), (failure.Code, failure.Data["field"]));
    }

    [Fact]
    public void AnUploadedWordOrPdfDocument_StandsInForTheSections()
    {
        var word = new UploadedDocument("李敏对照检查材料.docx", UploadedDocument.WordContentType, 48_000, "docs/dlm/m-li/v1", "一、存在的问题……");
        var pdf = word with { FileName = "材料.pdf", ContentType = UploadedDocument.PdfContentType };

        Assert.Null(Code(ExaminationMaterial.FromDocument(word)));
        Assert.Null(Code(ExaminationMaterial.FromDocument(pdf)));
    }

    [Fact]
    public void AnOversizedOrWrongTypeDocument_IsRefusedClearly()
    {
        var word = new UploadedDocument("材料.docx", UploadedDocument.WordContentType, 48_000, "k", null);

        Assert.Equal(FailureCodes.DocumentWrongType, Code(ExaminationMaterial.FromDocument(word with { FileName = "材料.exe" })));
        Assert.Equal(FailureCodes.DocumentWrongType, Code(ExaminationMaterial.FromDocument(word with { ContentType = "image/png" })));
        var tooLarge = ContentRules.CheckDocument(word with { SizeBytes = UploadedDocument.MaxSizeBytes + 1 })!;
        Assert.Equal((FailureCodes.DocumentTooLarge, "10"), (tooLarge.Code, tooLarge.Data["maxMb"]));
    }

    [Fact]
    public void AnAbsence_NeedsAReason()
    {
        Assert.Equal(FailureCodes.AbsenceReasonRequired, Code(new AttendanceConfirmation(false, "")));
    }

    [Fact]
    public void AnOutlinePoint_NamesOnlyAnAspectOfTheTemplate()
    {
        Assert.Equal(FailureCodes.UnknownAspect, Code(new CriticismOutline([new OutlinePoint("charm", "个人魅力不足", "无")])));
        Assert.Equal(FailureCodes.Incomplete, Code(new CriticismOutline([])));
    }

    [Fact]
    public void TheReportUpward_SaysToWhomAndWhichTheme()
    {
        var report = new ReportUpward(new DateOnly(2014, 6, 30), "", "主题", new DateTime(2014, 7, 15, 9, 0, 0), null);

        Assert.Equal(FailureCodes.Incomplete, Code(report));
        Assert.Equal(FailureCodes.Incomplete, Code(report with { ReportedTo = "市委组织部", ReportedTheme = " " }));
    }

    [Fact]
    public void RetroNotes_NeedAtLeastOnePoint()
    {
        Assert.Equal(FailureCodes.Incomplete, Code(new Notes([new NoteSection("Went well", [])])));
        Assert.Null(Code(new Notes([new NoteSection("Went well", ["Daily releases"])])));
    }
}
