-- wrk script for case intake: 7 in 10 requests name a known resident, 3 in 10 describe a new one.
-- args: <file of resident ids> <api key> <run prefix>
local ids = {}
local counter = 0
local threads = {}

function setup(thread)
  thread:set("tid", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  for line in io.lines(args[1]) do ids[#ids + 1] = line end
  key = args[2]
  prefix = args[3] .. "-" .. tostring(tid)
end

request = function()
  counter = counter + 1
  local i = counter
  local body
  if i % 10 < 7 then
    body = string.format('{"channel":"phone","requestTypeCode":"VOI-NID-POULE","description":"Signalement n°%d : problème constaté rue de la République","location":{"address":"%d rue de la République","postcode":"69002"},"resident":{"id":"%s"}}', i, i % 300, ids[(i % #ids) + 1])
  else
    local n = (i * 7919 + tid * 1000003) % 100000000
    body = string.format('{"channel":"email","requestTypeCode":"PRO-DEPOT-SAUVAGE","description":"Signalement n°%d","resident":{"givenName":"Camille","familyName":"Wrk%d","phone":"07 %02d %02d %02d %02d","email":"camille.%s.%d@exemple.fr"}}',
      i, n, math.floor(n / 1000000) % 100, math.floor(n / 10000) % 100, math.floor(n / 100) % 100, n % 100, prefix, i)
  end
  return wrk.format("POST", "/v1/cases", { ["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. key, ["Idempotency-Key"] = prefix .. "-" .. i }, body)
end

done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("WRK requests=%d duration_us=%d p50_us=%d p99_us=%d max_us=%d non2xx=%d socket_errors=%d\n",
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99), latency.max, e.status, e.connect + e.read + e.write + e.timeout))
end
