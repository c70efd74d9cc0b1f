-- PUT /api/v1/ideas/{id}/support from many members: a random member token and a random idea
-- per request (most pairs are new supports; repeats are the idempotent path).
local members = tonumber(os.getenv("BENCH_MEMBERS") or "5000")
local first_idea = tonumber(os.getenv("BENCH_FIRST_IDEA") or "1")
local ideas = tonumber(os.getenv("BENCH_IDEAS") or "100000")

function init(args)
  math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16))
end

function request()
  local member = math.random(1, members)
  local idea = first_idea + math.random(0, ideas - 1)
  return wrk.format("PUT", "/api/v1/ideas/" .. idea .. "/support",
    { ["Authorization"] = "Bearer cct_bench" .. member }, nil)
end

function done(summary, latency, requests)
  local codes = 0
  for k, v in pairs(summary.errors) do codes = codes + v end
  io.write(string.format("non-2xx or socket errors: %d\n", summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
