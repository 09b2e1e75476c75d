using System.Text.RegularExpressions;
using AttributionKit.Extraction.Dates;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.DateTime;

namespace AttributionKit.Tests.Extraction.Dates;

public class RecognizerRegexTimeoutsTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(30);

    [Fact]
    public void Takes_the_timeout_off_expressions_in_fields_lists_dictionaries_and_nested_objects()
    {
        var holder = new Holder
        {
            Direct = new Regex("a+", RegexOptions.None, Limit),
            List = [new Regex("b+", RegexOptions.None, Limit), new Regex("c+", RegexOptions.None, Limit)],
            Map = new Dictionary<Regex, Regex> { [new Regex("d+", RegexOptions.None, Limit)] = new Regex("e+", RegexOptions.None, Limit) },
            Child = new Holder { Direct = new Regex("f+", RegexOptions.None, Limit) },
        };
        holder.Child.Child = holder; // a cycle is walked once

        var changed = RecognizerRegexTimeouts.Remove(holder);

        var all = new[] { holder.Direct, holder.List[0], holder.List[1], holder.Map.Keys.Single(), holder.Map.Values.Single(), holder.Child.Direct, Holder.Shared };
        all.Should().OnlyContain(r => r.MatchTimeout == Regex.InfiniteMatchTimeout);
        changed.Should().Be(7);
        holder.Direct.IsMatch("xaay").Should().BeTrue("the expression still matches as before");
    }

    [Fact]
    public void Reaches_the_expressions_of_a_recognizer_model_and_keeps_its_results()
    {
        // The recognizer caches its models by culture and options, and shares its static expressions between them. So
        // whatever other tests ran first, the shared model has had its timeouts removed; a model with other options,
        // built straight from the recognizer, holds expressions of its own that still carry the two-hour timeout.
        DateRecognizerModels.Get(Culture.English);
        var untouched = new DateTimeRecognizer(Culture.English, DateTimeOptions.SkipFromToMerge, lazyInitialization: true).GetDateTimeModel(Culture.English);
        var reference = new DateTime(2024, 5, 17);
        string[] sentences =
        [
            "The council met on Tuesday, May 14, 2024, at 7 p.m.",
            "Talks have gone on for three years and end next month.",
            "Inspections take place twice a week, from April 1 to September 30.",
        ];
        var before = sentences.Select(s => Describe(untouched.Parse(s, reference))).ToList();

        var changed = RecognizerRegexTimeouts.Remove(untouched);

        changed.Should().BeGreaterThan(100, "the model's extractors and parsers hold hundreds of expressions of their own");
        RecognizerRegexTimeouts.Remove(untouched).Should().Be(0, "a second walk finds nothing left to change");
        var after = sentences.Select(s => Describe(untouched.Parse(s + " ", reference))).ToList();
        after.Should().Equal(before);
    }

    private static string Describe(IEnumerable<ModelResult> results) =>
        string.Join("; ", results.Select(r => $"{r.Start}-{r.End} {r.TypeName} {r.Text}"));

    private sealed class Holder
    {
        public static readonly Regex Shared = new("g+", RegexOptions.None, Limit);

        public Regex Direct { get; init; } = null!;

        public List<Regex> List { get; init; } = [];

        public Dictionary<Regex, Regex> Map { get; init; } = [];

        public Holder? Child { get; set; }
    }
}
