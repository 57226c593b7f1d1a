using MeetingBot.Reports.Rendering;

namespace MeetingBot.Tests.Reports.Rendering;

/// <summary>The seed meeting's ledger (台账): roles, talks with dates, deliverables with versions and reviews, rectification.</summary>
internal static class SampleLedger
{
    public const string RectificationSheetName = "整改任务清单[公示版]：截至2026/11/24的状态及佐证材料";

    public static LedgerWorkbook Chinese()
    {
        var members = SampleSpecialReport.Members;
        var positions = SampleSpecialReport.Positions;
        return new LedgerWorkbook(
        [
            new LedgerSheet(
                "参会人员及角色",
                [new LedgerColumn("姓名", 10), new LedgerColumn("职务", 20), new LedgerColumn("角色", 16)],
                members.Select((name, i) => (IReadOnlyList<LedgerCell>)
                    [LedgerCell.Of(name), LedgerCell.Of(positions[i]), LedgerCell.Of(i == 0 ? "主要负责同志、班子成员" : "班子成员")]).ToList()),
            new LedgerSheet(
                "谈心谈话",
                [new LedgerColumn("谈话人", 10), new LedgerColumn("谈话对象", 10), new LedgerColumn("日期", 12), new LedgerColumn("分歧是否消除", 14)],
                [
                    [LedgerCell.Of("王建国"), LedgerCell.Of("李明华"), LedgerCell.Of(new DateOnly(2026, 11, 2)), LedgerCell.Of("是")],
                    [LedgerCell.Of("王建国"), LedgerCell.Of("张志强"), LedgerCell.Of(new DateOnly(2026, 11, 3)), LedgerCell.Of("是")],
                    [LedgerCell.Of("李明华"), LedgerCell.Of("刘芳"), LedgerCell.Of(new DateOnly(2026, 11, 5)), LedgerCell.Of("")],
                ]),
            new LedgerSheet(
                "材料及审阅",
                [new LedgerColumn("提交人", 10), new LedgerColumn("材料", 24), new LedgerColumn("版本", 6), new LedgerColumn("审阅结果", 10), new LedgerColumn("审阅时间", 18)],
                [
                    [LedgerCell.Of("刘芳"), LedgerCell.Of("个人对照检查材料"), LedgerCell.Of(1m), LedgerCell.Of("退回修改"), new LedgerDateTime(new DateTime(2026, 11, 12, 16, 30, 0))],
                    [LedgerCell.Of("刘芳"), LedgerCell.Of("个人对照检查材料"), LedgerCell.Of(2m), LedgerCell.Of("审定"), new LedgerDateTime(new DateTime(2026, 11, 19, 9, 15, 0))],
                ]),
            new LedgerSheet(
                RectificationSheetName,
                [new LedgerColumn("问题", 24), new LedgerColumn("整改措施", 36), new LedgerColumn("责任人", 10), new LedgerColumn("完成时限", 12), new LedgerColumn("状态", 10)],
                [
                    [LedgerCell.Of("文山会海问题依然存在"), LedgerCell.Of("精简会议文件，全年会议数量压减20%"), LedgerCell.Of("李明华"), LedgerCell.Of(new DateOnly(2027, 3, 31)), LedgerCell.Of("进行中")],
                    [LedgerCell.Of("公务接待管理不严"), LedgerCell.Of("修订公务接待管理办法"), LedgerCell.Of("刘芳"), LedgerCell.Of(new DateOnly(2026, 12, 31)), LedgerCell.Of("已完成")],
                ]),
        ],
        Title: "青山镇2026年度专题民主生活会台账");
    }
}
