-- wrk script: each request takes the next path of the file named by $PATHS, with the Accept header $ACCEPT.
local paths = {}
for line in io.lines(os.getenv("PATHS")) do
  if #line > 0 then paths[#paths + 1] = line end
end
local accept = os.getenv("ACCEPT") or "text/html"
local i = math.random(#paths)
request = function()
  i = i % #paths + 1
  return wrk.format("GET", paths[i], { ["Accept"] = accept })
end
-- Answers that are not 2xx/3xx: a benchmark of errors is not a benchmark.
done = function(summary, latency, requests)
  io.write(string.format("non-200: %d\n", summary.errors.status))
end
