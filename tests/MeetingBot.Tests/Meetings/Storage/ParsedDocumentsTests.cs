using System.Reflection;
using System.Runtime.CompilerServices;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.People;
using MeetingBot.Meetings.Storage;

namespace MeetingBot.Tests.Meetings.Storage;

/// <summary>
/// A domain document read again unchanged is not parsed again; what the process hands out is shared between turns,
/// which is only safe while Coordination's types cannot be changed in place.
/// </summary>
public sealed class ParsedDocumentsTests
{
    private const string Directory1 = """{"schemaVersion":1,"version":1,"people":[{"id":"u1","name":"张三"}]}""";
    private const string Directory2 = """{"schemaVersion":1,"version":2,"people":[{"id":"u1","name":"张三"},{"id":"u2","name":"李四"}]}""";

    [Fact]
    public void TheSameText_ReadTwice_IsParsedOnce()
    {
        var key = "people/directory-" + Guid.NewGuid().ToString("N");

        var first = DocumentJson.Deserialize<PeopleDirectory>(Directory1, key);
        var again = DocumentJson.Deserialize<PeopleDirectory>(new string(Directory1.AsSpan()), key);

        Assert.Same(first, again);
    }

    [Fact]
    public void ChangedText_UnderTheSameKey_IsParsedAgain()
    {
        var key = "people/directory-" + Guid.NewGuid().ToString("N");

        var before = DocumentJson.Deserialize<PeopleDirectory>(Directory1, key);
        var after = DocumentJson.Deserialize<PeopleDirectory>(Directory2, key);

        Assert.Single(before.People);
        Assert.Equal(2, after.People.Count);
        Assert.Equal(2, after.Version);
    }

    [Fact]
    public void HostIndexes_WhichAreMutable_AreParsedAfreshEveryTime()
    {
        const string json = """{"version":1,"meetingIds":["m-1"]}""";
        var key = "directory/people/test/" + Guid.NewGuid().ToString("N");

        var first = DocumentJson.Deserialize<MeetingIndex>(json, key);
        first.MeetingIds.Add("m-2");
        var again = DocumentJson.Deserialize<MeetingIndex>(json, key);

        Assert.NotSame(first, again);
        Assert.Equal(["m-1"], again.MeetingIds);
    }

    [Fact]
    public void CoordinationTypes_HaveNoSetterAndNoMutableCollection()
    {
        var mutable = typeof(Meeting).Assembly.GetTypes()
            .Where(t => t.IsVisible && !t.IsInterface)
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly).Select(p => (Type: t, Property: p)))
            .Where(x => IsSettable(x.Property) || IsMutableCollection(x.Property.PropertyType))
            .Select(x => $"{x.Type.Name}.{x.Property.Name}")
            .ToList();

        Assert.Empty(mutable);
    }

    private static bool IsSettable(PropertyInfo property) =>
        property.SetMethod is { IsPublic: true } setter
        && !setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));

    private static bool IsMutableCollection(Type type) =>
        type.IsArray
        || (type.IsGenericType && type.GetGenericTypeDefinition() is var definition
            && (definition == typeof(List<>) || definition == typeof(Dictionary<,>) || definition == typeof(HashSet<>)));
}
