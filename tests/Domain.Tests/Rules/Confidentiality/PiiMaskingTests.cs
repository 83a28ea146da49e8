using Platform.Domain.Confidentiality;

namespace Platform.Domain.Tests.Rules.Confidentiality;

public class PiiMaskingTests
{
    [Fact]
    public void R_PII_02_id_number_keeps_first_1_and_last_4()
    {
        Assert.Equal("1*************1234", PiiMasking.MaskIdNumber("110105199001011234"));
        Assert.Equal("1*************002X", PiiMasking.Mask(PiiKind.IdNumber, "11010519491231002X"));
    }

    [Theory]
    [InlineData("12345", "*****")]
    [InlineData("E1234567", "E***4567")]
    [InlineData("", "")]
    public void R_PII_02_short_id_numbers_never_reveal_more_than_5_characters(string id, string masked)
    {
        Assert.Equal(masked, PiiMasking.MaskIdNumber(id));
    }

    [Theory]
    [InlineData("13812345678", "138****5678")]
    [InlineData("138-1234-5678", "138****5678")]
    [InlineData("+86 138 1234 5678", "+86 138****5678")]
    [InlineData("010-88886666", "010****6666")]
    [InlineData("1234567", "*******")]
    public void R_PII_02_phone_keeps_first_3_and_last_4_digits(string phone, string masked)
    {
        Assert.Equal(masked, PiiMasking.MaskPhone(phone));
    }

    [Theory]
    [InlineData("zhang.wei@example.com", "z***@example.com")]
    [InlineData("a@b.cn", "a***@b.cn")]
    [InlineData("not-an-email", "n***")]
    public void R_PII_02_email_keeps_first_character_and_domain(string email, string masked)
    {
        Assert.Equal(masked, PiiMasking.MaskEmail(email));
    }

    [Theory]
    [InlineData("张伟", "张*")]
    [InlineData("欧阳娜娜", "欧***")]
    [InlineData("John Smith", "J*** *****")]
    public void R_PII_02_name_keeps_the_first_character(string name, string masked)
    {
        Assert.Equal(masked, PiiMasking.MaskName(name));
    }

    [Fact]
    public void R_PII_02_address_keeps_only_the_leading_region()
    {
        Assert.Equal("北京市朝阳区***", PiiMasking.MaskAddress("北京市朝阳区建国路88号SOHO现代城A座1201"));
        Assert.Equal("上海***", PiiMasking.MaskAddress("上海浦东"));
    }

    [Fact]
    public void R_PII_02_bank_account_birth_date_and_health_information()
    {
        Assert.Equal("***************0017", PiiMasking.Mask(PiiKind.BankAccount, "6222 0202 0000 0000 017"));
        Assert.Equal("1985-**-**", PiiMasking.Mask(PiiKind.BirthDate, "1985-03-02"));
        Assert.Equal("***", PiiMasking.Mask(PiiKind.HealthInformation, "Type 2 diabetes"));
        Assert.Null(PiiMasking.Mask(PiiKind.Phone, null));
    }

    [Fact]
    public void R_PII_01_sensitive_and_personal_classes()
    {
        Assert.True(PiiClassification.IsSensitive(PiiKind.IdNumber));
        Assert.True(PiiClassification.IsSensitive(PiiKind.HealthInformation));
        Assert.True(PiiClassification.IsSensitive(PiiKind.BankAccount));
        Assert.Equal(PiiSensitivity.Personal, PiiClassification.Of(PiiKind.Phone));
        Assert.Equal(PiiSensitivity.Personal, PiiClassification.Of(PiiKind.BirthDate));
    }
}
