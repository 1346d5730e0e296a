-- wrk request generator: a new query string per request, so every request misses the output cache and is rendered.
local counter = 0
request = function()
  counter = counter + 1
  return wrk.format(nil, wrk.path .. "?uncached=" .. counter .. "-" .. math.random(1, 1000000000))
end
-- wrk reporter: prints the latency percentiles and throughput as key=value lines for bench/web.sh.
done = function(summary, latency, requests)
  io.write(string.format("requests=%d\n", summary.requests))
  io.write(string.format("errors=%d\n", summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status + summary.errors.timeout))
  io.write(string.format("duration_s=%.3f\n", summary.duration / 1e6))
  io.write(string.format("rps=%.1f\n", summary.requests / (summary.duration / 1e6)))
  io.write(string.format("p50_ms=%.2f\n", latency:percentile(50) / 1000))
  io.write(string.format("p95_ms=%.2f\n", latency:percentile(95) / 1000))
  io.write(string.format("p99_ms=%.2f\n", latency:percentile(99) / 1000))
  io.write(string.format("bytes=%d\n", summary.bytes))
end
