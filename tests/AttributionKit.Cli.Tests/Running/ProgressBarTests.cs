using AttributionKit.Cli.Running;

namespace AttributionKit.Cli.Tests.Running;

public class ProgressBarTests
{
    [Theory]
    [InlineData(0, 10, "[..............................] 0/10 files   0% 3s")]
    [InlineData(5, 10, "[###############...............] 5/10 files  50% 3s")]
    [InlineData(10, 10, "[##############################] 10/10 files 100% 3s")]
    [InlineData(0, 0, "[##############################] 0/0 files 100% 3s")]
    public void Renders_a_bar_count_percentage_and_time(int done, int total, string expected) =>
        ProgressBar.Render(done, total, TimeSpan.FromSeconds(3)).Should().Be(expected);

    [Fact]
    public void Shows_nothing_for_a_batch_that_ends_before_the_delay()
    {
        using var error = new StringWriter();
        using (var bar = new ProgressBar(error, 3))
        {
            bar.Advance();
            bar.Advance();
            bar.Advance();
        }

        error.ToString().Should().BeEmpty($"the bar appears only after {ProgressBar.Delay.TotalSeconds} s");
    }
}
