-- GET a timeline of one of the 1,000 entities (limit 200), chosen at random per request;
-- with ENTITY set, always that entity (the request nginx is compared on).
local fixed = os.getenv("ENTITY")
math.randomseed(os.time())
request = function()
  local name = fixed or ("Person " .. math.random(1, 1000))
  return wrk.format("GET", "/api/timeline?limit=200&entity=" .. name:gsub(" ", "%%20"))
end
