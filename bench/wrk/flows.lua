-- Stateful token-endpoint cases for bench/mixed.sh. CASE (environment) is one of
--   cc          POST /token client_credentials (client_secret_post)
--   code        POST /token authorization_code, each code used once (this thread's slice of CODES_FILE)
--   refresh     POST /token refresh_token, one rotation chain per thread (line THREAD_ID+1 of REFRESH_FILE);
--               the next refresh token is parsed from each response
--   introspect  POST /introspect of ACCESS_TOKEN (a JWT)
--   mixed       the four above in turn, on every thread
-- Other environment: CLIENT_FILE (client_id, client_secret, the codes' PKCE code_verifier), THREADS (wrk -t), REFRESH_OFFSET (first line of
-- REFRESH_FILE for this run). Requires exactly one connection per thread (wrk -tN -cN): the refresh chain and the
-- "which kind was this response" bookkeeping assume one request in flight per thread.
-- done() prints one JSON line like request.lua's, plus requests and non-2xx per kind and whether codes ran out.

local case = os.getenv("CASE") or "cc"
local thread_count = tonumber(os.getenv("THREADS") or "1")
local next_id = 0
local threads = {}

function setup(thread)
  thread:set("thread_id", next_id)
  next_id = next_id + 1
  table.insert(threads, thread)
end

local function lines(path)
  local result = {}
  for line in io.lines(path) do
    if line ~= "" then table.insert(result, line) end
  end
  return result
end

local function urlencode(s)
  return (s:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

local kinds = case == "mixed" and { "cc", "code", "refresh", "introspect" } or { case }
local auth, verifier, codes, refresh_token, access_token
local turn, current = 0, nil
local code_index = 0

function init(args)
  local client = lines(os.getenv("CLIENT_FILE"))
  auth = "&client_id=" .. urlencode(client[1]) .. "&client_secret=" .. urlencode(client[2])
  verifier = client[3] or ""
  codes = {}
  if os.getenv("CODES_FILE") then
    for i, c in ipairs(lines(os.getenv("CODES_FILE"))) do
      if (i - 1) % thread_count == thread_id then table.insert(codes, c) end
    end
  end
  if os.getenv("REFRESH_FILE") then
    refresh_token = lines(os.getenv("REFRESH_FILE"))[thread_id + 1 + tonumber(os.getenv("REFRESH_OFFSET") or "0")]
  end
  access_token = os.getenv("ACCESS_TOKEN")
  for _, k in ipairs({ "cc", "code", "refresh", "introspect" }) do
    _G["n_" .. k] = 0
    _G["bad_" .. k] = 0
  end
  exhausted = 0
  first_error = ""
end

local headers = { ["Content-Type"] = "application/x-www-form-urlencoded" }

function request()
  turn = turn + 1
  current = kinds[(turn - 1) % #kinds + 1]
  if current == "code" and code_index >= #codes then
    -- Out of codes: this thread stops (the run's requests/s is then understated; done() says so).
    exhausted = 1
    wrk.thread:stop()
  end
  local body, path = nil, "/token"
  if current == "cc" then
    body = "grant_type=client_credentials" .. auth
  elseif current == "code" then
    code_index = code_index + 1
    body = "grant_type=authorization_code&code=" .. urlencode(codes[math.min(code_index, #codes)] or "none")
      .. "&redirect_uri=" .. urlencode("https://app.example/cb") .. "&code_verifier=" .. urlencode(verifier) .. auth
  elseif current == "refresh" then
    body = "grant_type=refresh_token&refresh_token=" .. urlencode(refresh_token) .. auth
  else
    path = "/introspect"
    body = "token=" .. access_token .. auth
  end
  return wrk.format("POST", path, headers, body)
end

function response(status, headers, body)
  _G["n_" .. current] = _G["n_" .. current] + 1
  if status < 200 or status > 299 then
    _G["bad_" .. current] = _G["bad_" .. current] + 1
    if first_error == "" then first_error = current .. " " .. status .. " " .. (body or ""):sub(1, 160) end
  elseif current == "refresh" then
    refresh_token = body:match('"refresh_token"%s*:%s*"([^"]+)"') or refresh_token
  elseif current == "introspect" and not body:find('"active"%s*:%s*true') then
    _G["bad_" .. current] = _G["bad_" .. current] + 1
    if first_error == "" then first_error = "introspect inactive " .. body:sub(1, 160) end
  end
end

done = function(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local errors = summary.errors
  local total_bad, out_of_codes, first = 0, 0, ""
  local per_kind = {}
  for _, k in ipairs({ "cc", "code", "refresh", "introspect" }) do
    local n, bad = 0, 0
    for _, t in ipairs(threads) do
      n = n + t:get("n_" .. k)
      bad = bad + t:get("bad_" .. k)
    end
    total_bad = total_bad + bad
    if n > 0 then table.insert(per_kind, string.format('"%s":{"requests":%d,"non2xx":%d}', k, n, bad)) end
  end
  for _, t in ipairs(threads) do
    out_of_codes = out_of_codes + t:get("exhausted")
    if first == "" then first = t:get("first_error") end
  end
  io.write(string.format(
    '{"requests":%d,"rps":%.0f,"p50_ms":%.3f,"p99_ms":%.3f,"non2xx":%d,"socket_errors":%d,"threads_out_of_codes":%d,"kinds":{%s},"first_error":"%s"}\n',
    summary.requests, summary.requests / seconds, latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    total_bad, errors.connect + errors.read + errors.write + errors.timeout, out_of_codes, table.concat(per_kind, ","),
    (first:gsub('[\\"]', "'"))))
end
