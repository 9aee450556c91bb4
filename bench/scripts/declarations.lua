-- wrk script: lodges ten-item declarations (the items of bench TenItemDeclaration) as demo enterprise A through
-- POST /api/v1/declarations, each with a reference of its own (the same reference twice would only read the
-- first one back), authenticated by the bearer token in IW_TOKEN. Counts answers other than 201 and prints the
-- throughput and the latency of one lodgement (median, 99th percentile) on one line.
-- Run by bench/scripts/declarations.sh; by hand: IW_TOKEN=… wrk -t2 -c8 -d10s -s declarations.lua http://127.0.0.1:8080

local items = {
  {"22042100", "bottled red wine", "AU", "900", "LTR", "100000.00"},
  {"09012100", "roasted coffee beans", "BR", "500", "KGM", "42000.00"},
  {"84718000", "computer units", "JP", "20", "PCE", "64000.00"},
  {"85171300", "smartphones", "KR", "50", "PCE", "150000.00"},
  {"95030089", "toys", "VN", "800", "PCE", "24000.00"},
  {"18063200", "chocolate bars", "CH", "300", "KGM", "27000.00"},
  {"04069000", "cheese", "FR", "200", "KGM", "36000.00"},
  {"90183100", "syringes", "DE", "5000", "PCE", "15000.00"},
  {"91021100", "wrist watches", "CH", "40", "PCE", "80000.00"},
  {"08061000", "fresh grapes", "CL", "1000", "KGM", "30000.00"},
}

local parts = {}
for i, it in ipairs(items) do
  parts[i] = string.format('{"commodityCode":"%s","description":"%s","origin":"%s","quantity":"%s","unit":"%s",'
      .. '"value":"%s","preference":"AUTO","proofOfOrigin":null,"attributes":{}}', it[1], it[2], it[3], it[4], it[5], it[6])
end
local head = '{"reference":"'
local tail = '","importer":"91310115MA1K4DEM05","declarationDate":"2026-03-16","tradeMode":"0110",'
    .. '"transportMode":"2","portOfEntry":"2201","countryOfDispatch":"AU","priceTerms":"CIF","currency":"CNY",'
    .. '"freight":"0.00","insurance":"0.00","licences":[],"rulingReference":null,"items":[' .. table.concat(parts, ",") .. ']}'

local threads = {}

function setup(thread)
  thread:set("tid", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  run = os.getenv("IW_RUN") or tostring(os.time())
  counter = 0
  failed = 0
  first_failure = nil
  headers = {
    ["Authorization"] = "Bearer " .. (os.getenv("IW_TOKEN") or ""),
    ["Content-Type"] = "application/json",
  }
end

function request()
  counter = counter + 1
  return wrk.format("POST", "/api/v1/declarations", headers, head .. run .. "-" .. tid .. "-" .. counter .. tail)
end

function response(status, hdrs, body)
  if status ~= 201 then
    failed = failed + 1
    if first_failure == nil then first_failure = status .. " " .. string.sub(body or "", 1, 300) end
  end
end

function done(summary, latency, requests)
  local failures, first = 0, nil
  for _, t in ipairs(threads) do
    failures = failures + t:get("failed")
    first = first or t:get("first_failure")
  end
  local label = os.getenv("IW_LABEL") or ""
  local ok = summary.requests - failures
  io.write(string.format("%s: %d ten-item declarations lodged in %.2f s: %.0f declarations/s; "
      .. "latency median %.1f ms, p99 %.1f ms; %d failed, %d socket errors\n", label, ok,
      summary.duration / 1e6, ok / (summary.duration / 1e6), latency:percentile(50) / 1000,
      latency:percentile(99) / 1000, failures,
      summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
  if first then io.write("first failure: " .. first .. "\n") end
end
