using Platform.GraphQL.Execution;
using Platform.GraphQL.Types;

namespace Platform.Api.Data;

/// <summary>
/// Field middleware: each root mutation field runs in its own transaction, committed when its resolver returns
/// (payload errors included: business refusals write nothing) and rolled back when it throws. The payload's
/// sub-selection then reads in a fresh transaction that sees the committed change.
/// </summary>
public static class MutationCommit
{
    /// <summary>The middleware; fields of other types run unwrapped.</summary>
    public static FieldResolver Apply(ObjectType parentType, FieldDefinition field, FieldResolver next)
    {
        if (parentType.Name != "Mutation")
        {
            return next;
        }

        return async context =>
        {
            var work = context.Work();
            object? result;
            try
            {
                result = await next(context);
            }
            catch
            {
                await work.RollbackAsync();
                throw;
            }

            await work.CommitAsync(context.CancellationToken);
            return result;
        };
    }
}
