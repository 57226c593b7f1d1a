using System.Xml.Linq;
using MeetingBot.WebChannel.SignIn;
using MeetingBot.Tests.Hosting;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace MeetingBot.Tests.WebChannel.SignIn;

/// <summary>
/// The sign-in cookie keys (whoever reads them can forge a signed-in person's cookie) are kept in a folder only the
/// service's user may enter (0700), each key file readable by that user only (0600).
/// </summary>
public sealed class OwnerOnlyKeyRingTests : IDisposable
{
    private const UnixFileMode GroupOrOthers =
        UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute
        | UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute;

    private readonly string _parent = Directory.CreateTempSubdirectory("meetingbot-keyring-").FullName;

    private string Folder => Path.Combine(_parent, "signin-keys");

    public void Dispose() => Directory.Delete(_parent, recursive: true);

    [Fact]
    public void ANewKeyRing_IsAnOwnerOnlyFolder_AndEachKeyFileIsOwnerOnly()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // Unix file modes only.
        }

        var ring = new OwnerOnlyKeyRing(Folder, NullLoggerFactory.Instance);
        ring.StoreElement(new XElement("key", "secret"), "key-1");

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(Folder));
        var file = Assert.Single(Directory.EnumerateFiles(Folder));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        Assert.Equal("secret", Assert.Single(ring.GetAllElements()).Value);
    }

    [Fact]
    public void AKeyRingAnOlderVersionLeftReadable_IsTightenedAtStart()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // Unix file modes only.
        }

        Directory.CreateDirectory(Folder);
        File.SetUnixFileMode(Folder, File.GetUnixFileMode(Folder) | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        var old = Path.Combine(Folder, "key-old.xml");
        File.WriteAllText(old, "<key>old</key>");
        File.SetUnixFileMode(old, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);

        _ = new OwnerOnlyKeyRing(Folder, NullLoggerFactory.Instance);

        Assert.Equal(0, (int)(File.GetUnixFileMode(Folder) & GroupOrOthers));
        Assert.Equal(0, (int)(File.GetUnixFileMode(old) & GroupOrOthers));
    }

    [Fact]
    public void TheServicesOwnKeys_WhenSignInIsOn_AreWrittenOwnerOnly()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // Unix file modes only.
        }

        using var factory = MeetingBotFactory.WithSignIn(new() { ["SignIn:KeyRingPath"] = Folder });

        // The first protected value (a sign-in cookie, a correlation cookie) makes the first key.
        _ = factory.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Protect("x");

        Assert.Equal(0, (int)(File.GetUnixFileMode(Folder) & GroupOrOthers));
        var files = Directory.EnumerateFiles(Folder).ToList();
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            Assert.Equal(0, (int)(File.GetUnixFileMode(file) & GroupOrOthers));
        }
    }
}
