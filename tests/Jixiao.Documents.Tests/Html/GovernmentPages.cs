using System.Net;
using System.Text;
using Jixiao.Documents.Neutral;
using Jixiao.Testing.Conversion;

namespace Jixiao.Documents.Tests.Html;

/// <summary>
/// Web pages written for these tests in the shape government sites publish reports in: a top bar, a logo and
/// search box, the site navigation, a breadcrumb, the 索引号/发布机构/发布日期 block, the article title and
/// information line (发布时间, 来源, 浏览次数, 字体 大 中 小), the article, share/print/close buttons,
/// 上一篇/下一篇 and the footer (主办单位, ICP备, 版权所有). Scripts and styles included.
/// </summary>
internal static class GovernmentPages
{
    public const string Publisher = "广州市示例区测试局";
    public const string PublishedOn = "2024-06-19";
    public const string Address = "https://www.example.gov.cn/zwgk/czxx/bmyjs/content/post_9876543.html";

    /// <summary>Words of the furniture that must not reach the document.</summary>
    public static readonly string[] FurnitureWords =
    [
        "欢迎访问", "无障碍", "请输入关键字", "政务公开", "您现在的位置", "索引号", "11440106MB2C12345X", "发布机构", "成文日期", "浏览次数",
        "字体", "分享到", "打印本页", "关闭窗口", "上一篇", "下一篇", "主办单位", "ICP备", "版权所有", "统计代码", "document.write", "line-height",
    ];

    /// <summary>A government page whose article is <paramref name="articleHtml"/>.</summary>
    public static string Page(string title, string articleHtml, bool withArticleTitle = true)
    {
        var t = WebUtility.HtmlEncode(title);
        return $$"""
            <!DOCTYPE html>
            <html lang="zh-CN">
            <head>
            <meta charset="utf-8">
            <meta http-equiv="X-UA-Compatible" content="IE=edge">
            <title>{{t}}_示例区人民政府门户网站</title>
            <meta name="SiteName" content="示例区人民政府门户网站">
            <meta name="ColumnName" content="部门预决算">
            <link rel="stylesheet" href="/css/common.css">
            <link rel="canonical" href="{{Address}}">
            <style>.TRS_Editor p { line-height: 2em; } .nav li { float: left; }</style>
            <script src="/js/jquery.min.js"></script>
            <script>/* 统计代码 */ var _hmt = _hmt || []; document.write("<div class='ad'>广告</div>");</script>
            </head>
            <body>
            <div class="top-bar">
              <div class="w1200"><span>欢迎访问示例区人民政府门户网站！</span> <span>今天是：2024年6月20日 星期四</span>
              <a href="/wza/">无障碍</a> <a href="/zzms/">长者模式</a> <a href="/en/">English</a></div>
            </div>
            <div class="header">
              <div class="logo"><h1><a href="/"><img src="/images/logo.png" alt="示例区人民政府">示例区人民政府</a></h1></div>
              <div class="search"><form action="/search"><input type="text" name="q" placeholder="请输入关键字"><button type="submit">搜索</button></form></div>
            </div>
            <div class="nav">
              <ul>
                <li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/zwfw/">政务服务</a></li>
                <li><a href="/hdjl/">互动交流</a></li><li><a href="/zjsl/">走进示例</a></li>
              </ul>
            </div>
            <div class="main w1200">
              <div class="position">您现在的位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/czxx/">财政信息</a> &gt; <a href="/zwgk/czxx/bmyjs/">部门预决算</a></div>
              <div class="article">
                <table class="xxgk-info" cellspacing="0">
                  <tr><td class="label">索引号：</td><td>11440106MB2C12345X/2024-00123</td><td class="label">分类：</td><td>财政预决算</td></tr>
                  <tr><td class="label">发布机构：</td><td>{{Publisher}}</td><td class="label">成文日期：</td><td>2024-06-12</td></tr>
                  <tr><td class="label">名称：</td><td colspan="3">{{t}}</td></tr>
                  <tr><td class="label">文号：</td><td></td><td class="label">发布日期：</td><td>{{PublishedOn}}</td></tr>
                </table>
                {{(withArticleTitle ? $"<h2 class=\"article-title\">{t}</h2>" : string.Empty)}}
                <div class="article-info">
                  <span>发布时间：{{PublishedOn}} 10:30</span> <span>来源：示例区测试局</span> <span>浏览次数：<em id="hits">328</em></span>
                  <span>字体：【<a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> <a href="javascript:doZoom(12)">小</a>】</span>
                </div>
                <div id="zoom" class="TRS_Editor">
            {{articleHtml}}
                </div>
                <div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a></div>
                <div class="print-close"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
                <div class="prev-next">
                  <p>上一篇：<a href="/zwgk/czxx/content/post_9876542.html">示例区测试局2024年部门预算</a></p>
                  <p>下一篇：<a href="/zwgk/czxx/content/post_9876544.html">示例区测试局2023年部门决算</a></p>
                </div>
              </div>
            </div>
            <div class="footer">
              <p><a href="/wzdt/">网站地图</a> | <a href="/lxwm/">联系我们</a></p>
              <p>主办单位：示例区人民政府办公室　承办单位：示例区政务服务数据管理局</p>
              <p>网站标识码：4401060001　粤ICP备12345678号　粤公网安备 44010602000123号</p>
              <p>版权所有：示例区人民政府　地址：示例区示例大道1号</p>
            </div>
            <script>$(function () { $('#hits').load('/count'); });</script>
            </body>
            </html>
            """;
    }

    /// <summary>The body of <see cref="DocumentHtml.Render"/>'s page for <paramref name="document"/> (its headings, paragraphs and tables).</summary>
    public static string RenderedArticle(DocumentText document, string title)
    {
        var html = DocumentHtml.Render(document, title);
        var start = html.IndexOf("<body>", StringComparison.Ordinal) + "<body>".Length;
        var end = html.LastIndexOf("</body>", StringComparison.Ordinal);
        return html[start..end];
    }

    /// <summary>A site's column index: navigation, lists of links with dates, a footer; no article.</summary>
    public static string IndexPage()
    {
        var items = new StringBuilder();
        for (var i = 1; i <= 20; i++)
        {
            items.Append(System.Globalization.CultureInfo.InvariantCulture, $"<li><a href=\"/zwgk/czxx/content/post_{9876500 + i}.html\" title=\"示例区第{i}个部门2023年度部门整体支出绩效自评报告\">示例区第{i}个部门2023年度部门整体支出绩效自评报告</a><span class=\"date\">2024-06-{i:D2}</span></li>\n");
        }

        return $$"""
            <!DOCTYPE html>
            <html><head><meta charset="utf-8"><title>部门预决算_示例区人民政府门户网站</title></head>
            <body>
            <div class="header"><div class="logo"><a href="/">示例区人民政府</a></div></div>
            <div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li></ul></div>
            <div class="main">
              <div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; 部门预决算</div>
              <div class="list"><ul>
            {{items}}
              </ul></div>
              <div class="pages">共 20 条 <a href="#">首页</a> <a href="#">上一页</a> 1 <a href="#">下一页</a> <a href="#">尾页</a></div>
            </div>
            <div class="footer"><p>主办单位：示例区人民政府办公室</p><p>版权所有：示例区人民政府</p></div>
            </body></html>
            """;
    }
}
