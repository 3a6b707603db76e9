using System.CommandLine;
using System.Globalization;
using System.Text;
using Jixiao.Cli;
using Jixiao.Cli.Commands;

CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-CN");
Console.OutputEncoding = new UTF8Encoding(false);
return JixiaoApp.Run(args, new CliContext(Console.Out, Console.Error));
