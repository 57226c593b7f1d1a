using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Templates;
using MeetingBot.Coordination.Tests.Fixtures;
using MeetingBot.Coordination.Texts;

namespace MeetingBot.Coordination.Tests.Templates;

public sealed class SeedTemplateTests
{
    [Theory]
    [InlineData(SeedTemplates.DemocraticLifeMeetingFile)]
    [InlineData(SeedTemplates.ProjectRetrospectiveFile)]
    public void RealTemplate_Loads_WithoutErrors(string file)
    {
        var result = TemplateParser.Parse(file, SeedTemplates.Text(file));

        Assert.Empty(result.Errors);
        Assert.True(result.IsValid);
    }

    [Fact]
    public void EveryTemplateInSeeds_IsOneOfTheTested()
    {
        Assert.Equal(
            [SeedTemplates.DemocraticLifeMeetingFile, SeedTemplates.ProjectRetrospectiveFile],
            SeedTemplates.Files().Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData(SeedTemplates.DemocraticLifeMeetingFile)]
    [InlineData(SeedTemplates.ProjectRetrospectiveFile)]
    public void EveryText_HasBothLanguages(string file)
    {
        var template = SeedTemplates.Load(file);
        var texts = new List<BilingualText> { template.Name, template.Description };
        texts.AddRange(template.RoleNames.Select(r => r.Name));
        texts.AddRange(template.Phases.SelectMany(p => new[] { p.Name, p.Description }));
        texts.AddRange(template.Deliverables.SelectMany(d => new[] { d.Name, d.Description }));
        texts.AddRange(template.ProblemCategories.Select(c => c.Name));
        texts.AddRange(template.ProblemCategories.Select(c => c.Group).OfType<BilingualText>());
        texts.AddRange(template.ProblemSources.Select(s => s.Name));
        texts.AddRange(template.Aspects.Select(a => a.Name));

        Assert.All(texts, t =>
        {
            Assert.False(string.IsNullOrWhiteSpace(t.ZhCn));
            Assert.False(string.IsNullOrWhiteSpace(t.En));
        });
        Assert.Equal(Enum.GetValues<Role>().Length, template.RoleNames.Count);
    }

    [Fact]
    public void DemocraticLifeMeeting_FollowsTheSeedsNinePhasesInOrder()
    {
        var phases = SeedTemplates.DemocraticLifeMeeting.Phases;

        Assert.Equal(
            ["精心组织学习", "深入查摆问题", "普遍开展谈心", "撰写对照检查材料", "批评发言提纲", "会前把关", "召开专题民主生活会", "会后通报", "整改落实"],
            phases.Select(p => p.Name.ZhCn));
        Assert.Equal(Enumerable.Range(1, 9), phases.Select(p => p.Order));
    }

    [Fact]
    public void DemocraticLifeMeeting_HasEveryDeliverableKindOfTheSeed()
    {
        var kinds = SeedTemplates.DemocraticLifeMeeting.Deliverables.Select(d => d.Kind).ToHashSet();

        Assert.Equal(
            Enum.GetValues<DeliverableKind>().Where(k => k != DeliverableKind.Notes).ToHashSet(),
            kinds);
    }

    [Fact]
    public void DemocraticLifeMeeting_ReviewsMaterialsOutlinesAndTheCollectiveMaterial_Only()
    {
        // The collective material is the lead's: reviewed by the supervisors (or the superior), never by himself.
        var approved = SeedTemplates.DemocraticLifeMeeting.Deliverables.Where(d => d.RequiresApproval).Select(d => d.Id);

        Assert.Equal(["self-examination", "collective-material", "criticism-outline"], approved);
    }

    [Fact]
    public void DemocraticLifeMeeting_HasTheFourWindsAndTheOtherCategories()
    {
        var categories = SeedTemplates.DemocraticLifeMeeting.ProblemCategories;

        Assert.Equal(["形式主义", "官僚主义", "享乐主义", "奢靡之风"], categories.Where(c => c.Group?.ZhCn == "四风").Select(c => c.Name.ZhCn));
        Assert.Contains(categories, c => c.Name.ZhCn == "不落实");
        Assert.Contains(categories, c => c.Name.ZhCn.Contains("群众切身利益", StringComparison.Ordinal));
        Assert.Contains(categories, c => c.Name.ZhCn.Contains("联系服务群众", StringComparison.Ordinal));
        Assert.Contains(categories, c => c.Name.ZhCn == "不正之风" && c.Group is null);
    }

    [Fact]
    public void DemocraticLifeMeeting_SelfExamination_IsPreReviewedForTheThreeMingque()
    {
        var rules = SeedTemplates.DemocraticLifeMeeting.FindDeliverable("self-examination")!.MaterialReview!;

        Assert.Equal(["formalism", "bureaucratism", "hedonism", "extravagance", "unhealthy-practices"], rules.NamedCategories);
        Assert.Equal(["masses", "superiors"], rules.AnswerSources);
        Assert.Contains("身边工作人员", rules.FamilyRuleWords);
    }

    [Fact]
    public void DemocraticLifeMeeting_HasTheFiveProblemSources()
    {
        Assert.Equal(["群众提", "自己找", "上级点", "互相帮", "集体议"], SeedTemplates.DemocraticLifeMeeting.ProblemSources.Select(s => s.Name.ZhCn));
    }

    [Fact]
    public void DemocraticLifeMeeting_OutlinesMustCoverPartySpiritRealWorkAndStrictness()
    {
        var template = SeedTemplates.DemocraticLifeMeeting;
        var rules = template.FindDeliverable("criticism-outline")!.PreReview!;

        Assert.Equal(["党性强不强", "工作实不实", "要求严不严"],
            rules.RequiredAspects.Select(id => template.Aspects.Single(a => a.Id == id).Name.ZhCn));
        Assert.True(rules.ExampleRequired);
        Assert.Contains("有待加强", rules.StockPhrases);
    }

    [Fact]
    public void DemocraticLifeMeeting_PairsLeadWithEachMember_MembersWithEachOther_AndMembersWithTheirDepartmentHeads()
    {
        Assert.Equal(
            [PairingRule.LeadWithEachMember, PairingRule.MembersWithEachOther, PairingRule.MemberWithOverseenDepartmentHeads],
            SeedTemplates.DemocraticLifeMeeting.TalkPairing);
    }

    [Fact]
    public void DemocraticLifeMeeting_ReportsUpwardTenDaysAhead_AndNeedsTwoThirdsAttendance()
    {
        var readiness = SeedTemplates.DemocraticLifeMeeting.Readiness;

        Assert.Equal(10, readiness.ReportUpward!.DaysAhead);
        Assert.Equal(new Quorum(2, 3), readiness.Quorum!.Fraction);
        Assert.Contains(readiness.Required, r => r.DeliverableId == "rectification-review");
        Assert.Equal(Completion.Approved, readiness.Required.Single(r => r.DeliverableId == "criticism-outline").Completion);
        Assert.Equal(Completion.Finalised, readiness.Required.Single(r => r.DeliverableId == "collective-material").Completion);
        Assert.Equal(Completion.Confirmed, readiness.Required.Single(r => r.DeliverableId == "talk-record").Completion);
    }

    [Fact]
    public void DemocraticLifeMeeting_RemindsThreeAndOneDayBefore_OnTheDayAtNine_DailyWhileOverdueFiveTimes_EscalatingAfterTwoDays()
    {
        var template = SeedTemplates.DemocraticLifeMeeting;
        var policy = template.FindDeliverable("criticism-outline")!.Reminders;

        Assert.Equal([3, 1], policy.DaysBefore);
        Assert.Equal(new TimeOnly(9, 0), policy.OnDayAt);
        Assert.Equal(new OverdueReminders(new TimeOnly(9, 0), 5), policy.Overdue);
        Assert.Equal(2, policy.EscalateAfterOverdueDays);
        Assert.Equal(QuietHours.Default, template.QuietHours);
        Assert.Equal("Asia/Shanghai", template.DefaultTimeZone);
    }

    [Fact]
    public void DeliverableReminders_OverrideOnlyTheKeysTheyGive()
    {
        var policy = SeedTemplates.DemocraticLifeMeeting.FindDeliverable("report-upward")!.Reminders;

        Assert.Equal([5, 2, 1], policy.DaysBefore);
        Assert.Equal(new TimeOnly(9, 0), policy.OnDayAt);
        Assert.Equal(5, policy.Overdue!.MaxCount);
    }

    [Fact]
    public void ProjectRetrospective_IsAnotherShape_NoOutlinesNoReportUpward_ReviewedByTheFacilitatorAndTheStakeholders()
    {
        var template = SeedTemplates.ProjectRetrospective;

        Assert.DoesNotContain(template.Deliverables, d => d.Kind is DeliverableKind.CriticismOutline or DeliverableKind.ReportUpward);
        Assert.Contains(template.Deliverables, d => d.Kind == DeliverableKind.Notes);
        Assert.Equal(["retro-notes", "facilitator-summary"], template.Deliverables.Where(d => d.RequiresApproval).Select(d => d.Id));
        Assert.Equal([Role.Supervisor, Role.Superior], template.FindDeliverable("facilitator-summary")!.ReviewerRules.Single(r => r.Author == Role.Lead).Reviewers);
        Assert.Equal("Sponsor", template.NameOf(Role.Superior).En);
        Assert.Null(template.Readiness.ReportUpward);
        Assert.Equal(new Quorum(3, 4), template.Readiness.Quorum!.Fraction);
        Assert.Equal("Facilitator", template.NameOf(Role.Lead).En);
        Assert.Null(template.FindDeliverable("attendance")!.Reminders.Overdue);
    }
}
