using MeetingBot.Localization;

namespace MeetingBot.Reports.Rendering;

/// <summary>
/// The numbers put before headings and list items, typed into the text as Chinese official documents do (一、 （一）
/// 1.), so the Markdown and the Word document read the same and a viewer without list support shows them too.
/// </summary>
public static class HeadingNumbers
{
    public static string Section(int number, UserLocale locale) =>
        locale == UserLocale.En ? $"{number}. " : $"{ChineseNumeral.Of(number)}、";

    public static string Subsection(int section, int number, UserLocale locale) =>
        locale == UserLocale.En ? $"{section}.{number} " : $"（{ChineseNumeral.Of(number)}）";

    /// <summary>In Chinese text the item follows its number without a space (1.加强学习).</summary>
    public static string ListItem(int number, UserLocale locale) =>
        locale == UserLocale.En ? $"{number}. " : $"{number}.";
}
