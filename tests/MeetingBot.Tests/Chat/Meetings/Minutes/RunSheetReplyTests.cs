using MeetingBot.Chat.Meetings.Minutes;
using MeetingBot.Coordination.CriticismOutlines;
using MeetingBot.Coordination.MeetingRecords;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Submissions.Contents;
using MeetingBot.Localization;

namespace MeetingBot.Tests.Chat.Meetings.Minutes;

public sealed class RunSheetReplyTests
{
    private static RunSheetView View(RunSheetReference? reference) => new("m-1", "主题", "会议室", new DateTime(2026, 1, 5, 9, 0, 0), "Asia/Shanghai",
    [
        new RunSheetItem(1, RunSheetStep.CollectiveExamination, "lead", "王书记", null, null, true, null),
        new RunSheetItem(2, RunSheetStep.SelfCriticism, "zhang", "张伟", null, null, false, null),
        new RunSheetItem(3, RunSheetStep.MutualCriticism, "li", "李敏", "zhang", "张伟", true, reference),
    ]);

    [Fact]
    public void TheOrderAndNames_WithMutualCriticismGroupedBySubject_AndMissingReferencesMarked()
    {
        var text = RunSheetReply.For(View(null), UserLocale.ZhCn, group: true);

        Assert.Equal(
            "【会议议程】主题\n时间：2026-01-05 09:00（北京时间）  地点：会议室\n1. 王书记代表班子作对照检查\n2. 张伟作自我批评（发言参考尚未审定）\n" +
            "—— 相互批评：张伟 ——\n3. 李敏对张伟提出批评意见\n发言参考只在私聊中显示。",
            text);
    }

    [Fact]
    public void AReferenceTheDomainGave_IsShownUnderItsItem()
    {
        var outline = new CriticismOutline([new OutlinePoint("real-work", "调研不深入", "全年只下基层3次")]);

        var text = RunSheetReply.For(View(new RunSheetReference("criticism-outline", "li", "zhang", 1, outline)), UserLocale.En, group: false);

        Assert.Contains("3. 李敏 criticises 张伟\n    1. 调研不深入", text, StringComparison.Ordinal);
        Assert.DoesNotContain("only in 1:1", text, StringComparison.Ordinal);
    }

    [Fact]
    public void TheReview_ShowsEachPreviousTaskDoneInProgressOrNotDone_WithItsEvidence()
    {
        var review = new RectificationReview(
        [
            new CarriedOverTask("健全调研制度", "张伟", true, "5号文件", CarriedOverProgress.Done),
            new CarriedOverTask("公车登记", "李敏", false, "登记簿已启用", CarriedOverProgress.InProgress),
            new CarriedOverTask("精简会议", "刘洋", false, null),
        ], false);
        var view = View(null) with { Items = [new RunSheetItem(1, RunSheetStep.PreviousRectification, "sec", "办公室", null, null, true, new RunSheetReference("rectification-review", "sec", null, 1, review))] };

        var text = RunSheetReply.For(view, UserLocale.ZhCn, group: false);

        Assert.Contains("健全调研制度（张伟）：已完成：5号文件", text, StringComparison.Ordinal);
        Assert.Contains("公车登记（李敏）：整改中：登记簿已启用", text, StringComparison.Ordinal);
        Assert.Contains("精简会议（刘洋）：未完成", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("自我批评", SpeechKind.SelfCriticism)]
    [InlineData("self", SpeechKind.SelfCriticism)]
    [InlineData("批评", SpeechKind.Criticism)]
    [InlineData("Criticism", SpeechKind.Criticism)]
    [InlineData("表态", SpeechKind.Response)]
    [InlineData("response", SpeechKind.Response)]
    [InlineData("班子对照检查", SpeechKind.CollectiveExamination)]
    [InlineData("collective", SpeechKind.CollectiveExamination)]
    public void SpeechWords_NameEachKindInBothLanguages(string word, SpeechKind kind) => Assert.Equal(kind, SpeechWords.Find(word));

    [Fact]
    public void AnUnknownSpeechWord_IsNone() => Assert.Null(SpeechWords.Find("发言"));
}
