// Rebuilds a schema with graphql-js from our introspection result and from our printed SDL, and prints both as
// graphql-js prints them. Read by tests/GraphQL.Tests/Introspection/GraphQLJsRebuildTests.cs: a standard tool that
// rebuilds from introspection must arrive at exactly the schema it would build from our SDL.
// Input: a JSON file named by the first argument, {"introspection": <data of the standard introspection query>, "sdl": "<printed schema>"}.
import { readFileSync } from 'node:fs';
import { buildClientSchema, buildSchema, printSchema, assertValidSchema } from 'graphql';

const input = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const fromIntrospection = buildClientSchema(input.introspection);
const fromSdl = buildSchema(input.sdl);
assertValidSchema(fromIntrospection);
assertValidSchema(fromSdl);
console.log(JSON.stringify({ fromIntrospection: printSchema(fromIntrospection), fromSdl: printSchema(fromSdl) }));
