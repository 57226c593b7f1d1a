using System.Text.Json;
using MeetingBot.BotFramework.Cards;
using MeetingBot.BotFramework.Schema;
using MeetingBot.Coordination.CollectiveMaterials;
using MeetingBot.Coordination.Submissions.Contents;
using MeetingBot.Localization;

namespace MeetingBot.Chat.Meetings.Reviews;

/// <summary>
/// The collective material as a form: one multi-line field per section, prefilled with the current draft, so the
/// lead never has to fit the material into the single-line chat box. Its button posts the fields with
/// <c>{ "command": "集体材料", "collective": "draft" }</c>, which the draft flow (or the command itself) reads back.
/// </summary>
public static class CollectiveMaterialCard
{
    public const string Marker = "collective";
    public const string DraftValue = "draft";
    public const string ProblemsField = "problems";
    public const string RootCausesField = "rootCauses";
    public const string DirectionField = "direction";
    public const string MeasuresField = "measures";

    public static Activity Form(ExaminationMaterial? current, UserLocale locale)
    {
        var (problems, rootCauses, direction, measures) = MaterialSections.ToFields(current);
        var card = new AdaptiveCard(CollectiveMaterialTexts.FormTitle.In(locale))
            .Heading(CollectiveMaterialTexts.FormTitle.In(locale))
            .Text(CollectiveMaterialTexts.FormHint.In(locale), subtle: true)
            .InputText(ProblemsField, CollectiveMaterialTexts.ProblemsLabel.In(locale), multiline: true, value: problems)
            .InputText(RootCausesField, CollectiveMaterialTexts.RootCausesLabel.In(locale), multiline: true, value: rootCauses)
            .InputText(DirectionField, CollectiveMaterialTexts.DirectionLabel.In(locale), multiline: true, value: direction)
            .InputText(MeasuresField, CollectiveMaterialTexts.MeasuresLabel.In(locale), multiline: true, value: measures)
            .Submit(CollectiveMaterialTexts.SaveDraftButton.In(locale), new { command = CollectiveMaterialCommand.ChineseName, collective = DraftValue });
        return new Activity { Type = ActivityTypes.Message, Attachments = [card.ToAttachment()] };
    }

    /// <summary>The material the form's fields hold, when this message is the form sent back; otherwise null.</summary>
    public static ExaminationMaterial? Read(Activity activity)
    {
        if (activity.Value is not { ValueKind: JsonValueKind.Object } value
            || !value.TryGetProperty(Marker, out var marker) || marker.ValueKind != JsonValueKind.String || marker.GetString() != DraftValue)
        {
            return null;
        }

        string? Field(string name) => value.TryGetProperty(name, out var field) && field.ValueKind == JsonValueKind.String ? field.GetString() : null;
        return MaterialSections.FromFields(Field(ProblemsField), Field(RootCausesField), Field(DirectionField), Field(MeasuresField));
    }
}
