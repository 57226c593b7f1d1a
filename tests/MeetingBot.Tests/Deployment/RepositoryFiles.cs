namespace MeetingBot.Tests.Deployment;

/// <summary>Files of the repository itself (the deployment artefacts), found from the test's output folder.</summary>
public static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "MeetingBot.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No MeetingBot.sln above {AppContext.BaseDirectory}.");
    }
}
