namespace AttributionKit.Extraction.Claims;

/// <summary>A figure as read from tokens, before it becomes a <see cref="Quantity"/>.</summary>
/// <param name="Start">Its first token (a currency symbol or the number).</param>
/// <param name="End">The token past it (past its unit when it has one).</param>
/// <param name="Value">Its value, multipliers applied.</param>
/// <param name="Unit">What it counts, or null when no unit follows ("76" of "76 of 112 drones").</param>
internal readonly record struct QuantityFigure(int Start, int End, double Value, string? Unit);
