using Warden.Core.Devices;
using Xunit;

namespace Warden.Core.Tests;

/// <summary>RFC 8628 §6.1 user codes: eight characters without vowels or look-alikes, typed however a person types them.</summary>
public sealed class UserCodesTests
{
    [Fact]
    public void Generated_codes_are_eight_characters_of_the_alphabet_and_differ()
    {
        var codes = Enumerable.Range(0, 200).Select(_ => UserCodes.Generate()).ToList();

        Assert.All(codes, code => Assert.Matches("^[BCDFGHJKLMNPQRSTVWXZ]{8}$", code));
        Assert.True(codes.Distinct().Count() > 195, "200 codes of 34 bits should not repeat");
    }

    [Fact]
    public void The_alphabet_is_twenty_consonants_without_vowels_or_digits()
    {
        Assert.Equal(20, UserCodes.Alphabet.Distinct().Count());
        Assert.All(UserCodes.Alphabet, c => Assert.True(char.IsAsciiLetterUpper(c) && !"AEIOUY".Contains(c), $"'{c}' in the alphabet"));
    }

    [Fact]
    public void Codes_are_shown_as_two_groups_of_four()
    {
        Assert.Equal("BCDF-GHJK", UserCodes.Format("BCDFGHJK"));
    }

    [Theory]
    [InlineData("BCDF-GHJK")]
    [InlineData("bcdfghjk")]
    [InlineData("bcdf ghjk")]
    [InlineData(" Bc-Df Gh-Jk ")]
    public void What_a_person_types_is_read_in_any_case_with_or_without_dash_and_spaces(string typed)
    {
        Assert.Equal("BCDFGHJK", UserCodes.Normalize(typed));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("BCDF-GHJ")]
    [InlineData("BCDF-GHJKL")]
    [InlineData("BCDF-GHJA")]
    [InlineData("BCDF-GHJ1")]
    [InlineData("BCDF_GHJK")]
    [InlineData("B C D F - G H J K - - - - - - - - - -")]
    public void Anything_else_is_not_a_user_code(string? typed)
    {
        Assert.Null(UserCodes.Normalize(typed));
    }
}
