namespace MeetingBot.Opinions;

/// <summary>What the person typed into the form, kept as typed so a refused form comes back with all of it.</summary>
/// <param name="Addressee">"0" for the team, else the member's place in the roster (never an id on a public page).</param>
public sealed record OpinionFormFields(string Text, string Name, string Addressee)
{
    public const string TextField = "text";
    public const string NameField = "name";
    public const string AddresseeField = "to";
    public const string TokenField = "form";

    public static OpinionFormFields Empty { get; } = new(string.Empty, string.Empty, "0");
}
