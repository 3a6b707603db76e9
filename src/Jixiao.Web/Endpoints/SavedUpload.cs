using Jixiao.Audit.Engine;
using Jixiao.Data.Entities;

namespace Jixiao.Web.Endpoints;

/// <summary>A version appended by an upload: the version, the department it was filed under and its audit.</summary>
internal sealed record SavedUpload(ReportVersion Version, string Department, AuditResult Audit);
