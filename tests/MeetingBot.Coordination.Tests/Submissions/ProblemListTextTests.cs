using MeetingBot.Coordination.Submissions;
using MeetingBot.Coordination.Submissions.Contents;
using MeetingBot.Coordination.Tests.Fixtures;

namespace MeetingBot.Coordination.Tests.Submissions;

/// <summary>A problem list read the way people write it: headings with items, numbered lists, table rows.</summary>
public sealed class ProblemListTextTests
{
    private static ProblemList Read(string text) => ProblemListText.Read(text, SeedTemplates.DemocraticLifeMeeting);

    [Fact]
    public void CategoryHeadings_WithNumberedItems_FileEachItemUnderItsHeading()
    {
        var list = Read("""
            形式主义方面：
            1. 文山会海，例如上半年组织全镇性会议二十余次
            2. 督查检查过多过频，典型事例：一个月迎检四次（群众提）
            官僚主义方面：
            1. 调研走过场，比如到村里只听汇报（上级点）
            """);

        Assert.Equal(["formalism", "formalism", "bureaucratism"], list.Items.Select(i => i.CategoryId));
        Assert.Equal(["文山会海", "督查检查过多过频", "调研走过场"], list.Items.Select(i => i.Manifestation));
        Assert.Equal(["上半年组织全镇性会议二十余次", "一个月迎检四次", "到村里只听汇报"], list.Items.Select(i => i.TypicalCase));
        Assert.Equal(["self", "masses", "superiors"], list.Items.Select(i => i.SourceId));
        Assert.All(list.Items, i => Assert.Equal(ProblemAcknowledgement.Acknowledged, i.Acknowledgement));
    }

    [Fact]
    public void TheUnhealthyPracticesHeading_StandsBesideTheFourWinds()
    {
        var list = Read("""
            一、“四风”方面
            1. 形式主义：文山会海，例如上半年组织全镇性会议二十余次
            二、发生在群众身边的不正之风问题
            1. 低保评定优亲厚友，典型事例：某村低保户中有村干部亲属3户（群众提）
            不正之风方面：1. 惠农补贴发放不公开，例如补贴名单未张榜公示 官僚主义方面：1. 调研走过场，比如到村里只听汇报
            """);

        Assert.Equal(["formalism", "unhealthy-practices", "unhealthy-practices", "bureaucratism"], list.Items.Select(i => i.CategoryId));
        Assert.Equal("masses", list.Items[1].SourceId);
        Assert.Equal("惠农补贴发放不公开", list.Items[2].Manifestation);
    }

    [Fact]
    public void HeadingWithItemsOnTheSameLine_IsSplitIntoItems()
    {
        var list = Read("形式主义方面：1. 文山会海，例如全年发文一百多件 2. 材料层层加码，例如一项工作报三套表");

        Assert.Equal(["formalism", "formalism"], list.Items.Select(i => i.CategoryId));
        Assert.Equal(["文山会海", "材料层层加码"], list.Items.Select(i => i.Manifestation));
    }

    [Fact]
    public void TheNextHeadingTypedOnTheSameLine_StartsItsOwnCategory()
    {
        // The web chat box has one line: the second heading follows the last item after a space.
        var list = Read("形式主义方面：1. 文山会海，例如上半年召开会议过多 2. 调研走过场 官僚主义方面：1. 服务群众不主动，例如群众反映的问题没有及时回应");

        Assert.Equal(["formalism", "formalism", "bureaucratism"], list.Items.Select(i => i.CategoryId));
        Assert.Equal(["文山会海", "调研走过场", "服务群众不主动"], list.Items.Select(i => i.Manifestation));
    }

    [Fact]
    public void AnAspectThatIsNoCategory_StaysInsideItsItem()
    {
        var list = Read("形式主义方面：1. 在服务群众方面：主动性不够，例如走访次数偏少");

        Assert.Equal("formalism", Assert.Single(list.Items).CategoryId);
    }

    [Theory]
    [InlineData("一、形式主义方面", "formalism")]
    [InlineData("（二）享乐主义方面的问题", "hedonism")]
    [InlineData("奢靡之风：", "extravagance")]
    [InlineData("不落实问题", "non-implementation")]
    [InlineData("三、关系群众切身利益问题", "masses-interests")]
    [InlineData("群众切身利益方面", "masses-interests")]
    [InlineData("联系服务群众“最后一公里”问题", "serving-the-masses")]
    [InlineData("最后一公里方面", "serving-the-masses")]
    [InlineData("Formalism:", "formalism")]
    public void EveryTemplateCategory_IsRecognisedAsAHeading(string heading, string category)
    {
        var list = Read(heading + "\n1. 有关表现，例如有关事例");

        Assert.Equal(category, Assert.Single(list.Items).CategoryId);
    }

