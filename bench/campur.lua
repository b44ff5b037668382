-- wrk script of bench/web.sh: the mixed load. 90 % GET /api/capaian over the
-- pemda-years in PEMDA_TAHUN ("99.01:2019 99.02:2020 ..."), 10 % (TULIS) PUT /api/realisasi
-- of indicator INDIKATOR, logged in (COOKIE) with the CSRF token (CSRF). Every write
-- carries a value no other write has (thread number, counter), so that the check
-- afterwards can tell each one in the audit. Prints the acknowledged writes.
local targets = {}
for pemda, tahun in string.gmatch(os.getenv("PEMDA_TAHUN") or "99.01:2020", "([^%s:]+):(%d+)") do
	targets[#targets + 1] = {pemda = pemda, tahun = tonumber(tahun)}
end
local cookie = os.getenv("COOKIE")
local csrf = os.getenv("CSRF")
local indikator = os.getenv("INDIKATOR") or "IPM"
local threads = {}
local nomor = 0
local tulis = tonumber(os.getenv("TULIS") or "10") -- percent of requests that write

function setup(thread)
	nomor = nomor + 1
	thread:set("id", nomor)
	table.insert(threads, thread)
end

function init(args)
	n = 0
	ditulis = 0   -- PUTs answered 200
	galat = 0     -- any other non-2xx
	math.randomseed(id * 7919)
end

function request()
	local t = targets[math.random(#targets)]
	if math.random(100) <= tulis then
		n = n + 1
		local body = string.format(
			'{"pemda":"%s","indikator":"%s","tahun":%d,"triwulan":0,"realisasi":"%d"}',
			t.pemda, indikator, t.tahun, id * 10000000 + n)
		return wrk.format("PUT", "/api/realisasi", {["Cookie"] = cookie,
			["X-CSRF-Token"] = csrf, ["Content-Type"] = "application/json"}, body)
	end
	return wrk.format("GET", string.format("/api/capaian?pemda=%s&tahun=%d", t.pemda, t.tahun),
		{["Cookie"] = cookie})
end

function response(status, headers, body)
	-- the answer also carries "peringatan" (plausibility warnings): match the status alone
	if status == 200 and string.find(body, '^{"status":%s*"disimpan"') then
		ditulis = ditulis + 1
	elseif status >= 300 then
		galat = galat + 1
	end
end

function done(summary, latency, requests)
	local w, g = 0, 0
	for _, t in ipairs(threads) do
		w = w + t:get("ditulis")
		g = g + t:get("galat")
	end
	io.write(string.format("ditulis %d\ngalat %d\n", w, g))
end
