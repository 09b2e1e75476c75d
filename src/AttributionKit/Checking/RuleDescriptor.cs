using System.Globalization;
using System.Text.RegularExpressions;

namespace AttributionKit.Checking;

/// <summary>
/// Describes a rule: its stable id, kebab-case name, title, message, category, default severity and help,
/// in the spirit of Roslyn's <c>DiagnosticDescriptor</c>. Immutable.
/// </summary>
public sealed partial class RuleDescriptor
{
    /// <summary>Creates a descriptor.</summary>
    /// <param name="id">A stable id: capital letters then digits (<c>AK1001</c>; your own rules should use your own prefix).</param>
    /// <param name="name">A stable kebab-case name (<c>date-mismatch</c>).</param>
    /// <param name="title">A short title, a phrase without a final full stop.</param>
    /// <param name="messageFormat">A composite format string for findings' messages (<c>{0}</c>, <c>{1}</c>... are the arguments passed when reporting).</param>
    /// <param name="category">A category, see <see cref="RuleCategory"/>.</param>
    /// <param name="defaultSeverity">The severity when no configuration says otherwise.</param>
    /// <param name="description">A full description: what the rule finds and why it matters.</param>
    /// <param name="helpText">How to fix or justify what it finds.</param>
    /// <param name="helpUri">Where to read more, if anywhere.</param>
    /// <exception cref="ArgumentException">When the id or name is not well-formed or a text is empty.</exception>
    public RuleDescriptor(
        string id,
        string name,
        string title,
        string messageFormat,
        string category,
        Severity defaultSeverity,
        string description,
        string helpText,
        Uri? helpUri = null)
    {
        if (!IdPattern().IsMatch(id ?? string.Empty))
        {
            throw new ArgumentException($"Rule id '{id}' must be capital letters followed by digits, like AK1001.", nameof(id));
        }

        if (!NamePattern().IsMatch(name ?? string.Empty))
        {
            throw new ArgumentException($"Rule name '{name}' must be kebab-case, like date-mismatch.", nameof(name));
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentException.ThrowIfNullOrWhiteSpace(messageFormat);
        ArgumentException.ThrowIfNullOrWhiteSpace(category);
        ArgumentException.ThrowIfNullOrWhiteSpace(description);
        ArgumentException.ThrowIfNullOrWhiteSpace(helpText);
        if (!Enum.IsDefined(defaultSeverity))
        {
            throw new ArgumentOutOfRangeException(nameof(defaultSeverity));
        }

        Id = id!;
        Name = name!;
        Title = title;
        MessageFormat = messageFormat;
        Category = category;
        DefaultSeverity = defaultSeverity;
        Description = description;
        HelpText = helpText;
        HelpUri = helpUri;
    }

    /// <summary>The stable id (<c>AK1001</c>).</summary>
    public string Id { get; }

    /// <summary>The stable kebab-case name (<c>date-mismatch</c>).</summary>
    public string Name { get; }

    /// <summary>A short title.</summary>
    public string Title { get; }

    /// <summary>The composite format of findings' messages.</summary>
    public string MessageFormat { get; }

    /// <summary>The category.</summary>
    public string Category { get; }

    /// <summary>The severity when no configuration says otherwise.</summary>
    public Severity DefaultSeverity { get; }

    /// <summary>The full description.</summary>
    public string Description { get; }

    /// <summary>How to fix or justify a finding.</summary>
    public string HelpText { get; }

    /// <summary>Where to read more, if anywhere.</summary>
    public Uri? HelpUri { get; }

    /// <summary>Whether <paramref name="idOrName"/> names this rule (its id or its name, ignoring case).</summary>
    /// <param name="idOrName">A rule id or name.</param>
    public bool IsNamed(string idOrName) =>
        string.Equals(idOrName, Id, StringComparison.OrdinalIgnoreCase)
        || string.Equals(idOrName, Name, StringComparison.OrdinalIgnoreCase);

    /// <summary>Formats a message from <see cref="MessageFormat"/>.</summary>
    /// <param name="arguments">The message arguments.</param>
    public string FormatMessage(params object?[] arguments) =>
        arguments.Length == 0 ? MessageFormat : string.Format(CultureInfo.InvariantCulture, MessageFormat, arguments);

    /// <inheritdoc />
    public override string ToString() => $"{Id} {Name}";

    [GeneratedRegex("^[A-Z]{1,8}[0-9]{1,6}$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();

    [GeneratedRegex("^[a-z][a-z0-9]*(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex NamePattern();
}
