-- POST a new article (a URL no request used before): an insert, a hash, a commit.
local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("id", threads)
end
function init(args)
  counter = 0
  stamp = os.time()
end
request = function()
  counter = counter + 1
  local body = string.format('{"url":"https://example.org/bench/%d/%d/%d","outlet":"Bench Wire",'
    .. '"title":"Committee agrees on a plan","publishedAt":"2026-01-05T10:00:00Z",'
    .. '"text":"The committee met on Monday and agreed on plan number %d."}', stamp, id, counter, counter)
  return wrk.format("POST", "/api/articles", {["Content-Type"] = "application/json"}, body)
end
