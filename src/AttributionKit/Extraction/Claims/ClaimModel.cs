using System.Collections.Frozen;
using System.Globalization;
using AttributionKit.Text;

namespace AttributionKit.Extraction.Claims;

/// <summary>
/// The check-worthiness model: a weighted sum of feature values plus a bias, squashed by the logistic function
/// into 0..1. Weights, bias and threshold are data (<c>Lexicons/claim-weights.txt</c>); nothing is downloaded.
/// </summary>
internal static class ClaimModel
{
    private static readonly FrozenDictionary<string, double> Weights = Lexicon.Lines("Lexicons/claim-weights.txt")
        .Select(l => l.Split('\t', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        .Where(c => c.Length >= 2)
        .ToFrozenDictionary(c => c[0], c => double.Parse(c[1], CultureInfo.InvariantCulture), StringComparer.Ordinal);

    /// <summary>The score at and above which a sentence is a claim.</summary>
    public static double Threshold => Weights.GetValueOrDefault("threshold", 0.5);

    /// <summary>The weight of a feature (0 for an unknown one).</summary>
    public static double Weight(string feature) => Weights.GetValueOrDefault(feature);

    /// <summary>The score of feature values (name → value, 1 for a feature that fired).</summary>
    public static double Score(IReadOnlyDictionary<string, double> values)
    {
        var sum = Weights.GetValueOrDefault("bias");
        foreach (var (feature, value) in values)
        {
            sum += Weight(feature) * value;
        }

        return 1 / (1 + Math.Exp(-sum));
    }
}
