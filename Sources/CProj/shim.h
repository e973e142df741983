#ifndef FRONTLINE_CPROJ_SHIM_H
#define FRONTLINE_CPROJ_SHIM_H
// PROJ's C API (proj.h) and Karney's geodesic routines (geodesic.h), both shipped by libproj-dev.
#include <proj.h>
#include <geodesic.h>
#endif
