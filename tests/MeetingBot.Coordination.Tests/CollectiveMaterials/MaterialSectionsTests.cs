using MeetingBot.Coordination.CollectiveMaterials;
using MeetingBot.Coordination.Submissions;
using MeetingBot.Coordination.Submissions.Contents;
using MeetingBot.Coordination.Tests.Fixtures;

namespace MeetingBot.Coordination.Tests.CollectiveMaterials;

/// <summary>The collective material written section by section: a form's fields, or labelled text naming one section.</summary>
public sealed class MaterialSectionsTests
{
    [Fact]
    public void FormFields_GiveProblemsWithCasesAndOneMeasurePerLine()
    {
        var material = MaterialSections.FromFields(
            "1. 文山会海问题突出，例如一季度召开全镇性会议15次\n2. 调研不深入，典型事例：全年只下村两次",
            "宗旨意识淡化", "改进作风", "1. 全镇性会议每月不超过2次\n2. 每季度蹲点调研一周");

        Assert.Equal(["文山会海问题突出", "调研不深入"], material.Problems.Select(p => p.Description));
        Assert.Equal(["一季度召开全镇性会议15次", "全年只下村两次"], material.Problems.Select(p => p.TypicalCase));
        Assert.Equal(2, material.Measures.Count);
        Assert.Null(ContentRules.CheckMaterial(material, SeedTemplates.DemocraticLifeMeeting));
    }

    [Fact]
    public void LabelledText_ChangesOnlyTheSectionsItNames()
    {
        var first = MaterialSections.Read("问题：文山会海问题突出\n典型事例：一季度开会15次");

        var second = MaterialSections.Merge(first, "根源：宗旨意识淡化\n整改措施：1. 会议每月不超过2次 2. 建立发文审核清单");

        Assert.Equal("文山会海问题突出", Assert.Single(second.Problems).Description);
        Assert.Equal("宗旨意识淡化", second.RootCauses);
        Assert.Null(second.Direction);
        Assert.Equal(["会议每月不超过2次", "建立发文审核清单"], second.Measures);
        Assert.True(MaterialSections.IsLabelled("努力方向：改进作风"));
        Assert.False(MaterialSections.IsLabelled("我的任务"));
    }

    [Fact]
    public void PrefilledFields_ReadBackToTheSameMaterial()
    {
        var material = MaterialSections.FromFields("文山会海，例如开会15次", "宗旨意识淡化", "改进作风", "会议每月不超过2次");

        var (problems, causes, direction, measures) = MaterialSections.ToFields(material);

        Assert.Equal(material with { }, MaterialSections.FromFields(problems, causes, direction, measures), new MaterialComparer());
    }

    [Fact]
    public void AnUploadedDocument_GivesAnEmptyForm_AndTypedSectionsReplaceIt()
    {
        var document = ExaminationMaterial.FromDocument(new UploadedDocument("集体材料.docx", UploadedDocument.WordContentType, 10, "k@1", "正文"));

        Assert.Equal((string.Empty, string.Empty, string.Empty, string.Empty), MaterialSections.ToFields(document));
        Assert.Null(MaterialSections.Merge(document, "根源：宗旨意识淡化").Document);
    }

    private sealed class MaterialComparer : IEqualityComparer<ExaminationMaterial>
    {
        public bool Equals(ExaminationMaterial? x, ExaminationMaterial? y) =>
            x is not null && y is not null && x.Problems.SequenceEqual(y.Problems) && x.RootCauses == y.RootCauses
            && x.Direction == y.Direction && x.Measures.SequenceEqual(y.Measures);

        public int GetHashCode(ExaminationMaterial obj) => obj.Problems.Count;
    }
}
