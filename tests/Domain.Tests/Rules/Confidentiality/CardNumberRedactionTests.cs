using Platform.Domain.Confidentiality;

namespace Platform.Domain.Tests.Rules.Confidentiality;

public class CardNumberRedactionTests
{
    [Theory]
    [InlineData("card 4111111111111111 please", "card ************1111 please")]
    [InlineData("卡号4111 1111 1111 1111，谢谢", "卡号**** **** **** 1111，谢谢")]
    [InlineData("5500-0000-0000-0004.", "****-****-****-0004.")]
    [InlineData("amex 378282246310005", "amex ***********0005")]
    [InlineData("银联 6212345678901234569", "银联 ***************4569")]
    public void R_PII_05_card_numbers_in_free_text_are_masked(string text, string expected)
    {
        Assert.Equal(expected, CardNumberRedaction.Redact(text));
        Assert.True(CardNumberRedaction.ContainsCardNumber(text));
    }

    [Theory]
    [InlineData("card 4111111111111112")]           // Luhn fails
    [InlineData("policy 411111111111")]             // 12 digits
    [InlineData("ref 41111111111111111111")]        // 20 digits, not a card
    [InlineData("call 13812345678 after 17:30")]    // phone number
    [InlineData("")]
    public void R_PII_05_other_numbers_are_left_alone(string text)
    {
        Assert.Equal(text, CardNumberRedaction.Redact(text));
        Assert.False(CardNumberRedaction.ContainsCardNumber(text));
    }

    [Fact]
    public void R_PII_05_card_next_to_other_numbers_and_several_cards_are_all_masked()
    {
        Assert.Equal("order 123 **** **** **** 1111", CardNumberRedaction.Redact("order 123 4111 1111 1111 1111"));
        Assert.Equal(
            "old ************1111, new ************0004",
            CardNumberRedaction.Redact("old 4111111111111111, new 5500000000000004"));
    }

    [Fact]
    public void R_PII_05_double_separators_do_not_join_groups()
    {
        // "4111  1111..." with two spaces is not one grouped number; each part alone is too short.
        Assert.Equal("4111  1111 1111 1111", CardNumberRedaction.Redact("4111  1111 1111 1111"));
    }

    [Theory]
    [InlineData("79927398713", true)]
    [InlineData("79927398710", false)]
    [InlineData("", false)]
    [InlineData("12a4", false)]
    public void R_PII_05_luhn_check(string digits, bool valid)
    {
        Assert.Equal(valid, CardNumberRedaction.PassesLuhn(digits));
    }

    [Theory]
    [InlineData("password")]
    [InlineData("newPassword")]
    [InlineData("login_pwd")]
    [InlineData("otpCode")]
    [InlineData("OneTimePassword")]
    [InlineData("sms-verification-code")]
    [InlineData("cardCvv")]
    [InlineData("CVC2")]
    [InlineData("card_security_code")]
    [InlineData("pin")]
    [InlineData("交易密码")]
    [InlineData("短信验证码")]
    public void R_PII_05_authentication_secret_fields_are_refused(string field)
    {
        Assert.True(AuthenticationSecretGuard.IsSecretField(field));
    }

    [Theory]
    [InlineData("summary")]
    [InlineData("footprint")]
    [InlineData("pinyinName")]
    [InlineData("description")]
    [InlineData("customerId")]
    [InlineData("shippingAddress")]
    [InlineData("")]
    public void R_PII_05_ordinary_fields_pass_the_guard(string field)
    {
        Assert.False(AuthenticationSecretGuard.IsSecretField(field));
    }

    [Fact]
    public void R_PII_05_guard_lists_every_secret_field_of_a_record()
    {
        Assert.Equal(["password", "cvv"], AuthenticationSecretGuard.SecretFields(["summary", "password", "outcomeTag", "cvv"]));
    }
}
