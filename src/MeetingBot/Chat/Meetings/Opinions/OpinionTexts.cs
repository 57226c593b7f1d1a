using MeetingBot.Localization;

namespace MeetingBot.Chat.Meetings.Opinions;

public static class OpinionTexts
{
    public static readonly LocalText OpenCommand = new(
        "（秘书）开始征求意见，得到意见表链接；对班子对照检查材料征求意见：征求意见 班子材料",
        "(secretary) start collecting opinions and get the form link; for the collective material: open opinions material");

    public static readonly LocalText CloseCommand = new(
        "（秘书）结束征求意见，链接随即失效：结束征求意见（班子材料的：结束征求意见 班子材料）",
        "(secretary) stop collecting opinions; the link stops working: close opinions (the material's: close opinions material)");

    public static readonly LocalText ListCommand = new("查看收到的意见（私聊中显示内容）：意见列表", "the opinions received (content only in a private chat): opinions");

    public static readonly LocalText MergeCommand = new("（秘书）合并重复的意见：合并意见 3 到 1", "(secretary) merge a duplicate: merge opinion 3 into 1");

    public static readonly LocalText AssignCommand = new("（秘书）把意见交给班子成员回应：交办意见 3 李敏", "(secretary) give an opinion to a member to answer: assign opinion 3 Li Min");

    public static readonly LocalText MarkCommand = new("（秘书）标记核实结果：核实意见 3 属实／基本属实／不符", "(secretary) mark what checking found: mark opinion 3 true / mostly true / untrue");

    public static readonly LocalText RecordSuperiorCommand = new("（秘书或主要负责同志）录入上级点出的问题：上级点 李敏：下基层调研少", "(secretary or lead) record what the superior pointed out: superior Li Min: rarely visits the villages");

    public static readonly LocalText RecordCollectiveCommand = new("（秘书或主要负责同志）录入集体议定的问题：集体议 班子：会议多、落实少", "(secretary or lead) record a problem the team agreed on: agreed team: many meetings, little follow-through");

    public static readonly LocalText RecordMassesCommand = new("（秘书或主要负责同志）录入群众当面或来信提的意见：群众意见 张伟：办事推诿", "(secretary or lead) record an opinion the masses gave in person or by letter: masses say Zhang Wei: passes the buck");

    public static readonly LocalText MineCommand = new("交办给我回应的意见：我的意见", "the opinions given to me to answer: my opinions");

    public static readonly LocalText AnswerCommand = new("回应交办给我的意见：回应意见 3 认账，或 回应意见 3 说明 情况属实已整改", "answer an opinion given to me: answer opinion 3 accept, or answer opinion 3 explain the road was repaired in May");

    public static readonly LocalText Opened = new(
        "【{0}】征求意见已开始。请把下面的链接发给征求意见的对象（手机可填，可署名也可匿名）：\n\n{1}\n\n发送“意见列表”查看收到的意见；结束时发送“结束征求意见”，链接随即失效。",
        "[{0}] Opinions are being collected. Send this link to the people you ask (it works on a phone; names are optional):\n\n{1}\n\nSend \"opinions\" to see what came in; send \"close opinions\" to end it, and the link stops working.");

    public static readonly LocalText MaterialOpened = new(
        "【{0}】班子对照检查材料开始在一定范围内征求意见。请把下面的链接发给征求意见的对象（页面显示材料全文，可署名也可匿名）：\n\n{1}\n\n结束时发送“结束征求意见 班子材料”。",
        "[{0}] The collective material is out for opinion. Send this link to the people you ask (the page shows the material; names are optional):\n\n{1}\n\nSend \"close opinions material\" to end it.");

    public static readonly LocalText Closed = new(
        "征求意见已结束，链接已失效（{0}个）。共收到{1}条意见，发送“意见列表”梳理归纳。",
        "Opinions are closed and the link no longer works ({0}). {1} opinions in all: send \"opinions\" to sort them.");

    public static readonly LocalText InGroupCounts = new(
        "共收到{0}条意见，待梳理{1}条，待回应{2}条。意见内容只在私聊中查看：请在与我的私聊中发送“{3}”。",
        "{0} opinions, {1} to sort, {2} awaiting an answer. Their content is shown only in a private chat: send \"{3}\" to me 1:1.");

    public static readonly LocalText NoneVisible = new("没有你可以查看的意见。", "There are no opinions you may see.");

