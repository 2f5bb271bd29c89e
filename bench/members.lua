-- wrk script: GET one path signed in (path and cookie header passed after --) and print requests/s with p50/p95/p99 latency in ms.
local path, cookie
function init(args)
  path = args[1]
  cookie = args[2]
end

function request()
  return wrk.format("GET", path, { ["Accept-Language"] = "ar", ["Cookie"] = cookie })
end

function done(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status + summary.errors.timeout
  io.write(string.format("RESULT %.0f req/s  p50 %.1f ms  p95 %.1f ms  p99 %.1f ms  errors %d\n",
    summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, errors))
end
