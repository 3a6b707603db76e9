namespace Jixiao.Data.Storage;

/// <summary>How many findings of one rule a version has.</summary>
public sealed record RuleCount(int VersionId, string RuleId, int Count);
