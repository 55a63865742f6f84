-- wrk script for bench/load_pages.py: every connection is one signed-in learner asking for one
-- page. wrk runs one connection a thread (-t N -c N); thread i reads line i of the file given
-- after "--": "<session cookie> <path>". It prints one RESULT line: requests, microseconds,
-- median and p95 latency in milliseconds, non-2xx/3xx answers, socket errors.
local counter = 0
function setup(thread)
  counter = counter + 1
  thread:set("id", counter)
end
function init(args)
  local n = 0
  for line in io.lines(args[1]) do
    n = n + 1
    if n == id then
      local cookie, path = line:match("^(%S+) (%S+)$")
      wrk.headers["Cookie"] = cookie
      wrk.headers["X-Forwarded-Proto"] = "https"
      wrk.headers["Host"] = "127.0.0.1"
      req = wrk.format("GET", path)
    end
  end
end
function request() return req end
function done(summary, latency, requests)
  io.write(string.format("RESULT %d %d %.3f %.3f %d %d\n", summary.requests, summary.duration,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    summary.errors.status, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
