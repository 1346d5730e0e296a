-- wrk request generator: a new query string per request, so every request misses the output cache and is rendered.
-- The report is bench/p95.lua's (wrk runs from the repository root, see bench/web.sh).
dofile("bench/p95.lua")

local counter = 0
request = function()
  counter = counter + 1
  return wrk.format(nil, wrk.path .. "?uncached=" .. counter .. "-" .. math.random(1, 1000000000))
end
