-- wrk script: POST the JSON body given in the BODY environment variable.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Accept"] = "application/graphql-response+json"
wrk.body = os.getenv("BODY") or ""
