using Jixiao.LoadBench;

// jixiao load benchmark: `seed` fills a database with departments × years of the bundled sample through ReportStore;
// `run` drives a running `jixiao serve` with concurrent clients and prints latency percentiles. See bench/README.md.
return args switch
{
    ["seed", .. var rest] => await Seeder.RunAsync(Options.Parse(rest)),
    ["run", .. var rest] => await LoadRun.RunAsync(Options.Parse(rest)),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("用法：Jixiao.LoadBench seed --db 数据库 [--departments 500] [--years 2021,2022,2023] [--sample samples/tianhe-emergency-2023.json]");
    Console.Error.WriteLine("      Jixiao.LoadBench run --url http://127.0.0.1:5099 [--clients 20] [--requests 2000] [--year 2023] [--sample …]");
    return 2;
}
