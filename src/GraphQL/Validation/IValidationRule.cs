using Platform.GraphQL.Language.Ast;

namespace Platform.GraphQL.Validation;

/// <summary>
/// One validation rule of spec section 5. Rules are stateless and shared between validations: whatever a rule must
/// remember while a document is walked lives in the <see cref="ValidationContext"/>. The walker calls only the
/// methods named in <see cref="Events"/>, so a rule pays nothing for the nodes it does not look at.
/// </summary>
public interface IValidationRule
{
    /// <summary>The walker events this rule handles.</summary>
    ValidationEvents Events { get; }

    /// <summary>Before anything else in the document.</summary>
    void EnterDocument(ValidationContext context, DocumentNode node);

    /// <summary>After the whole document has been walked; per-document collections are complete here.</summary>
    void LeaveDocument(ValidationContext context, DocumentNode node);

    /// <summary>Entering an operation definition.</summary>
    void EnterOperationDefinition(ValidationContext context, OperationDefinitionNode node);

    /// <summary>Leaving an operation definition.</summary>
    void LeaveOperationDefinition(ValidationContext context, OperationDefinitionNode node);

    /// <summary>Entering a variable definition of an operation.</summary>
    void EnterVariableDefinition(ValidationContext context, VariableDefinitionNode node);

    /// <summary>Entering a fragment definition.</summary>
    void EnterFragmentDefinition(ValidationContext context, FragmentDefinitionNode node);

    /// <summary>Leaving a fragment definition.</summary>
    void LeaveFragmentDefinition(ValidationContext context, FragmentDefinitionNode node);

    /// <summary>Entering a selection set; the type info's parent type is the set's type.</summary>
    void EnterSelectionSet(ValidationContext context, SelectionSetNode node);

    /// <summary>Entering a field; the type info knows its definition and type.</summary>
    void EnterField(ValidationContext context, FieldNode node);

    /// <summary>Leaving a field.</summary>
    void LeaveField(ValidationContext context, FieldNode node);

    /// <summary>Entering a named fragment spread.</summary>
    void EnterFragmentSpread(ValidationContext context, FragmentSpreadNode node);

    /// <summary>Entering an inline fragment.</summary>
    void EnterInlineFragment(ValidationContext context, InlineFragmentNode node);

    /// <summary>Entering a directive application; <see cref="ValidationContext.DirectiveLocation"/> says where it sits.</summary>
    void EnterDirective(ValidationContext context, DirectiveNode node);

    /// <summary>Entering an argument of a field or directive.</summary>
    void EnterArgument(ValidationContext context, ArgumentNode node);

    /// <summary>Entering any value, including variables, lists and input objects.</summary>
    void EnterValue(ValidationContext context, ValueNode node);

    /// <summary>Entering one field of an input object literal.</summary>
    void EnterObjectField(ValidationContext context, ObjectFieldNode node);
}
