using MeetingBot.Reports.Rendering;

namespace MeetingBot.Tests.Reports.Rendering;

/// <summary>
/// A realistic 专题报告 of the seed's meeting (a town Party committee's democratic life meeting, seven team members),
/// as the report composition will hand it to the renderers: every kind of block, both heading levels, a talk table
/// long enough to run onto a second page, and the lead's readiness override with its reason.
/// </summary>
internal static class SampleSpecialReport
{
    public static readonly string[] Members = ["王建国", "李明华", "张志强", "刘芳", "陈伟", "杨丽", "赵磊"];

    public static readonly string[] Positions = ["党委书记", "党委副书记、镇长", "党委副书记", "纪委书记", "组织委员", "宣传委员", "副镇长"];

    public static ReportDocument Chinese() =>
        new(
            Title: "中共青山镇委员会关于2026年度专题民主生活会召开情况的报告",
            Subtitle: "（报送督导组审阅稿）",
            Issuer: "中共青山镇委员会",
            DateLine: "2026年11月24日",
            Sections:
            [
                new LayoutSection("会前准备情况", [new LayoutParagraph(
                    "镇党委高度重视此次专题民主生活会，按照“照镜子、正衣冠、洗洗澡、治治病”的总要求，坚持时间服从质量，扎实做好会前各项准备工作。")])
                {
                    Subsections =
                    [
                        new LayoutSubsection("精心组织学习", [new LayoutParagraph(
                            "组织班子成员集中学习《党章》、中央八项规定及其实施细则精神和有关重要讲话精神，开展集中学习3次、专题研讨1次，7名班子成员均已完成学习打卡并提交学习笔记。")]),
                        new LayoutSubsection("深入查摆问题", [
                            new LayoutParagraph("通过群众提、自己找、上级点、互相帮、集体议，共查摆问题26条，均已主动认账。"),
                            new LayoutTable(
                                ["问题类别", "问题数（条）", "其中：群众提", "已认账"],
                                [
                                    ["形式主义", "7", "2", "7"],
                                    ["官僚主义", "6", "3", "6"],
                                    ["享乐主义", "4", "1", "4"],
                                    ["奢靡之风", "2", "0", "2"],
                                    ["不落实问题", "4", "2", "4"],
                                    ["联系服务群众“最后一公里”问题", "3", "3", "3"],
                                ],
                                caption: "表1　查摆问题分类统计"),
                        ]),
                        new LayoutSubsection("普遍开展谈心谈话", [
                            new LayoutParagraph("主要负责同志与每名班子成员谈心，班子成员之间相互谈心，班子成员与分管部门负责同志谈心，共开展谈心谈话21人次，谈心覆盖率100%。"),
                            new LayoutTable(["序号", "谈话双方", "谈话日期", "交换意见情况", "分歧是否消除"], TalkRows(), caption: "表2　谈心谈话情况"),
                        ]),
                        new LayoutSubsection("认真撰写对照检查材料", [new LayoutNumberedList(
                        [
                            "班子对照检查材料由王建国同志主持起草，经班子集体讨论修改3次，征求意见42条。",
                            "班子成员个人对照检查材料均由本人亲自撰写，共退回修改2份，均已审定。",
                            "对照检查材料从世界观、人生观、价值观上深刻剖析问题根源，明确努力方向和整改措施。",
                        ])]),
                        new LayoutSubsection("批评发言提纲", [new LayoutParagraph(
                            "每名班子成员对其他成员逐一列出批评发言提纲，共42份，均报主要负责同志审阅把关，其中退回修改3份。提纲审定后已向被批评人明示，避免“突然袭击”。")]),
                        new LayoutSubsection("会前把关", [new LayoutParagraph(
                            "会前对准备情况逐项把关。刘芳同志对照检查材料第二稿于会前一日审定，经主要负责同志批准如期召开，理由：材料已审定且本人已确认参会，不影响会议质量。\n会议时间和主题已于11月8日报县委。")]),
                    ],
                },
                new LayoutSection("会议召开情况", [
                    new LayoutParagraph(
                        "2026年11月20日上午，镇党委在镇政府三楼会议室召开专题民主生活会，应到7人，实到7人。县委督导组2名同志到会指导。会议首先通报了上次民主生活会整改落实情况，王建国同志代表班子作对照检查，班子成员逐一进行自我批评，相互批评逐一进行。"),
                    new LayoutTable(
                        ["姓名", "职务", "自我批评", "收到批评意见（条）", "表态"],
                        Members.Select((name, i) => (IReadOnlyList<string>)
                            [name, Positions[i], "已作", (5 + i % 3).ToString(System.Globalization.CultureInfo.InvariantCulture), "诚恳接受，立行立改"]).ToList(),
                        caption: "表3　批评和自我批评情况"),
                ]),
                new LayoutSection("整改措施", [
                    new LayoutParagraph("针对查摆出的问题和相互批评意见，班子制定整改任务书和时间表，明确责任人和完成时限，整改情况向群众公示。"),
                    new LayoutTable(
                        ["序号", "问题", "整改措施", "责任人", "完成时限"],
                        [
                            ["1", "文山会海问题依然存在", "精简会议文件，全年会议数量压减20%", "李明华", "2027年3月31日"],
                            ["2", "深入基层调研不够", "班子成员每月下村调研不少于4天，建立民情日记", "王建国", "2027年6月30日"],
                            ["3", "为民办事拖沓", "推行便民服务“一窗受理、限时办结”", "赵磊", "2027年1月31日"],
                            ["4", "公务接待管理不严", "修订公务接待管理办法，每季度公开接待费用", "刘芳", "2026年12月31日"],
                        ],
                        caption: "表4　整改任务书"),
                ]),
                new LayoutSection("下一步工作", [new LayoutBulletList(
                [
                    "持续抓好整改落实，每月调度整改进度，逐项销号。",
                    "整改结果在镇政务公开栏和政府网站公示，接受群众监督。",
                    "建立健全作风建设长效机制，巩固专题民主生活会成果。",
                ])]),
            ])
        {
            Addressee = "县委",
            Preamble = [new LayoutParagraph(
                "根据县委关于召开2026年度专题民主生活会的通知要求，镇党委领导班子于2026年11月20日召开了专题民主生活会。现将有关情况报告如下：")],
        };

