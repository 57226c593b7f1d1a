using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace MeetingBot.Tests.Deployment;

/// <summary>
/// The Dockerfile cannot be built here (the base images are not reachable), so its structure is checked: the
/// official .NET images of the framework the projects target, every project of the service copied for the restore,
/// the port the service listens on exposed, a non-root user, the service's own assembly started.
/// </summary>
public sealed partial class DockerfileTests
{
    private static readonly string Dockerfile = File.ReadAllText(RepositoryFiles.PathOf("Dockerfile")).ReplaceLineEndings("\n");

    [Fact]
    public void BuildsWithTheSdk_AndRunsOnTheAspNetRuntime_OfTheTargetFramework()
    {
        var framework = XDocument.Load(RepositoryFiles.PathOf("Directory.Build.props")).Descendants("TargetFramework").Single().Value;
        var version = framework["net".Length..];

        var stages = FromLine().Matches(Dockerfile).Select(m => (Image: m.Groups[1].Value, Stage: m.Groups[2].Value)).ToList();

        Assert.Equal([($"mcr.microsoft.com/dotnet/sdk:{version}", "build"), ($"mcr.microsoft.com/dotnet/aspnet:{version}", "runtime")], stages);
    }

    [Fact]
    public void EveryProjectOfTheService_IsCopiedBeforeTheRestore()
    {
        var restore = Dockerfile.IndexOf("RUN dotnet restore", StringComparison.Ordinal);
        foreach (var project in ServiceProjects(RepositoryFiles.PathOf("src", "MeetingBot", "MeetingBot.csproj")))
        {
            var relative = Path.GetRelativePath(RepositoryFiles.Root, project).Replace('\\', '/');
            var copy = Dockerfile.IndexOf($"COPY {relative} ", StringComparison.Ordinal);
            Assert.True(copy >= 0 && copy < restore, $"{relative} is not copied before the restore");
        }
    }

    [Fact]
    public void ListensOnTheExposedPort_AsANonRootUser_StartingTheServicesAssembly()
    {
        var url = Regex.Match(Dockerfile, @"ASPNETCORE_URLS=http://\+:(\d+)");
        Assert.True(url.Success, "ASPNETCORE_URLS must make the service listen on every interface");
        Assert.Contains($"EXPOSE {url.Groups[1].Value}\n", Dockerfile, StringComparison.Ordinal);
        Assert.Contains("USER $APP_UID\n", Dockerfile, StringComparison.Ordinal);
        Assert.Contains($"ENTRYPOINT [\"dotnet\", \"{typeof(Program).Assembly.GetName().Name}.dll\"]", Dockerfile, StringComparison.Ordinal);
    }

    [Fact]
    public void BuildOutputsAndLocalData_StayOutOfTheBuildContext()
    {
        var ignored = File.ReadAllLines(RepositoryFiles.PathOf(".dockerignore"));

        Assert.Contains("**/bin/", ignored);
        Assert.Contains("**/obj/", ignored);
        Assert.Contains("**/data/", ignored);
    }

    private static IEnumerable<string> ServiceProjects(string project)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>([Path.GetFullPath(project)]);
        while (pending.TryPop(out var next))
        {
            if (!seen.Add(next))
            {
                continue;
            }

            foreach (var reference in XDocument.Load(next).Descendants("ProjectReference"))
            {
                pending.Push(Path.GetFullPath(Path.Combine(Path.GetDirectoryName(next)!, reference.Attribute("Include")!.Value.Replace('\\', '/'))));
            }
        }

        return seen;
    }

    [GeneratedRegex(@"^FROM (\S+) AS (\w+)$", RegexOptions.Multiline)]
    private static partial Regex FromLine();
}
