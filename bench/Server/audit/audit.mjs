// Runs every graphql-http server audit against GRAPHQL_URL and prints one line per audit, then a JSON summary line
// (read by tests/GraphQL.Tests/Server/GraphQLHttpAuditTests.cs). Exit code 1 when any MUST or SHOULD audit fails.
import { serverAudits } from 'graphql-http';

const url = process.env.GRAPHQL_URL ?? 'http://127.0.0.1:5187/graphql';
const summary = { ok: 0, warn: 0, error: 0, total: 0, must: 0, should: 0, may: 0, failedRequired: [] };
for (const audit of serverAudits({ url, fetchFn: fetch })) {
  const result = await audit.fn();
  summary[result.status]++;
  summary.total++;
  const level = audit.name.split(' ')[0];
  summary[level.toLowerCase()] = (summary[level.toLowerCase()] ?? 0) + 1;
  if (result.status !== 'ok' && (level === 'MUST' || level === 'SHOULD')) summary.failedRequired.push(`${audit.id} ${audit.name}: ${result.reason}`);
  const reason = result.status === 'ok' ? '' : ` -- ${result.reason}`;
  console.log(`${result.status.padEnd(5)} ${audit.id} ${audit.name}${reason}`);
}
console.log(`\n${summary.ok}/${summary.total} audits ok (${summary.must} MUST, ${summary.should} SHOULD, ${summary.may} MAY), ` +
  `${summary.warn} warnings, ${summary.error} errors; failed MUST/SHOULD: ${summary.failedRequired.length}`);
console.log(JSON.stringify(summary));
process.exit(summary.failedRequired.length === 0 ? 0 : 1);
