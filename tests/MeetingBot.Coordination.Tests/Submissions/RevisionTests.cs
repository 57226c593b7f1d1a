using MeetingBot.Coordination.CriticismOutlines;
using MeetingBot.Coordination.Outcomes;
using MeetingBot.Coordination.Submissions;
using MeetingBot.Coordination.Submissions.Contents;
using MeetingBot.Coordination.Tests.Fixtures;
using static MeetingBot.Coordination.Tests.Fixtures.SeedTeam;

namespace MeetingBot.Coordination.Tests.Submissions;

/// <summary>Revising is editing: a returned item reopens with its last version and the comment, and one point changes.</summary>
public sealed class RevisionTests
{
    private readonly MeetingDesk _desk = MeetingDesk.SeedMeeting();

    [Fact]
    public void AReturnedOutline_ReopensForItsAuthor_WithTheLastVersionAndTheComment()
    {
        _desk.Submit(Li, "criticism-outline", Contents.GoodOutline(), Zhang);
        _desk.Return(Lead, "criticism-outline", Li, "第二点例子不具体", Zhang);

        var revision = Revision.Open(_desk.Meeting, _desk.Template, _desk.SubmissionOf("criticism-outline", Li, Zhang), Li).Value;

        Assert.Equal(1, revision.LastVersion.Number);
        Assert.Equal(Contents.GoodOutline().Points, ((CriticismOutline)revision.WorkingCopy).Points);
        Assert.Equal("第二点例子不具体", revision.Return!.Comment);
    }

    [Fact]
    public void OnlyTheAuthor_ReopensIt_AndOnlyOnceItIsBackWithHim()
    {
        _desk.Submit(Li, "criticism-outline", Contents.GoodOutline(), Zhang);
        var pending = _desk.SubmissionOf("criticism-outline", Li, Zhang);

        Assert.Equal(FailureCodes.AwaitingReview, Revision.Open(_desk.Meeting, _desk.Template, pending, Li).Failure!.Code);
        _desk.Return(Lead, "criticism-outline", Li, "不具体", Zhang);
        var returned = _desk.SubmissionOf("criticism-outline", Li, Zhang);
        Assert.Equal(FailureCodes.AuthorOnly, Revision.Open(_desk.Meeting, _desk.Template, returned, Zhang).Failure!.Code);
        Assert.Equal(FailureCodes.AuthorOnly, Revision.Open(_desk.Meeting, _desk.Template, returned, Lead).Failure!.Code);
        Assert.Equal(FailureCodes.NotAParticipant, Revision.Open(_desk.Meeting, _desk.Template, returned, Outsider).Failure!.Code);

        _desk.Submit(Li, "criticism-outline", Contents.GoodOutline(), Zhang);
        _desk.Approve(Lead, "criticism-outline", Li, Zhang);
        Assert.Equal(FailureCodes.AlreadyApproved,
            Revision.Open(_desk.Meeting, _desk.Template, _desk.SubmissionOf("criticism-outline", Li, Zhang), Li).Failure!.Code);
    }

    [Fact]
    public void ADraftNeverHandedIn_IsNotRevised_ButSubmitted()
    {
        _desk.SaveDraft(Li, "self-examination", Contents.Material());

        var outcome = Revision.Open(_desk.Meeting, _desk.Template, _desk.SubmissionOf("self-examination", Li), Li);

        Assert.Equal(FailureCodes.NotReturned, outcome.Failure!.Code);
    }

    [Fact]
    public void WhatNeedsNoReview_MayBeRevisedAfterHandingIn_WithoutAComment()
    {
        _desk.Submit(Li, "study-check-in", Contents.Study());

        var revision = Revision.Open(_desk.Meeting, _desk.Template, _desk.SubmissionOf("study-check-in", Li), Li).Value;

        Assert.Null(revision.Return);
        Assert.Equal(Contents.Study().MaterialsStudied, ((StudyCheckIn)revision.WorkingCopy).MaterialsStudied);
    }

    [Fact]
    public void ADraftSavedWhileRevising_IsTheWorkingCopy_AndTheLastVersionStaysAsHandedIn()
    {
        _desk.Submit(Li, "self-examination", Contents.Material());
        _desk.Return(Lead, "self-examination", Li, "根源挖得不深");
        var draft = Contents.Material() with { RootCauses = "理想信念有所动摇。" };
        _desk.SaveDraft(Li, "self-examination", draft);

        var revision = Revision.Open(_desk.Meeting, _desk.Template, _desk.SubmissionOf("self-examination", Li), Li).Value;

        Assert.Equal("理想信念有所动摇。", ((ExaminationMaterial)revision.WorkingCopy).RootCauses);
        Assert.Equal(Contents.Material().RootCauses, ((ExaminationMaterial)revision.LastVersion.Content).RootCauses);
    }

