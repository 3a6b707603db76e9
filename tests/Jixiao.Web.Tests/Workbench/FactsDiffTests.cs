using Jixiao.Documents.Json;
using Jixiao.Domain.Facts;
using Jixiao.Testing;
using Jixiao.Web.Workbench;

namespace Jixiao.Web.Tests.Workbench;

/// <summary>The comparison of two versions: figures changed, added and removed by stable key; findings new and resolved by fingerprint.</summary>
public sealed class FactsDiffTests
{
    private static readonly Jixiao.Domain.Reports.Report Changed = ModelJson.Deserialize(ChangedSample.Json())!;

    [Fact]
    public void The_same_model_has_no_changes()
    {
        var diff = FactsDiff.Of(BundledSample.Report, BundledSample.Report);

        Assert.Empty(diff.Figures);
        Assert.Empty(diff.NewFindings);
        Assert.Empty(diff.ResolvedFindings);
    }

    [Fact]
    public void A_changed_figure_shows_old_and_new_value_with_its_place()
    {
        var diff = FactsDiff.Of(BundledSample.Report, Changed);

        var change = Assert.Single(diff.Figures);
        Assert.Equal(FigureChangeKind.Changed, change.Kind);
        Assert.Equal("expenditure.actual", change.Key);
        Assert.Equal("支出", change.Place);
        Assert.Equal("决算支出", change.Name);
        Assert.Equal(ChangedSample.Original + " 万元", change.Before);
        Assert.Equal(ChangedSample.Changed + " 万元", change.After);
    }

    [Fact]
    public void Findings_of_the_changed_figure_are_new_and_resolved_when_it_is_changed_back()
    {
        var forward = FactsDiff.Of(BundledSample.Report, Changed);
        var back = FactsDiff.Of(Changed, BundledSample.Report);

        Assert.NotEmpty(forward.NewFindings);
        Assert.Contains(forward.NewFindings, f => f.Values.Any(v => v.Number.Text == ChangedSample.Changed));
        Assert.Equal(forward.NewFindings.Select(f => f.RuleId), back.ResolvedFindings.Select(f => f.RuleId));
        Assert.Equal(forward.ResolvedFindings.Select(f => f.RuleId), back.NewFindings.Select(f => f.RuleId));
        Assert.True(forward.UnchangedFindings > 0, "与改动的数字无关的发现应保持不变");
    }

    [Fact]
    public void Projects_are_matched_by_name_so_a_removed_project_does_not_shift_the_others()
    {
        var facts = KeyFigures.Of(BundledSample.Report);
        var first = facts.Projects[0];
        var without = facts with { Projects = [.. facts.Projects.Skip(1)] };

        var removed = FactsDiff.Compare(facts, without, [], []);
        var added = FactsDiff.Compare(without, facts, [], []);

        Assert.NotEmpty(removed.Figures);
        Assert.All(removed.Figures, f => Assert.Equal(FigureChangeKind.Removed, f.Kind));
        Assert.All(removed.Figures, f => Assert.Equal($"项目“{first.Name}”", f.Place));
        Assert.Contains(removed.Figures, f => f.Key == $"projects[{first.Name}].actual" && f.After is null && f.Before is not null);
        Assert.Equal(removed.Figures.Select(f => f.Key), added.Figures.Select(f => f.Key));
        Assert.All(added.Figures, f => Assert.Equal(FigureChangeKind.Added, f.Kind));
    }

    [Fact]
    public void Repeated_labels_get_distinct_keys()
    {
        var project = new ProjectFigures("同名项目", null, 1m, 2m, 3m, null);
        var twice = new KeyFigures { Projects = [project, project with { Actual = 4m }] };
        var changed = new KeyFigures { Projects = [project, project with { Actual = 5m }] };

        var change = Assert.Single(FactsDiff.Compare(twice, changed, [], []).Figures);

        Assert.Equal("projects[同名项目#2].actual", change.Key);
        Assert.Equal(("4 万元", "5 万元"), (change.Before, change.After));
    }
}
