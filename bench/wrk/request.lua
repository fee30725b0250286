-- One request shape for every case: METHOD (default GET), BODY (form-encoded) and AUTH (Authorization header) from
-- the environment. When wrk finishes, prints one JSON line with the figures.
wrk.method = os.getenv("METHOD") or "GET"
if wrk.method == "POST" then
  wrk.body = os.getenv("BODY") or ""
  wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
end
if os.getenv("AUTH") and os.getenv("AUTH") ~= "" then
  wrk.headers["Authorization"] = os.getenv("AUTH")
end

done = function(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local errors = summary.errors
  io.write(string.format(
    '{"requests":%d,"rps":%.0f,"p50_ms":%.3f,"p99_ms":%.3f,"non2xx":%d,"socket_errors":%d}\n',
    summary.requests, summary.requests / seconds, latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    errors.status, errors.connect + errors.read + errors.write + errors.timeout))
end
