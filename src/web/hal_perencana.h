/* The planners' pages (hal_impor.c, hal_rencana.c): their shared frame. */
#ifndef KINERJA_WEB_HAL_PERENCANA_H
#define KINERJA_WEB_HAL_PERENCANA_H

#include "web_int.h"

/* The page's head and navigation up to <main> (the page ends with </main></body></html>). */
void hal_perencana_awal(struct web_req *r, const char *judul);

#endif
