/*
 * The routing table: which handler answers a method and path, after the
 * checks every request passes (valid UTF-8, session, CSRF token). Called by
 * the server only (server.c); handlers never call it.
 */
#ifndef KINERJA_WEB_ROUTER_H
#define KINERJA_WEB_ROUTER_H

struct web_req;

/* Answers r (a complete request within the limits) into r's response fields. */
void router_layani(struct web_req *r);

#endif
