using Platform.GraphQL.Language.Ast;

namespace Platform.GraphQL.Types;

/// <summary>The built-in <c>Boolean</c> (spec 3.5.4).</summary>
public sealed class BooleanType : ScalarType
{
    /// <summary>Boxed once so serialising booleans does not allocate.</summary>
    internal static readonly object True = true;

    /// <summary>Boxed once so serialising booleans does not allocate.</summary>
    internal static readonly object False = false;

    internal BooleanType()
        : base("Boolean", "The `Boolean` scalar type represents `true` or `false`.")
    {
    }

    /// <inheritdoc />
    public override object Serialize(object value)
    {
        var unwrapped = NumericInput.Unwrap(value);
        if (unwrapped is bool b)
        {
            return b ? True : False;
        }

        if (NumericInput.IsNumber(unwrapped) && NumericInput.TryGetDouble(unwrapped, out var number) && double.IsFinite(number))
        {
            return number != 0 ? True : False;
        }

        throw new ValueCoercionException($"Boolean cannot represent a non boolean value: {Describe(value)}");
    }

    /// <inheritdoc />
    public override object ParseValue(object value) =>
        NumericInput.Unwrap(value) is bool b
            ? (b ? True : False)
            : throw new ValueCoercionException($"Boolean cannot represent a non boolean value: {Describe(value)}");

    /// <inheritdoc />
    public override object ParseLiteral(ValueNode literal) =>
        literal is BooleanValueNode b
            ? (b.Value ? True : False)
            : throw new ValueCoercionException($"Boolean cannot represent a non boolean value: {Describe(literal)}");
}
