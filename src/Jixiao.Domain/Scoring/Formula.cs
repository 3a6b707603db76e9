using System.Globalization;

namespace Jixiao.Domain.Scoring;

/// <summary>
/// A small expression language for scheme formulas: numbers, named inputs (any run of letters or CJK characters),
/// + − × ÷ (also * / - x), parentheses, min(a, b), max(a, b). Evaluated in decimal.
/// </summary>
public static class Formula
{
    /// <summary>The name of the item's own points in a formula.</summary>
    public const string PointsName = "分值";

    /// <summary>Null when the formula parses and uses only known names; else a Chinese sentence.</summary>
    public static string? Check(string formula, IReadOnlySet<string> names)
    {
        try
        {
            var parser = new Parser(formula, name => names.Contains(name) ? 1m : throw new FormatException($"未定义的输入“{name}”"));
            parser.Parse();
            return null;
        }
        catch (FormatException e)
        {
            return e.Message;
        }
        catch (DivideByZeroException)
        {
            return null;
        }
    }

    /// <summary>The names the formula uses.</summary>
    public static IReadOnlyList<string> Names(string formula)
    {
        var names = new List<string>();
        try
        {
            new Parser(formula, name =>
            {
                if (!names.Contains(name))
                {
                    names.Add(name);
                }

                return 1m;
            }).Parse();
        }
        catch (FormatException)
        {
        }
        catch (DivideByZeroException)
        {
        }

        return names;
    }

    /// <summary>The value, or null when a name has no value or the formula divides by zero.</summary>
    public static decimal? Evaluate(string formula, IReadOnlyDictionary<string, decimal?> values)
    {
        try
        {
            return new Parser(formula, name => values.TryGetValue(name, out var v) && v is { } value ? value : throw new KeyNotFoundException(name)).Parse();
        }
        catch (Exception e) when (e is KeyNotFoundException or DivideByZeroException or FormatException or OverflowException)
        {
            return null;
        }
    }

    private sealed class Parser(string text, Func<string, decimal> resolve)
    {
        private int _position;

        public decimal Parse()
        {
            var value = Sum();
            Skip();
            if (_position < text.Length)
            {
                throw new FormatException($"第 {_position + 1} 个字符“{text[_position]}”无法识别");
            }

            return value;
        }

        private decimal Sum()
        {
            var value = Product();
            while (true)
            {
                Skip();
                if (Take('+'))
                {
                    value += Product();
                }
                else if (Take('-') || Take('−'))
                {
                    value -= Product();
                }
                else
                {
                    return value;
                }
            }
        }

        private decimal Product()
        {
            var value = Unary();
            while (true)
            {
                Skip();
                if (Take('*') || Take('×'))
                {
                    value *= Unary();
                }
                else if (Take('/') || Take('÷'))
                {
                    value /= Unary();
                }
                else
                {
                    return value;
                }
            }
        }

        private decimal Unary()
        {
            Skip();
            return Take('-') || Take('−') ? -Atom() : Atom();
        }

        private decimal Atom()
        {
            Skip();
            if (_position >= text.Length)
            {
                throw new FormatException("公式不完整");
            }

            var c = text[_position];
            if (Take('(') || Take('（'))
            {
                var inner = Sum();
                Expect();
                return inner;
            }

            if (char.IsAsciiDigit(c) || c == '.')
            {
                var start = _position;
                while (_position < text.Length && (char.IsAsciiDigit(text[_position]) || text[_position] == '.'))
                {
                    _position++;
                }

                var number = decimal.Parse(text[start.._position], NumberStyles.Number, CultureInfo.InvariantCulture);
                return Take('%') ? number / 100m : number;
            }

            if (char.IsLetter(c) || c == '_')
            {
                var start = _position;
                while (_position < text.Length && (char.IsLetterOrDigit(text[_position]) || text[_position] == '_'))
                {
                    _position++;
                }

                var name = text[start.._position];
                Skip();
                if (name is "min" or "max" && (Take('(') || Take('（')))
                {
                    var first = Sum();
                    Skip();
                    if (!(Take(',') || Take('，')))
                    {
                        throw new FormatException($"{name} 需要两个参数");
                    }

                    var second = Sum();
                    Expect();
                    return name == "min" ? Math.Min(first, second) : Math.Max(first, second);
                }

                return resolve(name);
            }

            throw new FormatException($"第 {_position + 1} 个字符“{c}”无法识别");
        }

        private void Expect()
        {
            Skip();
            if (!(Take(')') || Take('）')))
            {
                throw new FormatException("括号不匹配");
            }
        }

        private bool Take(char c)
        {
            if (_position < text.Length && text[_position] == c)
            {
                _position++;
                return true;
            }

            return false;
        }

        private void Skip()
        {
            while (_position < text.Length && char.IsWhiteSpace(text[_position]))
            {
                _position++;
            }
        }
    }
}
