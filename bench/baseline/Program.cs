// The smallest server to compare warden serve with: one GET /health answering 200, nothing else (bench/startup.sh).
var app = WebApplication.CreateBuilder(args).Build();
app.MapGet("/health", () => "Healthy");
app.Run();
