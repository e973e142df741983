#ifndef FRONTLINE_BENCH_CPROJRAW_SHIM_H
#define FRONTLINE_BENCH_CPROJRAW_SHIM_H
// PROJ's C API, called directly as the reference for the transform kernel.
#include <proj.h>
#endif
