/* The /lke page; see api_evaluasi.h. */
#include "api_evaluasi.h"
#include "hal_int.h"

void hal_lke(struct web_req *r)
{
	hal_galat(r, 501, "belum tersedia");
}