    [Fact]
    public void ReplacingOnePoint_LeavesEveryOtherPointAsItWas()
    {
        var outline = Contents.GoodOutline();
        var typed = new CriticismOutline([new OutlinePoint("real-work", "抓落实不够", "3个村植树未按期完成")]);

        var edited = (CriticismOutline)ContentEdits.Replace(outline, 1, 2, typed).Value;

        Assert.Equal([outline.Points[0], typed.Points[0], outline.Points[2]], edited.Points);
    }

    [Fact]
    public void OnePastTheLast_AddsAPoint_AndRemovingDropsOne()
    {
        var outline = Contents.GoodOutline();
        var typed = new CriticismOutline([new OutlinePoint(null, "新的一点", "例子")]);

        var added = (CriticismOutline)ContentEdits.Replace(outline, 1, 4, typed).Value;
        var removed = (CriticismOutline)ContentEdits.Remove(outline, 1, 1).Value;

        Assert.Equal([.. outline.Points, typed.Points[0]], added.Points);
        Assert.Equal(outline.Points.Skip(1), removed.Points);
    }

    [Fact]
    public void APointOrPartThatIsNotThere_IsRefused_WithHowManyThereAre()
    {
        var outline = Contents.GoodOutline();
        var typed = new CriticismOutline([new OutlinePoint(null, "x", null)]);

        var tooFar = ContentEdits.Replace(outline, 1, 5, typed).Failure!;
        var noPart = ContentEdits.Replace(outline, 2, 1, typed).Failure!;

        Assert.Equal((FailureCodes.PointOutOfRange, "3"), (tooFar.Code, tooFar.Data["count"]));
        Assert.Equal(FailureCodes.SectionOutOfRange, noPart.Code);
        Assert.Equal(FailureCodes.PointOutOfRange, ContentEdits.Remove(outline, 1, 4).Failure!.Code);
        Assert.Equal(FailureCodes.PointEmpty, ContentEdits.Replace(outline, 1, 1, new CriticismOutline([])).Failure!.Code);
    }

    [Fact]
    public void AMaterialsRootCauses_AreRewrittenWhole_AndItsMeasuresPointByPoint()
    {
        var material = Contents.Material();

        var causes = (ExaminationMaterial)ContentEdits.Replace(material, 2, null, new ExaminationMaterial([], "理想信念有所动摇。", null, [], null)).Value;
        var measures = (ExaminationMaterial)ContentEdits.Replace(material, 4, 2, new ExaminationMaterial([], null, null, ["全镇性会议每月不超过1次"], null)).Value;

        Assert.Equal(("理想信念有所动摇。", material.Measures), (causes.RootCauses, causes.Measures));
        Assert.Equal([material.Measures[0], "全镇性会议每月不超过1次"], measures.Measures);
        Assert.Equal(material.Problems, measures.Problems);
        Assert.Equal([1, null, null, 2], ContentEdits.Parts(material));
    }

    [Fact]
    public void AnUploadedMaterial_IsNotEditedByPoint()
    {
        var uploaded = ExaminationMaterial.FromDocument(new UploadedDocument("检查材料.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", 100, "k", null));

        Assert.Equal(FailureCodes.UploadedNotByPoint, ContentEdits.Remove(uploaded, 1, 1).Failure!.Code);
    }

    [Fact]
    public void TheHistory_ShowsEveryVersionAndDecision_ToTheAuthorAndTheLeadOnly()
    {
        _desk.Submit(Li, "criticism-outline", Contents.WeakOutline(), Zhang);
        _desk.Clock.Advance(TimeSpan.FromHours(1));
        _desk.Return(Lead, "criticism-outline", Li, "轻描淡写", Zhang);
        _desk.Clock.Advance(TimeSpan.FromHours(1));
        _desk.Submit(Li, "criticism-outline", Contents.GoodOutline(), Zhang);
        _desk.Clock.Advance(TimeSpan.FromHours(1));
        _desk.Approve(Lead, "criticism-outline", Li, Zhang);
        var outline = _desk.SubmissionOf("criticism-outline", Li, Zhang)!;

        var history = SubmissionHistory.Of(_desk.Meeting, outline, Li).Value;

        Assert.Equal(
            [(1, SubmissionEventKind.Submitted, null), (1, SubmissionEventKind.Returned, "轻描淡写"), (2, SubmissionEventKind.Resubmitted, null), (2, SubmissionEventKind.Approved, null)],
            history.Select(e => (e.VersionNumber, e.Kind, e.Comment)));
        Assert.True(SubmissionHistory.Of(_desk.Meeting, outline, Lead).IsSuccess);
        Assert.Equal(FailureCodes.NotVisible, SubmissionHistory.Of(_desk.Meeting, outline, Zhang).Failure!.Code);
        Assert.Equal(FailureCodes.NotVisible, SubmissionHistory.Of(_desk.Meeting, outline, Liu).Failure!.Code);
        Assert.Equal(FailureCodes.NotVisible, SubmissionHistory.Of(_desk.Meeting, outline, Secretary).Failure!.Code);
    }
}
