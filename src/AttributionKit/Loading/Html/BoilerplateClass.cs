namespace AttributionKit.Loading.Html;

/// <summary>What an element's class and id say about it, from <c>Resources/Html/boilerplate-patterns.txt</c>.</summary>
[Flags]
internal enum BoilerplateClass
{
    None = 0,

    /// <summary>Boilerplate whatever else it is called: comments, teasers, ads, sharing, newsletters.</summary>
    Drop = 1,

    /// <summary>Page furniture (sidebar, navigation, footer), unless also <see cref="Keep"/>.</summary>
    Furniture = 2,

    /// <summary>A wrapper name that protects from <see cref="Furniture"/>.</summary>
    Keep = 4,

    /// <summary>Lowers the content score.</summary>
    Negative = 8,

    /// <summary>Raises the content score.</summary>
    Positive = 16,

    /// <summary>A known article-body container.</summary>
    Content = 32,
}
