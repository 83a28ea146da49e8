namespace Platform.GraphQL.Server.Ide;

/// <summary>
/// A small self-contained GraphQL IDE (no CDN, no bundle): editor, variables, headers, run button, results, and
/// subscriptions over graphql-transport-ws with a tiny client. The fallback when GraphiQL is not installed
/// (<see cref="GraphQLServerOptions.IdeAssetsDirectory"/> unset or without node_modules), so a host without node still has an IDE.
/// <c>?query=...&amp;variables=...&amp;run=1</c> pre-fills the editor and runs it (used by the browser test).
/// </summary>
public static class IdePage
{
    /// <summary>The page's HTML with inline script and style.</summary>
    public const string Html = """
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>GraphQL IDE</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
  body { font-family: system-ui, sans-serif; margin: 0; display: flex; flex-direction: column; height: 100vh; }
  header { background: #1f2937; color: #fff; padding: .5rem 1rem; display: flex; gap: 1rem; align-items: center; }
  header button { font-size: 1rem; padding: .3rem 1.2rem; cursor: pointer; }
  main { flex: 1; display: grid; grid-template-columns: 1fr 1fr; gap: .5rem; padding: .5rem; min-height: 0; }
  section { display: flex; flex-direction: column; min-height: 0; }
  textarea, pre { font-family: ui-monospace, monospace; font-size: 13px; border: 1px solid #ccc; padding: .5rem; margin: 0 0 .5rem; }
  #query { flex: 3; } #variables, #headers { flex: 1; }
  pre { flex: 1; overflow: auto; background: #f8f8f8; white-space: pre-wrap; }
  label { font-size: 12px; color: #555; }
  #status { font-size: 12px; }
</style>
</head>
<body>
<header><strong>GraphQL</strong><button id="run" title="Ctrl+Enter">&#9654; Run</button><button id="stop" disabled>Stop</button><span id="status"></span></header>
<main>
  <section>
    <label for="query">Operation</label><textarea id="query" spellcheck="false">{ __typename }</textarea>
    <label for="variables">Variables (JSON)</label><textarea id="variables" spellcheck="false"></textarea>
    <label for="headers">Headers / connection_init payload (JSON)</label><textarea id="headers" spellcheck="false"></textarea>
  </section>
  <section><label>Result</label><pre id="result"></pre></section>
</main>
<script>
"use strict";
const $ = id => document.getElementById(id);
const endpoint = location.pathname;
let socket = null;

function parseJson(text, what) {
  if (!text.trim()) return undefined;
  try { return JSON.parse(text); } catch (e) { throw new Error(what + " is not valid JSON: " + e.message); }
}
function show(value) { $("result").textContent = typeof value === "string" ? value : JSON.stringify(value, null, 2); }
function status(text) { $("status").textContent = text; }
function isSubscription(query) {
  const code = query.replace(/#[^\n]*/g, "");
  return /(^|[}\s])subscription\b/.test(code.trim()) && /^\s*subscription\b/.test(code.trim());
}

async function run() {
  stop();
  let variables, headers;
  try { variables = parseJson($("variables").value, "Variables"); headers = parseJson($("headers").value, "Headers") || {}; }
  catch (e) { show(e.message); return; }
  const query = $("query").value;
  if (isSubscription(query)) { subscribe(query, variables, headers); return; }
  status("running...");
  const started = performance.now();
  try {
    const response = await fetch(endpoint, {
      method: "POST",
      headers: Object.assign({ "Content-Type": "application/json", "Accept": "application/graphql-response+json, application/json;q=0.9" }, headers),
      body: JSON.stringify({ query, variables })
    });
    const text = await response.text();
    let body; try { body = JSON.parse(text); } catch { body = text; }
    show(body);
    status(response.status + " in " + Math.round(performance.now() - started) + " ms");
    document.body.dataset.done = "true";
  } catch (e) { show("Request failed: " + e.message); status(""); }
}

// A minimal graphql-transport-ws client: init, ack, one subscribe, next/error/complete, ping/pong.
function subscribe(query, variables, payload) {
  const url = (location.protocol === "https:" ? "wss://" : "ws://") + location.host + endpoint;
  const events = [];
  socket = new WebSocket(url, "graphql-transport-ws");
  $("stop").disabled = false;
  status("connecting...");
  socket.onopen = () => socket.send(JSON.stringify({ type: "connection_init", payload }));
  socket.onmessage = message => {
    const m = JSON.parse(message.data);
    switch (m.type) {
      case "connection_ack": status("subscribed"); socket.send(JSON.stringify({ id: "1", type: "subscribe", payload: { query, variables } })); break;
      case "ping": socket.send(JSON.stringify({ type: "pong" })); break;
      case "next": events.unshift(m.payload); show(events); status(events.length + " event(s)"); break;
      case "error": show({ errors: m.payload }); stop(); break;
      case "complete": status("complete, " + events.length + " event(s)"); stop(); break;
    }
  };
  socket.onclose = e => { if (socket) status("closed " + e.code + " " + e.reason); socket = null; $("stop").disabled = true; };
}
function stop() {
  if (socket) {
    if (socket.readyState === WebSocket.OPEN) { socket.send(JSON.stringify({ id: "1", type: "complete" })); socket.close(1000); }
    socket = null;
  }
  $("stop").disabled = true;
}

$("run").onclick = run;
$("stop").onclick = stop;
document.addEventListener("keydown", e => { if (e.ctrlKey && e.key === "Enter") run(); });
const params = new URLSearchParams(location.search);
if (params.has("query")) $("query").value = params.get("query");
if (params.has("variables")) $("variables").value = params.get("variables");
if (params.get("run") === "1") run();
</script>
</body>
</html>
""";
}
