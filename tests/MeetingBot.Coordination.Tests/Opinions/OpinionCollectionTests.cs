using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Opinions;
using MeetingBot.Coordination.Outcomes;
using MeetingBot.Coordination.SelfExaminations;
using MeetingBot.Coordination.Submissions.Contents;
using MeetingBot.Coordination.Tests.Fixtures;

namespace MeetingBot.Coordination.Tests.Opinions;

/// <summary>征求意见 as decisions: the office opens, the form adds, the office sorts, the member answers; who may read what.</summary>
public sealed class OpinionCollectionTests
{
    private readonly MeetingDesk _desk = MeetingDesk.SeedMeeting();

    private Meeting Meeting => _desk.Meeting;

    [Fact]
    public void TheForm_TakesOpinionsOnlyWhileOpen_AndAFormSentTwiceOnce()
    {
        var closed = new GiveOpinion("会议太多", null, null, false, "f1").Decide(Meeting, null, _desk.Now);
        Assert.Equal(FailureCodes.OpinionsClosed, closed.Failure!.Code);

        var open = Open();
        var once = Given(Given(open, "会议太多", "f1"), "会议太多", "f1");

        Assert.Single(once.Opinions);
        Assert.Equal(2, once.Version);
        Assert.True(once.Opinions[0].IsAnonymous);
        Assert.Equal(OpinionCollection.PublicForm, once.History[^1].ActorId);
        Assert.DoesNotContain("会议", once.History[^1].Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void TheForm_IsBounded_InLengthAddresseeAndCount()
    {
        var open = Open();
        Assert.Equal(FailureCodes.OpinionTooLong, Give(open, new string('长', OpinionCollection.MaxTextLength + 1)).Failure!.Code);
        Assert.Equal(FailureCodes.OpinionTextRequired, Give(open, " \n ").Failure!.Code);
        Assert.Equal(FailureCodes.OpinionNameTooLong, new GiveOpinion("意见", new string('名', 31), null, false, "x").Decide(Meeting, open, _desk.Now).Failure!.Code);
        Assert.Equal(FailureCodes.OpinionAddresseeNotAMember, new GiveOpinion("意见", null, SeedTeam.Secretary.UserId, false, "x").Decide(Meeting, open, _desk.Now).Failure!.Code);

        var full = open with
        {
            Opinions = [.. Enumerable.Range(1, OpinionCollection.MaxOpinions).Select(n => new Opinion(n, "意见", OpinionSource.Masses, null, null, false, _desk.Now, null, $"k{n}", null, null, null, null))],
        };
        Assert.Equal(FailureCodes.OpinionsFull, Give(full, "再来一条").Failure!.Code);
    }

    [Fact]
    public void OnlyTheOffice_OpensAndSorts_AndOnlyTheAssignee_Answers()
    {
        Assert.Equal(FailureCodes.SecretaryOnly, new OpenOpinions(0, false).Decide(_desk.Dossier, null, SeedTeam.Lead, _desk.Now).Failure!.Code);
        var recorded = new RecordOpinion(0, "安全生产检查走过场", OpinionSource.Superior, SeedTeam.Li.UserId).Decide(Meeting, null, SeedTeam.Lead, _desk.Now).Value;
        Assert.Equal(SeedTeam.Li.UserId, recorded.Opinions[0].AssigneeId);

        Assert.Equal(FailureCodes.SecretaryOnly, new MarkOpinion(1, 1, OpinionVerdict.True).Decide(Meeting, recorded, SeedTeam.Lead, _desk.Now).Failure!.Code);
        Assert.Equal(FailureCodes.OpinionAssigneeOnly, new AnswerOpinion(1, 1, OpinionAnswerKind.Acknowledged, null).Decide(Meeting, recorded, SeedTeam.Lead, _desk.Now).Failure!.Code);
        Assert.Equal(FailureCodes.OpinionNotFound, new AnswerOpinion(1, 1, OpinionAnswerKind.Acknowledged, null).Decide(Meeting, recorded, SeedTeam.Zhang, _desk.Now).Failure!.Code);
        Assert.Equal(FailureCodes.OpinionExplanationRequired, new AnswerOpinion(1, 1, OpinionAnswerKind.Explained, "  ").Decide(Meeting, recorded, SeedTeam.Li, _desk.Now).Failure!.Code);
        Assert.Equal(FailureCodes.StaleVersion, new AnswerOpinion(0, 1, OpinionAnswerKind.Acknowledged, null).Decide(Meeting, recorded, SeedTeam.Li, _desk.Now).Failure!.Code);

        var untrue = new MarkOpinion(1, 1, OpinionVerdict.Untrue).Decide(Meeting, recorded, SeedTeam.Secretary, _desk.Now).Value;
        Assert.Empty(OpinionVisibility.AssignedTo(untrue, SeedTeam.Li.UserId));
        Assert.Equal(FailureCodes.OpinionNotForAnswer, new AnswerOpinion(2, 1, OpinionAnswerKind.Acknowledged, null).Decide(Meeting, untrue, SeedTeam.Li, _desk.Now).Failure!.Code);
    }

    [Fact]
    public void AnOpinionForOneMember_IsReadByHimTheOfficeAndTheLead_Only()
    {
        var collection = Given(Given(Open(), "李敏同志作风漂浮", "a", SeedTeam.Li.UserId), "班子会议多", "b");
        var forLi = collection.Find(1)!;

        Assert.True(OpinionVisibility.CanSee(Meeting, forLi, SeedTeam.Li.UserId));
        Assert.True(OpinionVisibility.CanSee(Meeting, forLi, SeedTeam.Secretary.UserId));
        Assert.True(OpinionVisibility.CanSee(Meeting, forLi, SeedTeam.Lead.UserId));
        Assert.False(OpinionVisibility.CanSee(Meeting, forLi, SeedTeam.Zhang.UserId));
        Assert.False(OpinionVisibility.CanSee(Meeting, forLi, "someone-else"));
        Assert.Equal([2], OpinionVisibility.VisibleTo(Meeting, collection, SeedTeam.Zhang.UserId).Select(o => o.Number));
    }

    [Fact]
    public void MergingIntoItselfOrIntoAMergedOne_IsRefused()
    {
        var two = Given(Given(Open(), "路没修", "a"), "路一直没修", "b");
        Assert.Equal(FailureCodes.OpinionMergeIntoItself, new MergeOpinion(3, 2, 2).Decide(Meeting, two, SeedTeam.Secretary, _desk.Now).Failure!.Code);
        var merged = new MergeOpinion(3, 2, 1).Decide(Meeting, two, SeedTeam.Secretary, _desk.Now).Value;
        Assert.Equal(FailureCodes.OpinionAlreadyMerged, new AssignOpinion(4, 2, SeedTeam.Li.UserId).Decide(Meeting, merged, SeedTeam.Secretary, _desk.Now).Failure!.Code);
    }

    [Fact]
    public void TheMaterialPreReview_FlagsEachAssignedOpinionOfTheMassesOrTheSuperior_NotAnsweredByNumberOrQuote()
    {
        var rules = _desk.Template.FindDeliverable("self-examination")!.MaterialReview!;
        var opinions = new[]
        {
            Assigned(3, "分管领域安全生产检查走过场", OpinionSource.Superior),
            Assigned(5, "村里道路硬化拖了两年没有落实", OpinionSource.Masses),
            Assigned(6, "班子会议多、落实少", OpinionSource.Collective),
        };
        var material = new ExaminationMaterial(
            [new ExaminedProblem("formalism", "以会议落实会议", "上半年开会42次")], "宗旨意识淡化", "管好家属和身边工作人员", ["回应意见3：每月暗访一次"], null);

        var flags = MaterialPreReview.Check(material, new ProblemList([]), rules, _desk.Template, opinions);

        var flag = Assert.Single(flags, f => f.Code == MaterialFlagCode.OpinionNotAnswered);
        Assert.Equal(5, flag.OpinionNumber);
        Assert.StartsWith("没有回应交办给你的意见5（群众提）", flag.Text.ZhCn, StringComparison.Ordinal);

        var quoted = material with { Measures = ["回应意见3：每月暗访一次", "关于村里道路硬化拖了两年没有落实：年内完工"] };
        Assert.DoesNotContain(MaterialPreReview.Check(quoted, new ProblemList([]), rules, _desk.Template, opinions), f => f.Code == MaterialFlagCode.OpinionNotAnswered);
    }

    private Opinion Assigned(int number, string text, OpinionSource source) =>
        new(number, text, source, null, SeedTeam.Li.UserId, false, _desk.Now, null, null, null, SeedTeam.Li.UserId, OpinionVerdict.True, null);

    private OpinionCollection Open() => new OpenOpinions(0, false).Decide(_desk.Dossier, null, SeedTeam.Secretary, _desk.Now).Value;

    private Outcome<OpinionCollection> Give(OpinionCollection collection, string text) =>
        new GiveOpinion(text, null, null, false, Guid.NewGuid().ToString("N")).Decide(Meeting, collection, _desk.Now);

    private OpinionCollection Given(OpinionCollection collection, string text, string formKey, string? to = null) =>
        new GiveOpinion(text, null, to, false, formKey).Decide(Meeting, collection, _desk.Now).Value;
}
