using System.Text.Json.Serialization;
using Jixiao.Domain.Reports;

namespace Jixiao.Domain.Claims;

/// <summary>A typed statement read from the report's narrative, with where it stands.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(IndicatorCountClaim), "indicatorCount")]
[JsonDerivedType(typeof(CompletionBandClaim), "completionBand")]
[JsonDerivedType(typeof(ScoreClaim), "score")]
[JsonDerivedType(typeof(DateClaim), "date")]
[JsonDerivedType(typeof(IncidentClaim), "incident")]
[JsonDerivedType(typeof(BreakdownClaim), "breakdown")]
[JsonDerivedType(typeof(ProjectCoverageClaim), "projectCoverage")]
[JsonDerivedType(typeof(EvaluatedFundsClaim), "evaluatedFunds")]
public abstract record Claim(SourceLocation Location);
