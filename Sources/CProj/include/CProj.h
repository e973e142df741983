#ifndef FRONTLINE_CPROJ_H
#define FRONTLINE_CPROJ_H
// PROJ's C API (proj.h) and Karney's geodesic routines (geodesic.h), both shipped by libproj-dev.
//
// The declarations are PROJ's own; the definitions Frontline links are the forwarders in
// ProjLoader.c, which open libproj on the first call (see there for why).
#include <proj.h>
#include <geodesic.h>
#endif
