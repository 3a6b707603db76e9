using Jixiao.Domain.Numbers;

namespace Jixiao.Audit.Engine;

/// <summary>One number a finding compares: what it is, and the stated number with its text, value and location.</summary>
public sealed record FindingValue(string Label, Stated Number);
