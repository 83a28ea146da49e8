-- wrk script: POSTs a client_credentials request. Usage:
--   CLIENT_ID=... CLIENT_SECRET=... wrk -t2 -c16 -d10s -s client-credentials.lua http://127.0.0.1:5001/connect/token
local function urlencode(s)
  return (s:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

wrk.method = "POST"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
wrk.body = "grant_type=client_credentials&client_id=" .. urlencode(os.getenv("CLIENT_ID"))
  .. "&client_secret=" .. urlencode(os.getenv("CLIENT_SECRET"))

local failures = 0
response = function(status, headers, body)
  if status ~= 200 then failures = failures + 1 end
end

done = function(summary, latency, requests)
  io.write(string.format("non-200 responses (last thread): %d\n", failures))
end