    [Fact]
    public void GroupHeading_FourWinds_LeavesTheCategoryToEachItem()
    {
        var list = Read("四风方面：\n1. 形式主义：文山会海，例如开会二十余次\n2. 工作不够扎实，例如调研少");

        Assert.Equal(["formalism", ""], list.Items.Select(i => i.CategoryId));
        Assert.Equal("文山会海", list.Items[0].Manifestation);
    }

    [Fact]
    public void NumberedListWithCategoryPrefixes_IsRead()
    {
        var list = Read("1. 官僚主义：门难进脸难看，例如群众办事跑三趟\n2. 【享乐主义】贪图安逸，比如周末很少加班\n3. 存在奢靡之风倾向，例如公务接待超标");

        Assert.Equal(["bureaucratism", "hedonism", "extravagance"], list.Items.Select(i => i.CategoryId));
        Assert.Equal("贪图安逸", list.Items[1].Manifestation);
    }

    [Fact]
    public void TableRows_StillWork_WithDisputeNotes()
    {
        var list = Read("1. 形式主义｜文山会海｜上半年组织会议二十余次｜群众提｜认账\n2. 官僚主义｜调研走过场｜只听汇报｜上级点｜异议：调研均有记录");

        Assert.Equal(["masses", "superiors"], list.Items.Select(i => i.SourceId));
        Assert.Equal(ProblemAcknowledgement.Disputed, list.Items[1].Acknowledgement);
        Assert.Equal("调研均有记录", list.Items[1].DisputeNote);
    }

    [Fact]
    public void AnItemMarkedNotAccurate_IsDisputedWithItsNote()
    {
        var item = Assert.Single(Read("官僚主义方面：\n1. 批评下属方式简单，例如会上点名（群众提）异议：已当面沟通并道歉").Items);

        Assert.Equal(ProblemAcknowledgement.Disputed, item.Acknowledgement);
        Assert.Equal("已当面沟通并道歉", item.DisputeNote);
        Assert.Equal("会上点名", item.TypicalCase);
    }

    [Fact]
    public void NotAccurateInsideTheProblemItself_IsNoDispute()
    {
        var item = Assert.Single(Read("形式主义方面：\n1. 报送数据不准确，例如三季度报表两次返工").Items);

        Assert.Equal(ProblemAcknowledgement.Acknowledged, item.Acknowledgement);
        Assert.Equal("报送数据不准确", item.Manifestation);
    }

    [Fact]
    public void Gaps_NameOnlyWhatIsMissing()
    {
        var list = Read("1. 工作不够扎实，例如调研少\n2. 形式主义：文山会海");

        var gaps = ProblemListGaps.Of(list, SeedTemplates.DemocraticLifeMeeting);

        Assert.Equal([(1, ProblemField.Category), (2, ProblemField.TypicalCase)], gaps.Select(g => (g.Number, g.Field)));
        Assert.Equal([true, false], gaps.Select(g => g.Required));
    }

    [Fact]
    public void Amendment_FillsTheGapsNamedByNumberOrInOrder()
    {
        var template = SeedTemplates.DemocraticLifeMeeting;
        var list = Read("1. 工作不够扎实，例如调研少\n2. 形式主义：文山会海");

        var amended = ProblemListAmendment.Apply(list, "官僚主义\n第2条 事例：一季度开会十五次", template)!;

        Assert.Equal(["bureaucratism", "formalism"], amended.Items.Select(i => i.CategoryId));
        Assert.Equal("一季度开会十五次", amended.Items[1].TypicalCase);
        Assert.Empty(ProblemListGaps.Of(amended, template));
    }

    [Fact]
    public void Amendment_ThatFixesNothing_IsNoAnswer()
    {
        var list = Read("形式主义：文山会海，例如开会多");

        Assert.Null(ProblemListAmendment.Apply(list, "好的", SeedTemplates.DemocraticLifeMeeting));
    }

    [Fact]
    public void AmbiguousWord_IsNotGuessedAsACategory()
    {
        Assert.Null(ProblemNames.Category("群众", SeedTemplates.DemocraticLifeMeeting));
    }
}
