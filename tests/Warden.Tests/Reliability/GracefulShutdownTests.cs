using System.Net;
using System.Text;
using Warden.Testing;
using Xunit;

namespace Warden.Tests.Reliability;

/// <summary>SIGTERM lets a request that is already in flight finish, and the process exits 0 within a bound.</summary>
public sealed class GracefulShutdownTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new();

    /// <summary>
    /// A form body sent in two parts, the second only when the test says so: the request is in flight meanwhile. It is
    /// sent with Expect: 100-continue, so the body starts only once the endpoint reads it: <paramref name="reading"/>
    /// completes then.
    /// </summary>
    private sealed class SlowForm(TaskCompletionSource reading, TaskCompletionSource release) : HttpContent
    {
        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            reading.SetResult();
            await stream.WriteAsync(Encoding.ASCII.GetBytes("grant_type=client_credentials&client_id=nob"));
            await stream.FlushAsync();
            await release.Task;
            await stream.WriteAsync(Encoding.ASCII.GetBytes("ody&client_secret=x"));
        }

        protected override bool TryComputeLength(out long length)
        {
            length = "grant_type=client_credentials&client_id=nobody&client_secret=x".Length;
            return true;
        }
    }

    [Fact]
    public async Task SIGTERM_finishes_the_request_in_flight_and_exits_within_the_bound()
    {
        var url = $"http://127.0.0.1:{FreePort.Next()}";
        var process = WardenProcess.Start(["serve", "--urls", url], _directory.Path,
            new Dictionary<string, string?> { ["DB_TYPE"] = "memory", ["WARDEN_MASTER_KEY"] = RunningWarden.MasterKey });
        try
        {
            await WardenProcess.ReadUntilAsync(process, "Now listening on", TimeSpan.FromMinutes(1));
            // The client waits for the server's 100 Continue as long as the request may take, so that the body (and the
            // signal that the endpoint is reading it) comes only from the server, never from a client-side timeout.
            using var http = new HttpClient(new SocketsHttpHandler { Expect100ContinueTimeout = TimeSpan.FromSeconds(30) })
            {
                BaseAddress = new Uri(url), Timeout = TimeSpan.FromSeconds(30),
            };

            var reading = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var release = new TaskCompletionSource();
            var content = new SlowForm(reading, release);
            content.Headers.ContentType = new("application/x-www-form-urlencoded");
            using var request = new HttpRequestMessage(HttpMethod.Post, "/token") { Content = content };
            request.Headers.ExpectContinue = true;
            var inFlight = http.SendAsync(request);
            await reading.Task.WaitAsync(TimeSpan.FromSeconds(30));
            await ProcessRunner.RunAsync("kill", ["-TERM", process.Id.ToString()]);
            await WardenProcess.ReadUntilAsync(process, "Application is shutting down", TimeSpan.FromSeconds(30));
            Assert.False(process.HasExited, "warden exited with a request in flight");
            release.SetResult();

            var response = await inFlight;
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.Contains("invalid_client", await response.Content.ReadAsStringAsync());
            using var exit = new CancellationTokenSource(TimeSpan.FromSeconds(20));
            await process.WaitForExitAsync(exit.Token);
            Assert.Equal(0, process.ExitCode);
        }
        finally
        {
            if (!process.HasExited)
                process.Kill(entireProcessTree: true);
            process.Dispose();
        }
    }

    public void Dispose() => _directory.Dispose();
}
