using System.Security.Cryptography;
using System.Text;

namespace MeetingBot.WebChannel;

/// <summary>
/// The web chat conversations of invited people: each person has one 1:1 conversation (like a 1:1 chat in Teams,
/// the same across meetings), and each meeting one team conversation all its participants see.
/// </summary>
public static class InvitationConversations
{
    public const string Team = "team";

    public static string PersonalId(string userId) => "p-" + Hash(userId);

    public static string TeamId(string meetingId) => "t-" + Hash(meetingId);

    private static string Hash(string value) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)))[..24];
}
