using System.Diagnostics;
using System.Globalization;

namespace AttributionKit.Cli.Running;

/// <summary>
/// A one-line progress bar on standard error, shown only when standard error is a terminal and only once the batch
/// has run for <see cref="Delay"/> (short runs and CI logs stay clean). Redrawn in place with a carriage return and
/// erased at the end.
/// </summary>
internal sealed class ProgressBar : IDisposable
{
    public static readonly TimeSpan Delay = TimeSpan.FromSeconds(2);

    private const int BarWidth = 30;

    private readonly TextWriter _error;
    private readonly int _total;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Timer _timer;
    private readonly object _gate = new();
    private int _done;
    private TimeSpan _lastDraw = TimeSpan.Zero;
    private bool _shown;
    private bool _disposed;

    public ProgressBar(TextWriter error, int total)
    {
        _error = error;
        _total = total;
        // Redraw twice a second even when no file finishes (one slow file), so the bar appears after the delay.
        _timer = new Timer(_ => Draw(throttle: false), null, Delay, TimeSpan.FromMilliseconds(500));
    }

    /// <summary>One more file is done.</summary>
    public void Advance()
    {
        Interlocked.Increment(ref _done);
        Draw(throttle: true);
    }

    /// <summary>The bar's text for <paramref name="done"/> of <paramref name="total"/> files.</summary>
    public static string Render(int done, int total, TimeSpan elapsed)
    {
        var fraction = total == 0 ? 1.0 : Math.Clamp((double)done / total, 0, 1);
        var filled = (int)Math.Round(fraction * BarWidth);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"[{new string('#', filled)}{new string('.', BarWidth - filled)}] {done}/{total} files {fraction * 100,3:0}% {elapsed.TotalSeconds:0}s");
    }

    public void Dispose()
    {
        _timer.Dispose();
        lock (_gate)
        {
            _disposed = true;
            if (_shown)
            {
                _error.Write("\r" + new string(' ', Render(_total, _total, _clock.Elapsed).Length + 2) + "\r");
                _error.Flush();
            }
        }
    }

    private void Draw(bool throttle)
    {
        var now = _clock.Elapsed;
        if (now < Delay)
        {
            return;
        }

        lock (_gate)
        {
            // Thousands of small files finish per second; ten redraws a second are plenty.
            if (_disposed || (throttle && now - _lastDraw < TimeSpan.FromMilliseconds(100)))
            {
                return;
            }

            _lastDraw = now;
            _shown = true;
            _error.Write("\r" + Render(Volatile.Read(ref _done), _total, _clock.Elapsed));
            _error.Flush();
        }
    }
}
