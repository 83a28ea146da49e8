// Runs every graphql-http server audit against GRAPHQL_URL and prints the outcome per audit and the counts.
// Exit code 1 when any MUST or SHOULD audit fails.
import { serverAudits } from 'graphql-http';

const url = process.env.GRAPHQL_URL ?? 'http://127.0.0.1:5187/graphql';
const counts = { ok: 0, warn: 0, error: 0 };
let failedRequired = 0;
for (const audit of serverAudits({ url, fetchFn: fetch })) {
  const result = await audit.fn();
  counts[result.status]++;
  const level = audit.name.split(' ')[0];
  if (result.status !== 'ok' && (level === 'MUST' || level === 'SHOULD')) failedRequired++;
  const reason = result.status === 'ok' ? '' : ` -- ${result.reason}`;
  console.log(`${result.status.padEnd(5)} ${audit.id} ${audit.name}${reason}`);
}
const total = counts.ok + counts.warn + counts.error;
console.log(`\n${counts.ok}/${total} audits ok, ${counts.warn} warnings, ${counts.error} errors; failed MUST/SHOULD: ${failedRequired}`);
process.exit(failedRequired === 0 ? 0 : 1);
