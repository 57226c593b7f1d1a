using MeetingBot.Coordination.Permissions;
using MeetingBot.Coordination.Tests.Fixtures;
using static MeetingBot.Coordination.Tests.Fixtures.SeedTeam;

namespace MeetingBot.Coordination.Tests.Permissions;

/// <summary>Download links to uploaded documents go only to the people domain.md lets read them.</summary>
public sealed class DocumentAccessTests
{
    private readonly MeetingDesk _desk = MeetingDesk.SeedMeeting();

    [Fact]
    public void AnUploadedMaterial_MayBeDownloadedByItsAuthorAndTheLead_Only()
    {
        var material = _desk.Submit(Li, "self-examination", Contents.Material()).Value;

        Assert.True(DocumentAccess.MayDownload(_desk.Meeting, Li, material));
        Assert.True(DocumentAccess.MayDownload(_desk.Meeting, Lead, material));
        foreach (var other in new[] { Zhang, Liu, Secretary, SupervisorWu, HeadZhao, Outsider })
        {
            Assert.False(DocumentAccess.MayDownload(_desk.Meeting, other, material), other.Name);
        }
    }

    [Fact]
    public void ALeadOfAnotherTenant_WithTheSameUserId_GetsNoLink()
    {
        var material = _desk.Submit(Li, "self-examination", Contents.Material()).Value;

        Assert.False(DocumentAccess.MayDownload(_desk.Meeting, OtherTenantLead, material));
    }

    [Fact]
    public void ASubmissionOfAnotherMeeting_GetsNoLink()
    {
        var material = _desk.Submit(Li, "self-examination", Contents.Material()).Value;
        var otherMeeting = _desk.Meeting with { Id = "dlm-other" };

        Assert.False(DocumentAccess.MayDownload(otherMeeting, Lead, material));
    }

    [Fact]
    public void TheCollectiveMaterial_IsTheLeadsWhileDrafted_AndEveryReadersOnceCirculated()
    {
        var draft = _desk.DraftMaterial(Lead, Contents.Material()).Value;
        Assert.True(DocumentAccess.MayDownload(_desk.Meeting, Lead, draft));
        Assert.False(DocumentAccess.MayDownload(_desk.Meeting, Li, draft));

        var circulated = _desk.CirculateMaterial(Lead).Value;

        foreach (var reader in new[] { Lead, Li, Zhang, Secretary, SupervisorWu })
        {
            Assert.True(DocumentAccess.MayDownload(_desk.Meeting, reader, circulated), reader.Name);
        }

        Assert.False(DocumentAccess.MayDownload(_desk.Meeting, Outsider, circulated));
        Assert.False(DocumentAccess.MayDownload(_desk.Meeting, OtherTenantLead, circulated));
    }

    [Fact]
    public void TheReportFiles_GoToTheSecretaryTheLeadAndTheSupervisors_Only()
    {
        foreach (var reader in new[] { Secretary, Lead, SupervisorWu })
        {
            Assert.True(DocumentAccess.MayDownloadReport(_desk.Meeting, reader), reader.Name);
        }

        foreach (var other in new[] { Li, Zhang, HeadZhao, Outsider, OtherTenantLead })
        {
            Assert.False(DocumentAccess.MayDownloadReport(_desk.Meeting, other), other.Name);
        }
    }

    [Fact]
    public void TheLedger_GoesToTheSecretary_Only()
    {
        Assert.True(DocumentAccess.MayDownloadLedger(_desk.Meeting, Secretary));
        foreach (var other in new[] { Lead, SupervisorWu, Li, HeadZhao, Outsider })
        {
            Assert.False(DocumentAccess.MayDownloadLedger(_desk.Meeting, other), other.Name);
        }
    }
}
