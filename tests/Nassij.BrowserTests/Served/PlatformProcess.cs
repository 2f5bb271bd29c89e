using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Nassij.BrowserTests.Served;

/// <summary>The platform as a person starts it: a separate process on a free port, its console kept to read.</summary>
public sealed class PlatformProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly TaskCompletionSource<string> running = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private PlatformProcess(Process process) => this.process = process;

    public ConcurrentQueue<string> Output { get; } = new();

    public string BaseUrl { get; private set; } = string.Empty;

    /// <summary>Console lines the platform's logger wrote at warning level or above.</summary>
    public IEnumerable<string> Warnings => Output.Where(l => l.StartsWith("warn:", StringComparison.Ordinal) || l.StartsWith("fail:", StringComparison.Ordinal) || l.StartsWith("crit:", StringComparison.Ordinal));

    /// <summary>Starts <paramref name="fileName"/> with <paramref name="arguments"/> followed by --urls on a free
    /// port, and waits until the platform prints the line saying where it runs.</summary>
    public static async Task<PlatformProcess> Start(string workingDirectory, string fileName, IEnumerable<string> arguments, TimeSpan timeout)
    {
        var port = FreePort();
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments.Concat(["--urls", $"http://127.0.0.1:{port}"]))
        {
            start.ArgumentList.Add(argument);
        }

        AsFromAShell(start);
        var platform = new PlatformProcess(new Process { StartInfo = start });
        platform.process.OutputDataReceived += (_, e) => platform.Read(e.Data);
        platform.process.ErrorDataReceived += (_, e) => platform.Read(e.Data);
        platform.process.Exited += (_, _) => platform.running.TrySetException(new InvalidOperationException("The platform stopped:\n" + platform.Tail()));
        platform.process.EnableRaisingEvents = true;
        platform.process.Start();
        platform.process.BeginOutputReadLine();
        platform.process.BeginErrorReadLine();
        try
        {
            platform.BaseUrl = await platform.running.Task.WaitAsync(timeout);
        }
        catch (TimeoutException)
        {
            await platform.DisposeAsync();
            throw new TimeoutException($"The platform did not start within {timeout}:\n{platform.Tail()}");
        }

        return platform;
    }

    /// <summary>Runs a command to its end (a build, a publish) and fails with its output if it fails.</summary>
    public static async Task Run(string workingDirectory, string fileName, params string[] arguments)
    {
        var start = new ProcessStartInfo(fileName) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        AsFromAShell(start);
        using var command = Process.Start(start)!;
        var output = command.StandardOutput.ReadToEndAsync();
        var errors = command.StandardError.ReadToEndAsync();
        await command.WaitForExitAsync();
        Assert.True(command.ExitCode == 0, $"{fileName} {string.Join(' ', arguments)} failed:\n{await output}\n{await errors}");
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
    }

    /// <summary>A person's shell: none of the test runner's settings (environment, MSBuild's, the test clock) reach it.</summary>
    private static void AsFromAShell(ProcessStartInfo start)
    {
        foreach (var key in start.Environment.Keys.Where(IsTestRunnerSetting).ToList())
        {
            start.Environment.Remove(key);
        }
    }

    private static bool IsTestRunnerSetting(string key) =>
        key.StartsWith("ASPNETCORE_", StringComparison.OrdinalIgnoreCase)
        || key.StartsWith("DOTNET_ENVIRONMENT", StringComparison.OrdinalIgnoreCase)
        || key.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)
        || key.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase)
        || key.StartsWith("NASSIJ_", StringComparison.OrdinalIgnoreCase);

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private void Read(string? line)
    {
        if (line is null)
        {
            return;
        }

        Output.Enqueue(line);
        const string Banner = "Nassij is running: ";
        if (line.StartsWith(Banner, StringComparison.Ordinal))
        {
            running.TrySetResult(line[Banner.Length..].Split(',')[0].Trim());
        }
    }

    private string Tail() => string.Join('\n', Output.TakeLast(40));
}
