-- Request mix for Scripts/load-test-serve.sh: each wrk connection cycles through
-- typical OGC API and map requests (all answered 200).
local paths = {
  "/collections/district-control/items?limit=10",
  "/collections/district-control/items?limit=10&datetime=2021-07-15",
  "/collections/events/items?limit=20&datetime=2021-07-01/2021-07-31",
  "/collections/timeline/items?limit=20&bbox=69,33,70,34",
  "/collections",
  "/lookup?name=Samkani",
  "/near?lat=34.5&lon=69.2&limit=5",
  "/collections/district-control/items/AF1310",
}
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1])
end
