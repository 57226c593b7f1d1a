using MeetingBot.Coordination.Overview;
using MeetingBot.Localization;

namespace MeetingBot.Overview;

/// <summary>How the superior's view names a unit's stage and its report's stage, in both languages.</summary>
public static class OverviewWords
{
    public static LocalText Stage(UnitStage stage) => stage switch
    {
        UnitStage.Preparing => new("筹备中", "preparing"),
        UnitStage.Ready => new("准备就绪", "ready"),
        UnitStage.Confirmed => new("已确认召开", "confirmed"),
        UnitStage.Held => new("已召开", "held"),
        UnitStage.Reported => new("已报送", "reported"),
        _ => new("已取消", "cancelled"),
    };

    public static LocalText Report(ReportStage stage) => stage switch
    {
        ReportStage.AwaitingReview => new("已提交，待督导组审核", "submitted, awaiting the supervisors"),
        ReportStage.Returned => new("督导组退回修改", "returned by the supervisors"),
        ReportStage.Approved => new("督导组已审核通过", "approved by the supervisors"),
        ReportStage.SubmittedUpward => new("已审核并报送上级", "approved and submitted upward"),
        _ => new("未提交", "not submitted"),
    };

    /// <summary>The word a filter link or query uses for a stage (<c>?status=held</c>).</summary>
    public static string Key(UnitStage stage) => stage.ToString().ToLowerInvariant();

    public static UnitStage? ParseStage(string? key) =>
        Enum.GetValues<UnitStage>().Select(s => (UnitStage?)s).FirstOrDefault(s => Key(s!.Value) == key?.Trim().ToLowerInvariant());
}
