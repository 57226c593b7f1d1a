using MeetingBot.Localization;

namespace MeetingBot.Chat.Meetings.Reviews;

/// <summary>The texts of the collective material's review (送审) by the supervisors or the superior.</summary>
public static class CollectiveReviewTexts
{
    public static readonly LocalText SentForReview = new(
        "集体材料第{0}稿已送{1}审核，审核通过即定稿。已私聊通知审核人。",
        "Version {0} of the collective material is sent to {1} for review; their approval makes it final. The reviewers were told privately.");

    public static readonly LocalText SendForReviewWillHappen = new(
        "将集体对照检查材料第{0}稿送{1}审核（审核通过即定稿，审核期间不能修改）。",
        "Send version {0} of the collective material to {1} for review (their approval makes it final; it cannot change meanwhile).");

    public static readonly LocalText ReviewRequest = new(
        "{0}已将班子对照检查材料第{1}稿送你审核。请在私聊中发送“集体材料”阅读，然后发送“集体材料 批准”或“集体材料 退回 <意见>”；需要他人审核可发送“集体材料 转交 <姓名> <原因>”。",
        "{0} sent version {1} of the collective material to you for review. Send \"collective material\" here to read it, then \"collective material approve\" or \"collective material return <comment>\"; to pass it on, \"collective material hand-on <name> <reason>\".");

    public static readonly LocalText ApproveWillHappen = new(
        "批准班子对照检查材料第{0}稿，批准即定稿，之后不能再修改。",
        "Approve version {0} of the collective material; approval makes it final and it cannot change afterwards.");

    public static readonly LocalText Approved = new("已批准班子对照检查材料第{0}稿，材料已定稿，已通知{1}。", "Version {0} of the collective material is approved and final; {1} was told.");

    public static readonly LocalText ApprovedNotice = new(
        "{0}已批准班子对照检查材料第{1}稿，材料已定稿。{2}",
        "{0} approved version {1} of the collective material; it is final. {2}");

    public static readonly LocalText Returned = new("已将班子对照检查材料第{0}稿退回{1}修改，并附上你的意见。", "Version {0} of the collective material is returned to {1} with your comment.");

    public static readonly LocalText ReturnedNotice = new(
        "{0}退回了班子对照检查材料第{1}稿，意见：{2}。请修改（集体材料 起草）后重新传阅，再发送“定稿”送审。",
        "{0} returned version {1} of the collective material: {2}. Revise it (collective material draft), circulate it again, then send \"finalise\" to send it for review.");

    public static readonly LocalText ReturnUsage = new(
        "退回时请写明意见，例如：集体材料 退回 问题查摆不够具体，典型事例不足。",
        "Say why when you return it, e.g. collective material return the problems need concrete cases.");

    public static readonly LocalText HandOnUsage = new(
        "请写明转交给谁和原因，例如：集体材料 转交 钱部长 请组织部把关。",
        "Name whom you hand it to and why, e.g. collective material hand-on Qian please review as the superior.");

    public static readonly LocalText HandedOn = new("已将班子对照检查材料转交{0}审核。", "The collective material's review is handed on to {0}.");

    public static readonly LocalText HandedOnNotice = new(
        "{0}将班子对照检查材料第{1}稿转交你审核，原因：{2}。请发送“集体材料”阅读，然后“集体材料 批准”或“集体材料 退回 <意见>”。",
        "{0} handed version {1} of the collective material to you for review: {2}. Send \"collective material\" to read it, then \"collective material approve\" or \"collective material return <comment>\".");

    public static readonly LocalText UnderReviewState = new("第{0}稿，已送{1}审核", "version {0}, with {1} for review");

    public static readonly LocalText LastReturn = new("审核意见（第{0}稿，{1}）：{2}", "Review comment (version {0}, {1}): {2}");

    public static readonly LocalText InQueue = new(
        "班子对照检查材料第{0}稿待你审核：发送“集体材料”阅读，“集体材料 批准”或“集体材料 退回 <意见>”。",
        "Version {0} of the collective material awaits your review: send \"collective material\" to read it, then \"collective material approve\" or \"collective material return <comment>\".");

    public static readonly LocalText SeatSuperiorCommand = new(
        "请上级党委（组织部）的同志审核模板交由上级审核的材料：添加上级 @姓名（领导小组办公室）",
        "seat the superior committee's overseer who reviews what the template sends to the superior: add superior @name (secretary)");

    public static readonly LocalText SuperiorSeated = new(
        "已请{0}作为上级审核本会议送其审核的材料；{0}只能看到送其审核的材料。",
        "{0} now reviews, as the superior, what this meeting sends to the superior, and sees those items only.");

    public static readonly LocalText SuperiorWelcome = new(
        "{0}请你作为上级审核“{1}”中交由上级审核的材料。材料送审时我会在这里通知你，也可以随时发送“待审”查看。",
        "{0} asked you to review, as the superior, what “{1}” sends to the superior. I will tell you here when something is sent; send \"reviews\" any time to see what waits.");
}
