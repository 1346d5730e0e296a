-- wrk request generator: a new query string per request. The area page reads only ?programma=, so a request with any
-- other parameter is rendered without the output cache: neither served from it nor stored (Kernel/Caching/CacheableQuery).
-- The report is bench/p95.lua's (wrk runs from the repository root, see bench/web.sh).
dofile("bench/p95.lua")

local counter = 0
request = function()
  counter = counter + 1
  return wrk.format(nil, wrk.path .. "?uncached=" .. counter .. "-" .. math.random(1, 1000000000))
end