    /// <summary>The same meeting's report in English, a shorter one, for the locale's typesetting.</summary>
    public static ReportDocument English() =>
        new(
            Title: "Report on the 2026 Themed Democratic Life Meeting of the Qingshan Town Party Committee",
            Issuer: "Qingshan Town Party Committee",
            DateLine: "24 November 2026",
            Sections:
            [
                new LayoutSection("Preparation", [new LayoutParagraph("All seven team members studied, listed their problems and held the planned talks.")])
                {
                    Subsections =
                    [
                        new LayoutSubsection("Talks", [new LayoutTable(["Pair", "Date", "Resolved"], [["王建国 – 李明华", "2026-11-02", "yes"]])]),
                    ],
                },
                new LayoutSection("Rectification", [new LayoutNumberedList(["Fewer meetings and documents.", "Monthly field visits."])]),
            ]);

    private static List<IReadOnlyList<string>> TalkRows()
    {
        var rows = new List<IReadOnlyList<string>>();
        for (var a = 0; a < Members.Length; a++)
        {
            for (var b = a + 1; b < Members.Length; b++)
            {
                var day = 1 + rows.Count % 12;
                rows.Add(
                [
                    (rows.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
                    $"{Members[a]}—{Members[b]}",
                    $"11月{day}日",
                    "相互指出问题各3条，提出改进建议",
                    "是",
                ]);
            }
        }

        return rows;
    }
}
