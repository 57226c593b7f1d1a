using MeetingBot.Chat.Commands;
using MeetingBot.Localization;

namespace MeetingBot.Chat.Meetings.Opinions;

/// <summary>The words of the opinion commands (征求意见), as an office secretary and a member would type them.</summary>
public static class OpinionCommands
{
    private static readonly ArgumentShape MaterialOrNothing =
        ArgumentShape.Text(new LocalText("班子材料", "material")).OrNothing();

    public static readonly ChatCommand Open = new("opinions.open", ["开始征求意见", "征求意见", "开启征求意见"], ["open opinions", "collect opinions"], OpinionTexts.OpenCommand, MaterialOrNothing);

    public static readonly ChatCommand Close = new("opinions.close", ["结束征求意见", "停止征求意见", "关闭征求意见"], ["close opinions", "stop collecting opinions"], OpinionTexts.CloseCommand, MaterialOrNothing);

    public static readonly ChatCommand List = new("opinions.list", ["意见列表", "查看意见", "收到的意见"], ["opinions", "list opinions"], OpinionTexts.ListCommand, ArgumentShape.None);

    public static readonly ChatCommand Merge = new("opinions.merge", ["合并意见"], ["merge opinion"], OpinionTexts.MergeCommand,
        ArgumentShape.Number(new LocalText("3 到 1", "3 into 1"), textAfter: true));

    public static readonly ChatCommand Assign = new("opinions.assign", ["交办意见", "分派意见"], ["assign opinion"], OpinionTexts.AssignCommand,
        ArgumentShape.Number(new LocalText("3 李敏", "3 Li Min"), textAfter: true));

    public static readonly ChatCommand Mark = new("opinions.mark", ["核实意见", "标记意见"], ["mark opinion"], OpinionTexts.MarkCommand,
        ArgumentShape.Number(new LocalText("3 属实", "3 true"), textAfter: true));

    public static readonly ChatCommand RecordSuperior = new("opinions.record-superior", ["上级点", "上级点出"], ["superior", "superior points out"], OpinionTexts.RecordSuperiorCommand,
        ArgumentShape.Text(new LocalText("李敏：下基层调研少", "Li Min: rarely visits the villages")));

    public static readonly ChatCommand RecordCollective = new("opinions.record-collective", ["集体议", "集体议定"], ["agreed", "team agreed"], OpinionTexts.RecordCollectiveCommand,
        ArgumentShape.Text(new LocalText("班子：会议多、落实少", "team: many meetings, little follow-through")));

    public static readonly ChatCommand RecordMasses = new("opinions.record-masses", ["群众意见", "群众提"], ["masses say"], OpinionTexts.RecordMassesCommand,
        ArgumentShape.Text(new LocalText("张伟：办事推诿", "Zhang Wei: passes the buck")));

    public static readonly ChatCommand Mine = new("opinions.mine", ["我的意见", "交办给我的意见"], ["my opinions"], OpinionTexts.MineCommand, ArgumentShape.None);

    public static readonly ChatCommand Answer = new("opinions.answer", ["回应意见"], ["answer opinion"], OpinionTexts.AnswerCommand,
        ArgumentShape.Number(new LocalText("3 认账", "3 accept"), textAfter: true));
}
