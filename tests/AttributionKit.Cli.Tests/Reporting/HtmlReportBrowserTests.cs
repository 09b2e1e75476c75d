using System.Diagnostics;
using System.Text.RegularExpressions;
using AttributionKit.Cli.Running;
using AttributionKit.Cli.Tests.TestSupport;
using Xunit.Abstractions;

namespace AttributionKit.Cli.Tests.Reporting;

/// <summary>
/// Loads the HTML report in headless Chromium: the report's own script runs (under its Content-Security-Policy),
/// nothing the article smuggled in does, the highlights and findings are in the rendered page, and a screenshot is
/// saved for people to look at. Skips when no Chromium is installed (.ci/run installs Debian's package).
/// </summary>
public class HtmlReportBrowserTests(ITestOutputHelper output)
{
    [SkippableFact]
    public void Report_renders_in_Chromium_with_highlights_and_no_injected_script_running()
    {
        var chromium = FindChromium();
        Skip.If(chromium is null, "HTML report browser test skipped: no 'chromium' or 'chromium-browser' on PATH (Debian: apt-get install chromium).");

        var folder = Path.Combine(AppContext.BaseDirectory, "browser-test");
        Directory.CreateDirectory(folder);
        var page = Path.Combine(folder, "report.html");
        File.WriteAllText(page, HtmlReportWriterTests.Render(
            new FileOutcome("news/story.txt", ArticleFormat.Text, RichResults.Build(), null),
            new FileOutcome("news/broken.md", ArticleFormat.Markdown, null, "looks like a binary file, not an article")));
        var url = new Uri(page).AbsoluteUri;

        var dom = RunChromium(chromium!, folder, "--dump-dom", url);
        dom.Should().MatchRegex("<html[^>]*data-report-script=\"ran\"", "the report's own inline script runs under its policy");
        Regex.Match(dom, "<title>(.*?)</title>").Groups[1].Value.Should().Be("AttributionKit report", "an injected script would have changed the title");
        dom.Should().NotContain("PWNED</title>");
        dom.Should().Contain("&lt;script&gt;document.title='PWNED'&lt;/script&gt;", "the article's markup is shown as text");
        dom.Should().NotMatchRegex("<img[^>]*onerror", "the article's img tag never became an element");
        dom.Should().MatchRegex("<mark class=\"hl q\"[^>]*>a </mark>", "the quote is highlighted");
        dom.Should().MatchRegex("<mark class=\"hl sp\"[^>]*>Officials</mark>", "the speaker is highlighted");
        dom.Should().MatchRegex("<li class=\"note sev-warning\" id=\"f1-1\">.*?marker-word.*?Marker word 'zorblax' found.", "the finding is in the margin");
        dom.Should().Contain("could not be checked: looks like a binary file");

        var screenshot = Path.Combine(folder, "report.png");
        File.Delete(screenshot);
        RunChromium(chromium!, folder, $"--screenshot={screenshot}", "--window-size=1280,2000", url);
        File.Exists(screenshot).Should().BeTrue();
        new FileInfo(screenshot).Length.Should().BeGreaterThan(10_000, "a rendered page, not an empty image");
        output.WriteLine($"HTML report: {page}");
        output.WriteLine($"Screenshot: {screenshot}");
    }

    private static string? FindChromium()
    {
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var name in new[] { "chromium", "chromium-browser" })
            {
                var candidate = Path.Combine(dir, name);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    private static string RunChromium(string chromium, string folder, params string[] arguments)
    {
        var profile = Path.Combine(Path.GetTempPath(), "attributionkit-chromium-" + Guid.NewGuid().ToString("N"));
        var start = new ProcessStartInfo(chromium)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = folder,
        };
        foreach (var argument in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", $"--user-data-dir={profile}",
        }.Concat(arguments))
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException("chromium did not finish within 2 minutes.");
            }

            process.ExitCode.Should().Be(0, stderr.Result);
            return stdout.Result;
        }
        finally
        {
            try
            {
                Directory.Delete(profile, recursive: true);
            }
            catch (IOException)
            {
                // Chromium may still hold a lock file for a moment; a leftover temp profile is harmless.
            }
        }
    }
}
