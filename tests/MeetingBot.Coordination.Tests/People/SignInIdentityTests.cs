using MeetingBot.Coordination.People;

namespace MeetingBot.Coordination.Tests.People;

/// <summary>Which directory person a sign-in is: the configured claim, matched only against what the roster holds.</summary>
public sealed class SignInIdentityTests
{
    private static readonly DirectoryPerson Li = new("u-li", "李四", "组织办", null, "13800138000", "Li.Si@Example.org", [], [new(IdentityKinds.SignIn, "sub-li")]);
    private static readonly DirectoryPerson Wang = new("u-wang", "王五", null, null, "+86 139-0013-9000", "wang@example.org", [], [new(IdentityKinds.WebChat, "sub-wang")]);
    private static readonly DirectoryPerson Zhou = new("u-zhou", "周秘书", null, null, null, "office@example.org", [], [new(IdentityKinds.SignIn, "zhou.m")]);
    private static readonly DirectoryPerson ZhouDeputy = new("u-zhou2", "周副秘书", null, null, null, "office@example.org", [], []);

    private static readonly PeopleDirectory Directory = PeopleDirectory.Empty with { People = [Li, Wang, Zhou, ZhouDeputy] };

    [Fact]
    public void Sub_MatchesOnlyASignInIdentity_NeverAnotherChannelsId()
    {
        Assert.Equal("u-li", SignInIdentity.Find(Directory, SignInIdentity.Subject, "sub-li")?.Id);
        Assert.Null(SignInIdentity.Find(Directory, SignInIdentity.Subject, "sub-wang"));
        Assert.Null(SignInIdentity.Find(Directory, SignInIdentity.Subject, "SUB-LI"));
    }

    [Fact]
    public void Email_MatchesTheRostersEmail_WhateverItsCase()
    {
        Assert.Equal("u-li", SignInIdentity.Find(Directory, SignInIdentity.Email, "li.si@example.org")?.Id);
        Assert.Equal("u-li", SignInIdentity.Find(Directory, SignInIdentity.Email, " LI.SI@EXAMPLE.ORG ")?.Id);
        Assert.Null(SignInIdentity.Find(Directory, SignInIdentity.Email, "li.si@example.com"));
    }

    [Fact]
    public void AnEmailTwoPeopleShare_IsNobody()
    {
        Assert.Null(SignInIdentity.Find(Directory, SignInIdentity.Email, "office@example.org"));
    }

    [Theory]
    [InlineData("+8613800138000")]
    [InlineData("+86 138 0013 8000")]
    [InlineData("008613800138000")]
    [InlineData("13800138000")]
    public void PhoneNumber_MatchesWithOrWithoutTheCountryCode(string claimed)
    {
        Assert.Equal("u-li", SignInIdentity.Find(Directory, SignInIdentity.PhoneNumber, claimed)?.Id);
    }

    [Fact]
    public void PhoneNumber_WrittenWithCountryCodeInTheRoster_StillMatches()
    {
        Assert.Equal("u-wang", SignInIdentity.Find(Directory, SignInIdentity.PhoneNumber, "13900139000")?.Id);
        Assert.Null(SignInIdentity.Find(Directory, SignInIdentity.PhoneNumber, "+1 13900139000"));
    }

    [Fact]
    public void PreferredUsername_IsTheLinkedIdentity_OrTheEmail()
    {
        Assert.Equal("u-zhou", SignInIdentity.Find(Directory, SignInIdentity.PreferredUsername, "zhou.m")?.Id);
        Assert.Equal("u-wang", SignInIdentity.Find(Directory, SignInIdentity.PreferredUsername, "Wang@example.org")?.Id);
        Assert.Null(SignInIdentity.Find(Directory, SignInIdentity.PreferredUsername, "李四"));
    }

    [Theory]
    [InlineData(SignInIdentity.Subject, "")]
    [InlineData(SignInIdentity.Email, "   ")]
    [InlineData(SignInIdentity.PhoneNumber, null)]
    [InlineData("name", "李四")]
    public void AnEmptyValueOrAnUnsupportedClaim_IsNobody(string claim, string? value)
    {
        Assert.Null(SignInIdentity.Find(Directory, claim, value));
    }
}
