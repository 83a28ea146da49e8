using Platform.GraphQL.Types;

namespace Platform.GraphQL.Tests.Validation;

/// <summary>
/// The example schema of spec section 5 (dog, cat, pet, ...) with the additions the section makes along the way
/// (Arguments, human/pet/catOrDog, booleanList) and a few types the examples use without declaring them.
/// </summary>
internal static class ValidationTestSchema
{
    public const string Sdl = """
        type Query {
          dog: Dog
          findDog(searchBy: FindDogInput): Dog
          human: Human
          pet: Pet
          catOrDog: CatOrDog
          arguments: Arguments
          booleanList(booleanListArg: [Boolean!]): Boolean
          field(arg: FieldInput): Boolean
          hello: String
          resource: Resource
        }

        type Mutation {
          addPet(pet: PetInput!): Pet
          addPets(pets: [PetInput!]!): [Pet]
        }

        type Subscription {
          newMessage: Message
          disallowedSecondRootField: Boolean
        }

        type Message {
          body: String
          sender: String
        }

        enum DogCommand {
          SIT
          DOWN
          HEEL
        }

        type Dog implements Pet {
          name: String!
          nickname: String
          barkVolume: Int
          doesKnowCommand(dogCommand: DogCommand!): Boolean!
          isHouseTrained(atOtherHomes: Boolean): Boolean!
          owner: Human
        }

        interface Sentient {
          name: String!
        }

        interface Pet {
          name: String!
        }

        type Alien implements Sentient {
          name: String!
          homePlanet: String
        }

        type Human implements Sentient {
          name: String!
          pets: [Pet!]
        }

        enum CatCommand {
          JUMP
        }

        type Cat implements Pet {
          name: String!
          nickname: String
          doesKnowCommand(catCommand: CatCommand!): Boolean!
          meowVolume: Int
        }

        union CatOrDog = Cat | Dog
        union DogOrHuman = Dog | Human
        union HumanOrAlien = Human | Alien

        input FindDogInput {
          name: String
          owner: String
        }

        input CatInput {
          name: String!
          nickname: String
          meowVolume: Int
        }

        input DogInput {
          name: String!
          nickname: String
          barkVolume: Int
        }

        input PetInput @oneOf {
          cat: CatInput
          dog: DogInput
        }

        input FieldInput {
          field: Boolean
        }

        type Arguments {
          multipleRequirements(x: Int!, y: Int!): Int!
          booleanArgField(booleanArg: Boolean): Boolean
          floatArgField(floatArg: Float): Float
          intArgField(intArg: Int): Int
          nonNullBooleanArgField(nonNullBooleanArg: Boolean!): Boolean!
          booleanListArgField(booleanListArg: [Boolean]!): [Boolean]
          optionalNonNullBooleanArgField(optionalBooleanArg: Boolean! = false): Boolean!
          nonNullBooleanListField(nonNullBooleanListArg: [Boolean]!): [Boolean]
          findDogs(searchBy: [FindDogInput!]): [Dog]
        }

        interface Node {
          id: ID!
        }

        interface Resource implements Node {
          id: ID!
          url: String
        }

        directive @tag(name: String!) repeatable on FIELD | FRAGMENT_SPREAD | INLINE_FRAGMENT
        directive @cost(weight: Int = 1) on FIELD | QUERY
        directive @trace on VARIABLE_DEFINITION
        """;

    private static readonly Lazy<Schema> Built = new(() => Build(Sdl));

    /// <summary>The schema, built once for all validation tests.</summary>
    public static Schema Schema => Built.Value;

    /// <summary>Builds a schema from SDL with placeholder root resolvers: validation never runs them.</summary>
    public static Schema Build(string sdl)
    {
        var builder = new SchemaBuilder().AddTypeDefinitions(sdl);
        foreach (var root in new[] { "Query", "Mutation", "Subscription" })
        {
            if (sdl.Contains("type " + root + " ", StringComparison.Ordinal))
            {
                builder.BindType(root, static _ => static _ => new ValueTask<object?>((object?)null));
            }
        }

        return builder.Build();
    }
}
