namespace MeetingBot.Chat.Phrasing;

/// <summary>How people ask what the bot can do, and for the other language.</summary>
internal static class GeneralPhrases
{
    public static IReadOnlyList<Phrase> Zh { get; } =
    [
        new(@"(?:请问)?(?:怎么用|怎么使用|如何使用|使用说明|使用帮助|你能做什么|你会做什么|你会什么|你可以做什么|你能干什么|有哪些命令|有什么命令|命令列表|命令清单|功能列表|查看帮助|看看帮助|这个怎么用|你是谁|你是干什么的)", "帮助", asks: true),
        new(@"(?:请)?(?:切换|换成|改成|改为|改用|用|说)(?:到)?(?:英文|英语)(?:界面)?", "语言 English"),
        new(@"(?:请)?(?:切换|换成|改成|改为|改用|用|说)(?:到|回)?(?:中文|汉语|普通话)(?:界面)?", "语言 中文"),
    ];

    public static IReadOnlyList<Phrase> En { get; } =
    [
        new(@"what can you do|how do i use (?:this|you|the bot)|(?:show|list)(?: me)?(?: the| all)? commands|show help|i need help|help me|who are you", "help", asks: true),
        new(@"(?:switch|change)(?: the)?(?: language)? to chinese|(?:speak|use) chinese|chinese please", "language 中文"),
        new(@"(?:switch|change)(?: the)?(?: language)? to english|(?:speak|use) english|english please", "language English"),
    ];
}
