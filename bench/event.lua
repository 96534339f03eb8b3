-- GET one event with its claims, ids at random among the EVENTS generated ones.
local events = tonumber(os.getenv("EVENTS") or "10000")
math.randomseed(os.time())
request = function()
  return wrk.format("GET", "/api/events/" .. math.random(1, events))
end