    public static readonly LocalText ListHeader = new("【{0}】意见（共{1}条）：", "[{0}] Opinions ({1}):");

    public static readonly LocalText ListFooter = new(
        "梳理：合并意见 3 到 1；交办意见 3 李敏；核实意见 3 属实／基本属实／不符。",
        "Sort: merge opinion 3 into 1; assign opinion 3 Li Min; mark opinion 3 true / mostly true / untrue.");

    public static readonly LocalText MineHeader = new("交办给你回应的意见（共{0}条），请在对照检查材料中逐条回应（写明“回应意见3”）：", "Opinions given to you to answer ({0}); answer each in your self-examination material (write “re opinion 3”):");

    public static readonly LocalText MineNone = new("目前没有交办给你回应的意见。", "No opinions have been given to you to answer.");

    public static readonly LocalText MineFooter = new("回应：回应意见 3 认账，或 回应意见 3 说明 理由。", "Answer: answer opinion 3 accept, or answer opinion 3 explain why.");

    public static readonly LocalText Recorded = new("已录入意见{0}（{1}），{2}。", "Recorded opinion {0} ({1}), {2}.");

    public static readonly LocalText RecordedForTeam = new("提给领导班子", "for the team");

    public static readonly LocalText RecordedForSomeone = new("已交有关同志回应", "given to the member concerned to answer");

    public static readonly LocalText RecordedFor = new("已交{0}回应", "given to {0} to answer");

    public static readonly LocalText RecordUsage = new(
        "请写明提给谁和内容，如：{0} 李敏：下基层调研少；提给班子的写“班子”。",
        "Say for whom and what, e.g. {0} Li Min: rarely visits the villages; write \"team\" for the whole team.");

    public static readonly LocalText Merged = new("意见{0}已并入意见{1}。", "Opinion {0} merged into opinion {1}.");

    public static readonly LocalText MergeUsage = new("请这样写：合并意见 3 到 1。", "Write it like this: merge opinion 3 into 1.");

    public static readonly LocalText Assigned = new("意见{0}已交{1}回应，已通知本人。", "Opinion {0} given to {1} to answer; they have been told.");

    public static readonly LocalText AssignUsage = new("请写明交给哪位班子成员，如：交办意见 3 李敏。", "Name the member, e.g. assign opinion 3 Li Min.");

    public static readonly LocalText AssignedNotice = new(
        "领导小组办公室交给你一条意见（意见{0}，{1}），请在对照检查材料中回应，并发送“回应意见 {0} 认账”或“回应意见 {0} 说明 理由”。发送“我的意见”查看内容。",
        "The office gave you an opinion to answer (opinion {0}, {1}): answer it in your self-examination material and send \"answer opinion {0} accept\" or \"answer opinion {0} explain why\". Send \"my opinions\" to read it.");

    public static readonly LocalText Marked = new("意见{0}已标记为：{1}。", "Opinion {0} marked: {1}.");

    public static readonly LocalText MarkUsage = new("请写明核实结果，如：核实意见 3 属实（或 基本属实、不符）。", "Say what checking found, e.g. mark opinion 3 true (or mostly true, untrue).");

    public static readonly LocalText Answered = new("已记录你对意见{0}的回应：{1}。", "Your answer to opinion {0} is recorded: {1}.");

    public static readonly LocalText AnswerUsage = new("请这样写：回应意见 3 认账，或 回应意见 3 说明 理由。", "Write it like this: answer opinion 3 accept, or answer opinion 3 explain why.");

    public static readonly LocalText PrivateOnly = new("意见内容只在私聊中处理，请在与我的私聊中发送。", "Opinions are handled only in a private chat: send this to me 1:1.");

    public static readonly LocalText Team = new("领导班子", "the team");

    public static readonly LocalText Anonymous = new("匿名", "anonymous");

    public static readonly LocalText OnMaterial = new("对班子材料", "on the collective material");

    public static readonly LocalText ToSort = new("待梳理", "to sort");

    public static readonly LocalText AwaitingAnswer = new("待回应", "awaiting an answer");

    public static readonly LocalText VerdictTrue = new("属实", "true");

    public static readonly LocalText VerdictMostlyTrue = new("基本属实", "mostly true");

    public static readonly LocalText VerdictUntrue = new("不符", "untrue");

    public static readonly LocalText AnswerAcknowledged = new("认账", "accepted");

    public static readonly LocalText AnswerExplained = new("说明情况", "explained");
}
