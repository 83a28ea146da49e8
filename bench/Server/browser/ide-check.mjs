// Drives headless Chromium over the DevTools protocol: opens the IDE with ?query=...&run=1 and waits until the
// result pane shows the expected text. Checks a query (HTTP) and a subscription (graphql-transport-ws).
// Usage: node --experimental-websocket ide-check.mjs <devtools-port> <graphql-url>
const [port, endpoint] = process.argv.slice(2);

async function pageSocket() {
  for (let i = 0; i < 50; i++) {
    try {
      const pages = await (await fetch(`http://127.0.0.1:${port}/json/list`)).json();
      const page = pages.find(p => p.type === 'page');
      if (page) return page.webSocketDebuggerUrl;
    } catch { /* not up yet */ }
    await new Promise(r => setTimeout(r, 200));
  }
  throw new Error('Chromium DevTools did not come up');
}

const ws = new WebSocket(await pageSocket());
await new Promise(resolve => ws.addEventListener('open', resolve, { once: true }));
let nextId = 0;
const pending = new Map();
ws.addEventListener('message', event => {
  const message = JSON.parse(event.data);
  if (pending.has(message.id)) { pending.get(message.id)(message); pending.delete(message.id); }
});
const send = (method, params = {}) => new Promise(resolve => { const id = ++nextId; pending.set(id, resolve); ws.send(JSON.stringify({ id, method, params })); });
const evaluate = async expression => (await send('Runtime.evaluate', { expression, returnByValue: true })).result?.result?.value;

async function check(name, query, expected) {
  await send('Page.navigate', { url: `${endpoint}?run=1&query=${encodeURIComponent(query)}` });
  const deadline = Date.now() + 15000;
  let text = '';
  while (Date.now() < deadline) {
    text = await evaluate('document.getElementById("result") ? document.getElementById("result").textContent : ""') ?? '';
    if (expected.every(e => text.includes(e))) { console.log(`PASS ${name}`); return true; }
    await new Promise(r => setTimeout(r, 200));
  }
  console.log(`FAIL ${name}: result pane was ${JSON.stringify(text.slice(0, 300))}`);
  return false;
}

await send('Page.enable');
const results = [
  await check('query over HTTP', '{ hello(name: "browser") }', ['"hello": "Hello, browser!"']),
  await check('subscription over graphql-transport-ws', 'subscription { ticks(count: 3) }', ['"ticks": 1', '"ticks": 3']),
];
ws.close();
process.exit(results.every(Boolean) ? 0 : 1);
