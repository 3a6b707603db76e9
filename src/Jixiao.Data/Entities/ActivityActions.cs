namespace Jixiao.Data.Entities;

/// <summary>The action names of the activity log.</summary>
public static class ActivityActions
{
    public const string UserAdded = "user.add";
    public const string TokenIssued = "token.issue";
    public const string TokenRevoked = "token.revoke";
    public const string VersionSaved = "version.save";
    public const string ReportSubmitted = "report.submit";
    public const string ReportReturned = "report.return";
    public const string ReportApproved = "report.approve";
    public const string FindingDecided = "finding.decide";
    public const string SignedIn = "user.signin";
    public const string SignInFailed = "user.signin-failed";
    public const string DeadlineSet = "deadline.set";
    public const string AttachmentAdded = "attachment.add";

    /// <summary>Marks a database as a demo database (`jixiao demo --serve`): only such a database gets demo accounts.</summary>
    public const string DemoCreated = "demo.create";
}
