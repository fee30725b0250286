using System.Net;
using System.Net.Sockets;

namespace Warden.Testing;

public static class FreePort
{
    // Below Linux's ephemeral range (32768 and up by default), so that an outgoing connection of a parallel test (to
    // PostgreSQL, Redis, SMTP, the browser) cannot take the port between this check and the server's bind.
    private const int First = 20_000;
    private const int Last = 32_767;

    private static readonly HashSet<int> HandedOut = [];

    /// <summary>A loopback TCP port that was free a moment ago and that no other caller in this process was given.</summary>
    public static int Next()
    {
        lock (HandedOut)
        {
            for (var attempt = 0; attempt < 1_000; attempt++)
            {
                var port = Random.Shared.Next(First, Last + 1);
                if (HandedOut.Contains(port) || !IsFree(port))
                    continue;
                HandedOut.Add(port);
                return port;
            }
        }
        throw new InvalidOperationException($"no free loopback port between {First} and {Last}");
    }

    private static bool IsFree(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
