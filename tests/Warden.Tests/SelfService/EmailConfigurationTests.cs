using Warden.Configuration;
using Warden.Core.Users;
using Warden.Email;
using Warden.Testing;
using Xunit;

namespace Warden.Tests.SelfService;

/// <summary>The email and signup sections: defaults, the three TLS modes, the password from a file, one-line errors.</summary>
public sealed class EmailConfigurationTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new();

    private WardenOptions Resolve(string? yaml = null, Dictionary<string, string>? environment = null)
    {
        string? path = null;
        if (yaml is not null)
        {
            path = _directory.File("config.yaml");
            File.WriteAllText(path, yaml);
        }
        return WardenOptionsResolver.Resolve(ConfigurationLayers.Load(path, environment ?? [], []));
    }

    private string Error(string? yaml = null, Dictionary<string, string>? environment = null) =>
        Assert.Throws<ConfigurationException>(() => Resolve(yaml, environment)).Message;

    [Fact]
    public void Without_an_smtp_host_no_mail_is_sent_and_sign_up_is_disabled()
    {
        var options = Resolve();
        Assert.False(options.Email.IsConfigured);
        Assert.Equal(SignUpPolicy.Disabled, options.SignUp.Policy);
        Assert.Equal(TimeSpan.FromHours(24), options.SignUp.VerifyLinkLifetime);
        Assert.Equal(TimeSpan.FromMinutes(30), options.SignUp.ResetLinkLifetime);
    }

    [Theory]
    [InlineData(null, SmtpTls.StartTls, 587)]
    [InlineData("starttls", SmtpTls.StartTls, 587)]
    [InlineData("tls", SmtpTls.Tls, 465)]
    [InlineData("none", SmtpTls.None, 25)]
    public void The_tls_mode_chooses_the_default_port(string? mode, SmtpTls tls, int port)
    {
        var environment = new Dictionary<string, string> { ["WARDEN_SMTP_HOST"] = "smtp.example.com", ["WARDEN_EMAIL_FROM"] = "Example <login@example.com>" };
        if (mode is not null)
            environment["WARDEN_SMTP_TLS"] = mode;
        var email = Resolve(environment: environment).Email;
        Assert.Equal(("smtp.example.com", tls, port, "login@example.com", "Example"), (email.Host, email.Tls, email.Port, email.FromAddress, email.FromName));
    }

    [Fact]
    public void The_password_may_come_from_a_file_and_is_never_printed()
    {
        var file = _directory.File("smtp-password");
        File.WriteAllText(file, "s3cret-from-file\n");
        var email = Resolve($"""
            email:
              smtp_host: smtp.example.com
              smtp_port: 2525
              smtp_username: warden
              smtp_password_file: {file}
              from: login@example.com
            signup:
              policy: domains
              allowed_domains: [Example.org, staff.example.org]
            limits:
              email_links_per_address_per_hour: 3
            """);
        Assert.Equal(("warden", "s3cret-from-file", 2525), (email.Email.Username, email.Email.Password, email.Email.Port));
        Assert.DoesNotContain("s3cret", email.Email.ToString());
        Assert.Equal(["example.org", "staff.example.org"], email.SignUp.AllowedDomains);
        Assert.Equal(3, email.SignUp.PerEmailPerHour);
    }

    [Theory]
    [InlineData("email:\n  smtp_host: smtp.example.com\n  from: login@example.com\n  smtp_tls: ssl\n",
        "invalid value 'ssl' for email.smtp_tls (from config.yaml): expected one of none, starttls, tls")]
    [InlineData("email:\n  smtp_host: smtp.example.com\n",
        "email.from is required with email.smtp_host: the address mail is sent from")]
    [InlineData("email:\n  smtp_host: smtp.example.com\n  from: not an address\n",
        "invalid value 'not an address' for email.from (from config.yaml): expected an address such as login@example.com or \"Example Login <login@example.com>\"")]
    [InlineData("email:\n  smtp_host: smtp.example.com\n  from: a@example.com\n  smtp_password: pw\n",
        "email.smtp_username and email.smtp_password (or email.smtp_password_file) go together")]
    [InlineData("email:\n  smtp_host: smtp.example.com\n  from: a@example.com\n  smtp_port: 0\n",
        "invalid value '0' for email.smtp_port (from config.yaml): expected an integer from 1 to 65535")]
    [InlineData("signup:\n  policy: domains\n",
        "signup.policy domains needs signup.allowed_domains: the domains whose addresses may sign up")]
    [InlineData("signup:\n  policy: everyone\n",
        "invalid value 'everyone' for signup.policy (from config.yaml): expected one of disabled, open, domains")]
    [InlineData("signup:\n  allowed_domains: [example.org, 'not a domain']\n",
        "invalid value 'example.org;not a domain' for signup.allowed_domains (from config.yaml): expected domains such as example.com separated by spaces ('not' is not one)")]
    public void A_bad_value_is_one_readable_line(string yaml, string message) =>
        Assert.Equal(message.Replace("(from config.yaml)", $"(from {_directory.File("config.yaml")})"), Error(yaml));

    [Fact]
    public void A_bad_smtp_password_value_is_never_echoed()
    {
        var message = Error(environment: new() { ["WARDEN_SMTP_HOST"] = "smtp.example.com", ["WARDEN_EMAIL_FROM"] = "a@example.com",
            ["WARDEN_SMTP_PASSWORD"] = "hunter2-secret" });
        Assert.DoesNotContain("hunter2", message);
    }

    public void Dispose() => _directory.Dispose();
}
