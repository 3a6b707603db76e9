using Jixiao.Data.Entities;

namespace Jixiao.Data.Storage;

/// <summary>A stored decision on a finding with the name of the user who made it.</summary>
public sealed record DecisionRecord(long Id, int VersionNumber, string Fingerprint, string RuleId, FindingDecisionKind Decision, string Text, string By, DateTimeOffset When);
