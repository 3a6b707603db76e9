using System.Text;
using Jixiao.Cli;
using Jixiao.Cli.Commands;

Console.OutputEncoding = new UTF8Encoding(false);
return JixiaoApp.Run(args, new CliContext(Console.Out, Console.Error, Console.In));
