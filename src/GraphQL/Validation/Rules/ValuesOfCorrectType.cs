using Platform.GraphQL.Language;
using Platform.GraphQL.Language.Ast;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.6.1 Values of Correct Type: every literal can be coerced to the type expected where it is written, assuming
/// variables inside it hold valid values. A OneOf input object literal gives exactly one field, and not <c>null</c>.
/// Missing or null required arguments and input fields are left to Required Arguments and Input Object Required Fields.
/// </summary>
public sealed class ValuesOfCorrectType : ValidationRule
{
    // Error messages quote the offending literal; a hostile document's megabyte list is cut short.
    private const int MaxPrintedLength = 80;

    /// <inheritdoc />
    public override void EnterValue(ValidationContext context, ValueNode node)
    {
        if (context.TypeInfo.InputType is not { } type)
        {
            return;
        }

        switch (node)
        {
            case VariableNode:
                return;
            case NullValueNode:
                if (type is NonNullType && !IsRequiredSlot(context.TypeInfo.InputValueDefinition))
                {
                    ReportExpected(context, type, node, null);
                }

                return;
            case ListValueNode:
                if (type.Nullable is not ListType)
                {
                    ReportExpected(context, type, node, null);
                }

                return;
            case ObjectValueNode obj:
                if (type.GetNamedType() is not InputObjectType inputObject)
                {
                    ReportExpected(context, type, node, null);
                }
                else if (inputObject.IsOneOf)
                {
                    CheckOneOf(context, inputObject, obj);
                }

                return;
            default:
                CheckLeaf(context, type, node);
                return;
        }
    }

    // Null for an argument or input field that is required (non-null, no default) is reported by the required-value rules.
    private static bool IsRequiredSlot(InputValueDefinition? definition) =>
        definition is { Type: NonNullType, HasDefaultValue: false };

    private static void CheckOneOf(ValidationContext context, InputObjectType type, ObjectValueNode node)
    {
        if (node.Fields.Count != 1)
        {
            context.ReportError($"OneOf Input Object \"{type.Name}\" must specify exactly one key.", node);
            return;
        }

        var field = node.Fields[0];
        if (field.Value is NullValueNode)
        {
            context.ReportError($"Field \"{type.Name}.{field.Name}\" must be non-null.", field);
        }
    }

    private static void CheckLeaf(ValidationContext context, GraphType type, ValueNode node)
    {
        // A single value where a list is expected is coerced as a one-item list, so its named type decides.
        switch (type.GetNamedType())
        {
            case ScalarType scalar:
                try
                {
                    scalar.ParseLiteral(node);
                }
                catch (ValueCoercionException error)
                {
                    ReportExpected(context, type, node, error.Message);
                }
                catch (Exception error) when (error is FormatException or OverflowException or ArgumentException or InvalidOperationException)
                {
                    // A custom scalar failing in another way: its message is not meant for clients.
                    ReportExpected(context, type, node, null);
                }

                break;
            case EnumType enumType:
                if (node is not EnumValueNode enumValue || enumType.GetValue(enumValue.Value) is null)
                {
                    var reason = node is EnumValueNode missing
                        ? $"Value \"{missing.Value}\" does not exist in \"{enumType.Name}\" enum."
                        : null;
                    ReportExpected(context, type, node, reason);
                }

                break;
            default:
                ReportExpected(context, type, node, null);
                break;
        }
    }

    private static void ReportExpected(ValidationContext context, GraphType type, ValueNode node, string? reason)
    {
        var printed = Printer.Print(node);
        if (printed.Length > MaxPrintedLength)
        {
            printed = printed[..MaxPrintedLength] + "…";
        }

        var message = $"Expected value of type \"{type}\", found {printed}.";
        context.ReportError(reason is null ? message : message + " " + reason, node);
    }
}
