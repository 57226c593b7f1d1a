using System.Text.RegularExpressions;
using MeetingBot.BotFramework.Schema;
using MeetingBot.Localization;

namespace MeetingBot.Chat.Help;

/// <summary>
/// A question about what someone else wrote (王五的批评提纲写的什么？, 李四的对照检查材料是怎么写的): answered with who may
/// read such material and what the asker can open instead — never with the material, and never as a command the bot
/// did not understand, which would leave a member guessing whether he was refused or misread.
/// </summary>
public static partial class OthersMaterial
{
    public static bool Is(string text) => Question().IsMatch(text.Trim());

    public static Activity Reply(UserLocale locale) => Activity.CreateMessage(HelpTexts.OthersMaterial.In(locale));

    // A name (two to four characters, not 我/自己), 的, a material as people name it, then what it says.
    [GeneratedRegex(@"^(?!我|自己)[\p{IsCJKUnifiedIdeographs}]{2,4}?(?:同志)?的[\p{IsCJKUnifiedIdeographs}]{0,8}?(?:心得|体会|清单|材料|提纲|记录)(?:里)?(?:都)?(?:(?:写的|写了|写得|说了|内容是|是)(?:些)?(?:什么|啥|哪些|怎么样|如何)(?:内容)?|(?:是)?怎么写的)(?:呀|啊|呢)?[?？]?$")]
    private static partial Regex Question();
}
