using Warden.Core.Users;

namespace Warden.Email;

/// <summary>Registers sign-up, password reset and the mail they send.</summary>
public static class EmailServices
{
    public static IServiceCollection AddAccountEmail(this IServiceCollection services, Configuration.WardenOptions options)
    {
        services.AddSingleton(options.Email);
        services.AddSingleton(options.SignUp);
        services.AddSingleton(provider => provider.GetRequiredService<Core.Storage.IStorageBackend>().EmailTokens);
        services.AddSingleton<EmailLinks>();
        services.AddSingleton<EmailOutbox>();
        services.AddSingleton<IEmailSender>(provider => provider.GetRequiredService<EmailOutbox>());
        services.AddSingleton<SmtpEmailSender>();
        services.AddSingleton<AccountEmailComposer>();
        services.AddHostedService<EmailOutboxWorker>();
        services.AddSingleton<SignUpService>();
        services.AddSingleton<PasswordResetService>();
        return services;
    }

    /// <summary>The start-up line that tells the operator whether sign-up and password reset can send mail.</summary>
    public static void LogStatus(ILogger logger, Configuration.WardenOptions options)
    {
        if (options.Email.IsConfigured)
        {
            logger.LogInformation("Email: SMTP {Host}:{Port} ({Tls}), from {From}; sign-up {Policy}", options.Email.Host, options.Email.Port,
                options.Email.Tls, options.Email.FromAddress, options.SignUp.Policy);
        }
        else if (options.SignUp.Policy != SignUpPolicy.Disabled)
        {
            logger.LogWarning("Email is not configured (email.smtp_host): sign-up (signup.policy {Policy}) and password reset are not offered",
                options.SignUp.Policy);
        }
        else
        {
            logger.LogInformation("Email is not configured (email.smtp_host): password reset by email is not offered");
        }
    }
}
