using System.Xml.Linq;
using MeetingBot.Storage;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace MeetingBot.WebChannel.SignIn;

/// <summary>
/// The sign-in cookie key ring on disk, readable by the service's user only: whoever reads these keys can forge a
/// signed-in person's cookie. ASP.NET Core's file repository writes with the process's default mode (often 0644), so
/// the folder is made 0700 first (nobody else can enter it, even while a new key file still has the default mode for
/// an instant) and each key file is made 0600 as soon as it is written.
/// </summary>
public sealed class OwnerOnlyKeyRing : IXmlRepository
{
    private readonly string _folder;
    private readonly FileSystemXmlRepository _files;

    public OwnerOnlyKeyRing(string folder, ILoggerFactory loggers)
    {
        _folder = Path.GetFullPath(folder);
        OwnerOnlyFolder.Prepare(_folder);
        _files = new FileSystemXmlRepository(new DirectoryInfo(_folder), loggers);
    }

    public IReadOnlyCollection<XElement> GetAllElements() => _files.GetAllElements();

    public void StoreElement(XElement element, string friendlyName)
    {
        _files.StoreElement(element, friendlyName);
        OwnerOnlyFolder.RestrictFiles(_folder);
    }
}
