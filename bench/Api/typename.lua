-- wrk script: POSTs `{ __typename }` to the API, with the bearer token from TOKEN when set. Usage:
--   TOKEN=... wrk -t2 -c16 -d10s --latency -s bench/Api/typename.lua http://127.0.0.1:5000/graphql
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Accept"] = "application/graphql-response+json"
local token = os.getenv("TOKEN")
if token and token ~= "" then
  wrk.headers["Authorization"] = "Bearer " .. token
end
wrk.body = '{"query":"{ __typename }"}'

local statuses = {}
response = function(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end

done = function(summary, latency, requests)
  for status, count in pairs(statuses) do
    io.write(string.format("status %d: %d (last thread)\n", status, count))
  end
end
