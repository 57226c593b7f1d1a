namespace MeetingBot.People;

/// <summary>The directory of people: who is who, whatever the channel.</summary>
public static class PeopleFeature
{
    public static IServiceCollection AddPeopleDirectory(this IServiceCollection services)
    {
        services.AddSingleton<PeopleDirectoryStore>();
        services.AddSingleton<DirectoryIdentity>();
        return services;
    }
}
