using MeetingBot.Coordination.SelfExaminations;
using MeetingBot.Coordination.Submissions.Contents;
using MeetingBot.Coordination.Templates;
using MeetingBot.Coordination.Tests.Fixtures;

namespace MeetingBot.Coordination.Tests.SelfExaminations;

/// <summary>The seed's three 明确 of self-criticism, checked on a self-examination material before it reaches the lead.</summary>
public sealed class MaterialPreReviewTests
{
    private static readonly ProcessTemplate Template = SeedTemplates.DemocraticLifeMeeting;
    private static readonly MaterialRules Rules = Template.FindDeliverable("self-examination")!.MaterialReview!;

    private static ExaminationMaterial Answering(params string[] measures) => new(
        [
            new ExaminedProblem("formalism", "以会议落实会议，以文件落实文件", "2014年上半年全镇会议42次"),
            new ExaminedProblem("bureaucratism", "下基层调研少", "全年到村调研仅6次"),
        ],
        "放松了世界观、人生观、价值观的改造。",
        "严格要求家属子女和身边工作人员，不搞特殊。",
        measures,
        null);

    private static IReadOnlyList<MaterialFlag> Check(ExaminationMaterial material, ProblemList? list = null) =>
        MaterialPreReview.Check(material, list ?? Contents.Problems(), Rules, Template);

    [Fact]
    public void AMaterialThatMeetsTheThreeMingque_HasNoFlags()
    {
        Assert.Empty(Check(Answering("回应清单第2条：每月到联系村调研不少于2次", "回应问题3：公车使用情况已说明")));
    }

    [Fact]
    public void AMaterialThatNamesNoFourWindsProblem_IsFlagged_WhenTheProblemListHoldsNone()
    {
        var material = new ExaminationMaterial([new ExaminedProblem(null, "学习不够系统", "全年只参加集中学习4次")], "理想信念有所放松", "管好家属", [], null);

        var flag = Assert.Single(Check(material, new ProblemList([])));

        Assert.Equal(MaterialFlagCode.NoNamedProblems, flag.Code);
        Assert.Contains("“四风”", flag.Text.ZhCn, StringComparison.Ordinal);
        Assert.Contains("“不正之风”", flag.Text.ZhCn, StringComparison.Ordinal);
        Assert.Contains("Formalism", flag.Text.En, StringComparison.Ordinal);
    }

    [Fact]
    public void ACategoryNamedOnlyInTheText_Counts()
    {
        var material = new ExaminationMaterial([new ExaminedProblem(null, "存在形式主义倾向", "会多文多")], null, "管好身边工作人员", [], null);

        Assert.Empty(Check(material, new ProblemList([])));
    }

    [Fact]
    public void EachAcknowledgedCategoryOfTheProblemList_MustBeNamed_NotJustOne()
    {
        var list = new ProblemList(
        [
            new ProblemItem("formalism", "文山会海", "会议42次", "self", ProblemAcknowledgement.Acknowledged, null),
            new ProblemItem("unhealthy-practices", "低保评定优亲厚友", "某村低保户中有村干部亲属3户", "self", ProblemAcknowledgement.Acknowledged, null),
        ]);

        var flag = Assert.Single(Check(Answering(), list));

        Assert.Equal(MaterialFlagCode.CategoryNotNamed, flag.Code);
        Assert.Equal("unhealthy-practices", flag.CategoryId);
        Assert.Equal("问题清单中认账了“不正之风”方面的问题，材料中没有摆出：请补写具体表现和典型事例。", flag.Text.ZhCn);
    }

    [Fact]
    public void EveryOpinionOfTheMassesOrTheSuperior_IsFlaggedUntilAnswered_ByNumberOrByQuote()
    {
        var flags = Check(Answering("全镇性会议每月不超过2次"));

        // Items 1 and 3 were raised by the masses, item 2 pointed out by the superior; item 1 is quoted by the material.
        Assert.Equal([2, 3], flags.Where(f => f.Code == MaterialFlagCode.OpinionNotAnswered).Select(f => f.ProblemNumber));
        var flag = flags.First(f => f.ProblemNumber == 2);
        Assert.Equal("没有回应问题清单第2条（上级点）：“下基层调研少，听汇报多”。请写明“回应清单第2条”，认账并提出整改措施，或说明情况。", flag.Text.ZhCn);
        Assert.Equal("Item 2 of your problem list (Pointed out by superiors) is not answered: “下基层调研少，听汇报多”. Write “re item 2” and acknowledge it with a measure, or explain.", flag.Text.En);
    }

    [Fact]
    public void AReferenceToAnotherNumber_DoesNotAnswer()
    {
        var flags = Check(Answering("回应清单第12条", "回应问题3"));

        Assert.Equal([2], flags.Where(f => f.Code == MaterialFlagCode.OpinionNotAnswered).Select(f => f.ProblemNumber));
    }

    [Fact]
    public void AProblemFoundByOneself_NeedNotBeAnswered()
    {
        var list = new ProblemList([new ProblemItem("formalism", "文山会海", "会议42次", "self", ProblemAcknowledgement.Acknowledged, null)]);

        Assert.Empty(Check(Answering(), list));
    }

    [Fact]
    public void AMaterialSilentOnFamilyAndStaff_IsFlagged()
    {
        var flags = Check(Answering("回应清单第2条", "回应问题3") with { Direction = "改进作风" });

        var flag = Assert.Single(flags);
        Assert.Equal(MaterialFlagCode.FamilyRuleNotStated, flag.Code);
        Assert.StartsWith("没有说明落实从严管理家属子女和身边工作人员要求的情况", flag.Text.ZhCn, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUploadedDocument_IsCheckedOnItsText_AndOneWithoutTextIsNot()
    {
        var withText = ExaminationMaterial.FromDocument(new UploadedDocument("对照检查.docx", UploadedDocument.WordContentType, 1000, "k", "一、四风方面：形式主义……"));
        var withoutText = ExaminationMaterial.FromDocument(new UploadedDocument("对照检查.pdf", UploadedDocument.PdfContentType, 1000, "k", null));

        Assert.Equal(
            [
                MaterialFlagCode.CategoryNotNamed, MaterialFlagCode.OpinionNotAnswered, MaterialFlagCode.OpinionNotAnswered,
                MaterialFlagCode.OpinionNotAnswered, MaterialFlagCode.FamilyRuleNotStated,
            ],
            Check(withText).Select(f => f.Code));
        Assert.Empty(Check(withoutText));
    }
}
