using MeetingBot.WebChannel.DirectLine;
using MeetingBot.WebChannel.SignIn;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using MeetingBot.WebChannel.Tests.DirectLine;

namespace MeetingBot.WebChannel.Tests;

/// <summary>
/// Direct Line tokens, invitation codes and sign-in credentials are signed with the same key in the same scheme, each
/// for its own purpose: none is taken for another, though each is taken for itself.
/// </summary>
public sealed class SignedPurposesTests
{
    private static readonly DirectLineGrant Grant = new("grant-1", "dl_li", "李四", "p-li", IsGroup: false);
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.Zero));
    private readonly DirectLineTokens _tokens;
    private readonly InvitationCodes _invitations;
    private readonly SignInCredentials _signIns;

    public SignedPurposesTests()
    {
        var options = Options.Create(new DirectLineOptions { SigningKey = Convert.ToBase64String(new byte[32]) });
        var key = new DirectLineSigningKey(options, NullLogger<DirectLineSigningKey>.Instance);
        _tokens = new DirectLineTokens(key, new FakeGrants(), options, _time);
        _invitations = new InvitationCodes(key, _time);
        _signIns = new SignInCredentials(key, _time);
    }

    private string InvitationCode() =>
        _invitations.For(new Invitation(Invitation.CurrentVersion, "grant-1", "m-1", "dl_li", "李四", "secretary", _time.GetUtcNow(), _time.GetUtcNow().AddDays(14), null, "p-li"));

    [Fact]
    public async Task EachIsTakenForItself()
    {
        Assert.NotNull(await _tokens.ValidateAsync(_tokens.Issue(Grant).Token, CancellationToken.None));
        Assert.Equal("grant-1", await _invitations.IdOfAsync(InvitationCode()));
        Assert.Equal("p-li", await _signIns.PersonIdOfAsync(_signIns.For("p-li")));
    }

    [Fact]
    public async Task ADirectLineToken_IsNeitherAnInvitationNorASignIn()
    {
        var token = _tokens.Issue(Grant).Token;

        Assert.Null(await _invitations.ReadAsync(token));
        Assert.Null(await _signIns.PersonIdOfAsync(token));
    }

    [Fact]
    public async Task AnInvitationCode_IsNeitherATokenNorASignIn()
    {
        var code = InvitationCode();

        Assert.Null(await _tokens.ValidateAsync(code, CancellationToken.None));
        Assert.Null(await _signIns.PersonIdOfAsync(code));
    }

    [Fact]
    public async Task ASignInCredential_IsNeitherATokenNorAnInvitation()
    {
        var credential = _signIns.For("p-li");

        Assert.Null(await _tokens.ValidateAsync(credential, CancellationToken.None));
        Assert.Null(await _invitations.ReadAsync(credential));
    }
}
