using MeetingBot.Chat.Meetings.Submissions.Revising;
using MeetingBot.Coordination.CriticismOutlines;

namespace MeetingBot.Tests.Chat.Meetings.Submissions.Revising;

/// <summary>The ways an author writes one change while revising, in Chinese and English.</summary>
public sealed class PointEditTests
{
    [Theory]
    [InlineData("第2点 新内容", null, 2, "新内容")]
    [InlineData("第二点：新内容", null, 2, "新内容")]
    [InlineData("修改 第十二条，新内容", null, 12, "新内容")]
    [InlineData("第２点改为新内容", null, 2, "新内容")]
    [InlineData("2. 新内容", null, 2, "新内容")]
    [InlineData("3、新内容", null, 3, "新内容")]
    [InlineData("第4部分第2点 新内容", 4, 2, "新内容")]
    [InlineData("第二部分：新的根源分析", 2, null, "新的根源分析")]
    [InlineData("point 2 new text", null, 2, "new text")]
    [InlineData("part 4 point 1: new text", 4, 1, "new text")]
    public void AReplacement_NamesItsPartAndPoint(string typed, int? part, int? point, string text)
    {
        Assert.Equal(new PointEdit(PointEditAction.Replace, part, point, text), PointEdit.Parse(typed));
    }

    [Theory]
    [InlineData("删除 第3点", null, 3)]
    [InlineData("删去第三条", null, 3)]
    [InlineData("删除 第4部分第2点", 4, 2)]
    [InlineData("delete point 3", null, 3)]
    public void ARemoval_NamesThePoint(string typed, int? part, int point)
    {
        Assert.Equal(new PointEdit(PointEditAction.Remove, part, point, string.Empty), PointEdit.Parse(typed));
    }

    [Theory]
    [InlineData("增加 新的一点", null, "新的一点")]
    [InlineData("补充：新的一点", null, "新的一点")]
    [InlineData("增加 第4部分 每周一次", 4, "每周一次")]
    [InlineData("add a new point", null, "a new point")]
    public void AnAddition_CarriesItsText(string typed, int? part, string text)
    {
        Assert.Equal(new PointEdit(PointEditAction.Add, part, null, text), PointEdit.Parse(typed));
    }

    [Theory]
    [InlineData("好的")]
    [InlineData("这一点我再想想")]
    [InlineData("")]
    public void AnythingElse_IsNoChange(string typed)
    {
        Assert.Null(PointEdit.Parse(typed));
    }

    [Fact]
    public void TheCard_TurnsOnlyTheChangedLinesIntoChanges()
    {
        var outline = new CriticismOutline([new OutlinePoint(null, "一", null), new OutlinePoint(null, "二", null), new OutlinePoint(null, "三", null)]);
        const string Shown = "1. 一\n2. 二\n3. 三";

        var same = RevisionCard.Edits(new Dictionary<int, string> { [1] = Shown + "\n" }, outline, [Shown]);
        var one = RevisionCard.Edits(new Dictionary<int, string> { [1] = "1. 一\n2. 新二\n3. 三" }, outline, [Shown]);
        var more = RevisionCard.Edits(new Dictionary<int, string> { [1] = Shown + "\n4. 四" }, outline, [Shown]);

        Assert.Empty(same);
        Assert.Equal([new PointEdit(PointEditAction.Replace, 1, 2, "新二")], one);
        Assert.Equal([new PointEdit(PointEditAction.Replace, 1, null, Shown + "\n4. 四")], more);
    }
}
