using System.Net;

namespace Platform.GraphQL.Server.Ide;

/// <summary>
/// The GraphiQL page, served when <see cref="GraphQLServerOptions.IdeAssetsDirectory"/> holds the installed npm
/// project: React, GraphiQL and graphql-ws come from the endpoint's <c>ide-assets/</c> route (no CDN), queries and
/// mutations go over HTTP and subscriptions over graphql-transport-ws on the same path. The headers editor's JSON is
/// sent with HTTP requests and as the <c>connection_init</c> payload (where a host such as the API reads its token).
/// <c>?query=...&amp;variables=...</c> pre-fill the editors.
/// </summary>
public static class GraphiQLPage
{
    private const string AssetsPlaceholder = "{{ASSETS}}";

    private const string Template = """
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>GraphiQL</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="{{ASSETS}}/graphiql/graphiql.min.css">
<style>html, body, #graphiql { height: 100%; margin: 0; }</style>
</head>
<body>
<div id="graphiql">Loading GraphiQL&hellip;</div>
<script src="{{ASSETS}}/react/umd/react.production.min.js"></script>
<script src="{{ASSETS}}/react-dom/umd/react-dom.production.min.js"></script>
<script src="{{ASSETS}}/graphql-ws/umd/graphql-ws.min.js"></script>
<script src="{{ASSETS}}/graphiql/graphiql.min.js"></script>
<script>
"use strict";
(function () {
  // The endpoint is the page's own URL; subscriptions use the same path over ws: or wss:.
  const url = location.origin + location.pathname;
  // graphql-ws reads connection params once per connection, so it takes the headers of the latest operation.
  let headers = {};
  const wsClient = graphqlWs.createClient({ url: url.replace(/^http/, "ws"), lazy: true, connectionParams: () => headers });
  const http = GraphiQL.createFetcher({ url: url, wsClient: wsClient });
  const fetcher = (params, options) => {
    headers = (options && options.headers) || {};
    return http(params, options);
  };
  const search = new URLSearchParams(location.search);
  const props = { fetcher: fetcher, defaultEditorToolsVisibility: true, shouldPersistHeaders: false };
  if (search.has("query")) props.query = search.get("query");
  if (search.has("variables")) props.variables = search.get("variables");
  ReactDOM.createRoot(document.getElementById("graphiql")).render(React.createElement(GraphiQL, props));
})();
</script>
</body>
</html>
""";

    /// <summary>The page for the endpoint at <paramref name="endpointPath"/> (path base included), whose assets are below it.</summary>
    public static string Render(string endpointPath) =>
        Template.Replace(AssetsPlaceholder, WebUtility.HtmlEncode(endpointPath.TrimEnd('/') + "/" + IdeAssets.Segment), StringComparison.Ordinal);
}
